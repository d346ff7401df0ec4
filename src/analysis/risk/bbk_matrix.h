#pragma once

// The BBK scenario risk matrix (BBK 2010, "Methode für die Risikoanalyse im
// Bevölkerungsschutz"): likelihood class A–E × aggregated extent class 1–5, with rrw's risk
// bands (docs/methods/bbk_matrix.md).

#include <array>
#include <map>
#include <string>
#include <vector>

#include <nlohmann/json_fwd.hpp>

namespace rrw::analysis {

/// A = very unlikely (return period ≥ 10,000 years) … E = very likely (≤ 10 years).
enum class Likelihood { A, B, C, D, E };

/// The five BBK damage parameter groups, in this order in every output.
inline const std::array<const char*, 5> kBbkParameters = {"people", "environment", "economy",
                                                          "supply", "immaterial"};

struct BbkScenario {
    std::string id;
    std::string nameDe, nameCs, nameEn;
    Likelihood likelihood = Likelihood::A;
    std::map<std::string, int> extent;  // parameter (kBbkParameters) → class 1..5
    std::string source;                 // the file's "assessment" text, if any
};

/// How the parameter classes become one extent class.
enum class ExtentAggregation {
    Mean,  // weighted arithmetic mean, rounded half up (BBK 2010)
    Max    // the worst parameter class (a cautious variant)
};

struct BbkPlacement {
    std::string id;
    Likelihood likelihood = Likelihood::A;
    int extentClass = 1;  // 1..5
    int riskScore = 1;    // likelihood index (A=1..E=5) × extentClass
    std::string level;    // low | medium | high | very_high
};

/// Reads {"scenarios": [{"id", "name_de", "name_cs", "name_en", "likelihood": "A".."E",
/// "extent": {parameter: 1..5}, "assessment"}]}. Every scenario must give all five parameters.
/// Throws rrw::Error (Input) naming `what` and the scenario on the first problem.
std::vector<BbkScenario> parseBbkScenarios(const nlohmann::json& doc, const std::string& what);

/// Likelihood A..E as 1..5, and as its letter.
int likelihoodIndex(Likelihood likelihood);
std::string likelihoodLetter(Likelihood likelihood);

/// The risk level of a score (likelihood index × extent class): ≤ 4 low, 5–9 medium,
/// 10–15 high, ≥ 16 very_high.
std::string riskLevel(int riskScore);

/// Aggregates the scenario's parameter classes (missing weights count 1; weights must be ≥ 0
/// with a positive sum over the scenario's parameters) and places it in the matrix.
/// Throws rrw::Error (Input) for a negative weight or a zero weight sum.
BbkPlacement placeScenario(const BbkScenario& scenario,
                           const std::map<std::string, double>& weights = {},
                           ExtentAggregation aggregation = ExtentAggregation::Mean);

/// {"matrix": {"likelihood_classes": ["A".."E"], "extent_classes": [1..5], "bands": [...],
/// "cells": [{"likelihood", "extent", "risk_score", "level", "scenarios": [ids]}] (25 cells)},
/// "scenarios": [{"id", "names": {de, cs, en}, "likelihood", "extent_class", "parameters",
/// "risk_score", "level", "assessment"}]}.
nlohmann::json matrixJson(const std::vector<BbkScenario>& scenarios,
                          const std::map<std::string, double>& weights = {},
                          ExtentAggregation aggregation = ExtentAggregation::Mean);

}  // namespace rrw::analysis
