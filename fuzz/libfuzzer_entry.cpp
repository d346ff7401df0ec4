// The libFuzzer entry of one target: fuzz/CMakeLists.txt compiles this file once per target
// with RRW_FUZZ_FUNCTION set to the target's harness function (fuzz_<name>.cpp).
#include "harnesses.h"

extern "C" int LLVMFuzzerTestOneInput(const std::uint8_t* data, std::size_t size) {
    return rrw::fuzz::RRW_FUZZ_FUNCTION(data, size);
}
