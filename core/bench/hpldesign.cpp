// SPDX-License-Identifier: GPL-3.0-or-later
#include "hpldesign.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <algorithm>
#include <cmath>
#include <limits>

namespace voc {

namespace {

// The context these messages had on the Benchmarks page, so their translations still match.
struct HplDefaultsText
{
    Q_DECLARE_TR_FUNCTIONS(voc::HplDefaults)
};

constexpr int maxListEntries = 20; // HPL.dat's lists hold at most 20 values

Error inDesign(const Error& error, const Design& design)
{
    return Error{error.code, error.what, design.name, error.hint};
}

} // namespace

HplDesignSizing sizeHplForDesign(const Design& design, const HplDesignOptions& options)
{
    HplDesignSizing sizing;
    sizing.utilization = design.hpl.utilization;
    sizing.blockSize = options.blockSize > 0 ? options.blockSize : design.hpl.blockSize;
    sizing.step = design.hpl.step > 0 ? design.hpl.step : sizing.blockSize;

    qint64 nodes = 0;
    qint64 processes = 0;
    qint64 memory = std::numeric_limits<qint64>::max();
    int vcpus = std::numeric_limits<int>::max();
    for (const Role* role : design.computeRoles()) {
        if (role->count < 1) // no nodes, no share of the matrix (and no absurd totals)
            continue;
        nodes += role->count;
        processes += qint64(role->count) * std::max(role->vcpus, 0);
        memory = std::min(memory, qint64(role->memoryMiB) << 20);
        vcpus = std::min(vcpus, role->vcpus);
    }
    if (nodes < 1) {
        const Error none{ErrorCode::InvalidInput,
                         HplDefaultsText::tr("The design has no compute role to run HPL on"), design.name,
                         HplDefaultsText::tr("Add a compute role on the Design page.")};
        sizing.n = none;
        sizing.grid = none;
        return sizing;
    }
    sizing.memoryPerNodeBytes = memory;
    // A run on some of the nodes, or with its own ranks per node.
    if (options.nodes > 0)
        nodes = options.nodes;
    if (options.slotsPerNode > 0)
        processes = nodes * options.slotsPerNode;
    else if (options.nodes > 0)
        processes = nodes * std::max(vcpus, 0);
    if (nodes > std::numeric_limits<int>::max() || processes > std::numeric_limits<int>::max()) {
        const Error tooMany{ErrorCode::InvalidInput,
                            HplDefaultsText::tr("The design has too many processes"),
                            design.name,
                            {}};
        sizing.n = tooMany;
        sizing.grid = tooMany;
        return sizing;
    }
    sizing.nodes = int(nodes);
    sizing.processes = int(processes);

    const HplSizingInput input{sizing.nodes, sizing.memoryPerNodeBytes, sizing.utilization, sizing.step};
    const Result<qint64> n = hplProblemSize(input);
    if (n) {
        sizing.uncappedN = *n;
        sizing.unroundedN = hplUnroundedProblemSize(input).value();
        qint64 capped = *n;
        if (options.tcg && capped > hplTcgMaxN)
            capped = std::max<qint64>(sizing.step, hplTcgMaxN / sizing.step * sizing.step);
        sizing.n = capped;
    } else {
        sizing.n = inDesign(n.error(), design);
    }
    const Result<HplGrid> grid = hplGrid(sizing.processes, design.hpl.gridP, design.hpl.gridQ);
    sizing.grid = grid ? grid : Result<HplGrid>(inDesign(grid.error(), design));
    return sizing;
}

QString hplDerivation(const HplDesignSizing& sizing)
{
    if (!sizing.n)
        return {};
    // Without group separators, like the N the user types beside it.
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    return HplDefaultsText::tr(
               "N = %1: √(%n node(s) × %2 doubles × %3) = %4, rounded down to a multiple of %5", nullptr,
               sizing.nodes)
        .arg(QString::number(sizing.uncappedN), QString::number(sizing.memoryPerNodeBytes / 8),
             locale.toString(sizing.utilization, 'f', 2),
             locale.toString(std::floor(sizing.unroundedN * 10) / 10, 'f', 1), QString::number(sizing.step));
}

Result<QList<qint64>> parseProblemSizes(const QString& text)
{
    static const QRegularExpression separators(QStringLiteral("[,;\\s]+"));
    const QStringList parts = text.split(separators, Qt::SkipEmptyParts);
    if (parts.isEmpty())
        return makeError(ErrorCode::InvalidInput, HplDefaultsText::tr("No problem size N is given"), {},
                         HplDefaultsText::tr("Enter one or more sizes, e.g. 2000, 4000."));
    if (parts.size() > maxListEntries)
        return makeError(ErrorCode::InvalidInput,
                         HplDefaultsText::tr("%1 problem sizes are too many").arg(parts.size()), {},
                         HplDefaultsText::tr("HPL takes at most %1.").arg(maxListEntries));
    QList<qint64> sizes;
    for (const QString& part : parts) {
        bool ok = false;
        const qint64 value = part.toLongLong(&ok);
        // HPL reads N as an int.
        if (!ok || value < 1 || value > std::numeric_limits<int>::max())
            return makeError(ErrorCode::InvalidInput,
                             HplDefaultsText::tr("'%1' is not a problem size").arg(part), {},
                             HplDefaultsText::tr("Sizes are whole numbers of at least 1, e.g. 2000, 4000."));
        sizes.append(value);
    }
    return sizes;
}

} // namespace voc
