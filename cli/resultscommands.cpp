// SPDX-License-Identifier: GPL-3.0-or-later
// vocctl results: list, show and export the runs of the results store, and import the paper's reference.
#include "cli.h"

#include "bench/resultsstore.h"
#include "bench/runcsv.h"
#include "common/atomicfile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <optional>
#include <variant>

namespace voc::cli {

namespace {

// Gives lupdate and the runtime the same context for every message of this file.
struct ResultsCommand
{
    Q_DECLARE_TR_FUNCTIONS(vocctl)
};

QCommandLineOption storeOption()
{
    return QCommandLineOption(
        QStringLiteral("store"),
        ResultsCommand::tr("The results database (default: %1; the environment variable VOCSTUDIO_RESULTS_DB "
                           "overrides it).")
            .arg(ResultsStore::defaultPath()),
        QStringLiteral("FILE"));
}

int failure(Io io, const QString& command, const Error& error)
{
    io.err << QStringLiteral("vocctl %1: ").arg(command) << error.toString() << '\n';
    // A store we cannot read is a file problem (2); a missing run or a failed write is an operation (1).
    const bool unreadable = error.code == ErrorCode::Parse || error.code == ErrorCode::UnsupportedFormat ||
                            error.code == ErrorCode::InvalidInput;
    return unreadable ? ExitUnreadable : ExitInvalid;
}

QString storePath(const QCommandLineParser& parser)
{
    return parser.isSet(QStringLiteral("store")) ? parser.value(QStringLiteral("store"))
                                                 : ResultsStore::defaultPath();
}

QString timeText(const QDateTime& time)
{
    return time.isValid() ? time.toUTC().toString(Qt::ISODate) : QStringLiteral("-");
}

QString orDash(const QString& text)
{
    return text.isEmpty() ? QStringLiteral("-") : text;
}

QJsonObject runJson(const Run& run)
{
    QJsonObject object{
        {QStringLiteral("id"), run.id},
        {QStringLiteral("kind"), toString(run.kind)},
        {QStringLiteral("target"), toString(run.target)},
        {QStringLiteral("design"), run.design},
        {QStringLiteral("hosts"), QJsonArray::fromStringList(run.hosts)},
        {QStringLiteral("time"), run.time.isValid() ? QJsonValue(run.time.toUTC().toString(Qt::ISODateWithMs))
                                                    : QJsonValue(QJsonValue::Null)},
        {QStringLiteral("label"), run.label},
    };
    // Settings are JSON text; scripts get them as JSON, or as the text when it is not JSON.
    const QJsonDocument settings = QJsonDocument::fromJson(run.settings.toUtf8());
    object.insert(QStringLiteral("settings"),
                  settings.isObject() ? QJsonValue(settings.object()) : QJsonValue(run.settings));
    return object;
}

// Left-aligned columns wide enough for every cell.
void printTable(QTextStream& out, const QList<QStringList>& rows)
{
    QList<qsizetype> widths;
    for (const QStringList& row : rows) {
        for (qsizetype i = 0; i < row.size(); ++i) {
            if (widths.size() <= i)
                widths.append(0);
            widths[i] = qMax(widths.at(i), row.at(i).size());
        }
    }
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype i = 0; i < row.size(); ++i)
            line += i + 1 < row.size() ? row.at(i).leftJustified(widths.at(i) + 2) : row.at(i);
        out << line << '\n';
    }
}

std::optional<qint64> parseId(const QString& text)
{
    bool ok = false;
    const qint64 id = text.toLongLong(&ok);
    if (!ok || id < 1)
        return std::nullopt;
    return id;
}

int runList(const QStringList& args, Io io)
{
    const QString command = QStringLiteral("results list");
    QCommandLineParser parser;
    parser.setApplicationDescription(ResultsCommand::tr("Lists the stored runs, oldest first."));
    const QCommandLineOption kindOption(QStringLiteral("kind"),
                                        ResultsCommand::tr("Only runs of KIND: hpl, boot or net."),
                                        QStringLiteral("KIND"));
    const QCommandLineOption targetOption(
        QStringLiteral("target"), ResultsCommand::tr("Only runs on TARGET: local, site, baremetal or paper."),
        QStringLiteral("TARGET"));
    const QCommandLineOption designOption(
        QStringLiteral("design"), ResultsCommand::tr("Only runs of design NAME."), QStringLiteral("NAME"));
    const QCommandLineOption jsonOption(QStringLiteral("json"),
                                        ResultsCommand::tr("Print the runs as JSON."));
    parser.addOptions({storeOption(), kindOption, targetOption, designOption, jsonOption});
    if (const std::optional<int> exit = parseArguments(parser, command, args, io))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            io, command,
            ResultsCommand::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));

    RunFilter filter;
    if (parser.isSet(kindOption)) {
        RunKind kind;
        if (!fromString(parser.value(kindOption), &kind))
            return usageError(
                io, command,
                ResultsCommand::tr("--kind: '%1' is not hpl, boot or net").arg(parser.value(kindOption)));
        filter.kind = kind;
    }
    if (parser.isSet(targetOption)) {
        RunTarget target;
        if (!fromString(parser.value(targetOption), &target))
            return usageError(io, command,
                              ResultsCommand::tr("--target: '%1' is not local, site, baremetal or paper")
                                  .arg(parser.value(targetOption)));
        filter.target = target;
    }
    if (parser.isSet(designOption))
        filter.design = parser.value(designOption);

    Result<std::unique_ptr<ResultsStore>> store =
        ResultsStore::open(storePath(parser), ResultsStore::Opening::ExistingOnly);
    if (!store)
        return failure(io, command, store.error());
    const Result<QList<Run>> runs = (*store)->runs(filter);
    if (!runs)
        return failure(io, command, runs.error());

    if (parser.isSet(jsonOption)) {
        QJsonArray list;
        for (const Run& run : *runs)
            list.append(runJson(run));
        printJson(io.out, QJsonDocument(list));
        return ExitOk;
    }
    if (runs->isEmpty()) {
        io.out << ResultsCommand::tr("no runs in %1\n").arg((*store)->path());
        return ExitOk;
    }
    QList<QStringList> rows{{ResultsCommand::tr("ID"), ResultsCommand::tr("KIND"),
                             ResultsCommand::tr("TARGET"), ResultsCommand::tr("TIME (UTC)"),
                             ResultsCommand::tr("DESIGN"), ResultsCommand::tr("LABEL")}};
    for (const Run& run : *runs)
        rows.append({QString::number(run.id), toString(run.kind), toString(run.target), timeText(run.time),
                     orDash(run.design), orDash(run.label)});
    printTable(io.out, rows);
    return ExitOk;
}

void printRunText(QTextStream& out, const Run& run, const QList<BootPhaseStatistics>& statistics)
{
    out << ResultsCommand::tr("run %1: %2\n").arg(run.id).arg(orDash(run.label));
    out << ResultsCommand::tr("kind: %1, target: %2, design: %3, time: %4\n")
               .arg(toString(run.kind), toString(run.target), orDash(run.design), timeText(run.time));
    out << ResultsCommand::tr("hosts: %1\n").arg(orDash(run.hosts.join(QStringLiteral(", "))));
    out << ResultsCommand::tr("settings: %1\n").arg(orDash(run.settings));
    if (run.kind == RunKind::Hpl) {
        QList<QStringList> rows{{QStringLiteral("N"), QStringLiteral("NB"), QStringLiteral("P"),
                                 QStringLiteral("Q"), ResultsCommand::tr("SECONDS"), QStringLiteral("GFLOPS"),
                                 ResultsCommand::tr("RESIDUAL"), ResultsCommand::tr("RESULT")}};
        for (const HplRow& row : run.hplRows)
            rows.append({QString::number(row.n), QString::number(row.nb), QString::number(row.p),
                         QString::number(row.q), QString::number(row.seconds, 'f', 2),
                         QString::number(row.gflops), QString::number(row.residual, 'g', 6),
                         row.passed ? ResultsCommand::tr("passed") : ResultsCommand::tr("FAILED")});
        // HPL's T/V column, when the rows come from a parsed output (the paper's rows have none).
        if (std::any_of(run.hplRows.cbegin(), run.hplRows.cend(),
                        [](const HplRow& row) { return !row.variant.isEmpty(); })) {
            rows[0].prepend(QStringLiteral("T/V"));
            for (qsizetype i = 0; i < run.hplRows.size(); ++i)
                rows[i + 1].prepend(orDash(run.hplRows.at(i).variant));
        }
        out << '\n';
        printTable(out, rows);
        return;
    }
    if (run.kind == RunKind::Net) {
        QList<QStringList> rows{{ResultsCommand::tr("NIC"), ResultsCommand::tr("ENDPOINTS"),
                                 ResultsCommand::tr("LATENCY US"), ResultsCommand::tr("BANDWIDTH MB/S")}};
        for (const NetSample& sample : run.netSamples)
            rows.append({orDash(sample.nic), orDash(sample.endpoints),
                         QString::number(sample.latencyUs, 'g', 6),
                         QString::number(sample.bandwidthMBps, 'f', 2)});
        out << '\n';
        printTable(out, rows);
        return;
    }
    QList<QStringList> samples{
        {ResultsCommand::tr("VCN"), ResultsCommand::tr("PHASE"), ResultsCommand::tr("MS")}};
    for (const BootSample& sample : run.bootSamples)
        samples.append({sample.vcn, toString(sample.phase), QString::number(sample.ms)});
    out << '\n';
    printTable(out, samples);
    if (statistics.isEmpty())
        return;
    QList<QStringList> rows{{ResultsCommand::tr("PHASE"), ResultsCommand::tr("VCNS"),
                             ResultsCommand::tr("MIN S"), ResultsCommand::tr("AVG S"),
                             ResultsCommand::tr("MAX S")}};
    for (const BootPhaseStatistics& phase : statistics)
        rows.append({toString(phase.phase), QString::number(phase.count),
                     QString::number(phase.minMs / 1000.0, 'f', 3),
                     QString::number(phase.avgMs / 1000.0, 'f', 3),
                     QString::number(phase.maxMs / 1000.0, 'f', 3)});
    out << '\n';
    printTable(out, rows);
}

// Shared by show and export: the one positional run id, the store opened, the run read.
struct RunArguments
{
    std::unique_ptr<ResultsStore> store;
    Run run;
};

std::variant<int, RunArguments> openRun(const QCommandLineParser& parser, const QString& command, Io io)
{
    const QStringList positional = parser.positionalArguments();
    if (positional.size() != 1)
        return usageError(io, command, ResultsCommand::tr("give exactly one run id"));
    const std::optional<qint64> id = parseId(positional.first());
    if (!id)
        return usageError(io, command, ResultsCommand::tr("'%1' is not a run id").arg(positional.first()));
    Result<std::unique_ptr<ResultsStore>> store =
        ResultsStore::open(storePath(parser), ResultsStore::Opening::ExistingOnly);
    if (!store)
        return failure(io, command, store.error());
    Result<Run> run = (*store)->run(*id);
    if (!run)
        return failure(io, command, run.error());
    return RunArguments{std::move(*store), std::move(*run)};
}

int runShow(const QStringList& args, Io io)
{
    const QString command = QStringLiteral("results show");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ResultsCommand::tr("Shows one run with its HPL rows, boot samples or network samples."));
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 ResultsCommand::tr("The run's id (see 'vocctl results list')."));
    const QCommandLineOption jsonOption(QStringLiteral("json"), ResultsCommand::tr("Print the run as JSON."));
    parser.addOptions({storeOption(), jsonOption});
    if (const std::optional<int> exit = parseArguments(parser, command, args, io))
        return *exit;
    std::variant<int, RunArguments> opened = openRun(parser, command, io);
    if (const int* exit = std::get_if<int>(&opened))
        return *exit;
    RunArguments& found = std::get<RunArguments>(opened);
    QList<BootPhaseStatistics> statistics;
    // A paper run's samples are the published min/avg/max already; statistics over them would mislead.
    if (found.run.kind == RunKind::Boot && found.run.target != RunTarget::Paper) {
        const Result<QList<BootPhaseStatistics>> computed = found.store->bootStatistics(found.run.id);
        if (!computed)
            return failure(io, command, computed.error());
        statistics = *computed;
    }
    if (parser.isSet(jsonOption))
        printJson(io.out, QJsonDocument(runDetailJson(found.run, statistics)));
    else
        printRunText(io.out, found.run, statistics);
    return ExitOk;
}

int runExport(const QStringList& args, Io io)
{
    const QString command = QStringLiteral("results export");
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ResultsCommand::tr("Writes a run's HPL rows or boot samples as CSV (written atomically)."));
    parser.addPositionalArgument(QStringLiteral("ID"),
                                 ResultsCommand::tr("The run's id (see 'vocctl results list')."));
    const QCommandLineOption csvOption(QStringLiteral("csv"),
                                       ResultsCommand::tr("The CSV file to write, or - for standard output."),
                                       QStringLiteral("FILE"));
    parser.addOptions({storeOption(), csvOption});
    if (const std::optional<int> exit = parseArguments(parser, command, args, io))
        return *exit;
    if (!parser.isSet(csvOption))
        return usageError(io, command, ResultsCommand::tr("--csv FILE is required"));
    std::variant<int, RunArguments> opened = openRun(parser, command, io);
    if (const int* exit = std::get_if<int>(&opened))
        return *exit;
    const QByteArray csv = runToCsv(std::get<RunArguments>(opened).run);
    const QString file = parser.value(csvOption);
    if (file == QLatin1String("-")) {
        io.out << QString::fromUtf8(csv);
        return ExitOk;
    }
    if (const Status written = writeFileAtomically(file, csv); !written)
        return failure(io, command, written.error());
    return ExitOk;
}

int runImportPaper(const QStringList& args, Io io)
{
    const QString command = QStringLiteral("results import-paper");
    QCommandLineParser parser;
    parser.setApplicationDescription(ResultsCommand::tr(
        "Adds the VOCM/KVM paper's Tables II and III and boot times as runs of target 'paper'. Runs that are "
        "stored already are not added again."));
    parser.addOption(storeOption());
    if (const std::optional<int> exit = parseArguments(parser, command, args, io))
        return *exit;
    if (!parser.positionalArguments().isEmpty())
        return usageError(
            io, command,
            ResultsCommand::tr("unexpected argument '%1'").arg(parser.positionalArguments().first()));
    Result<std::unique_ptr<ResultsStore>> store = ResultsStore::open(storePath(parser));
    if (!store)
        return failure(io, command, store.error());
    const Result<int> added = (*store)->importPaperReference();
    if (!added)
        return failure(io, command, added.error());
    if (*added == 0)
        io.out << ResultsCommand::tr("the paper's reference runs are in %1 already\n").arg((*store)->path());
    else
        io.out << ResultsCommand::tr("added %n paper reference run(s) to %1\n", nullptr, *added)
                      .arg((*store)->path());
    return ExitOk;
}

void printResultsUsage(QTextStream& out)
{
    out << ResultsCommand::tr("Usage: vocctl results SUBCOMMAND [OPTIONS]\n\n"
                              "Subcommands:\n"
                              "  list [--json]             the stored runs\n"
                              "  show ID [--json]          one run with its HPL rows or boot samples\n"
                              "  export ID --csv FILE      a run's rows as CSV\n"
                              "  import-paper              add the paper's reference runs (once)\n\n"
                              "Every subcommand takes --store FILE (default: $VOCSTUDIO_RESULTS_DB, else the "
                              "app data folder).\n");
}

} // namespace

int runResults(const QStringList& args, Io io)
{
    if (args.isEmpty()) {
        printResultsUsage(io.err);
        return ExitUnreadable;
    }
    if (args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        printResultsUsage(io.out);
        return ExitOk;
    }
    const QString sub = args.first();
    const QStringList rest = args.mid(1);
    if (sub == QLatin1String("list"))
        return runList(rest, io);
    if (sub == QLatin1String("show"))
        return runShow(rest, io);
    if (sub == QLatin1String("export"))
        return runExport(rest, io);
    if (sub == QLatin1String("import-paper"))
        return runImportPaper(rest, io);
    io.err << ResultsCommand::tr("vocctl results: unknown subcommand '%1'\n").arg(sub);
    printResultsUsage(io.err);
    return ExitUnreadable;
}

QJsonObject runDetailJson(const Run& run, const QList<BootPhaseStatistics>& statistics)
{
    QJsonObject object = runJson(run);
    if (run.kind == RunKind::Hpl) {
        QJsonArray rows;
        for (const HplRow& row : run.hplRows)
            rows.append(QJsonObject{{QStringLiteral("n"), row.n},
                                    {QStringLiteral("nb"), row.nb},
                                    {QStringLiteral("p"), row.p},
                                    {QStringLiteral("q"), row.q},
                                    {QStringLiteral("seconds"), row.seconds},
                                    {QStringLiteral("gflops"), row.gflops},
                                    {QStringLiteral("residual"), row.residual},
                                    {QStringLiteral("passed"), row.passed},
                                    {QStringLiteral("variant"), row.variant}});
        object.insert(QStringLiteral("hplRows"), rows);
        return object;
    }
    if (run.kind == RunKind::Net) {
        QJsonArray samples;
        for (const NetSample& sample : run.netSamples)
            samples.append(QJsonObject{{QStringLiteral("nic"), sample.nic},
                                       {QStringLiteral("endpoints"), sample.endpoints},
                                       {QStringLiteral("latencyUs"), sample.latencyUs},
                                       {QStringLiteral("bandwidthMBps"), sample.bandwidthMBps}});
        object.insert(QStringLiteral("netSamples"), samples);
        return object;
    }
    QJsonArray samples;
    for (const BootSample& sample : run.bootSamples)
        samples.append(QJsonObject{{QStringLiteral("vcn"), sample.vcn},
                                   {QStringLiteral("phase"), toString(sample.phase)},
                                   {QStringLiteral("ms"), sample.ms}});
    object.insert(QStringLiteral("bootSamples"), samples);
    QJsonArray phases;
    for (const BootPhaseStatistics& phase : statistics)
        phases.append(QJsonObject{{QStringLiteral("phase"), toString(phase.phase)},
                                  {QStringLiteral("count"), phase.count},
                                  {QStringLiteral("minMs"), phase.minMs},
                                  {QStringLiteral("avgMs"), phase.avgMs},
                                  {QStringLiteral("maxMs"), phase.maxMs}});
    if (run.target != RunTarget::Paper)
        object.insert(QStringLiteral("bootStatistics"), phases);
    return object;
}

} // namespace voc::cli
