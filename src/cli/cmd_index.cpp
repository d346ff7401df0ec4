// rrw-cli index: a composite risk index from a values table and a model, with Monte Carlo
// rank intervals (docs/methods/composite_index.md).

#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>

#include "analysis/risk/composite_index.h"
#include "analysis/risk/index_model.h"
#include "analysis/risk/uncertainty.h"
#include "cli/args.h"
#include "cli/commands.h"
#include "cli/translate.h"
#include "core/json_file.h"
#include "geo/table_reader.h"

namespace rrw::cli {

namespace {

const char* const kHelp = QT_TRANSLATE_NOOP(
    "rrw",
    R"(usage: rrw-cli index --values VALUES.csv --model MODEL.json [--samples N --seed S] [--json]

Computes a composite risk index (OECD/JRC Handbook; INFORM method): normalisation, weights and
arithmetic or geometric aggregation per group and at the top; rank 1 = highest risk. With
--samples, a Monte Carlo over weights, normalisation, missing-data treatment and aggregation gives
each region a 5-95 % rank interval and first-order sensitivity indices.

  --values FILE   CSV with the columns region,indicator,value (more columns allowed)
  --model FILE    the index model (JSON; see docs/methods/composite_index.md)
  --samples N     Monte Carlo samples (e.g. 1000)
  --seed S        seed of the Monte Carlo (default 1; the same seed gives the same result)
  --json          machine-readable result)");

analysis::ValueTable readValues(const std::string& path) {
    const geo::TextTable table = geo::readTextTable(path);
    for (const char* column : {"region", "indicator", "value"}) {
        if (std::find(table.columns.begin(), table.columns.end(), column) == table.columns.end()) {
            throwInputError(
                QT_TRANSLATE_NOOP(
                    "rrw", "{1}: the column '{2}' is missing (expected region,indicator,value)"),
                {path, column});
        }
    }
    std::vector<std::tuple<std::string, std::string, double>> rows;
    for (std::size_t i = 0; i < table.rows.size(); ++i) {
        const auto& row = table.rows[i];
        const std::string& text = row.at("value");
        double value = std::numeric_limits<double>::quiet_NaN();
        if (!text.empty()) {
            std::size_t used = 0;
            try {
                value = std::stod(text, &used);
            } catch (const std::exception&) {
                used = 0;
            }
            if (used != text.size()) {
                throwInputError(
                    QT_TRANSLATE_NOOP("rrw", "{1}: row {2}, column '{3}': '{4}' is not a number"),
                    {path, std::to_string(i + 2), "value", text});
            }
        }
        rows.emplace_back(row.at("region"), row.at("indicator"), value);
    }
    return analysis::valueTableFromRows(rows);
}

}  // namespace

int runIndex(const CommandContext& ctx) {
    const Args args(ctx.args, {"values", "model", "samples", "seed"}, {"json", "help"});
    if (args.flag("help")) {
        std::cout << translated(kHelp) << '\n';
        return 0;
    }
    if (!args.has("values") || !args.has("model")) {
        throw UsageError{{QT_TRANSLATE_NOOP("rrw", "--values and --model are required"), {}}};
    }
    const std::string modelPath = args.value("model");
    const nlohmann::json modelJson = readJsonFile(modelPath);
    const analysis::IndexModel model = analysis::parseIndexModel(modelJson, modelPath);
    const analysis::ValueTable values = readValues(args.value("values"));
    analysis::IndexResult result = analysis::computeIndex(model, values);
    if (args.has("samples")) {
        analysis::UncertaintyOptions options;
        try {
            options.samples = std::stoi(args.value("samples"));
            options.seed = std::stoull(args.value("seed", "1"));
        } catch (const std::exception&) {
            throw UsageError{
                {QT_TRANSLATE_NOOP("rrw", "--samples and --seed must be whole numbers"), {}}};
        }
        if (options.samples < 1 || options.samples > 1000000) {
            throw UsageError{
                {QT_TRANSLATE_NOOP("rrw", "--samples must be between 1 and 1000000"), {}}};
        }
        analysis::addUncertainty(model, values, options, result);
    }
    const nlohmann::json json = analysis::toJson(result);
    if (args.flag("json")) {
        std::cout << json.dump(2) << '\n';
        return 0;
    }
    for (const auto& r : json.at("regions")) {
        std::cout << r.at("rank") << '\t' << r.at("id").get<std::string>() << '\t' << r.at("score");
        if (r.contains("rank_interval")) {
            std::cout << "\t[" << r.at("rank_interval")[0] << ", " << r.at("rank_interval")[1]
                      << "]";
        }
        std::cout << '\n';
    }
    return 0;
}

}  // namespace rrw::cli
