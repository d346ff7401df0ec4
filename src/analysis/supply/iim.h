#pragma once

// The sector-level inoperability input-output model (IIM) and its dynamic form (DIIM):
// Haimes & Jiang 2001; Santos & Haimes 2004; Lian & Haimes 2006 (docs/methods/iim.md).
//
//   A* = x̂⁻¹ A x̂            interdependency matrix (a*_ij = a_ij x_j / x_i)
//   q  = (I − A*)⁻¹ c*       inoperability (fraction of each sector's output lost)
//   loss = x ⊙ q             economic loss, in the unit of x
//   q(t+1) = q(t) + K (A* q(t) + c*(t) − q(t)),  q(0) = 0      (dynamic form)
//
// Plain C++ in the interface; the linear algebra (Eigen) stays inside iim.cpp.

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "core/error.h"

namespace rrw::analysis {

/// A square table keyed by sector ids as read from a file: `rowIds` (the first column) and
/// `columnIds` (the header) may list the sectors in different orders; `values[r][c]` belongs to
/// row `rowIds[r]` and column `columnIds[c]`. `source` (a file name) goes into error messages.
struct SectorMatrix {
    std::string source;
    std::vector<std::string> rowIds;
    std::vector<std::string> columnIds;
    std::vector<std::vector<double>> values;
};

/// One value per sector (`sector,value`), in any order; `source` goes into error messages.
struct SectorValues {
    std::string source;
    std::vector<std::pair<std::string, double>> entries;
};

/// Everything the model needs. Every SectorValues must list exactly the sectors of the matrix
/// (each once, any order).
struct IimInput {
    SectorMatrix technical;     ///< A: a_ij = z_ij / x_j, input from i per unit output of j
    SectorValues output;        ///< x: total output of each sector, > 0
    SectorValues perturbation;  ///< c*: demand perturbation as a fraction of output, in [0, 1]
    std::optional<SectorValues> recovery;  ///< K: resilience coefficients k_i ≥ 0 (default 1)
    int days = 0;                          ///< steps of the dynamic form; 0 = static only
    std::optional<int> duration;  ///< c*(t) = c* for t < duration, 0 afterwards (default: always)
};

/// The state of the dynamic form after one step.
struct IimDay {
    int day = 0;                        ///< t = 1 … days
    std::vector<double> inoperability;  ///< q(t), in the order of IimResult::sectors
    double totalLoss = 0;               ///< Σ_i x_i q_i(t)
};

struct IimResult {
    std::vector<std::string> sectors;   ///< the order of the matrix rows
    std::vector<double> inoperability;  ///< static q
    std::vector<double> loss;           ///< x ⊙ q
    double totalLoss = 0;               ///< Σ_i x_i q_i
    /// Sectors whose static inoperability exceeds 1: the perturbation is larger than the
    /// sector can absorb, and q is reported unclamped (docs/methods/iim.md).
    std::vector<std::string> infeasible;
    std::vector<IimDay> timeline;        ///< days 1 … days (empty for the static model)
    std::vector<double> cumulativeLoss;  ///< Σ_t x ⊙ q(t) over the timeline
    double totalCumulativeLoss = 0;      ///< Σ_i of cumulativeLoss
    std::vector<Message> warnings;       ///< q above 1, k_i outside [0, 1], a diverging timeline
};

/// Validates `input` and computes the static model and, with days > 0, the dynamic form.
/// Throws rrw::Error (Input) naming the file and the sector for: a matrix that is not square or
/// whose row and column ids differ; an unknown, missing or duplicate sector id in any file; a
/// value that is not finite; a_ij < 0; x_j ≤ 0; c*_i outside [0, 1]; k_i < 0; days < 0 or
/// beyond 36500; a duration < 0; a singular I − A; a non-productive A (spectral radius ≥ 1,
/// detected as a negative entry in (I − A)⁻¹). Both matrix errors name the sectors whose
/// column sum of A reaches 1.
IimResult runIim(const IimInput& input);

}  // namespace rrw::analysis
