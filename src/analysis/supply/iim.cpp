#include "analysis/supply/iim.h"

#include <Eigen/Dense>
#include <cmath>
#include <cstdio>
#include <map>
#include <set>

namespace rrw::analysis {

namespace {

using Eigen::MatrixXd;
using Eigen::VectorXd;

constexpr int kMaxDays = 36500;

std::string num(double value) {
    char buffer[32];
    std::snprintf(buffer, sizeof buffer, "%.6g", value);
    return buffer;
}

/// Sector id → position in the matrix rows; refuses empty and duplicate ids.
std::map<std::string, Eigen::Index> indexIds(const std::vector<std::string>& ids,
                                             const std::string& source) {
    std::map<std::string, Eigen::Index> index;
    for (std::size_t i = 0; i < ids.size(); ++i) {
        if (ids[i].empty()) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: sector number {2} has an empty id"),
                            {source, std::to_string(i + 1)});
        }
        if (!index.emplace(ids[i], static_cast<Eigen::Index>(i)).second) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the sector '{2}' is listed twice"),
                            {source, ids[i]});
        }
    }
    return index;
}

/// A in the order of the matrix rows (columns matched to rows by id). Checks shape, ids,
/// finiteness and a_ij ≥ 0.
MatrixXd alignedMatrix(const SectorMatrix& m, const std::map<std::string, Eigen::Index>& rows) {
    const std::size_t n = m.rowIds.size();
    if (n == 0) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the matrix has no sectors"), {m.source});
    }
    if (m.columnIds.size() != n || m.values.size() != n) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw",
                              "{1}: the matrix has {2} rows and {3} columns; it must "
                              "be square (one row and one column per sector)"),
            {m.source, std::to_string(m.values.size()), std::to_string(m.columnIds.size())});
    }
    const auto columns = indexIds(m.columnIds, m.source);
    for (const auto& [id, position] : columns) {
        if (rows.count(id) == 0) {
            throwInputError(QT_TRANSLATE_NOOP("rrw",
                                              "{1}: the column '{2}' has no row of the same "
                                              "sector (row and column ids must be the same)"),
                            {m.source, id});
        }
    }
    MatrixXd a(static_cast<Eigen::Index>(n), static_cast<Eigen::Index>(n));
    for (std::size_t r = 0; r < n; ++r) {
        if (m.values[r].size() != n) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: the row '{2}' has {3} values, not {4}"),
                {m.source, m.rowIds[r], std::to_string(m.values[r].size()), std::to_string(n)});
        }
        for (std::size_t c = 0; c < n; ++c) {
            const double v = m.values[r][c];
            if (!std::isfinite(v)) {
                throwInputError(QT_TRANSLATE_NOOP("rrw",
                                                  "{1}: row '{2}', column '{3}': the coefficient "
                                                  "is not a finite number"),
                                {m.source, m.rowIds[r], m.columnIds[c]});
            }
            if (v < 0) {
                throwInputError(QT_TRANSLATE_NOOP("rrw",
                                                  "{1}: row '{2}', column '{3}': the coefficient "
                                                  "{4} is negative (technical coefficients are "
                                                  "0 or more)"),
                                {m.source, m.rowIds[r], m.columnIds[c], num(v)});
            }
            a(static_cast<Eigen::Index>(r), rows.at(m.columnIds[c])) = v;
        }
    }
    return a;
}

/// One value per matrix sector, in the order of the matrix rows.
VectorXd alignedValues(const SectorValues& values, const std::map<std::string, Eigen::Index>& rows,
                       const std::vector<std::string>& order) {
    VectorXd out(static_cast<Eigen::Index>(order.size()));
    std::vector<bool> seen(order.size(), false);
    for (const auto& [id, value] : values.entries) {
        const auto it = rows.find(id);
        if (it == rows.end()) {
            throwInputError(QT_TRANSLATE_NOOP("rrw",
                                              "{1}: unknown sector '{2}' (not in the technical "
                                              "coefficient matrix)"),
                            {values.source, id});
        }
        const auto i = static_cast<std::size_t>(it->second);
        if (seen[i]) {
            throwInputError(QT_TRANSLATE_NOOP("rrw", "{1}: the sector '{2}' is listed twice"),
                            {values.source, id});
        }
        if (!std::isfinite(value)) {
            throwInputError(
                QT_TRANSLATE_NOOP("rrw", "{1}: sector '{2}': the value is not a finite number"),
                {values.source, id});
        }
        seen[i] = true;
        out(it->second) = value;
    }
    for (std::size_t i = 0; i < order.size(); ++i) {
        if (!seen[i]) {
            throwInputError(QT_TRANSLATE_NOOP("rrw",
                                              "{1}: the sector '{2}' is missing (every sector of "
                                              "the matrix needs a value)"),
                            {values.source, order[i]});
        }
    }
    return out;
}

/// Sectors whose column of A sums to 1 or more: ρ(A) ≤ max column sum, so a singular or
/// non-productive A always has at least one.
std::string saturatedColumns(const MatrixXd& a, const std::vector<std::string>& ids) {
    std::string names;
    const VectorXd sums = a.colwise().sum();
    for (Eigen::Index j = 0; j < sums.size(); ++j) {
        if (sums(j) >= 1.0 - 1e-9) {
            names += (names.empty() ? "" : ", ") + ids[static_cast<std::size_t>(j)] + " (" +
                     num(sums(j)) + ")";
        }
    }
    return names;
}

double spectralRadius(const MatrixXd& m) {
    const Eigen::EigenSolver<MatrixXd> solver(m, false);
    return solver.eigenvalues().cwiseAbs().maxCoeff();
}

/// (I − A)⁻¹ after checking that A is productive. For A ≥ 0: ρ(A) < 1 ⇔ I − A is invertible
/// and (I − A)⁻¹ ≥ 0 (I − A is then a non-singular M-matrix; Berman & Plemmons 1994, 6.2.3).
MatrixXd leontiefInverse(const MatrixXd& a, const std::vector<std::string>& ids,
                         const std::string& source) {
    const auto n = a.rows();
    const Eigen::FullPivLU<MatrixXd> lu(MatrixXd::Identity(n, n) - a);
    if (!lu.isInvertible()) {
        throwInputError(
            QT_TRANSLATE_NOOP("rrw",
                              "{1}: the matrix I - A is singular (rank {2} of {3}), "
                              "so the model has no unique solution; column sums of "
                              "A reaching 1: {4}"),
            {source, std::to_string(lu.rank()), std::to_string(n), saturatedColumns(a, ids)});
    }
    MatrixXd inverse = lu.inverse();
    const double scale = inverse.cwiseAbs().maxCoeff();
    if (!std::isfinite(scale) || inverse.minCoeff() < -1e-9 * scale) {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "{1}: the economy is not productive (spectral radius "
                                          "of A is {2}, it must be below 1): the Leontief "
                                          "inverse has negative entries; column sums of A "
                                          "reaching 1: {3}"),
                        {source, num(spectralRadius(a)), saturatedColumns(a, ids)});
    }
    return inverse;
}

void checkRange(const VectorXd& v, const SectorValues& file, const std::vector<std::string>& ids,
                double low, double high, const char* key) {
    for (Eigen::Index i = 0; i < v.size(); ++i) {
        if (v(i) < low || v(i) > high) {
            throwInputError(key, {file.source, ids[static_cast<std::size_t>(i)], num(v(i))});
        }
    }
}

void checkOptions(const IimInput& input) {
    if (input.days < 0 || input.days > kMaxDays) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "the number of days must be between 0 and {1}"),
                        {std::to_string(kMaxDays)});
    }
    if (input.duration && *input.duration < 0) {
        throwInputError(QT_TRANSLATE_NOOP("rrw", "the duration must be 0 days or more"));
    }
    if (input.recovery && input.days == 0) {
        throwInputError(QT_TRANSLATE_NOOP("rrw",
                                          "recovery coefficients need a number of days for the "
                                          "dynamic model"));
    }
}

/// Warnings about K, and whether the dynamic form converges: it does when 0 < k_i ≤ 1 and
/// ρ(A*) < 1 (then M = I − K(I − A*) ≥ 0 and I − M is a non-singular M-matrix, so ρ(M) < 1);
/// for k_i > 1 the spectral radius of M decides.
void checkRecovery(const VectorXd& k, const MatrixXd& aStar, const SectorValues& file,
                   const std::vector<std::string>& ids, std::vector<Message>& warnings) {
    bool above = false;
    for (Eigen::Index i = 0; i < k.size(); ++i) {
        const std::string& id = ids[static_cast<std::size_t>(i)];
        if (k(i) > 1) {
            above = true;
            warnings.push_back({QT_TRANSLATE_NOOP("rrw",
                                                  "{1}: sector '{2}' has the recovery "
                                                  "coefficient {3}, above 1: the dynamic model "
                                                  "overshoots and may oscillate"),
                                {file.source, id, num(k(i))}});
        } else if (k(i) == 0) {
            warnings.push_back({QT_TRANSLATE_NOOP("rrw",
                                                  "{1}: sector '{2}' has the recovery "
                                                  "coefficient 0: its inoperability never "
                                                  "changes from 0 in the dynamic model"),
                                {file.source, id}});
        }
    }
    if (above) {
        const auto n = aStar.rows();
        const MatrixXd m =
            MatrixXd::Identity(n, n) - k.asDiagonal() * (MatrixXd::Identity(n, n) - aStar);
        const double rho = spectralRadius(m);
        if (rho >= 1) {
            warnings.push_back({QT_TRANSLATE_NOOP("rrw",
                                                  "the dynamic model does not converge (spectral "
                                                  "radius of I - K(I - A*) is {1}); choose "
                                                  "recovery coefficients between 0 and 1"),
                                {num(rho)}});
        }
    }
}

void runDynamic(const IimInput& input, const MatrixXd& aStar, const VectorXd& x,
                const VectorXd& cStar, const VectorXd& k, IimResult& result) {
    const auto n = x.size();
    VectorXd q = VectorXd::Zero(n);
    VectorXd cumulative = VectorXd::Zero(n);
    result.timeline.reserve(static_cast<std::size_t>(input.days));
    for (int t = 0; t < input.days; ++t) {
        const bool perturbed = !input.duration || t < *input.duration;
        VectorXd drive = aStar * q - q;
        if (perturbed) {
            drive += cStar;
        }
        q += k.cwiseProduct(drive);
        if (!q.allFinite()) {
            throwInputError(QT_TRANSLATE_NOOP("rrw",
                                              "the dynamic model diverged on day {1}; choose "
                                              "recovery coefficients between 0 and 1"),
                            {std::to_string(t + 1)});
        }
        const VectorXd loss = x.cwiseProduct(q);
        cumulative += loss;
        result.timeline.push_back({t + 1, std::vector<double>(q.data(), q.data() + n), loss.sum()});
    }
    result.cumulativeLoss.assign(cumulative.data(), cumulative.data() + n);
    result.totalCumulativeLoss = cumulative.sum();
}

}  // namespace

IimResult runIim(const IimInput& input) {
    checkOptions(input);
    const SectorMatrix& m = input.technical;
    const auto rows = indexIds(m.rowIds, m.source);
    const MatrixXd a = alignedMatrix(m, rows);
    const std::vector<std::string>& ids = m.rowIds;

    const VectorXd x = alignedValues(input.output, rows, ids);
    for (Eigen::Index i = 0; i < x.size(); ++i) {
        if (x(i) <= 0) {
            throwInputError(QT_TRANSLATE_NOOP("rrw",
                                              "{1}: sector '{2}' has the output {3}; the total "
                                              "output must be above 0 (the model divides by it: "
                                              "leave a sector without output out of all files)"),
                            {input.output.source, ids[static_cast<std::size_t>(i)], num(x(i))});
        }
    }
    const VectorXd cStar = alignedValues(input.perturbation, rows, ids);
    checkRange(cStar, input.perturbation, ids, 0, 1,
               QT_TRANSLATE_NOOP("rrw",
                                 "{1}: sector '{2}' has the perturbation {3}; it must be a "
                                 "fraction of the sector's output between 0 and 1"));
    VectorXd k = VectorXd::Ones(x.size());
    if (input.recovery) {
        k = alignedValues(*input.recovery, rows, ids);
        checkRange(k, *input.recovery, ids, 0, HUGE_VAL,
                   QT_TRANSLATE_NOOP("rrw",
                                     "{1}: sector '{2}' has the recovery coefficient {3}; it must "
                                     "be 0 or more (between 0 and 1 recommended)"));
    }

    // q = (I − A*)⁻¹ c* = x̂⁻¹ (I − A)⁻¹ x̂ c*: through the Leontief inverse of A, whose scale does
    // not depend on how different the sectors' outputs are.
    const MatrixXd inverse = leontiefInverse(a, ids, m.source);
    const VectorXd demandLoss = x.cwiseProduct(cStar);  // Δf = x̂ c*
    const VectorXd loss = inverse * demandLoss;         // x ⊙ q = (I − A)⁻¹ Δf
    const VectorXd q = loss.cwiseQuotient(x);

    IimResult result;
    result.sectors = ids;
    result.inoperability.assign(q.data(), q.data() + q.size());
    result.loss.assign(loss.data(), loss.data() + loss.size());
    result.totalLoss = loss.sum();
    for (Eigen::Index i = 0; i < q.size(); ++i) {
        if (q(i) > 1) {
            const std::string& id = ids[static_cast<std::size_t>(i)];
            result.infeasible.push_back(id);
            result.warnings.push_back({QT_TRANSLATE_NOOP("rrw",
                                                         "sector '{1}' has the inoperability {2}, "
                                                         "above 1: the perturbation is larger "
                                                         "than the sector's whole output, so it "
                                                         "is not feasible as given"),
                                       {id, num(q(i))}});
        }
    }
    if (input.days > 0) {
        const MatrixXd aStar = x.cwiseInverse().asDiagonal() * a * x.asDiagonal();
        if (input.recovery) {
            checkRecovery(k, aStar, *input.recovery, ids, result.warnings);
        }
        runDynamic(input, aStar, x, cStar, k, result);
    }
    return result;
}

}  // namespace rrw::analysis
