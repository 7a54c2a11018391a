// SPDX-License-Identifier: GPL-3.0-or-later
#include "designsummary.h"

#include <algorithm>

namespace voc {

DesignSummary summarizeDesign(const Design& design)
{
    DesignSummary summary;
    for (const Role& role : design.roles) {
        // Negative counts are a validation error; they must not make the totals absurd.
        const qint64 count = std::max(role.count, 0);
        summary.vcnCount += count;
        summary.totalVcpus += count * std::max(role.vcpus, 0);
        summary.totalMemoryMiB += count * std::max(role.memoryMiB, 0);
    }
    const HplDesignSizing hpl = sizeHplForDesign(design);
    summary.computeNodes = hpl.nodes;
    summary.computeProcesses = hpl.processes;
    summary.computeMemoryMiB = hpl.memoryPerNodeBytes >> 20;
    summary.hplStep = hpl.step;
    if (hpl.n)
        summary.hplN = *hpl.n;
    else
        summary.hplError = hpl.n.error().what;
    if (hpl.grid)
        summary.hplGrid = *hpl.grid;
    else
        summary.gridError = hpl.grid.error().what;
    return summary;
}

} // namespace voc
