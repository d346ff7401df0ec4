# One INTERFACE target carries the project's warning flags; every rrw target links it.
add_library(rrw_warnings INTERFACE)
target_compile_options(rrw_warnings INTERFACE -Wall -Wextra -Wpedantic -Wshadow -Wnon-virtual-dtor
                                              -Wold-style-cast -Wcast-align -Woverloaded-virtual)
if(RRW_WERROR)
  target_compile_options(rrw_warnings INTERFACE -Werror)
endif()
