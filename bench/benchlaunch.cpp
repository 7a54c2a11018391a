// SPDX-License-Identifier: GPL-3.0-or-later
// bench_launch: launch latency of a local run (from `up` until every domain runs) for VOCs of
// several sizes, against a plain sequential `virsh create` loop over the same domain XMLs, measured
// in the same run. Runs inside tests/e2e/libvirt-sandbox (re-executes itself there as root), TCG.
#include "benchvm.h"
#include "model/plan.h"
#include "run/localrun.h"
#include "run/runjournal.h"
#include "run/teardown.h"
#include "timings.h"
#include "virt/domainxml.h"
#include "virt/libvirthypervisor.h"
#include "virt/overlay.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QMap>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <unistd.h>

using namespace voc;
using voc::bench::Timings;

namespace {

struct BenchLaunchText
{
    Q_DECLARE_TR_FUNCTIONS(voc::BenchLaunch)
};
using Text = BenchLaunchText;

constexpr double targetRatio = 3.0;
constexpr double targetMsPerVcn = 100.0;
constexpr int targetVcns = 16;

struct Sizes
{
    Timings oursLaunch;   // LocalRunResult::launchMs: the job's start until every domain runs
    Timings oursStart;    // LocalRunResult::startToRunningMs: first create call until every domain runs
    Timings virshLoop;    // first virsh process started until the last one returned
    Timings virshPrepare; // network + overlays of the baseline, done before its clock starts
    Timings oursCpu;      // CPU time of everything in the sandbox during our launch
    Timings virshCpu;     // ... and during the virsh loop
    Timings virshPaused;  // the same loop with `virsh create --paused`: no guest burns CPU meanwhile
};

// CPU time (user + system, with reaped children) of every process in this pid namespace, the
// sandbox's: libvirtd, virtlogd, dnsmasq, QEMU, virsh and this benchmark. On a machine others share,
// it says what a launch costs whatever their load does to the wall clock.
class CpuClock
{
public:
    CpuClock()
        : m_start(sample())
    {}

    double elapsedMs() const
    {
        double total = 0;
        for (double ms : elapsedMsByProgram())
            total += ms;
        return total;
    }

    // Per program name (libvirtd, qemu-system-x86, virsh, bench_launch, ...).
    QMap<QString, double> elapsedMsByProgram() const
    {
        const QHash<int, Ticks> now = sample();
        QMap<QString, double> ms;
        for (auto it = now.cbegin(); it != now.cend(); ++it) {
            const qint64 ticks = it->ticks - m_start.value(it.key()).ticks;
            ms[it->program] += double(ticks) * 1000.0 / double(::sysconf(_SC_CLK_TCK));
        }
        return ms;
    }

private:
    struct Ticks
    {
        QString program;
        qint64 ticks = 0;
    };

    static QHash<int, Ticks> sample()
    {
        QHash<int, Ticks> all;
        const QStringList entries =
            QDir(QStringLiteral("/proc")).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString& entry : entries) {
            bool isPid = false;
            const int pid = entry.toInt(&isPid);
            if (!isPid)
                continue;
            QFile stat(QStringLiteral("/proc/%1/stat").arg(pid));
            if (!stat.open(QIODevice::ReadOnly))
                continue;
            const QByteArray line = stat.readAll();
            const qsizetype open = line.indexOf('(');
            const qsizetype close = line.lastIndexOf(')');
            // After "pid (comm) ": state is field 3, utime..cstime are fields 14..17.
            const QList<QByteArray> fields = line.mid(close + 2).split(' ');
            if (open < 0 || fields.size() < 15)
                continue;
            all.insert(pid, {QString::fromUtf8(line.mid(open + 1, close - open - 1)),
                             fields[11].toLongLong() + fields[12].toLongLong() + fields[13].toLongLong() +
                                 fields[14].toLongLong()});
        }
        return all;
    }

    QHash<int, Ticks> m_start;
};

struct Bench
{
    QString dir;
    QString stateDir;
    QString overlayDir;
    bench::VcnImage image;
    int memoryMiB = 128;
    int parallelism = 0;
    int connections = 0;
    bool cpuDetail = false;
    HypervisorConnection* connection = nullptr;

    Design design(int vcns) const
    {
        return bench::benchDesign(QStringLiteral("bench%1").arg(vcns), vcns, image, image, memoryMiB,
                                  60 + vcns);
    }

    Status tearDown(const Design& design, const QStringList& hostnames) const
    {
        Result<TeardownReport> removed = tearDownRun(*connection, {.designName = design.name,
                                                                   .stateDir = stateDir,
                                                                   .overlayDir = overlayDir,
                                                                   .hostnames = hostnames});
        if (!removed)
            return removed.error();
        return Ok{};
    }

    // Every domain of the design exists and runs: the launch really did what it was timed for.
    Status verifyRunning(const Design& design, int vcns, DomainState expected = DomainState::Running) const
    {
        Result<QList<DomainInfo>> domains = connection->listDomains(domainName(design.name, QString()));
        if (!domains)
            return domains.error();
        if (domains->size() != vcns)
            return makeError(
                ErrorCode::Internal,
                Text::tr("%1 domains after the launch, expected %2").arg(domains->size()).arg(vcns),
                design.name);
        for (const DomainInfo& domain : *domains) {
            const Result<DomainState> state = connection->domainState(domain.name);
            if (!state || *state != expected)
                return makeError(ErrorCode::Internal,
                                 Text::tr("the domain is not %1 after the launch").arg(toString(expected)),
                                 domain.name);
        }
        return Ok{};
    }

    // Our launch: vocctl up --no-wait's job, from its start until every domain runs.
    Status ours(int vcns, Sizes& sizes) const
    {
        const Design d = design(vcns);
        LocalRunOptions options;
        options.design = d;
        options.designDir = dir;
        options.accel = Acceleration::Tcg;
        options.stateDir = stateDir;
        options.overlayDir = overlayDir;
        options.waitForReady = false;
        if (parallelism > 0)
            options.parallelism = parallelism;
        options.connections = connections;
        QStringList hostnames;
        Status running = Ok{};
        {
            const CpuClock cpu;
            LocalRunJob job(options);
            job.exec();
            sizes.oursCpu.add(cpu.elapsedMs());
            if (cpuDetail) {
                const QMap<QString, double> programs = cpu.elapsedMsByProgram();
                for (auto it = programs.cbegin(); it != programs.cend(); ++it) {
                    if (it.value() > 0)
                        qInfo("    CPU %s: %.0f ms", qPrintable(it.key()), it.value());
                }
            }
            const Result<LocalRunResult> result = *job.result();
            if (!result)
                return result.error();
            for (const VcnRun& vcn : result->vcns)
                hostnames.append(vcn.entry.hostname);
            sizes.oursLaunch.add(double(result->launchMs));
            sizes.oursStart.add(double(result->startToRunningMs));
            running = verifyRunning(d, vcns);
        } // the job detaches its consoles here, before the domains go
        Status removed = tearDown(d, hostnames);
        return running ? removed : running;
    }

    // The baseline: what a script does with the same XMLs, one `virsh create` process per domain.
    // With `paused`, the guests stay paused, as ours are until every domain exists: a reference
    // without the CPU the first guests' boots take from the later starts.
    Status virshLoop(int vcns, Sizes& sizes, bool paused) const
    {
        const Design d = design(vcns);
        Result<Plan> plan = resolveLocalPlan(d, dir);
        if (!plan)
            return plan.error();
        QStringList hostnames;
        for (const PlanEntry& entry : plan->entries)
            hostnames.append(entry.hostname);

        QElapsedTimer prepare;
        prepare.start();
        const QString network = networkName(d.name);
        Result<QString> networkDefinition = networkXml(*plan, {.name = network});
        if (!networkDefinition)
            return networkDefinition.error();
        if (Result<QString> made = connection->createNetworkXml(*networkDefinition); !made)
            return made.error();
        OverlayStore store;
        QStringList files;
        for (const PlanEntry& entry : plan->entries) {
            Result<QString> overlay =
                store.createFor(entry, entry.image.path, overlayDir, domainName(d.name, QString()));
            if (!overlay)
                return overlay.error();
            const QString log = RunJournal::serialLogPathFor(d.name, entry.hostname, stateDir);
            QDir().mkpath(QFileInfo(log).absolutePath());
            QFile::remove(log);
            Result<QString> xml = domainXml(entry, {.name = domainName(d.name, entry.hostname),
                                                    .designName = d.name,
                                                    .accel = Acceleration::Tcg,
                                                    .overlayPath = *overlay,
                                                    .networkName = network,
                                                    .serialLogPath = log});
            if (!xml)
                return xml.error();
            const QString file = dir + QStringLiteral("/xml/") + entry.hostname + QStringLiteral(".xml");
            QDir().mkpath(QFileInfo(file).absolutePath());
            QFile out(file);
            if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate) || out.write(xml->toUtf8()) < 0)
                return makeError(ErrorCode::Io, Text::tr("could not write the domain XML"), file);
            files.append(file);
        }
        sizes.virshPrepare.add(double(prepare.nsecsElapsed()) / 1e6);

        const CpuClock cpu;
        QElapsedTimer clock;
        clock.start();
        for (const QString& file : files) {
            QProcess virsh;
            QStringList args{QStringLiteral("-c"), QStringLiteral("qemu:///system"), QStringLiteral("create"),
                             file};
            if (paused)
                args.append(QStringLiteral("--paused"));
            virsh.start(QStringLiteral("virsh"), args);
            if (!virsh.waitForFinished(120000) || virsh.exitStatus() != QProcess::NormalExit ||
                virsh.exitCode() != 0) {
                const QString why = QString::fromLocal8Bit(virsh.readAllStandardError()).trimmed();
                (void)tearDown(d, hostnames);
                return makeError(ErrorCode::External, Text::tr("virsh create failed: %1").arg(why), file);
            }
        }
        if (paused) {
            sizes.virshPaused.add(double(clock.nsecsElapsed()) / 1e6);
        } else {
            sizes.virshLoop.add(double(clock.nsecsElapsed()) / 1e6);
            sizes.virshCpu.add(cpu.elapsedMs());
        }
        Status running = verifyRunning(d, vcns, paused ? DomainState::Paused : DomainState::Running);
        Status removed = tearDown(d, hostnames);
        return running ? removed : running;
    }
};

QString number(double value, int decimals = 0)
{
    return QString::number(value, 'f', decimals);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_launch"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(
        Text::tr("Launch latency of a local run against a sequential `virsh create` loop."));
    parser.addHelpOption();
    const QCommandLineOption repetitions(QStringLiteral("repetitions"),
                                         Text::tr("Runs per size (default 3)."), QStringLiteral("R"),
                                         QStringLiteral("3"));
    const QCommandLineOption sizesOption(QStringLiteral("sizes"),
                                         Text::tr("VCN counts, comma-separated (default 2,4,8,16)."),
                                         QStringLiteral("LIST"), QStringLiteral("2,4,8,16"));
    const QCommandLineOption memory(QStringLiteral("memory"), Text::tr("MiB per VCN (default 128)."),
                                    QStringLiteral("MIB"), QStringLiteral("128"));
    const QCommandLineOption parallelism(QStringLiteral("parallelism"),
                                         Text::tr("Concurrent libvirt calls of our launch (default: the "
                                                  "core's)."),
                                         QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption connections(QStringLiteral("connections"),
                                         Text::tr("libvirt connections of our launch (default: the core's)."),
                                         QStringLiteral("N"), QStringLiteral("0"));
    const QCommandLineOption noBaseline(QStringLiteral("no-baseline"),
                                        Text::tr("Measure our launch only (for tuning; prints no ratio)."));
    const QCommandLineOption cpuDetail(QStringLiteral("cpu-detail"),
                                       Text::tr("Print our launch's CPU time per program."));
    const QCommandLineOption check(QStringLiteral("check"),
                                   Text::tr("Exit 1 when %1 VCNs miss a target.").arg(targetVcns));
    parser.addOptions(
        {repetitions, sizesOption, memory, parallelism, connections, noBaseline, cpuDetail, check});
    parser.process(app);
    bench::reexecInSandbox(argc, argv, VOC_LIBVIRT_SANDBOX_SCRIPT, QStringLiteral(VOC_SOURCE_DIR),
                           {QStringLiteral("tiny")});

    if (const std::optional<QString> missing = bench::sandboxMissing()) {
        out << Text::tr("bench_launch: skipped: %1").arg(*missing) << Qt::endl;
        return 0;
    }
    const int reps = qMax(1, parser.value(repetitions).toInt());
    QList<int> sizes;
    for (const QString& size : parser.value(sizesOption).split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        // A design has a head and at least one compute node: 2 VCNs is the smallest VOC.
        const int vcns = size.toInt();
        if (vcns < 2 || vcns > 200) {
            err << Text::tr("bench_launch: sizes go from 2 (1 head + 1 compute) to 200, not '%1'").arg(size)
                << Qt::endl;
            return 2;
        }
        sizes.append(vcns);
    }

    QTemporaryDir tmp(QStringLiteral("/tmp/voc-bench-launch.XXXXXX"));
    QFile::setPermissions(tmp.path(),
                          QFile::permissions(tmp.path()) | QFileDevice::ReadOther | QFileDevice::ExeOther);
    Bench bench;
    bench.dir = tmp.path();
    bench.stateDir = tmp.filePath(QStringLiteral("state"));
    bench.overlayDir = tmp.filePath(QStringLiteral("overlays"));
    bench.memoryMiB = parser.value(memory).toInt();
    bench.parallelism = parser.value(parallelism).toInt();
    bench.connections = parser.value(connections).toInt();
    bench.cpuDetail = parser.isSet(cpuDetail);
    Result<bench::VcnImage> image =
        bench::buildImage(QStringLiteral(VOC_SOURCE_DIR), QStringLiteral("tiny"), tmp.path());
    if (!image) {
        err << "bench_launch: " << image.error().toString() << Qt::endl;
        return 1;
    }
    bench.image = *image;
    LibvirtHypervisor hypervisor;
    Result<std::unique_ptr<HypervisorConnection>> connection =
        hypervisor.connect(QStringLiteral("qemu:///system"));
    if (!connection) {
        err << "bench_launch: " << connection.error().toString() << Qt::endl;
        return 1;
    }
    bench.connection = connection->get();

    out << Text::tr("bench_launch: tiny image under TCG, %1 MiB per VCN, %2 runs per size, medians")
               .arg(bench.memoryMiB)
               .arg(reps)
        << Qt::endl;
    // The first domain start of a fresh libvirtd costs more (caches, the first dnsmasq): an untimed
    // launch first, so no measured side pays it.
    {
        Sizes warmup;
        if (Status warm = bench.ours(2, warmup); !warm) {
            err << "bench_launch: warm-up: " << warm.error().toString() << Qt::endl;
            return 1;
        }
    }
    QList<Sizes> results(sizes.size());
    for (int i = 0; i < sizes.size(); ++i) {
        for (int r = 0; r < reps; ++r) {
            // Rotated, so a drift of the machine's load hits every side alike.
            for (int turn = 0; turn < 3; ++turn) {
                const int side = (turn + r) % 3; // 0 ours, 1 virsh loop, 2 virsh --paused loop
                if (side > 0 && parser.isSet(noBaseline))
                    continue;
                const Status status = side == 0 ? bench.ours(sizes[i], results[i])
                                                : bench.virshLoop(sizes[i], results[i], side == 2);
                if (!status) {
                    err << "bench_launch: " << sizes[i] << " VCNs, "
                        << (side == 0   ? "ours"
                            : side == 1 ? "virsh"
                                        : "virsh --paused")
                        << ": " << status.error().toString() << Qt::endl;
                    return 1;
                }
            }
            const Sizes& s = results[i];
            err << "  " << sizes[i] << " VCNs run " << (r + 1) << ": ours " << number(s.oursLaunch.ms.last())
                << " ms (start to running " << number(s.oursStart.ms.last()) << " ms, CPU "
                << number(s.oursCpu.ms.last()) << " ms)";
            if (!s.virshLoop.isEmpty())
                err << ", virsh loop " << number(s.virshLoop.ms.last()) << " ms (CPU "
                    << number(s.virshCpu.ms.last()) << " ms), --paused " << number(s.virshPaused.ms.last())
                    << " ms";
            err << Qt::endl;
        }
    }

    out << Qt::endl
        << Text::tr("VCNs | ours ms | ours ms/VCN | start->running ms | ours CPU ms/VCN | virsh loop ms | "
                    "virsh CPU ms/VCN | ratio virsh/ours | virsh --paused ms | ratio paused/ours")
        << Qt::endl;
    bool missed = false;
    QString summary;
    for (int i = 0; i < sizes.size(); ++i) {
        const Sizes& s = results[i];
        const double ours = s.oursLaunch.median();
        const double ratio = bench::ratio(s.virshLoop.median(), ours);
        out << QStringLiteral("%1 | %2 | %3 | %4 | %5 | %6 | %7 | %8 | %9 | %10")
                   .arg(sizes[i], 4)
                   .arg(number(ours), 7)
                   .arg(number(ours / sizes[i], 1), 11)
                   .arg(number(s.oursStart.median()), 17)
                   .arg(number(s.oursCpu.median() / sizes[i]), 15)
                   .arg(number(s.virshLoop.median()), 13)
                   .arg(number(s.virshCpu.median() / sizes[i]), 16)
                   .arg(number(ratio, 2), 16)
                   .arg(number(s.virshPaused.median()), 17)
                   .arg(number(bench::ratio(s.virshPaused.median(), ours), 2))
            << Qt::endl;
        if (sizes[i] == targetVcns) {
            missed = ratio < targetRatio || ours / sizes[i] >= targetMsPerVcn;
            summary = Text::tr("launch of %1 VCNs: %2 ms (%3 ms per VCN), virsh loop %4 ms, %5x faster")
                          .arg(targetVcns)
                          .arg(number(ours))
                          .arg(number(ours / sizes[i], 1))
                          .arg(number(s.virshLoop.median()))
                          .arg(number(ratio, 2));
        }
    }
    out << Qt::endl
        << Text::tr("ours: LocalRunJob (vocctl up --no-wait) from its start until every domain runs: plan, "
                    "sha256 and format of the base image, connect, leftover check, journal, network, "
                    "overlays, domains started paused with their consoles attached, resumed. This is the "
                    "figure compared; start->running counts from the first domain start call.")
        << Qt::endl
        << Text::tr(
               "virsh loop: one `virsh -c qemu:///system create FILE` process per domain, in sequence, "
               "the same domain XMLs; its network and overlays made before its clock starts (median "
               "%1 ms, not counted). This is the baseline of the ratio. virsh --paused: the same loop with "
               "the guests left paused (a reference only: no guest boots during the loop).")
               .arg(number(results.isEmpty() ? 0.0 : results.last().virshPrepare.median()))
        << Qt::endl
        << Text::tr("CPU: user + system time of every process in the sandbox (libvirtd, QEMU, virsh, us) "
                    "during the launch, per VCN; %1 cores here.")
               .arg(QThread::idealThreadCount())
        << Qt::endl
        << Text::tr("target at %1 VCNs: ratio at least %2, under %3 ms per VCN")
               .arg(targetVcns)
               .arg(number(targetRatio, 0))
               .arg(number(targetMsPerVcn, 0))
        << Qt::endl;
    if (!summary.isEmpty())
        out << summary << Qt::endl;
    if (missed) {
        out << Text::tr("target missed at %1 VCNs").arg(targetVcns) << Qt::endl;
        if (parser.isSet(check))
            return 1;
    }
    return 0;
}
