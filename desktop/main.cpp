// SPDX-License-Identifier: GPL-3.0-or-later
// vocstudio: the desktop application.
#include "bench/benchmarkspage.h"
#include "deploy/deploypage.h"
#include "firstpaintprobe.h"
#include "icons.h"
#include "language.h"
#include "localrun/localrunpage.h"
#include "mainwindow.h"
#include "model/siteprofile.h"
#include "sites/sitespage.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QThread>
#include <QTimer>

#include "appsettings.h"
#include "bench/hplsizing.h"

#include <cstdio>

using namespace voc;

namespace {
struct MainText
{
    Q_DECLARE_TR_FUNCTIONS(voc::Main)
};
} // namespace

int main(int argc, char* argv[])
{
    // First thing: the start-up benchmark measures from here.
    QElapsedTimer sinceStart;
    sinceStart.start();

    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("vocstudio"));
    QApplication::setApplicationName(QStringLiteral("vocstudio"));
    QApplication::setApplicationDisplayName(QStringLiteral("VOC Studio"));
    QApplication::setApplicationVersion(QLatin1String(VOC_VERSION));
    QApplication::setDesktopFileName(QStringLiteral("vocstudio"));
    QApplication::setWindowIcon(QIcon(QStringLiteral(":/icons/vocstudio.svg")));
    ensureIconTheme();
    installTranslators(&app);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        MainText::tr("Design, test, deploy and benchmark Virtual Organization Clusters."));
    parser.addHelpOption();
    parser.addVersionOption();
    parser.addPositionalArgument(QStringLiteral("file"), MainText::tr("A design (.voc) to open."),
                                 MainText::tr("[file]"));
    const QCommandLineOption newOption(QStringLiteral("new"),
                                       MainText::tr("Start with a new design, not the last one."));
    const QCommandLineOption pageOption(
        QStringLiteral("page"),
        MainText::tr("The page to show: design, images, test, sites, deploy or benchmarks."),
        MainText::tr("page"));
    // For screenshots and demos: the Test-locally page starts the design at once.
    const QCommandLineOption startRunOption(
        QStringLiteral("start-local-run"),
        MainText::tr("Start the design on this workstation right away (shows the Test locally page)."));
    // For screenshots and demos: the Sites page tests a site's connection at once.
    const QCommandLineOption testSiteOption(
        QStringLiteral("test-site"),
        MainText::tr("Select a site profile (a file, or a name in the sites folder) and test its connection "
                     "right away (shows the Sites page)."),
        MainText::tr("site"));
    // For screenshots and demos: the Deploy page previews a deployment at once, and deploys it.
    const QCommandLineOption deployToOption(
        QStringLiteral("deploy-to"),
        MainText::tr("Select a site profile (a file, or a name in the sites folder) on the Deploy page and "
                     "preview the deployment of the design right away."),
        MainText::tr("site"));
    const QCommandLineOption deployNowOption(
        QStringLiteral("deploy-now"),
        MainText::tr("With --deploy-to: deploy as soon as the preview has a plan, without asking."));
    // For screenshots and demos: the Benchmarks page selects runs, picks a chart, or runs HPL at once.
    const QCommandLineOption benchSelectOption(
        QStringLiteral("bench-select"),
        MainText::tr("Select the stored runs whose label contains the text, e.g. \"Table III\" (shows the "
                     "Benchmarks page)."),
        MainText::tr("text"));
    const QCommandLineOption benchChartOption(
        QStringLiteral("bench-chart"),
        MainText::tr("The chart of the Benchmarks page: gflops, penalty, boot, timeline, scaling or net."),
        MainText::tr("chart"));
    const QCommandLineOption benchRunOption(
        QStringLiteral("bench-run"),
        MainText::tr("Run HPL with these problem sizes (e.g. 2000,4000) on this workstation right away "
                     "(shows the Benchmarks page)."),
        MainText::tr("sizes"));
    const QCommandLineOption benchNetOption(
        QStringLiteral("bench-net"),
        MainText::tr("Measure the network between the first two hosts of a site (a file, or a name in the "
                     "sites folder) on bare metal right away (shows the Benchmarks page)."),
        MainText::tr("site"));
    parser.addOption(newOption);
    parser.addOption(pageOption);
    parser.addOption(startRunOption);
    parser.addOption(testSiteOption);
    parser.addOption(deployToOption);
    parser.addOption(deployNowOption);
    parser.addOption(benchSelectOption);
    parser.addOption(benchChartOption);
    parser.addOption(benchRunOption);
    parser.addOption(benchNetOption);
    parser.process(app);

    const QStringList files = parser.positionalArguments();
    if (files.size() > 1)
        parser.showHelp(1);
    std::optional<MainWindow::Page> page = MainWindow::Page::Design;
    if (parser.isSet(pageOption)) {
        page = MainWindow::pageFromName(parser.value(pageOption));
        if (!page) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(MainText::tr("vocstudio: unknown page \"%1\"").arg(parser.value(pageOption))));
            return 2;
        }
    }

    MainWindow window;
    const bool benchmark = FirstPaintProbe::requested();
    if (benchmark)
        new FirstPaintProbe(&window, sinceStart);

    // Without a file: the last design, unless --new asks for a fresh one.
    if (!files.isEmpty()) {
        window.openFile(files.first());
    } else if (!parser.isSet(newOption)) {
        const QStringList recent = settings::recentFiles();
        if (!recent.isEmpty() && QFileInfo::exists(recent.first()))
            window.openFile(recent.first());
    }
    if (parser.isSet(startRunOption))
        page = MainWindow::Page::TestLocally;
    if (parser.isSet(testSiteOption)) {
        page = MainWindow::Page::Sites;
        window.sitesPage()->testProfile(resolveSiteProfile(parser.value(testSiteOption)));
    }
    if (parser.isSet(deployToOption)) {
        page = MainWindow::Page::Deploy;
        window.deployPage()->deployTo(resolveSiteProfile(parser.value(deployToOption)),
                                      parser.isSet(deployNowOption));
    }
    std::optional<ChartKind> benchChart;
    if (parser.isSet(benchChartOption)) {
        ChartKind kind;
        if (!fromString(parser.value(benchChartOption), &kind)) {
            std::fprintf(
                stderr, "%s\n",
                qPrintable(
                    MainText::tr("vocstudio: unknown chart \"%1\"").arg(parser.value(benchChartOption))));
            return 2;
        }
        benchChart = kind;
    }
    if (parser.isSet(benchSelectOption) || benchChart || parser.isSet(benchRunOption) ||
        parser.isSet(benchNetOption)) {
        page = MainWindow::Page::Benchmarks;
        BenchmarksPage* bench = window.benchmarksPage();
        if (benchChart)
            bench->setChartKind(*benchChart);
        if (parser.isSet(benchSelectOption))
            bench->selectRunsLabelled(parser.value(benchSelectOption));
        if (parser.isSet(benchRunOption)) {
            bench->setRunTarget(RunTarget::BareMetal);
            bench->setProblemSizes(parser.value(benchRunOption));
            // One rank per core of this workstation, as square as the sizing makes it.
            const Result<HplGrid> grid = hplGrid(std::max(1, QThread::idealThreadCount()));
            if (grid)
                bench->setGrid(grid->p, grid->q);
        }
    }
    window.showPage(*page);
    window.show();
    if (parser.isSet(benchRunOption))
        QTimer::singleShot(0, window.benchmarksPage(), &BenchmarksPage::runHpl);
    if (parser.isSet(benchNetOption))
        window.benchmarksPage()->runOn(BenchmarksPage::Benchmark::Network, RunTarget::BareMetal,
                                       resolveSiteProfile(parser.value(benchNetOption)));
    if (parser.isSet(startRunOption))
        QTimer::singleShot(0, window.localRunPage(), &LocalRunPage::start);

    // After the window is up, and never in a benchmark run (a dialog would wait for ever).
    if (!benchmark)
        QTimer::singleShot(0, &window, &MainWindow::offerRecovery);

    return QApplication::exec();
}
