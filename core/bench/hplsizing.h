// SPDX-License-Identifier: GPL-3.0-or-later
// HPL problem size and process grid, as the paper derives them: N = sqrt(n * D * U).
#pragma once

#include "common/result.h"

#include <QString>

namespace voc {

struct HplSizingInput
{
    int nodes = 1;                 // n
    qint64 memoryPerNodeBytes = 0; // D = memoryPerNodeBytes / 8 doubles
    double utilization = 0.8;      // U, in (0, 1]
    int step = 100;                // N is rounded down to a multiple of step (NB by default)
};

// N, rounded down to a multiple of step. Fails on nodes < 1, memory <= 0, U outside (0, 1],
// step < 1, or a result below one step.
Result<qint64> hplProblemSize(const HplSizingInput& input);

// sqrt(n * D * U) before rounding, for showing how N was derived. Fails on the same inputs as
// hplProblemSize() except the "below one step" case.
Result<double> hplUnroundedProblemSize(const HplSizingInput& input);

// Memory per node (bytes) needed for problem size N on `nodes` nodes at utilization U (rounded up).
Result<qint64> hplMemoryPerNodeFor(qint64 problemSize, int nodes, double utilization);

struct HplGrid
{
    int p = 1;
    int q = 1;
    bool operator==(const HplGrid&) const = default;
};

// The process grid for `processes` MPI ranks: P <= Q, as square as possible (P the largest divisor
// not above sqrt). With fixedP and fixedQ > 0, checks P*Q == processes instead.
Result<HplGrid> hplGrid(int processes, int fixedP = 0, int fixedQ = 0);

// Parses sizes such as "4GiB", "1024MiB", "512M", "2G", "1.5GiB", "4096" (bytes) into bytes.
// Binary units (KiB/MiB/GiB/TiB and the bare K/M/G/T) are powers of 1024; KB/MB/GB/TB are powers of 1000.
Result<qint64> parseByteSize(const QString& text);

} // namespace voc
