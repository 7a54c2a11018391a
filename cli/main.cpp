// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"
#ifdef VOC_WITH_CHARTS
#include "chartcommands.h"
#endif

#include <QCoreApplication>

#include <cstdio>
#include <memory>

using namespace voc::cli;

namespace {

struct Command
{
    const char* name;
    int (*run)(const QStringList&, Io);
    const char* summary;
};

constexpr Command commands[] = {
    {"validate", runValidate, QT_TRANSLATE_NOOP("vocctl", "check a .voc design and list every problem")},
    {"plan", runPlan,
     QT_TRANSLATE_NOOP("vocctl", "show the VCNs a design resolves to (hostnames, MACs, IPs)")},
    {"hpl-size", runHplSize,
     QT_TRANSLATE_NOOP("vocctl", "HPL problem size N and process grid for a cluster")},
    {"parse-hpl", runParseHpl,
     QT_TRANSLATE_NOOP("vocctl", "result rows of an xhpl or hpcc output; exit 0/1/2")},
    {"image", runImage,
     QT_TRANSLATE_NOOP("vocctl", "VCN base images: inspect one, or use a built image for a design's role")},
#ifdef VOC_WITH_CHARTS
    {"chart", runChart,
     QT_TRANSLATE_NOOP("vocctl",
                       "draw stored runs as a PNG, PDF, SVG or CSV chart (GFLOPS, penalty, boot...)")},
#endif
    {"results", runResults,
     QT_TRANSLATE_NOOP("vocctl", "stored HPL and boot runs: list, show, export --csv, import-paper")},
    {"up", runUp, QT_TRANSLATE_NOOP("vocctl", "start a design's VOC locally and time every VCN's boot")},
    {"status", runStatus, QT_TRANSLATE_NOOP("vocctl", "the VCNs of local runs: state, address, boot phases")},
    {"console", runConsole, QT_TRANSLATE_NOOP("vocctl", "a VCN's serial console, live or its log (--log)")},
    {"down", runDown, QT_TRANSLATE_NOOP("vocctl", "remove a local run: domains, overlays, network, leases")},
    {"site", runSite,
     QT_TRANSLATE_NOOP("vocctl", "site profiles: list them, check a site's hosts and directory")},
    {"directory", runDirectory,
     QT_TRANSLATE_NOOP("vocctl", "a site's VCN records in LDAP: list, add, remove, import, export")},
    {"deploy", runDeploy,
     QT_TRANSLATE_NOOP("vocctl", "deploy a design to a VSP site: images, directory, all hosts, boot")},
    {"deployments", runDeployments,
     QT_TRANSLATE_NOOP("vocctl", "the deployments to sites and their state, from the journals")},
    {"resume", runResume, QT_TRANSLATE_NOOP("vocctl", "continue a deployment whose vocctl died")},
    {"destroy", runDestroy,
     QT_TRANSLATE_NOOP("vocctl", "remove a deployment: domains, overlays, directory entries, images")},
    {"bench", runBench,
     QT_TRANSLATE_NOOP("vocctl", "run HPL or the network ping-pong in a VOC or on bare metal and store it")},
    {"push", runPush,
     QT_TRANSLATE_NOOP("vocctl", "push a base image to a site's storage pool (sparse, verified)")},
    {"export", runBundleExport,
     QT_TRANSLATE_NOOP("vocctl", "write a design and its images into one migration bundle")},
    {"import", runBundleImport,
     QT_TRANSLATE_NOOP("vocctl", "check and unpack a migration bundle; prints the design's path")},
    {"netsync", runNetsync,
     QT_TRANSLATE_NOOP("vocctl", "a site's dnsmasq/hosts/BIND files from its LDAP directory, once or live")},
};

void printUsage(QTextStream& out)
{
    out << QCoreApplication::translate("vocctl", "Usage: vocctl COMMAND [OPTIONS]\n\nCommands:\n");
    for (const Command& c : commands)
        out << QStringLiteral("  %1  %2\n")
                   .arg(QLatin1String(c.name), -10)
                   .arg(QCoreApplication::translate("vocctl", c.summary));
    out << QCoreApplication::translate("vocctl", "\nRun 'vocctl COMMAND --help' for a command's options.\n"
                                                 "Options: --help, --version\n");
}

} // namespace

int main(int argc, char** argv)
{
#ifdef VOC_WITH_CHARTS
    // Only `vocctl chart` draws, so only it gets a QApplication; every other command stays GUI-free.
    const std::unique_ptr<QCoreApplication> app = wantsChartApplication(argc, argv)
                                                      ? makeChartApplication(argc, argv)
                                                      : std::make_unique<QCoreApplication>(argc, argv);
#else
    const auto app = std::make_unique<QCoreApplication>(argc, argv);
#endif
    QCoreApplication::setApplicationName(QStringLiteral("vocctl"));
    QCoreApplication::setOrganizationName(QStringLiteral("vocstudio"));
    QCoreApplication::setApplicationVersion(QStringLiteral(VOC_VERSION));

    QTextStream out(stdout);
    QTextStream err(stderr);
    Io io{out, err};

    QStringList args = app->arguments().mid(1);
    if (args.isEmpty() || args.first() == QLatin1String("--help") || args.first() == QLatin1String("-h")) {
        printUsage(args.isEmpty() ? err : out);
        return args.isEmpty() ? ExitUnreadable : ExitOk;
    }
    if (args.first() == QLatin1String("--version")) {
        out << "vocctl " << QCoreApplication::applicationVersion() << '\n';
        return ExitOk;
    }
    const QString name = args.takeFirst();
    for (const Command& c : commands) {
        if (name == QLatin1String(c.name))
            return c.run(args, io);
    }
    err << QCoreApplication::translate("vocctl", "vocctl: unknown command '%1'\n").arg(name);
    printUsage(err);
    return ExitUnreadable;
}
