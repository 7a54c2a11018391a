// SPDX-License-Identifier: GPL-3.0-or-later
// The numbers the design page shows beside the plan: totals and HPL sizing of the compute nodes.
#pragma once

#include "bench/hpldesign.h"
#include "model/design.h"

#include <QString>

#include <optional>

namespace voc {

struct DesignSummary
{
    qint64 vcnCount = 0;
    qint64 totalVcpus = 0;
    qint64 totalMemoryMiB = 0;

    // HPL runs on the compute nodes: one rank per vCPU, sized by the smallest compute node
    // (sizeHplForDesign decides; these are its numbers for the page).
    qint64 computeNodes = 0;
    qint64 computeProcesses = 0;
    qint64 computeMemoryMiB = 0; // per node
    int hplStep = 0;             // the effective step (NB when the design says 0)
    std::optional<qint64> hplN;
    QString hplError; // why N could not be derived
    std::optional<HplGrid> hplGrid;
    QString gridError;
};

// Pure and cheap (linear in the number of roles, not VCNs).
DesignSummary summarizeDesign(const Design& design);

} // namespace voc
