// SPDX-License-Identifier: GPL-3.0-or-later
// vocctl parse-hpl: the result rows of an xhpl or hpcc output file, hpcc's key figures, and an exit code
// a script can act on (0 every row passed, 1 a row failed, 2 nothing to judge or incomplete).
#include "cli.h"

#include "bench/hploutput.h"
#include "common/regularfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QJsonArray>
#include <QJsonObject>

#include <cmath>

namespace voc::cli {

namespace {

struct ParseHplCommand
{
    Q_DECLARE_TR_FUNCTIONS(vocctl)
};

// Far beyond any HPL output (a 10,000-row run is 4 MB); a bigger input is not one, and is not read
// into memory whole.
constexpr qint64 maxInputBytes = qint64(64) << 20;

// hpcc's headline figures, in the order the HPC Challenge reports them.
const char* const summaryKeys[] = {
    "HPL_Tflops",
    "StarDGEMM_Gflops",
    "PTRANS_GBs",
    "MPIRandomAccess_GUPs",
    "StarSTREAM_Triad",
    "MPIFFT_Gflops",
    "AvgPingPongLatency_usec",
    "AvgPingPongBandwidth_GBytes",
    "RandomlyOrderedRingBandwidth_GBytes",
};

Result<QByteArray> readInput(const QString& file, const QString& source)
{
    // A named file is a regular file or nothing (a FIFO would block forever); "-" is the one stream.
    std::unique_ptr<QFile> named;
    QFile standardInput;
    QFile* opened = &standardInput;
    if (file == QLatin1String("-")) {
        if (!standardInput.open(stdin, QIODevice::ReadOnly))
            return makeError(ErrorCode::Io,
                             ParseHplCommand::tr("cannot read: %1").arg(standardInput.errorString()), source);
    } else {
        Result<std::unique_ptr<QFile>> regular = openRegularFile(file);
        if (!regular)
            return regular.error();
        named = std::move(*regular);
        opened = named.get();
    }
    QFile& input = *opened;
    QByteArray data = input.read(maxInputBytes + 1);
    if (data.size() > maxInputBytes)
        return makeError(ErrorCode::Parse,
                         ParseHplCommand::tr("larger than %1 MiB: not the output of xhpl or hpcc")
                             .arg(maxInputBytes >> 20),
                         source, ParseHplCommand::tr("give the output file of xhpl or hpcc (hpccoutf.txt)"));
    if (input.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, ParseHplCommand::tr("cannot read: %1").arg(input.errorString()),
                         source);
    return data;
}

// NaN and infinity have no JSON number: they travel as null, and the text output shows them as printed.
QJsonValue number(double value)
{
    return std::isfinite(value) ? QJsonValue(value) : QJsonValue(QJsonValue::Null);
}

int exitCodeFor(const HplOutput& output)
{
    if (output.rows.isEmpty() || !output.complete)
        return ExitUnreadable;
    return output.failedRows() > 0 ? ExitInvalid : ExitOk;
}

void printText(QTextStream& out, const HplOutput& output)
{
    QList<QStringList> table{{QStringLiteral("T/V"), QStringLiteral("N"), QStringLiteral("NB"),
                              QStringLiteral("P"), QStringLiteral("Q"), ParseHplCommand::tr("TIME (S)"),
                              QStringLiteral("GFLOPS"), ParseHplCommand::tr("RESIDUAL"),
                              ParseHplCommand::tr("RESULT")}};
    for (const HplRow& row : output.rows)
        table.append({row.variant, QString::number(row.n), QString::number(row.nb), QString::number(row.p),
                      QString::number(row.q), QString::number(row.seconds, 'f', 2),
                      QString::number(row.gflops, 'g', 4), QString::number(row.residual, 'g', 8),
                      row.passed ? QStringLiteral("PASSED") : QStringLiteral("FAILED")});
    QList<qsizetype> widths(table.first().size(), 0);
    for (const QStringList& line : table)
        for (qsizetype i = 0; i < line.size(); ++i)
            widths[i] = qMax(widths.at(i), line.at(i).size());
    if (!output.rows.isEmpty()) {
        for (const QStringList& line : table) {
            QString text;
            for (qsizetype i = 0; i < line.size(); ++i)
                text += i + 1 < line.size() ? line.at(i).leftJustified(widths.at(i) + 2) : line.at(i);
            out << text << '\n';
        }
    }
    const int failed = output.failedRows();
    out << ParseHplCommand::tr("%1: %n row(s), ", nullptr, int(output.rows.size()))
               .arg(output.kind == HplOutputKind::Hpcc ? QStringLiteral("hpcc") : QStringLiteral("xhpl"))
        << ParseHplCommand::tr("%1 passed, %2 failed\n").arg(output.rows.size() - failed).arg(failed);
    bool header = false;
    for (const char* key : summaryKeys) {
        const QString name = QLatin1String(key);
        if (!output.hpccSummary.contains(name))
            continue;
        if (!header)
            out << ParseHplCommand::tr("hpcc summary:\n");
        header = true;
        out << QStringLiteral("  %1 = %2\n").arg(name, output.hpccSummary.value(name));
    }
    if (!output.complete)
        out << ParseHplCommand::tr("incomplete: %1\n").arg(output.incompleteReason);
}

QJsonObject json(const HplOutput& output, const QString& source)
{
    QJsonArray rows;
    for (const HplRow& row : output.rows)
        rows.append(QJsonObject{{QStringLiteral("variant"), row.variant},
                                {QStringLiteral("n"), row.n},
                                {QStringLiteral("nb"), row.nb},
                                {QStringLiteral("p"), row.p},
                                {QStringLiteral("q"), row.q},
                                {QStringLiteral("seconds"), number(row.seconds)},
                                {QStringLiteral("gflops"), number(row.gflops)},
                                {QStringLiteral("residual"), number(row.residual)},
                                {QStringLiteral("passed"), row.passed}});
    QJsonObject summary;
    for (auto it = output.hpccSummary.cbegin(); it != output.hpccSummary.cend(); ++it)
        summary.insert(it.key(), it.value());
    const int failed = output.failedRows();
    return QJsonObject{
        {QStringLiteral("file"), source},
        {QStringLiteral("kind"),
         output.kind == HplOutputKind::Hpcc ? QStringLiteral("hpcc") : QStringLiteral("xhpl")},
        {QStringLiteral("complete"), output.complete},
        {QStringLiteral("incompleteReason"),
         output.complete ? QJsonValue(QJsonValue::Null) : QJsonValue(output.incompleteReason)},
        {QStringLiteral("passed"), int(output.rows.size()) - failed},
        {QStringLiteral("failed"), failed},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("hpccSummary"), summary},
        {QStringLiteral("exitCode"), exitCodeFor(output)},
    };
}

} // namespace

int runParseHpl(const QStringList& args, Io io)
{
    const QString command = QStringLiteral("parse-hpl");
    QCommandLineParser parser;
    parser.setApplicationDescription(ParseHplCommand::tr(
        "Reads the output of xhpl or hpcc (hpccoutf.txt) and prints every result row with its residual "
        "check, "
        "hpcc's key figures, and whether the output is complete. Exit code: 0 when every row passed, 1 when "
        "a "
        "row failed, 2 when there is no complete row, the output is incomplete, or it cannot be read."));
    parser.addPositionalArgument(QStringLiteral("FILE"),
                                 ParseHplCommand::tr("The output file, or - for standard input."));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        ParseHplCommand::tr("Print the result as JSON."));
    parser.addOption(jsonOption);
    if (const std::optional<int> exit = parseArguments(parser, command, args, io))
        return *exit;
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(io, command,
                          ParseHplCommand::tr("give exactly one output file, or - for standard input"));
    const QString file = positional.first();
    const QString source = file == QLatin1String("-") ? ParseHplCommand::tr("standard input") : file;

    const Result<QByteArray> data = readInput(file, source);
    if (!data) {
        io.err << QStringLiteral("vocctl %1: ").arg(command);
        printError(io, data.error(), source);
        return ExitUnreadable;
    }
    const Result<HplOutput> output = parseHplOutput(*data, source);
    if (!output) {
        io.err << QStringLiteral("vocctl %1: ").arg(command);
        printError(io, output.error(), source);
        return ExitUnreadable;
    }
    if (parser.isSet(jsonOption))
        printJson(io.out, QJsonDocument(json(*output, source)));
    else
        printText(io.out, *output);
    return exitCodeFor(*output);
}

} // namespace voc::cli
