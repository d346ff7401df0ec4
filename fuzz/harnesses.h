#pragma once
// The fuzz targets (docs/RELIABILITY.md, "Fuzzing"). Each is a plain function over one input:
// it feeds the bytes through a parser of rrw exactly as a user's file would go, lets rrw::Error
// pass (a refusal is a correct answer) and lets every other exception escape. The libFuzzer
// binaries (libfuzzer_entry.cpp) and the regression test (tests/unit/fuzz_regressions_test.cpp)
// call the same functions.

#include <cstddef>
#include <cstdint>
#include <span>

namespace rrw::fuzz {

int fuzzGeojson(const std::uint8_t* data, std::size_t size);
int fuzzCsv(const std::uint8_t* data, std::size_t size);
int fuzzShapefileZip(const std::uint8_t* data, std::size_t size);
int fuzzStyleJson(const std::uint8_t* data, std::size_t size);
int fuzzIndexModelJson(const std::uint8_t* data, std::size_t size);
int fuzzScenarioJson(const std::uint8_t* data, std::size_t size);
int fuzzPlanningJson(const std::uint8_t* data, std::size_t size);
int fuzzProjectJson(const std::uint8_t* data, std::size_t size);
int fuzzSlidesJson(const std::uint8_t* data, std::size_t size);
int fuzzIimCsv(const std::uint8_t* data, std::size_t size);
int fuzzSupplyCsv(const std::uint8_t* data, std::size_t size);
int fuzzSupplyGpkg(const std::uint8_t* data, std::size_t size);
int fuzzIndicatorCsv(const std::uint8_t* data, std::size_t size);

struct FuzzTarget {
    const char* name;  ///< as in fuzz/CMakeLists.txt, tests/data/fuzz/<name>/, fuzz/corpus/<name>/
    int (*run)(const std::uint8_t* data, std::size_t size);
};

/// Every target, in the order of fuzz/CMakeLists.txt.
std::span<const FuzzTarget> fuzzTargets();

}  // namespace rrw::fuzz
