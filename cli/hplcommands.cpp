// SPDX-License-Identifier: GPL-3.0-or-later
// vocctl hpl-size: the paper's HPL problem size N = sqrt(n * D * U) and a process grid for a cluster.
#include "cli.h"

#include "bench/hplsizing.h"

#include <QCoreApplication>
#include <QJsonObject>
#include <QPair>

#include <cmath>
#include <limits>

namespace voc::cli {

namespace {

constexpr qint64 GiB = qint64(1) << 30;
constexpr qint64 MiB = qint64(1) << 20;

// Gives lupdate and the runtime the same context for every message of this file.
struct HplCommand
{
    Q_DECLARE_TR_FUNCTIONS(vocctl)
};

// A whole number >= minimum, or nothing; the caller names the option.
std::optional<int> parseCount(const QString& text, int minimum)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    if (!ok || value < minimum)
        return std::nullopt;
    return value;
}

// "0.8" stays "0.80" as the paper writes it; more digits are kept when they matter ("0.755").
QString formatFraction(double value)
{
    for (int decimals = 2; decimals < 6; ++decimals) {
        const QString text = QString::number(value, 'f', decimals);
        if (std::abs(text.toDouble() - value) < 1e-12)
            return text;
    }
    return QString::number(value, 'f', 6);
}

// Both sizes in the unit that suits the larger (the node's memory).
QPair<QString, QString> formatPair(qint64 part, qint64 whole)
{
    const bool gib = whole >= GiB;
    const double unit = gib ? double(GiB) : double(MiB);
    const QString suffix = gib ? QStringLiteral(" GiB") : QStringLiteral(" MiB");
    return {QString::number(double(part) / unit, 'f', 2) + suffix,
            QString::number(double(whole) / unit, 'f', 2) + suffix};
}

} // namespace

int runHplSize(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(HplCommand::tr(
        "Computes the HPL problem size N = sqrt(n x D x U), where n is the number of nodes, D the doubles "
        "that fit in one node's memory and U the share of memory HPL may use, rounded down to a multiple of "
        "the step; and the process grid P x Q."));
    const QCommandLineOption nodesOption(
        QStringLiteral("nodes"), HplCommand::tr("Number of nodes n (required)."), QStringLiteral("N"));
    const QCommandLineOption memoryOption(
        QStringLiteral("memory-per-node"),
        HplCommand::tr("Memory of one node, e.g. 1GiB, 4096MiB, 10GB (required)."), QStringLiteral("SIZE"));
    const QCommandLineOption utilizationOption(
        QStringLiteral("utilization"),
        HplCommand::tr("Share U of the memory HPL may use, above 0 and at most 1."), QStringLiteral("U"),
        QStringLiteral("0.8"));
    const QCommandLineOption blockSizeOption(QStringLiteral("block-size"),
                                             HplCommand::tr("HPL block size NB."), QStringLiteral("NB"),
                                             QStringLiteral("192"));
    const QCommandLineOption stepOption(QStringLiteral("step"),
                                        HplCommand::tr("Round N down to a multiple of S (default: NB)."),
                                        QStringLiteral("S"));
    const QCommandLineOption processesOption(
        QStringLiteral("processes-per-node"),
        HplCommand::tr("MPI processes per node; the grid has nodes x K processes."), QStringLiteral("K"),
        QStringLiteral("1"));
    const QCommandLineOption gridOption(
        QStringLiteral("grid"),
        HplCommand::tr("Fixed process grid, e.g. 14x2 (default: as square as possible)."),
        QStringLiteral("PxQ"));
    const QCommandLineOption jsonOption(QStringLiteral("json"), HplCommand::tr("Print the result as JSON."));
    parser.addOptions({nodesOption, memoryOption, utilizationOption, blockSizeOption, stepOption,
                       processesOption, gridOption, jsonOption});
    if (const std::optional<int> exit = parseArguments(parser, QStringLiteral("hpl-size"), args, io))
        return *exit;

    if (!parser.positionalArguments().isEmpty())
        return usageError(
            io, QStringLiteral("hpl-size"),
            HplCommand::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    if (!parser.isSet(nodesOption))
        return usageError(io, QStringLiteral("hpl-size"), HplCommand::tr("--nodes is required"));
    if (!parser.isSet(memoryOption))
        return usageError(io, QStringLiteral("hpl-size"), HplCommand::tr("--memory-per-node is required"));

    const std::optional<int> nodes = parseCount(parser.value(nodesOption), 1);
    if (!nodes)
        return usageError(io, QStringLiteral("hpl-size"),
                          HplCommand::tr("--nodes: '%1' is not a whole number of at least 1")
                              .arg(parser.value(nodesOption)));
    const Result<qint64> memory = parseByteSize(parser.value(memoryOption));
    if (!memory)
        return usageError(io, QStringLiteral("hpl-size"),
                          QStringLiteral("--memory-per-node: ") + memory.error().what, memory.error().hint);
    if (*memory < 8)
        return usageError(
            io, QStringLiteral("hpl-size"),
            HplCommand::tr("--memory-per-node: %1 bytes cannot hold a single double").arg(*memory));
    bool ok = false;
    const double utilization = parser.value(utilizationOption).toDouble(&ok);
    if (!ok || !(utilization > 0.0 && utilization <= 1.0))
        return usageError(io, QStringLiteral("hpl-size"),
                          HplCommand::tr("--utilization: '%1' is not a number above 0 and at most 1")
                              .arg(parser.value(utilizationOption)),
                          HplCommand::tr("the paper used 0.8: 80% of each node's memory"));
    const std::optional<int> blockSize = parseCount(parser.value(blockSizeOption), 1);
    if (!blockSize)
        return usageError(io, QStringLiteral("hpl-size"),
                          HplCommand::tr("--block-size: '%1' is not a whole number of at least 1")
                              .arg(parser.value(blockSizeOption)));
    std::optional<int> step = blockSize;
    if (parser.isSet(stepOption)) {
        step = parseCount(parser.value(stepOption), 1);
        if (!step)
            return usageError(io, QStringLiteral("hpl-size"),
                              HplCommand::tr("--step: '%1' is not a whole number of at least 1")
                                  .arg(parser.value(stepOption)));
    }
    const std::optional<int> perNode = parseCount(parser.value(processesOption), 1);
    if (!perNode)
        return usageError(io, QStringLiteral("hpl-size"),
                          HplCommand::tr("--processes-per-node: '%1' is not a whole number of at least 1")
                              .arg(parser.value(processesOption)));
    const qint64 processes = qint64(*nodes) * *perNode;
    if (processes > std::numeric_limits<int>::max())
        return usageError(
            io, QStringLiteral("hpl-size"),
            HplCommand::tr("--processes-per-node: %1 x %2 processes are too many").arg(*nodes).arg(*perNode));

    int fixedP = 0;
    int fixedQ = 0;
    if (parser.isSet(gridOption)) {
        const QString text = parser.value(gridOption);
        const QStringList sides = text.toLower().split(QLatin1Char('x'));
        const std::optional<int> p = sides.size() == 2 ? parseCount(sides.at(0), 1) : std::nullopt;
        const std::optional<int> q = sides.size() == 2 ? parseCount(sides.at(1), 1) : std::nullopt;
        if (!p || !q)
            return usageError(io, QStringLiteral("hpl-size"),
                              HplCommand::tr("--grid: '%1' is not of the form PxQ, e.g. 4x7").arg(text));
        fixedP = *p;
        fixedQ = *q;
    }

    const HplSizingInput input{*nodes, *memory, utilization, *step};
    const Result<qint64> n = hplProblemSize(input);
    if (!n)
        return usageError(io, QStringLiteral("hpl-size"), n.error().what, n.error().hint);
    const double exact = hplUnroundedProblemSize(input).value();
    const Result<HplGrid> grid = hplGrid(int(processes), fixedP, fixedQ);
    if (!grid)
        return usageError(io, QStringLiteral("hpl-size"), QStringLiteral("--grid: ") + grid.error().what,
                          grid.error().hint);
    // The matrix is N x N doubles spread over the nodes.
    const auto usedPerNode = qint64(std::ceil(double(*n) * double(*n) * 8.0 / double(*nodes)));
    // Truncated like N itself, so the shown value never exceeds the real one (54831.35 -> 54831.3).
    const double exactShown = std::floor(exact * 10.0) / 10.0;

    if (parser.isSet(jsonOption)) {
        const QJsonObject result{
            {QStringLiteral("nodes"), *nodes},
            {QStringLiteral("memoryPerNodeBytes"), *memory},
            {QStringLiteral("utilization"), utilization},
            {QStringLiteral("blockSize"), *blockSize},
            {QStringLiteral("step"), *step},
            {QStringLiteral("n"), *n},
            {QStringLiteral("exact"), exactShown},
            {QStringLiteral("grid"),
             QJsonObject{{QStringLiteral("p"), grid->p}, {QStringLiteral("q"), grid->q}}},
            {QStringLiteral("processes"), processes},
            {QStringLiteral("processesPerNode"), *perNode},
            {QStringLiteral("memoryUsedPerNodeBytes"), usedPerNode},
        };
        printJson(io.out, QJsonDocument(result));
        return ExitOk;
    }

    io.out << HplCommand::tr("N = %1 (sqrt(%2 x %3 doubles x %4) = %5, rounded down to a multiple of %6)\n")
                  .arg(QString::number(*n), QString::number(*nodes), QString::number(*memory / 8),
                       formatFraction(utilization), QString::number(exactShown, 'f', 1),
                       QString::number(*step));
    io.out << (processes == 1 ? HplCommand::tr("grid P x Q = 1 x 1 (1 process)\n")
                              : HplCommand::tr("grid P x Q = %1 x %2 (%3 processes)\n")
                                    .arg(grid->p)
                                    .arg(grid->q)
                                    .arg(processes));
    const auto [used, total] = formatPair(usedPerNode, *memory);
    io.out << HplCommand::tr("memory used per node: %1 of %2\n").arg(used, total);
    return ExitOk;
}

} // namespace voc::cli
