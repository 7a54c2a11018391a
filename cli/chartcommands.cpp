// SPDX-License-Identifier: GPL-3.0-or-later
// vocctl chart RUN_ID... --kind KIND -o FILE: reads runs from the results store, adds the paper's
// when asked, and renders them with the same ChartView code as the desktop's Benchmarks page.
#include "chartcommands.h"

#include "bench/chartdata.h"
#include "bench/paperreference.h"
#include "bench/resultsstore.h"
#include "charts/chartview.h"

#include <QApplication>
#include <QFileInfo>
#include <QRegularExpression>

namespace voc::cli {

namespace {

struct ChartCommand
{
    Q_DECLARE_TR_FUNCTIONS(vocctl)
};

const QString command = QStringLiteral("chart");

int failure(Io io, const Error& error)
{
    io.err << QStringLiteral("vocctl chart: ");
    printError(io, error);
    return ExitUnreadable;
}

std::optional<QSize> parseSize(const QString& text)
{
    static const QRegularExpression pattern(QStringLiteral("^(\\d{2,5})x(\\d{2,5})$"));
    const QRegularExpressionMatch match = pattern.match(text);
    if (!match.hasMatch())
        return std::nullopt;
    const QSize size(match.captured(1).toInt(), match.captured(2).toInt());
    if (size.width() < 100 || size.height() < 100 || size.width() > 10000 || size.height() > 10000)
        return std::nullopt;
    return size;
}

} // namespace

bool wantsChartApplication(int argc, char** argv)
{
    return argc > 1 && qstrcmp(argv[1], "chart") == 0;
}

std::unique_ptr<QCoreApplication> makeChartApplication(int& argc, char** argv)
{
    if (!qEnvironmentVariableIsSet("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    return std::make_unique<QApplication>(argc, argv);
}

int runChart(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ChartCommand::tr("Draws stored runs as a chart file: GFLOPS per process grid, the virtualization "
                         "penalty, boot times per role, the boot timeline, GFLOPS against N or processes, "
                         "network latency and bandwidth by NIC model. The file type follows the suffix: "
                         ".png, .pdf, .svg or .csv (the chart's numbers)."));
    parser.addPositionalArgument(QStringLiteral("RUN_ID"),
                                 ChartCommand::tr("Runs to draw (see vocctl results list)."),
                                 QStringLiteral("RUN_ID..."));
    const QCommandLineOption kindOption(
        QStringLiteral("kind"),
        ChartCommand::tr("The chart: gflops, penalty, boot, timeline, scaling or net."),
        QStringLiteral("KIND"));
    const QCommandLineOption outputOption({QStringLiteral("o"), QStringLiteral("output")},
                                          ChartCommand::tr("The file to write (.png, .pdf, .svg or .csv)."),
                                          QStringLiteral("FILE"));
    const QCommandLineOption sizeOption(QStringLiteral("size"),
                                        ChartCommand::tr("Image or page size in pixels (default 1024x640)."),
                                        QStringLiteral("WxH"), QStringLiteral("1024x640"));
    const QCommandLineOption paperOption(
        QStringLiteral("paper"), ChartCommand::tr("Add the paper's reference runs of the chart's kind."));
    const QCommandLineOption storeOption(
        QStringLiteral("store"),
        ChartCommand::tr("The results database (default: %1).").arg(ResultsStore::defaultPath()),
        QStringLiteral("FILE"));
    parser.addOptions({kindOption, outputOption, sizeOption, paperOption, storeOption});
    if (const std::optional<int> stop = parseArguments(parser, command, args, io))
        return *stop;

    ChartKind kind = ChartKind::GflopsByGrid;
    if (!parser.isSet(kindOption))
        return usageError(io, command, ChartCommand::tr("--kind is missing"),
                          ChartCommand::tr("Choose one of gflops, penalty, boot, timeline, scaling, net."));
    if (!fromString(parser.value(kindOption), &kind))
        return usageError(io, command,
                          ChartCommand::tr("unknown chart kind '%1'").arg(parser.value(kindOption)),
                          ChartCommand::tr("Choose one of gflops, penalty, boot, timeline, scaling, net."));
    const QString output = parser.value(outputOption);
    if (output.isEmpty())
        return usageError(io, command, ChartCommand::tr("-o FILE is missing"));
    const QString suffix = QFileInfo(output).suffix().toLower();
    if (!ChartView::exportSuffixes().contains(suffix))
        return usageError(io, command, ChartCommand::tr("cannot write a chart as '%1'").arg(output),
                          ChartCommand::tr("Name the output .png, .pdf, .svg or .csv."));
    const std::optional<QSize> size = parseSize(parser.value(sizeOption));
    if (!size)
        return usageError(
            io, command, ChartCommand::tr("bad --size '%1'").arg(parser.value(sizeOption)),
            ChartCommand::tr("Give width x height in pixels, 100 to 10000 each, e.g. 1280x800."));

    QList<qint64> ids;
    for (const QString& text : parser.positionalArguments()) {
        bool ok = false;
        const qint64 id = text.toLongLong(&ok);
        if (!ok || id <= 0)
            return usageError(io, command, ChartCommand::tr("'%1' is not a run id").arg(text),
                              ChartCommand::tr("Run ids are the numbers vocctl results list shows."));
        ids.append(id);
    }
    if (ids.isEmpty() && !parser.isSet(paperOption))
        return usageError(io, command, ChartCommand::tr("no runs given"),
                          ChartCommand::tr("Give run ids, --paper, or both."));

    QList<Run> runs;
    if (!ids.isEmpty()) {
        const QString path =
            parser.isSet(storeOption) ? parser.value(storeOption) : ResultsStore::defaultPath();
        // Reading must not create an empty store where none was.
        Result<std::unique_ptr<ResultsStore>> store =
            ResultsStore::open(path, ResultsStore::Opening::ExistingOnly);
        if (!store)
            return failure(io, store.error());
        for (const qint64 id : std::as_const(ids)) {
            Result<Run> run = (*store)->run(id);
            if (!run)
                return failure(io, run.error());
            runs.append(*run);
        }
    }
    if (parser.isSet(paperOption)) {
        const Result<PaperReference> reference = loadPaperReference();
        if (!reference)
            return failure(io, reference.error());
        for (const Run& run : paperRuns(*reference)) {
            if (chartAcceptsRun(kind, run))
                runs.append(run);
        }
    }

    const Result<ChartData> chart = chartData(kind, runs);
    if (!chart)
        return failure(io, chart.error());
    if (const Status written = renderChartToFile(*chart, output, *size); !written)
        return failure(io, written.error());
    io.out << ChartCommand::tr("Wrote %1 (%2 chart, %n series)", nullptr, int(chart->series.size()))
                  .arg(output, toString(kind))
           << '\n';
    return ExitOk;
}

} // namespace voc::cli
