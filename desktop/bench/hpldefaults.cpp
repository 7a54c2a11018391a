// SPDX-License-Identifier: GPL-3.0-or-later
#include "hpldefaults.h"

#include <QCoreApplication>
#include <QLocale>
#include <QRegularExpression>

#include <cmath>
#include <limits>

namespace voc {

namespace {

struct HplDefaultsText
{
    Q_DECLARE_TR_FUNCTIONS(voc::HplDefaults)
};

constexpr int maxListEntries = 20; // HPL.dat's lists hold at most 20 values

} // namespace

Result<HplRunDefaults> hplRunDefaults(const Design& design)
{
    const QList<const Role*> computes = design.computeRoles();
    if (computes.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         HplDefaultsText::tr("The design has no compute role to run HPL on"), design.name,
                         HplDefaultsText::tr("Add a compute role on the Design page."));
    HplRunDefaults defaults;
    qint64 nodes = 0;
    qint64 processes = 0;
    defaults.memoryPerNodeBytes = std::numeric_limits<qint64>::max();
    for (const Role* role : computes) {
        nodes += role->count;
        processes += qint64(role->count) * role->vcpus;
        // HPL spreads the matrix evenly: the smallest node bounds what each may hold.
        defaults.memoryPerNodeBytes = std::min(defaults.memoryPerNodeBytes, qint64(role->memoryMiB) << 20);
    }
    if (processes > std::numeric_limits<int>::max())
        return makeError(ErrorCode::InvalidInput, HplDefaultsText::tr("The design has too many processes"),
                         design.name);
    defaults.nodes = int(nodes);
    defaults.processes = int(processes);
    defaults.utilization = design.hpl.utilization;
    defaults.blockSize = design.hpl.blockSize;
    defaults.step = design.hpl.step > 0 ? design.hpl.step : design.hpl.blockSize;
    const HplSizingInput input{defaults.nodes, defaults.memoryPerNodeBytes, defaults.utilization,
                               defaults.step};
    const Result<qint64> n = hplProblemSize(input);
    if (!n)
        return Error{n.error().code, n.error().what, design.name, n.error().hint};
    defaults.n = *n;
    const Result<HplGrid> grid = hplGrid(defaults.processes, design.hpl.gridP, design.hpl.gridQ);
    if (!grid)
        return Error{grid.error().code, grid.error().what, design.name, grid.error().hint};
    defaults.grid = *grid;
    const double exact = hplUnroundedProblemSize(input).value();
    // Without group separators, like the N the user types beside it.
    QLocale locale;
    locale.setNumberOptions(QLocale::OmitGroupSeparator);
    defaults.derivation =
        HplDefaultsText::tr("N = %1: √(%n node(s) × %2 doubles × %3) = %4, rounded down to a multiple of %5",
                            nullptr, defaults.nodes)
            .arg(QString::number(defaults.n), QString::number(defaults.memoryPerNodeBytes / 8),
                 locale.toString(defaults.utilization, 'f', 2),
                 locale.toString(std::floor(exact * 10) / 10, 'f', 1), QString::number(defaults.step));
    return defaults;
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
        if (!ok || value < 1)
            return makeError(ErrorCode::InvalidInput,
                             HplDefaultsText::tr("'%1' is not a problem size").arg(part), {},
                             HplDefaultsText::tr("Sizes are whole numbers of at least 1, e.g. 2000, 4000."));
        sizes.append(value);
    }
    return sizes;
}

} // namespace voc
