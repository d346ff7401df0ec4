// Monte Carlo uncertainty of the ranks: determinism, clear cases, index bounds.
#include "analysis/risk/uncertainty.h"

#include "core/error.h"
#include "core/feedback.h"

#include <gtest/gtest.h>

#include <algorithm>
#include <mutex>
#include <nlohmann/json.hpp>
#include <string>
#include <tuple>
#include <vector>

namespace rrw::analysis {
namespace {

IndexModel twoGroupModel() {
    return parseIndexModel(nlohmann::json::parse(R"({
        "indicators": [
          {"id": "a", "direction": "higher_is_worse", "normalisation": "minmax", "weight": 1},
          {"id": "b", "direction": "higher_is_better", "normalisation": "zscore", "weight": 2},
          {"id": "c", "direction": "higher_is_worse", "normalisation": "goalpost",
           "goalposts": [0, 50], "weight": 1},
          {"id": "d", "direction": "higher_is_worse", "normalisation": "rank", "weight": 1}],
        "groups": [{"id": "g1", "members": ["a", "b"], "aggregation": "arithmetic", "weight": 1},
                   {"id": "g2", "members": ["c", "d"], "aggregation": "geometric", "weight": 2}],
        "top": {"members": ["g1", "g2"], "aggregation": "arithmetic"},
        "scale": [0, 10], "missing": "exclude"})"),
                           "test");
}

// Region Rk has risk growing with k in every indicator (b is "better", so it falls); R0 is far
// ahead. With `noisy`, a little wobble and some missing cells make the order uncertain.
ValueTable clearTable(int regions, bool noisy = true) {
    std::vector<std::tuple<std::string, std::string, double>> rows;
    for (int k = 1; k <= regions; ++k) {
        const std::string id = "R" + std::to_string(k);
        const double wobble = noisy ? (k % 3) * 0.05 : 0.0;
        rows.emplace_back(id, "a", k + wobble);
        rows.emplace_back(id, "b", 100.0 - k - wobble);
        if (!noisy || k % 4 != 0) {
            rows.emplace_back(id, "c", k * 0.5);
        }
        rows.emplace_back(id, "d", k * k);
    }
    rows.emplace_back("R0", "a", 1000.0);
    rows.emplace_back("R0", "b", -1000.0);
    rows.emplace_back("R0", "c", 1000.0);
    rows.emplace_back("R0", "d", 1.0e6);
    return valueTableFromRows(rows);
}

TEST(Uncertainty, SameSeedSameResultWhateverTheThreads) {
    const IndexModel model = twoGroupModel();
    const ValueTable table = clearTable(30);
    IndexResult one = computeIndex(model, table);
    IndexResult two = one;
    IndexResult three = one;
    addUncertainty(model, table, {500, 42, 1}, one);
    addUncertainty(model, table, {500, 42, 2}, two);
    addUncertainty(model, table, {500, 42, 3}, three);
    EXPECT_EQ(toJson(one).dump(), toJson(two).dump());
    EXPECT_EQ(toJson(one).dump(), toJson(three).dump());

    IndexResult other = computeIndex(model, table);
    addUncertainty(model, table, {500, 43, 2}, other);
    EXPECT_NE(toJson(one)["sensitivity"].dump(), toJson(other)["sensitivity"].dump());
}

// Every indicator orders the regions the same way, so every sample ranks them as the model does.
TEST(Uncertainty, IntervalsHoldTheRankAndTheLeaderIsCertain) {
    const IndexModel model = twoGroupModel();
    const ValueTable table = clearTable(30, false);
    IndexResult result = computeIndex(model, table);
    addUncertainty(model, table, {1000, 7, 2}, result);
    ASSERT_EQ(result.regions.front().id, "R0");
    EXPECT_EQ(result.regions.front().rankLow, 1);
    EXPECT_EQ(result.regions.front().rankHigh, 1);
    EXPECT_EQ(result.regions.front().medianRank, 1.0);
    for (const auto& region : result.regions) {
        EXPECT_EQ(region.rankLow, region.rank) << region.id;
        EXPECT_EQ(region.rankHigh, region.rank) << region.id;
        EXPECT_LE(region.rankLow, region.medianRank) << region.id;
        EXPECT_GE(region.rankHigh, region.medianRank) << region.id;
    }
    const nlohmann::json json = toJson(result);
    EXPECT_EQ(json["regions"][0]["rank_interval"], nlohmann::json::array({1, 1}));
}

TEST(Uncertainty, SensitivityIndicesAreFractions) {
    const IndexModel model = twoGroupModel();
    const ValueTable table = clearTable(40);
    IndexResult result = computeIndex(model, table);
    addUncertainty(model, table, {800, 3, 2}, result);
    ASSERT_EQ(result.sensitivity.size(), 6u);
    for (const auto& s : result.sensitivity) {
        EXPECT_GE(s.s, 0.0) << s.factor;
        EXPECT_LE(s.s, 1.0) << s.factor;
    }
    const nlohmann::json json = toJson(result);
    ASSERT_EQ(json["sensitivity"].size(), 6u);
    EXPECT_TRUE(json["sensitivity"][0].contains("factor"));
    EXPECT_TRUE(json["sensitivity"][0].contains("S"));
}

/// Progress values a Feedback listener saw (the listener may run on a worker thread).
struct ProgressLog {
    std::mutex mutex;
    std::vector<double> values;
    void add(double p) {
        std::lock_guard lock(mutex);
        values.push_back(p);
    }
};

TEST(Uncertainty, ReportsProgressUpToOneAndKeepsTheResult) {
    const IndexModel model = twoGroupModel();
    const ValueTable table = clearTable(30);
    IndexResult plain = computeIndex(model, table);
    IndexResult watched = plain;
    addUncertainty(model, table, {3000, 5, 2}, plain);
    ProgressLog log;
    Feedback feedback([&](double p, const std::string&) { log.add(p); });
    addUncertainty(model, table, {3000, 5, 2}, watched, &feedback);
    EXPECT_EQ(toJson(plain).dump(), toJson(watched).dump());
    ASSERT_GT(log.values.size(), 5u) << "reports during the evaluation, not only at the end";
    EXPECT_EQ(log.values.front(), 0.0);
    EXPECT_EQ(log.values.back(), 1.0);
    EXPECT_TRUE(std::is_sorted(log.values.begin(), log.values.end()));
    EXPECT_EQ(feedback.progress(), 1.0);
}

TEST(Uncertainty, CancelStopsTheSamplesAndLeavesTheResultAsItWas) {
    const IndexModel model = twoGroupModel();
    const ValueTable table = clearTable(60);
    IndexResult result = computeIndex(model, table);
    const std::string before = toJson(result).dump();
    ProgressLog log;
    Feedback* self = nullptr;
    Feedback feedback([&](double p, const std::string&) {
        log.add(p);
        if (p > 0.5) {  // while the samples are evaluated
            self->cancel();
        }
    });
    self = &feedback;
    try {
        addUncertainty(model, table, {200000, 9, 2}, result, &feedback);
        FAIL() << "a canceled run must throw";
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Canceled);
    }
    EXPECT_EQ(toJson(result).dump(), before);
    ASSERT_FALSE(log.values.empty());
    // It stopped soon after the cancel, long before the samples were done.
    EXPECT_LT(*std::max_element(log.values.begin(), log.values.end()), 0.6);
}

TEST(Uncertainty, CanceledBeforeTheStartDoesNoWork) {
    const IndexModel model = twoGroupModel();
    const ValueTable table = clearTable(10);
    IndexResult result = computeIndex(model, table);
    int reports = 0;
    Feedback feedback([&](double, const std::string&) { ++reports; });
    feedback.cancel();
    EXPECT_THROW(addUncertainty(model, table, {1000, 1, 2}, result, &feedback), Error);
    EXPECT_EQ(reports, 0);
    EXPECT_EQ(result.samples, 0);
}

}  // namespace
}  // namespace rrw::analysis
