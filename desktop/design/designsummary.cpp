// SPDX-License-Identifier: GPL-3.0-or-later
#include "designsummary.h"

#include <QCoreApplication>

#include <algorithm>
#include <limits>

namespace voc {

namespace {
struct SummaryText
{
    Q_DECLARE_TR_FUNCTIONS(voc::DesignSummary)
};
} // namespace

DesignSummary summarizeDesign(const Design& design)
{
    DesignSummary summary;
    qint64 smallestComputeMemory = std::numeric_limits<qint64>::max();
    for (const Role& role : design.roles) {
        // Negative counts are a validation error; they must not make the totals absurd.
        const qint64 count = std::max(role.count, 0);
        summary.vcnCount += count;
        summary.totalVcpus += count * std::max(role.vcpus, 0);
        summary.totalMemoryMiB += count * std::max(role.memoryMiB, 0);
        if (role.kind == RoleKind::Compute) {
            summary.computeNodes += count;
            summary.computeProcesses += count * std::max(role.vcpus, 0);
            smallestComputeMemory = std::min<qint64>(smallestComputeMemory, role.memoryMiB);
        }
    }
    summary.computeMemoryMiB = summary.computeNodes > 0 ? smallestComputeMemory : 0;
    summary.hplStep = design.hpl.step > 0 ? design.hpl.step : design.hpl.blockSize;

    if (summary.computeNodes < 1) {
        summary.hplError = SummaryText::tr("no compute nodes");
        summary.gridError = summary.hplError;
        return summary;
    }
    if (summary.computeNodes > std::numeric_limits<int>::max() ||
        summary.computeProcesses > std::numeric_limits<int>::max()) {
        summary.hplError = SummaryText::tr("too many compute nodes");
        summary.gridError = summary.hplError;
        return summary;
    }

    const Result<qint64> n = hplProblemSize(HplSizingInput{
        .nodes = static_cast<int>(summary.computeNodes),
        .memoryPerNodeBytes = summary.computeMemoryMiB * 1024 * 1024,
        .utilization = design.hpl.utilization,
        .step = summary.hplStep,
    });
    if (n.ok())
        summary.hplN = n.value();
    else
        summary.hplError = n.error().what;

    const Result<HplGrid> grid =
        hplGrid(static_cast<int>(summary.computeProcesses), design.hpl.gridP, design.hpl.gridQ);
    if (grid.ok())
        summary.hplGrid = grid.value();
    else
        summary.gridError = grid.error().what;
    return summary;
}

} // namespace voc
