// SPDX-License-Identifier: GPL-3.0-or-later
// The input files of HPL (HPL.dat) and hpcc (hpccinf.txt) from a design's HPL settings: problem sizes,
// block sizes and process grids vary, the paper's fixed parameters ("remained constant throughout
// these tests": PMAP, threshold, PFACT, NBMIN, NDIV, RFACT, BCAST, DEPTH, SWAP, L1/U form,
// equilibration, alignment) are defaults.
#pragma once

#include "bench/hplsizing.h"
#include "common/result.h"

#include <QByteArray>
#include <QList>

namespace voc {

struct HplDatSettings
{
    QList<qint64> problemSizes;  // N, 1..20 values
    QList<int> blockSizes;       // NB, 1..20 values
    QList<HplGrid> grids;        // P x Q, 1..20 values
    bool rowMajorMapping = true; // PMAP: 0 row-major, 1 column-major
    double threshold = 16.0;
    int pfact = 2; // 0 left, 1 Crout, 2 right
    int nbmin = 4;
    int ndiv = 2;
    int rfact = 1; // 0 left, 1 Crout, 2 right
    int bcast = 1; // 0 1rg, 1 1rM, 2 2rg, 3 2rM, 4 Lng, 5 LnM
    int depth = 1; // lookahead
    int swap = 2;  // 0 bin-exch, 1 long, 2 mix
    int swappingThreshold = 64;
    bool l1Transposed = false;
    bool uTransposed = false;
    bool equilibration = true;
    int alignment = 8; // in doubles
};

// Checks the settings (non-empty lists of at most 20, N >= 1, NB >= 1, P, Q >= 1, known codes) and
// names the field that is wrong.
Status validateHplDatSettings(const HplDatSettings& settings);

// HPL.dat text for xhpl (output to stdout: "6 device out").
Result<QByteArray> hplDat(const HplDatSettings& settings);
// hpccinf.txt text: HPL.dat's lines followed by hpcc's own (PTRANS sizes and grids derived from the
// HPL ones).
Result<QByteArray> hpccInf(const HplDatSettings& settings);

} // namespace voc
