// The sector tables of `rrw-cli iim`: the input holds the files --technical (a square matrix),
// --output and --perturbation (sector,value lists) and optionally --recovery, separated by
// lines "--8<--". Each is read by the CLI's own parser (cli/sector_csv), then the static model
// and, with a recovery file, 20 days of the dynamic one are computed as `rrw-cli iim` does.
// An input of fewer parts is read both as a matrix and as a list.
#include "analysis/supply/iim.h"
#include "cli/sector_csv.h"
#include "core/error.h"
#include "harnesses.h"
#include "scratch.h"

namespace rrw::fuzz {

int fuzzIimCsv(const std::uint8_t* data, std::size_t size) {
    static ScratchDir dir("iim_csv");
    const auto parts = splitParts(asText(data, size), 4);
    try {
        if (parts.size() < 3) {
            const std::string path = dir.write("table.csv", parts.front());
            try {
                (void)cli::readSectorMatrix(path);
            } catch (const Error&) {
            }
            (void)cli::readSectorValues(path);
            return 0;
        }
        analysis::IimInput input;
        input.technical = cli::readSectorMatrix(dir.write("technical.csv", parts[0]));
        input.output = cli::readSectorValues(dir.write("output.csv", parts[1]));
        input.perturbation = cli::readSectorValues(dir.write("perturbation.csv", parts[2]));
        if (parts.size() == 4) {
            input.recovery = cli::readSectorValues(dir.write("recovery.csv", parts[3]));
            input.days = 20;
            input.duration = 10;
        }
        const analysis::IimResult result = analysis::runIim(input);
        if (result.inoperability.size() != result.sectors.size() ||
            result.loss.size() != result.sectors.size() ||
            result.timeline.size() != static_cast<std::size_t>(input.days)) {
            fail("iim_csv", "the result does not have one value per sector and day");
        }
    } catch (const Error&) {
    }
    return 0;
}

}  // namespace rrw::fuzz
