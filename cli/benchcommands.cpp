// SPDX-License-Identifier: GPL-3.0-or-later
// vocctl bench hpl|net: HPL (hpcc) and the ping-pong network diagnosis in a local run's VOC, a site
// deployment's VOC or on bare metal; the runs go to the results store.
#include "cancelonsignal.h"
#include "cli.h"

#include "bench/benchrun.h"
#include "bench/hpldesign.h"
#include "bench/resultsstore.h"
#include "deploy/deployjournal.h"
#include "model/designfile.h"
#include "model/siteprofile.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonObject>

#include <variant>

namespace voc::cli {

namespace {

struct BenchCommand
{
    Q_DECLARE_TR_FUNCTIONS(vocctl)
};

struct BenchOptions
{
    QCommandLineOption target{
        QStringLiteral("target"),
        BenchCommand::tr("Where to run: local (a local run of DESIGN), site (a deployment) "
                         "or baremetal (this machine or --nodes)."),
        QStringLiteral("TARGET"), QStringLiteral("local")};
    QCommandLineOption deployment{QStringLiteral("deployment"),
                                  BenchCommand::tr("The deployment to run in (--target site)."),
                                  QStringLiteral("ID")};
    QCommandLineOption nodes{
        QStringLiteral("nodes"),
        BenchCommand::tr("Nodes to run on: bare-metal hosts (default: localhost), or a subset "
                         "of the VOC's compute nodes."),
        QStringLiteral("A,B,...")};
    QCommandLineOption slotsOption{
        QStringLiteral("slots"),
        BenchCommand::tr("MPI ranks per node (default: the compute role's vCPUs; 1 on bare "
                         "metal)."),
        QStringLiteral("K")};
    QCommandLineOption stateDir{QStringLiteral("state-dir"),
                                BenchCommand::tr("Where local runs and deployments keep their journals."),
                                QStringLiteral("DIR")};
    QCommandLineOption sshKey{
        QStringLiteral("ssh-key"),
        BenchCommand::tr("The VO key the VCNs accept (default: from the image's manifest)."),
        QStringLiteral("FILE")};
    QCommandLineOption store{
        QStringLiteral("store"),
        BenchCommand::tr("The results store (default: $VOCSTUDIO_RESULTS_DB or the app's)."),
        QStringLiteral("FILE")};
    QCommandLineOption timeout{QStringLiteral("timeout"),
                               BenchCommand::tr("Limit of the whole run in seconds."),
                               QStringLiteral("SECONDS")};
    QCommandLineOption json{QStringLiteral("json"), BenchCommand::tr("Print the stored run as JSON.")};
    // --target baremetal --site SITE: the site's KVM hosts (--nodes names them) instead of this machine.
    QCommandLineOption site = siteOption();
};

std::optional<int> positive(const QString& text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok && value >= 1 ? std::optional<int>(value) : std::nullopt;
}

QStringList splitList(const QString& text)
{
    QStringList items;
    for (const QString& item : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
        items.append(item.trimmed());
    return items;
}

struct Resolved
{
    BenchEndpoint endpoint;
    std::optional<Design> design;
    std::optional<SiteProfile> site; // --target baremetal --site
};

// The endpoint and the design the options name, or an exit code.
std::variant<int, Resolved> resolveEndpoint(const QCommandLineParser& parser, const BenchOptions& o,
                                            const QString& command, Io io)
{
    const QString target = parser.value(o.target);
    const QStringList positional = parser.positionalArguments();
    if (positional.size() > 1)
        return usageError(io, command, BenchCommand::tr("unexpected argument '%1'").arg(positional.at(1)));
    QString designFile = positional.value(0);
    Resolved resolved;
    Result<BenchEndpoint> endpoint = makeError(ErrorCode::Internal, QString());
    if (parser.isSet(o.site) && target != QLatin1String("baremetal"))
        return usageError(io, command, BenchCommand::tr("--site is for --target baremetal"),
                          BenchCommand::tr("a deployment's VOC runs with --target site --deployment ID"));
    if (target == QLatin1String("local")) {
        if (designFile.isEmpty())
            return usageError(io, command, BenchCommand::tr("--target local needs the design file"),
                              BenchCommand::tr("vocctl %1 --target local DESIGN.voc").arg(command));
        endpoint = benchEndpointForLocalRun(designFile, parser.value(o.stateDir));
    } else if (target == QLatin1String("site")) {
        if (!parser.isSet(o.deployment))
            return usageError(io, command, BenchCommand::tr("--target site needs --deployment ID"));
        endpoint = benchEndpointForDeployment(parser.value(o.deployment), parser.value(o.stateDir));
        if (endpoint && designFile.isEmpty())
            if (Result<DeploymentSummary> d =
                    findDeployment(parser.value(o.deployment), parser.value(o.stateDir)))
                designFile = d->designFile;
    } else if (target == QLatin1String("baremetal")) {
        std::optional<int> ranks = 1;
        if (parser.optionNames().contains(o.slotsOption.names().first()))
            ranks = positive(parser.value(o.slotsOption));
        if (!ranks)
            return usageError(io, command,
                              BenchCommand::tr("--slots: '%1' is not a whole number of at least 1")
                                  .arg(parser.value(o.slotsOption)));
        if (parser.isSet(o.site)) {
            const QString path = resolveSiteProfile(parser.value(o.site));
            Result<SiteProfile> site = loadSiteProfile(path);
            if (!site) {
                printError(io, site.error(), path);
                return ExitUnreadable;
            }
            resolved.site = *site;
            endpoint = benchEndpointForSiteHosts(*site, splitList(parser.value(o.nodes)), *ranks);
        } else {
            endpoint = benchEndpointForBareMetal(splitList(parser.value(o.nodes)), *ranks);
        }
    } else {
        return usageError(io, command, BenchCommand::tr("unknown target '%1'").arg(target),
                          BenchCommand::tr("use --target local, site or baremetal"));
    }
    if (!endpoint) {
        printError(io, endpoint.error(), designFile);
        return ExitUnreadable;
    }
    resolved.endpoint = std::move(endpoint).value();
    if (!designFile.isEmpty()) {
        Result<ParsedDesign> design = loadDesignFile(designFile);
        if (!design) {
            printError(io, design.error(), designFile);
            return ExitUnreadable;
        }
        resolved.design = design->design;
        if (resolved.endpoint.target == RunTarget::BareMetal)
            resolved.endpoint.design = design->design.name;
    }
    BenchEndpoint& e = resolved.endpoint;
    if (e.target != RunTarget::BareMetal) {
        if (parser.isSet(o.nodes)) {
            const QStringList nodes = splitList(parser.value(o.nodes));
            for (const QString& node : nodes)
                if (!e.nicByNode.contains(node))
                    return usageError(io, command,
                                      BenchCommand::tr("--nodes: %1 is not a VCN of %2").arg(node, e.label));
            e.nodes = nodes;
        }
        if (parser.optionNames().contains(o.slotsOption.names().first())) {
            const std::optional<int> ranks = positive(parser.value(o.slotsOption));
            if (!ranks)
                return usageError(io, command,
                                  BenchCommand::tr("--slots: '%1' is not a whole number of at least 1")
                                      .arg(parser.value(o.slotsOption)));
            e.slotsPerNode = *ranks;
        }
    }
    if (parser.isSet(o.sshKey))
        e.sshKey = parser.value(o.sshKey);
    return resolved;
}

// Progress and the run's log on stderr, so stdout holds only the result; Ctrl-C cancels.
template<typename J> Result<Run> execute(J& job, Io io)
{
    QObject::connect(&job, &Job::progress, [&](int, int, const QString& text) {
        io.err << text << '\n';
        io.err.flush();
    });
    QObject::connect(&job, &J::logLine, [&](const QString& line) {
        io.err << QStringLiteral("  ") << line << '\n';
        io.err.flush();
    });
    {
        CancelOnSignal cancelOnSignal(job);
        job.exec();
    }
    return *job.result();
}

int finish(const Result<Run>& run, const BenchOptions& o, const QCommandLineParser& parser, Io io)
{
    if (!run) {
        printError(io, run.error());
        return ExitUnreadable;
    }
    if (parser.isSet(o.json)) {
        printJson(io.out, QJsonDocument(runDetailJson(*run)));
    } else {
        for (const HplRow& row : run->hplRows)
            io.out << QStringLiteral("%1 N=%2 NB=%3 %4x%5 %6 s %7 GFLOPS residual %8 %9\n")
                          .arg(row.variant)
                          .arg(row.n)
                          .arg(row.nb)
                          .arg(row.p)
                          .arg(row.q)
                          .arg(row.seconds, 0, 'f', 2)
                          .arg(row.gflops, 0, 'g', 5)
                          .arg(row.residual, 0, 'g', 4)
                          .arg(row.passed ? QStringLiteral("PASSED") : QStringLiteral("FAILED"));
        for (const NetSample& sample : run->netSamples)
            io.out << BenchCommand::tr("%1 (%2): latency %3 us, bandwidth %4 MB/s\n")
                          .arg(sample.endpoints, sample.nic)
                          .arg(sample.latencyUs, 0, 'f', 2)
                          .arg(sample.bandwidthMBps, 0, 'f', 1);
        if (run->id > 0)
            io.out << BenchCommand::tr("stored as run %1\n").arg(run->id);
    }
    const bool failed =
        std::any_of(run->hplRows.begin(), run->hplRows.end(), [](const HplRow& r) { return !r.passed; });
    return failed ? ExitInvalid : ExitOk;
}

template<typename T> std::optional<QList<T>> parseNumbers(const QString& text)
{
    QList<T> values;
    for (const QString& item : splitList(text)) {
        bool ok = false;
        const qint64 value = item.toLongLong(&ok);
        if (!ok || value < 1 || value > std::numeric_limits<int>::max())
            return std::nullopt;
        values.append(T(value));
    }
    if (values.isEmpty())
        return std::nullopt;
    return values;
}

std::optional<QList<HplGrid>> parseGrids(const QString& text)
{
    QList<HplGrid> grids;
    for (const QString& item : splitList(text)) {
        const QStringList sides = item.toLower().split(QLatin1Char('x'));
        const std::optional<int> p = sides.size() == 2 ? positive(sides.at(0)) : std::nullopt;
        const std::optional<int> q = sides.size() == 2 ? positive(sides.at(1)) : std::nullopt;
        if (!p || !q)
            return std::nullopt;
        grids.append(HplGrid{*p, *q});
    }
    if (grids.isEmpty())
        return std::nullopt;
    return grids;
}

int runBenchHpl(const QStringList& args, Io io)
{
    const QString command = QStringLiteral("bench hpl");
    QCommandLineParser parser;
    parser.setApplicationDescription(BenchCommand::tr(
        "Runs HPL (hpcc) over mpirun in a VOC or on bare metal and stores the result rows. Exit "
        "code 0 when every row passed, 1 when one failed its residual check, 2 on errors."));
    parser.addPositionalArgument(QStringLiteral("DESIGN"),
                                 BenchCommand::tr("The .voc design (HPL defaults)."));
    BenchOptions o;
    const QCommandLineOption n(QStringLiteral("n"),
                               BenchCommand::tr("Problem sizes N (default: sized from the "
                                                "design's memory and U; capped under TCG)."),
                               QStringLiteral("N,..."));
    const QCommandLineOption nb(QStringLiteral("nb"),
                                BenchCommand::tr("Block sizes NB (default: the design's)."),
                                QStringLiteral("NB,..."));
    const QCommandLineOption grid(
        QStringLiteral("grid"),
        BenchCommand::tr("Process grids, e.g. 1x2,2x1 (default: as square as possible)."),
        QStringLiteral("PxQ,..."));
    parser.addOptions({o.target, o.deployment, o.site, o.nodes, o.slotsOption, n, nb, grid, o.stateDir,
                       o.sshKey, o.store, o.timeout, o.json});
    if (const std::optional<int> exit = parseArguments(parser, command, args, io))
        return *exit;

    HplDatSettings settings;
    if (parser.isSet(n)) {
        const Result<QList<qint64>> sizes = parseProblemSizes(parser.value(n));
        if (!sizes)
            return usageError(io, command, QStringLiteral("--n: ") + sizes.error().what, sizes.error().hint);
        settings.problemSizes = *sizes;
    }
    if (parser.isSet(nb)) {
        const auto blocks = parseNumbers<int>(parser.value(nb));
        if (!blocks)
            return usageError(
                io, command,
                BenchCommand::tr("--nb: '%1' is not a list of whole numbers").arg(parser.value(nb)));
        settings.blockSizes = *blocks;
    }
    if (parser.isSet(grid)) {
        const auto grids = parseGrids(parser.value(grid));
        if (!grids)
            return usageError(
                io, command,
                BenchCommand::tr("--grid: '%1' is not a list of PxQ, e.g. 1x2,2x1").arg(parser.value(grid)));
        settings.grids = *grids;
    }
    std::optional<int> timeout = 3600;
    if (parser.isSet(o.timeout) && !(timeout = positive(parser.value(o.timeout))))
        return usageError(
            io, command,
            BenchCommand::tr("--timeout: '%1' is not a number of seconds").arg(parser.value(o.timeout)));

    auto resolved = resolveEndpoint(parser, o, command, io);
    if (const int* exit = std::get_if<int>(&resolved))
        return *exit;
    Resolved& r = std::get<Resolved>(resolved);
    const BenchEndpoint& e = r.endpoint;
    const int nodes = int(e.nodes.size());
    if (settings.blockSizes.isEmpty())
        settings.blockSizes = {r.design ? r.design->hpl.blockSize : 192};
    // The design's sizing for the nodes and ranks this run uses, capped under TCG (--n chooses).
    std::optional<HplDesignSizing> sizing;
    if (r.design)
        sizing = sizeHplForDesign(*r.design, {.nodes = nodes,
                                              .slotsPerNode = e.slotsPerNode,
                                              .blockSize = settings.blockSizes.first(),
                                              .tcg = e.accel == QLatin1String("tcg")});
    if (settings.grids.isEmpty()) {
        const Result<HplGrid> g = sizing ? sizing->grid : hplGrid(nodes * e.slotsPerNode);
        if (!g)
            return usageError(io, command, g.error().what, g.error().hint);
        settings.grids = {*g};
    }
    if (settings.problemSizes.isEmpty()) {
        if (!sizing)
            return usageError(io, command, BenchCommand::tr("--n is needed without a design"),
                              BenchCommand::tr("give DESIGN.voc for the design's sizing, or --n N"));
        if (!sizing->n)
            return usageError(io, command, sizing->n.error().what, sizing->n.error().hint);
        if (sizing->cappedForTcg())
            io.err << BenchCommand::tr(
                          "the VOC runs under TCG: N scaled down from %1 to %2 (choose with --n)\n")
                          .arg(sizing->uncappedN)
                          .arg(*sizing->n);
        settings.problemSizes = {*sizing->n};
    }

    HplBenchRequest request;
    request.endpoint = e;
    request.settings = settings;
    request.timeoutMs = *timeout * 1000;
    request.storePath = parser.value(o.store);
    HplBenchJob job(request);
    return finish(execute(job, io), o, parser, io);
}

int runBenchNet(const QStringList& args, Io io)
{
    const QString command = QStringLiteral("bench net");
    QCommandLineParser parser;
    parser.setApplicationDescription(BenchCommand::tr("Measures ping-pong latency and bandwidth between two "
                                                      "nodes (hpcc with one rank on each) and stores it "
                                                      "with the nodes' NIC model."));
    parser.addPositionalArgument(QStringLiteral("DESIGN"),
                                 BenchCommand::tr("The .voc design (--target local)."));
    BenchOptions o;
    const QCommandLineOption between(QStringLiteral("between"), BenchCommand::tr("The two nodes (required)."),
                                     QStringLiteral("A,B"));
    parser.addOptions(
        {o.target, o.deployment, o.site, o.nodes, between, o.stateDir, o.sshKey, o.store, o.timeout, o.json});
    if (const std::optional<int> exit = parseArguments(parser, command, args, io))
        return *exit;
    const QStringList pair = splitList(parser.value(between));
    if (pair.size() != 2)
        return usageError(io, command, BenchCommand::tr("--between needs two nodes: A,B"));
    std::optional<int> timeout = 600;
    if (parser.isSet(o.timeout) && !(timeout = positive(parser.value(o.timeout))))
        return usageError(
            io, command,
            BenchCommand::tr("--timeout: '%1' is not a number of seconds").arg(parser.value(o.timeout)));
    auto resolved = resolveEndpoint(parser, o, command, io);
    if (const int* exit = std::get_if<int>(&resolved))
        return *exit;
    const Resolved& r = std::get<Resolved>(resolved);
    NetBenchRequest request;
    request.endpoint = r.endpoint;
    if (request.endpoint.target == RunTarget::BareMetal && !parser.isSet(o.nodes)) {
        // Bare metal runs on the two nodes measured: mpirun starts on the first.
        if (r.site) {
            Result<BenchEndpoint> hosts = benchEndpointForSiteHosts(*r.site, pair, 1);
            if (!hosts) {
                printError(io, hosts.error());
                return ExitUnreadable;
            }
            request.endpoint = *hosts;
        } else {
            request.endpoint = benchEndpointForBareMetal(pair, 1);
        }
        request.endpoint.design = r.endpoint.design;
    }
    request.nodeA = pair.at(0);
    request.nodeB = pair.at(1);
    request.timeoutMs = *timeout * 1000;
    request.storePath = parser.value(o.store);
    NetBenchJob job(request);
    return finish(execute(job, io), o, parser, io);
}

} // namespace

int runBench(const QStringList& args, Io io)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("hpl"))
        return runBenchHpl(args.mid(1), io);
    if (sub == QLatin1String("net"))
        return runBenchNet(args.mid(1), io);
    QTextStream& out = sub == QLatin1String("--help") || sub == QLatin1String("-h") ? io.out : io.err;
    out << BenchCommand::tr(
        "Usage: vocctl bench hpl|net [OPTIONS]\n\n"
        "  hpl  HPL (hpcc) in a VOC (--target local|site) or on bare metal (--target baremetal:\n"
        "       this machine, or the KVM hosts of --site SITE)\n"
        "  net  ping-pong latency and bandwidth between two nodes (--between A,B)\n\n"
        "Run 'vocctl bench hpl --help' for the options.\n");
    return &out == &io.out ? ExitOk : ExitUnreadable;
}

} // namespace voc::cli
