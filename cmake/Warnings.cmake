# One INTERFACE target carries the project's warning flags; every rrw target links it.
add_library(rrw_warnings INTERFACE)
target_compile_options(rrw_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                              -Wold-style-cast -Wcast-align -Woverloaded-virtual)
if(RRW_WERROR)
  target_compile_options(rrw_warnings INTERFACE -Werror)
endif()
# GCC 12 reports false -Wrestrict positives for std::string concatenation at -O3
# (GCC bug 105651); keep the warning visible but not fatal there.
if(CMAKE_CXX_COMPILER_ID STREQUAL "GNU" AND CMAKE_CXX_COMPILER_VERSION VERSION_LESS 13)
  target_compile_options(rrw_warnings INTERFACE -Wno-error=restrict)
endif()
