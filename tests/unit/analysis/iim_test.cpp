// The inoperability input-output model: hand-computed 2- and 3-sector cases, the Leontief
// example of Miller & Blair (2009) read as an IIM, a Santos & Haimes (2004)-style example checked
// against a Neumann series, the dynamic form, and every input error.

#include <gtest/gtest.h>

#include <cmath>
#include <string>
#include <vector>

#include "analysis/supply/iim.h"

namespace rrw::analysis {

namespace {

using Matrix = std::vector<std::vector<double>>;

SectorValues values(const std::string& source, const std::vector<std::string>& ids,
                    const std::vector<double>& v) {
    SectorValues out{source, {}};
    for (std::size_t i = 0; i < ids.size(); ++i) {
        out.entries.emplace_back(ids[i], v[i]);
    }
    return out;
}

IimInput input(const std::vector<std::string>& ids, const Matrix& a, const std::vector<double>& x,
               const std::vector<double>& c) {
    IimInput in;
    in.technical = {"A.csv", ids, ids, a};
    in.output = values("x.csv", ids, x);
    in.perturbation = values("c.csv", ids, c);
    return in;
}

/// The message of the rrw::Error that `run` throws ("" when it does not throw).
template <typename F>
std::string errorOf(F run) {
    try {
        run();
    } catch (const Error& e) {
        EXPECT_EQ(e.kind(), Error::Kind::Input);
        return e.message();
    }
    return {};
}

std::string errorOf(const IimInput& in) {
    return errorOf([&] { runIim(in); });
}

}  // namespace

// A = [[0.2, 0.3], [0.4, 0.1]], x = (100, 100): equal outputs, so A* = A.
// I − A* = [[0.8, −0.3], [−0.4, 0.9]], det = 0.72 − 0.12 = 0.6,
// (I − A*)⁻¹ = [[0.9, 0.3], [0.4, 0.8]] / 0.6 = [[1.5, 0.5], [0.6667, 1.3333]].
// c* = (0.1, 0): q = (0.15, 0.06667), loss = x ⊙ q = (15, 6.667), total 21.667.
TEST(Iim, TwoSectorsByHand) {
    const IimResult r =
        runIim(input({"S1", "S2"}, {{0.2, 0.3}, {0.4, 0.1}}, {100, 100}, {0.1, 0.0}));
    ASSERT_EQ(r.sectors, (std::vector<std::string>{"S1", "S2"}));
    EXPECT_NEAR(r.inoperability[0], 0.15, 1e-12);
    EXPECT_NEAR(r.inoperability[1], 0.04 / 0.6, 1e-12);
    EXPECT_NEAR(r.loss[0], 15.0, 1e-10);
    EXPECT_NEAR(r.loss[1], 4.0 / 0.6, 1e-10);
    EXPECT_NEAR(r.totalLoss, 15.0 + 4.0 / 0.6, 1e-10);
    EXPECT_TRUE(r.infeasible.empty());
    EXPECT_TRUE(r.warnings.empty());
    EXPECT_TRUE(r.timeline.empty());
}

// A cycle S1 ← S2 ← S3 ← S1 with a_12 = a_23 = a_31 = 0.5 and x = (100, 200, 400).
// A* = x̂⁻¹ A x̂: a*_12 = 0.5·200/100 = 1, a*_23 = 0.5·400/200 = 1, a*_31 = 0.5·100/400 = 0.125:
// entries of A* may exceed 1, its spectral radius is that of A (0.5).
// A³ = 0.125 I, so (I − A)⁻¹ = (I + A + A²) / 0.875.  c* = (0.2, 0.05, 0): Δf = x̂ c* = (20, 10, 0);
// A Δf = (5, 0, 10), A² Δf = (0, 5, 2.5); sum (25, 15, 12.5); loss = (I − A)⁻¹ Δf =
// (200/7, 120/7, 100/7); q = loss / x = (2/7, 3/35, 1/28).
TEST(Iim, ThreeSectorsByHandWithUnequalOutputs) {
    const IimResult r = runIim(input({"S1", "S2", "S3"}, {{0, 0.5, 0}, {0, 0, 0.5}, {0.5, 0, 0}},
                                     {100, 200, 400}, {0.2, 0.05, 0}));
    EXPECT_NEAR(r.inoperability[0], 2.0 / 7, 1e-12);
    EXPECT_NEAR(r.inoperability[1], 3.0 / 35, 1e-12);
    EXPECT_NEAR(r.inoperability[2], 1.0 / 28, 1e-12);
    EXPECT_NEAR(r.loss[0], 200.0 / 7, 1e-10);
    EXPECT_NEAR(r.loss[1], 120.0 / 7, 1e-10);
    EXPECT_NEAR(r.loss[2], 100.0 / 7, 1e-10);
    EXPECT_NEAR(r.totalLoss, 420.0 / 7, 1e-10);
}

// Miller & Blair (2009), "Input-Output Analysis", 2nd ed., section 2.3: Z = [[150, 500],
// [200, 100]], x = (1000, 2000), so A = [[0.15, 0.25], [0.20, 0.05]] and the published Leontief
// inverse (I − A)⁻¹ = [[1.2541, 0.3300], [0.2640, 1.1221]]. Read as an IIM (Santos 2006), the
// loss x ⊙ q for a demand drop Δf = x̂ c* is (I − A)⁻¹ Δf: a drop of 100 in sector 1's final
// demand (c* = 0.1) gives the first column × 100, one in sector 2 (c* = 0.05) the second.
TEST(Iim, ReproducesTheLeontiefInverseOfMillerAndBlair) {
    const Matrix a = {{0.15, 0.25}, {0.20, 0.05}};
    const IimResult first = runIim(input({"1", "2"}, a, {1000, 2000}, {0.1, 0}));
    EXPECT_NEAR(first.loss[0], 125.41, 0.01);
    EXPECT_NEAR(first.loss[1], 26.40, 0.01);
    EXPECT_NEAR(first.inoperability[0], 0.12541, 1e-5);
    EXPECT_NEAR(first.inoperability[1], 0.01320, 1e-5);
    const IimResult second = runIim(input({"1", "2"}, a, {1000, 2000}, {0, 0.05}));
    EXPECT_NEAR(second.loss[0], 33.00, 0.01);
    EXPECT_NEAR(second.loss[1], 112.21, 0.01);
    // Their example of a new final demand f = (600, 1500) gives x = (1247.52, 1841.58); a demand
    // drop is linear in the same inverse: from f = (600, 1500) down to (540, 1350), i.e. 10 %,
    // every output falls by 10 % — q = 0.1 in both sectors, whatever A is.
    const IimResult uniform = runIim(
        input({"1", "2"}, a, {1247.52, 1841.58}, {0.1 * 600 / 1247.52, 0.1 * 1500 / 1841.58}));
    EXPECT_NEAR(uniform.inoperability[0], 0.1, 1e-5);
    EXPECT_NEAR(uniform.inoperability[1], 0.1, 1e-5);
}

// Following the structure of the illustrative example of Santos & Haimes (2004): a demand
// reduction in one sector (air transport after an attack) spreads to its suppliers. Four
// sectors, numbers made up; checked against an independent computation, the Neumann series
// q = Σ_k A*^k c* (plain loops, no Eigen), which converges because ρ(A*) = ρ(A) < 1.
TEST(Iim, AgreesWithTheNeumannSeries) {
    const std::vector<std::string> ids = {"air", "fuel", "hotels", "finance"};
    const Matrix a = {{0.05, 0.02, 0.10, 0.03},
                      {0.30, 0.15, 0.05, 0.01},
                      {0.08, 0.00, 0.04, 0.02},
                      {0.06, 0.07, 0.09, 0.20}};
    const std::vector<double> x = {40, 120, 60, 300};
    const std::vector<double> c = {0.25, 0, 0.08, 0};
    const IimResult r = runIim(input(ids, a, x, c));

    const std::size_t n = ids.size();
    Matrix aStar(n, std::vector<double>(n));
    for (std::size_t i = 0; i < n; ++i) {
        for (std::size_t j = 0; j < n; ++j) {
            aStar[i][j] = a[i][j] * x[j] / x[i];
        }
    }
    std::vector<double> term = c;
    std::vector<double> sum = c;
    for (int k = 0; k < 500; ++k) {
        std::vector<double> next(n, 0.0);
        for (std::size_t i = 0; i < n; ++i) {
            for (std::size_t j = 0; j < n; ++j) {
                next[i] += aStar[i][j] * term[j];
            }
        }
        term = next;
        for (std::size_t i = 0; i < n; ++i) {
            sum[i] += term[i];
        }
    }
    for (std::size_t i = 0; i < n; ++i) {
        EXPECT_NEAR(r.inoperability[i], sum[i], 1e-12) << ids[i];
        EXPECT_NEAR(r.loss[i], x[i] * sum[i], 1e-9) << ids[i];
    }
    // Fuel has no direct perturbation but supplies air transport: it is hit indirectly.
    EXPECT_GT(r.inoperability[1], 0.02);
}

TEST(Iim, MatchesColumnsToRowsById) {
    // The same 2-sector case with the header in the other order.
    IimInput in = input({"S1", "S2"}, {}, {100, 100}, {0.1, 0.0});
    in.technical.columnIds = {"S2", "S1"};
    in.technical.values = {{0.3, 0.2}, {0.1, 0.4}};
    in.output.entries = {{"S2", 100}, {"S1", 100}};
    const IimResult r = runIim(in);
    EXPECT_NEAR(r.inoperability[0], 0.15, 1e-12);
    EXPECT_NEAR(r.inoperability[1], 0.04 / 0.6, 1e-12);
}

TEST(Iim, ProductiveEvenWhenAColumnSumExceedsOne) {
    // Column sums < 1 are sufficient, not necessary: here column 2 sums to 2, but
    // ρ(A) = √(2·0.1) ≈ 0.447. (I − A)⁻¹ = [[1, 2], [0.1, 1]] / 0.8; c* = (0, 0.1), x = (1, 1):
    // q = (0.2, 0.1) / 0.8 = (0.25, 0.125).
    const IimResult r = runIim(input({"a", "b"}, {{0, 2}, {0.1, 0}}, {1, 1}, {0, 0.1}));
    EXPECT_NEAR(r.inoperability[0], 0.25, 1e-12);
    EXPECT_NEAR(r.inoperability[1], 0.125, 1e-12);
}

TEST(Iim, ReportsInoperabilityAboveOneUnclamped) {
    // (I − A)⁻¹ (1, 1) = (1, 1) / (1 − 0.9) = (10, 10).
    const IimResult r = runIim(input({"a", "b"}, {{0, 0.9}, {0.9, 0}}, {1, 1}, {1, 1}));
    EXPECT_NEAR(r.inoperability[0], 10.0, 1e-9);
    EXPECT_EQ(r.infeasible, (std::vector<std::string>{"a", "b"}));
    ASSERT_EQ(r.warnings.size(), 2u);
    EXPECT_NE(r.warnings[0].text().find("sector 'a' has the inoperability 10, above 1"),
              std::string::npos)
        << r.warnings[0].text();
}

// Dynamic form with A* = [[0.2, 0.3], [0.4, 0.1]], c* = (0.1, 0), K = (0.5, 0.5), x = (100, 100):
// q(1) = K c* = (0.05, 0);
// q(2) = q(1) + K (A* q(1) + c* − q(1)) = (0.05, 0) + 0.5 ((0.01, 0.02) + (0.1, 0) − (0.05, 0))
//      = (0.08, 0.01). Losses (5, 0) and (8, 1): cumulative (13, 1), total 14.
TEST(IimDynamic, FirstDaysByHand) {
    IimInput in = input({"S1", "S2"}, {{0.2, 0.3}, {0.4, 0.1}}, {100, 100}, {0.1, 0.0});
    in.recovery = values("K.csv", {"S1", "S2"}, {0.5, 0.5});
    in.days = 2;
    const IimResult r = runIim(in);
    ASSERT_EQ(r.timeline.size(), 2u);
    EXPECT_EQ(r.timeline[0].day, 1);
    EXPECT_NEAR(r.timeline[0].inoperability[0], 0.05, 1e-15);
    EXPECT_NEAR(r.timeline[0].inoperability[1], 0.0, 1e-15);
    EXPECT_EQ(r.timeline[1].day, 2);
    EXPECT_NEAR(r.timeline[1].inoperability[0], 0.08, 1e-15);
    EXPECT_NEAR(r.timeline[1].inoperability[1], 0.01, 1e-15);
    EXPECT_NEAR(r.timeline[1].totalLoss, 9.0, 1e-12);
    EXPECT_NEAR(r.cumulativeLoss[0], 13.0, 1e-12);
    EXPECT_NEAR(r.cumulativeLoss[1], 1.0, 1e-12);
    EXPECT_NEAR(r.totalCumulativeLoss, 14.0, 1e-12);
}

TEST(IimDynamic, ConvergesToTheStaticModel) {
    const std::vector<std::string> ids = {"air", "fuel", "hotels", "finance"};
    IimInput in = input(ids,
                        {{0.05, 0.02, 0.10, 0.03},
                         {0.30, 0.15, 0.05, 0.01},
                         {0.08, 0.00, 0.04, 0.02},
                         {0.06, 0.07, 0.09, 0.20}},
                        {40, 120, 60, 300}, {0.25, 0, 0.08, 0});
    in.recovery = values("K.csv", ids, {0.3, 0.1, 0.6, 0.05});
    in.days = 1000;
    const IimResult r = runIim(in);
    ASSERT_EQ(r.timeline.size(), 1000u);
    for (std::size_t i = 0; i < ids.size(); ++i) {
        EXPECT_NEAR(r.timeline.back().inoperability[i], r.inoperability[i], 1e-12) << ids[i];
        // From q(0) = 0 the approach is monotone (M = I − K(I − A*) ≥ 0, c* ≥ 0).
        for (std::size_t t = 1; t < r.timeline.size(); ++t) {
            ASSERT_LE(r.timeline[t - 1].inoperability[i], r.timeline[t].inoperability[i] + 1e-15)
                << ids[i] << " day " << t;
        }
        EXPECT_LE(r.timeline[10].inoperability[i], r.inoperability[i] + 1e-15) << ids[i];
    }
    EXPECT_TRUE(r.warnings.empty());
}

TEST(IimDynamic, PerturbationThatStopsDecaysBackToZero) {
    // Same A* and K as FirstDaysByHand, perturbed on day 1 only:
    // q(2) = q(1) + 0.5 (A* q(1) − q(1)) = (0.05, 0) + 0.5 ((0.01, 0.02) − (0.05, 0)) = (0.03,
    // 0.01).
    IimInput in = input({"S1", "S2"}, {{0.2, 0.3}, {0.4, 0.1}}, {100, 100}, {0.1, 0.0});
    in.recovery = values("K.csv", {"S1", "S2"}, {0.5, 0.5});
    in.days = 200;
    in.duration = 1;
    const IimResult r = runIim(in);
    EXPECT_NEAR(r.timeline[1].inoperability[0], 0.03, 1e-15);
    EXPECT_NEAR(r.timeline[1].inoperability[1], 0.01, 1e-15);
    EXPECT_LT(r.timeline.back().inoperability[0], 1e-12);
    EXPECT_LT(r.timeline.back().inoperability[1], 1e-12);
    // The static answer is still the one for a lasting perturbation.
    EXPECT_NEAR(r.inoperability[0], 0.15, 1e-12);
}

TEST(IimDynamic, WithoutRecoveryEveryDayAddsOneRoundOfTheNeumannSeries) {
    // K = I: q(t) = Σ_{k<t} A*^k c*. Day 2: c* + A* c* = (0.1, 0) + (0.02, 0.04) = (0.12, 0.04).
    IimInput in = input({"S1", "S2"}, {{0.2, 0.3}, {0.4, 0.1}}, {100, 100}, {0.1, 0.0});
    in.days = 2;
    const IimResult r = runIim(in);
    EXPECT_NEAR(r.timeline[1].inoperability[0], 0.12, 1e-15);
    EXPECT_NEAR(r.timeline[1].inoperability[1], 0.04, 1e-15);
}

TEST(IimDynamic, WarnsAboutRecoveryCoefficientsAboveOneThatDiverge) {
    // M = I − K(I − A*) with k = 2.5 and A* = [[0.2, 0.3], [0.4, 0.1]]:
    // M = [[1 − 2.5·0.8, 2.5·0.3], [2.5·0.4, 1 − 2.5·0.9]] = [[−1, 0.75], [1, −1.25]],
    // trace −2.25, det 1.25 − 0.75 = 0.5: eigenvalues (−2.25 ± 1.75) / 2 = −2 and −0.25, ρ = 2.
    IimInput in = input({"S1", "S2"}, {{0.2, 0.3}, {0.4, 0.1}}, {100, 100}, {0.1, 0.0});
    in.recovery = values("K.csv", {"S1", "S2"}, {2.5, 2.5});
    in.days = 5;
    const IimResult r = runIim(in);
    ASSERT_EQ(r.warnings.size(), 3u);
    EXPECT_NE(r.warnings[0].text().find("K.csv: sector 'S1' has the recovery coefficient 2.5"),
              std::string::npos);
    EXPECT_NE(r.warnings[2].text().find("does not converge (spectral radius of I - K(I - A*) is "
                                        "2)"),
              std::string::npos)
        << r.warnings[2].text();
}

TEST(IimErrors, SingularMatrix) {
    // I − A = [[0.5, −0.5], [−0.5, 0.5]]: rank 1; both columns of A sum to 1.
    const std::string e = errorOf(input({"a", "b"}, {{0.5, 0.5}, {0.5, 0.5}}, {1, 1}, {0.1, 0}));
    EXPECT_EQ(e,
              "A.csv: the matrix I - A is singular (rank 1 of 2), so the model has no unique "
              "solution; column sums of A reaching 1: a (1), b (1)");
}

TEST(IimErrors, NonProductiveMatrix) {
    // ρ(A) = 1.2: (I − A)⁻¹ = [[0.4, 0.6], [0.6, 0.4]] / (−0.2) is negative.
    const std::string e = errorOf(input({"a", "b"}, {{0.6, 0.6}, {0.6, 0.6}}, {1, 1}, {0.1, 0}));
    EXPECT_EQ(e,
              "A.csv: the economy is not productive (spectral radius of A is 1.2, it must be "
              "below 1): the Leontief inverse has negative entries; column sums of A reaching 1: "
              "a (1.2), b (1.2)");
}

TEST(IimErrors, MismatchedIds) {
    IimInput in = input({"a", "b"}, {{0.1, 0.1}, {0.1, 0.1}}, {1, 1}, {0.1, 0});
    in.technical.columnIds = {"a", "c"};
    EXPECT_EQ(errorOf(in),
              "A.csv: the column 'c' has no row of the same sector (row and column ids must be "
              "the same)");

    in = input({"a", "b"}, {{0.1, 0.1}, {0.1, 0.1}}, {1, 1}, {0.1, 0});
    in.technical.rowIds = {"a", "a"};
    EXPECT_EQ(errorOf(in), "A.csv: the sector 'a' is listed twice");

    in = input({"a", "b"}, {{0.1, 0.1}, {0.1, 0.1}}, {1, 1}, {0.1, 0});
    in.output.entries = {{"a", 1}, {"b", 1}, {"z", 1}};
    EXPECT_EQ(errorOf(in), "x.csv: unknown sector 'z' (not in the technical coefficient matrix)");

    in.output.entries = {{"b", 1}};
    EXPECT_EQ(errorOf(in),
              "x.csv: the sector 'a' is missing (every sector of the matrix needs a value)");

    in.output.entries = {{"a", 1}, {"b", 1}};
    in.perturbation.entries = {{"b", 0.1}, {"a", 0.1}, {"b", 0.2}};
    EXPECT_EQ(errorOf(in), "c.csv: the sector 'b' is listed twice");
}

TEST(IimErrors, NotSquare) {
    IimInput in = input({"a", "b"}, {{0.1, 0.1}, {0.1, 0.1}}, {1, 1}, {0.1, 0});
    in.technical.columnIds = {"a", "b", "c"};
    EXPECT_EQ(errorOf(in),
              "A.csv: the matrix has 2 rows and 3 columns; it must be square (one row and one "
              "column per sector)");
}

TEST(IimErrors, BadCoefficients) {
    IimInput in = input({"a", "b"}, {{0.1, -0.2}, {0.1, 0.1}}, {1, 1}, {0.1, 0});
    EXPECT_EQ(errorOf(in),
              "A.csv: row 'a', column 'b': the coefficient -0.2 is negative (technical "
              "coefficients are 0 or more)");
    in.technical.values[0][1] = NAN;
    EXPECT_EQ(errorOf(in), "A.csv: row 'a', column 'b': the coefficient is not a finite number");
}

TEST(IimErrors, BadValues) {
    IimInput in = input({"a", "b"}, {{0.1, 0.2}, {0.1, 0.1}}, {1, 0}, {0.1, 0});
    EXPECT_EQ(errorOf(in),
              "x.csv: sector 'b' has the output 0; the total output must be above 0 (the model "
              "divides by it: leave a sector without output out of all files)");
    in.output.entries[1].second = INFINITY;
    EXPECT_EQ(errorOf(in), "x.csv: sector 'b': the value is not a finite number");
    in.output.entries[1].second = 5;
    in.perturbation.entries[0].second = 1.5;
    EXPECT_EQ(errorOf(in),
              "c.csv: sector 'a' has the perturbation 1.5; it must be a fraction of the sector's "
              "output between 0 and 1");
    in.perturbation.entries[0].second = -0.1;
    EXPECT_NE(errorOf(in).find("sector 'a' has the perturbation -0.1"), std::string::npos);
    in.perturbation.entries[0].second = 0.1;
    in.recovery = values("K.csv", {"a", "b"}, {0.5, -1});
    in.days = 3;
    EXPECT_EQ(errorOf(in),
              "K.csv: sector 'b' has the recovery coefficient -1; it must be 0 or more (between 0 "
              "and 1 recommended)");
}

TEST(IimErrors, BadOptions) {
    IimInput in = input({"a", "b"}, {{0.1, 0.2}, {0.1, 0.1}}, {1, 1}, {0.1, 0});
    in.days = 40000;
    EXPECT_EQ(errorOf(in), "the number of days must be between 0 and 36500");
    in.days = 0;
    in.recovery = values("K.csv", {"a", "b"}, {0.5, 0.5});
    EXPECT_EQ(errorOf(in), "recovery coefficients need a number of days for the dynamic model");
    in.technical = {"A.csv", {}, {}, {}};
    in.recovery.reset();
    EXPECT_EQ(errorOf(in), "A.csv: the matrix has no sectors");
}

}  // namespace rrw::analysis
