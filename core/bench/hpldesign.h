// SPDX-License-Identifier: GPL-3.0-or-later
// HPL sizing of a design's compute nodes: the one rule set the design page, the Benchmarks page and
// `vocctl bench hpl` share (which nodes count, the memory that bounds N, the step, the grid, the TCG
// cap), and the parsing of the problem sizes a user types.
#pragma once

#include "bench/hplsizing.h"
#include "common/result.h"
#include "model/design.h"

#include <QList>
#include <QString>

namespace voc {

// Under TCG a guest computes some 20-50 times slower than the host: N sized for the memory would
// run for hours, so the default N is capped at this (rounded down to the step).
inline constexpr qint64 hplTcgMaxN = 2000;

struct HplDesignOptions
{
    int nodes = 0;        // run on this many of the compute nodes (0: all of them)
    int slotsPerNode = 0; // MPI ranks per node (0: each node's vCPUs)
    int blockSize = 0;    // NB (0: the design's)
    bool tcg = false;     // the VOC runs under TCG: N is capped at hplTcgMaxN
};

struct HplDesignSizing
{
    int nodes = 0;                 // compute VCNs (count >= 1 roles only)
    int processes = 0;             // MPI ranks
    qint64 memoryPerNodeBytes = 0; // the smallest compute node's: HPL spreads the matrix evenly
    double utilization = 0.8;
    int blockSize = 192;
    int step = 192;                 // the design's step, or NB when it says 0
    Result<qint64> n = Error{};     // rounded down to the step, capped under TCG
    qint64 uncappedN = 0;           // N before the TCG cap (the same as n when not capped)
    double unroundedN = 0;          // sqrt(n * D * U)
    Result<HplGrid> grid = Error{}; // the design's fixed grid, or as square as possible

    bool cappedForTcg() const { return n.ok() && *n < uncappedN; }
};

// Never fails as a whole: N and the grid each carry their own error (no compute role, too many
// processes, memory too small for one step, a fixed grid that does not fit), so a caller that needs
// only one of them is not stopped by the other. Errors name the design in `where`.
HplDesignSizing sizeHplForDesign(const Design& design, const HplDesignOptions& options = {});

// "N = 20544: √(4 nodes × 134217728 doubles × 0.80) = 20724.3, rounded down to a multiple of 192";
// empty when N could not be derived.
QString hplDerivation(const HplDesignSizing& sizing);

// "2000, 4000 6000" -> {2000, 4000, 6000}: 1..20 whole numbers from 1 to 2^31-1 (HPL.dat's lists
// hold at most 20 ints), separated by commas, semicolons or spaces.
Result<QList<qint64>> parseProblemSizes(const QString& text);

} // namespace voc
