// SPDX-License-Identifier: GPL-3.0-or-later
// The Run tab's HPL settings: defaults from the open design's HPL settings through the paper's sizing
// (bench/hplsizing.h), with the sentence that says how N was derived, and the parsing of what the
// user types instead.
#pragma once

#include "bench/hplsizing.h"
#include "common/result.h"
#include "model/design.h"

#include <QList>
#include <QString>

namespace voc {

struct HplRunDefaults
{
    int nodes = 1;                 // compute VCNs
    int processes = 1;             // MPI ranks: compute VCNs x vCPUs
    qint64 memoryPerNodeBytes = 0; // the smallest compute role's memory
    double utilization = 0.8;
    int blockSize = 192;
    int step = 192;
    qint64 n = 0;
    HplGrid grid;
    QString derivation; // "N = 20544 = √(4 nodes × 134217728 doubles × 0.80) = 20724.3, rounded down..."
};

// N, NB and the grid for the design's compute nodes. An error (InvalidInput, naming the design) when
// it has no compute role or the sizing fails.
Result<HplRunDefaults> hplRunDefaults(const Design& design);

// "2000, 4000 6000" -> {2000, 4000, 6000}: 1..20 whole numbers >= 1, separated by commas or spaces.
Result<QList<qint64>> parseProblemSizes(const QString& text);

} // namespace voc
