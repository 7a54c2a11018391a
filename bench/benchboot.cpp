// SPDX-License-Identifier: GPL-3.0-or-later
// bench_boot: boot time to ready of the demo images under TCG, split by phase (running, kernel,
// init, network, ready), beside the paper's VM boot time (section 4.2) as the baseline, and the tiny
// image's boot for scale. A design needs a head, so each run boots 1 head + 1 compute together.
// Runs inside tests/e2e/libvirt-sandbox (re-executes itself there as root).
#include "bench/paperreference.h"
#include "benchvm.h"
#include "run/bootprobe.h"
#include "run/localrun.h"
#include "run/teardown.h"
#include "timings.h"
#include "virt/libvirthypervisor.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <array>

using namespace voc;
using voc::bench::Timings;

namespace {

struct BenchBootText
{
    Q_DECLARE_TR_FUNCTIONS(voc::BenchBoot)
};
using Text = BenchBootText;

// Per role (head, compute) and phase: ms from the first domain start call.
using PhaseTimings = std::array<std::array<Timings, bootPhaseCount>, 2>;

struct Subject
{
    QString label;
    QString role; // build-vcn-image role of the compute node ("tiny" boots a tiny head too)
    PhaseTimings phases;
};

QString number(double value, int decimals = 1)
{
    return QString::number(value, 'f', decimals);
}

Status bootOnce(const QString& dir, const Design& design, int timeoutSeconds, PhaseTimings& phases,
                HypervisorConnection& connection)
{
    LocalRunOptions options;
    options.design = design;
    options.designDir = dir;
    options.accel = Acceleration::Tcg;
    options.stateDir = dir + QStringLiteral("/state");
    options.overlayDir = dir + QStringLiteral("/overlays");
    options.bootTimeoutSeconds = timeoutSeconds;
    options.watchdogSeconds = qMin(timeoutSeconds, 180);
    QStringList hostnames;
    Status status = Ok{};
    {
        LocalRunJob job(options);
        QObject::connect(&job, &LocalRunJob::bootSample, [](const BootSample& sample) {
            qInfo("    %s %s %.1f s", qPrintable(sample.vcn), qPrintable(bootPhaseName(sample.phase)),
                  double(sample.ms) / 1000.0);
        });
        job.exec();
        const Result<LocalRunResult> result = *job.result();
        if (!result) {
            status = result.error();
        } else {
            for (const VcnRun& vcn : result->vcns) {
                hostnames.append(vcn.entry.hostname);
                const int role = vcn.entry.role == RoleKind::Head ? 0 : 1;
                for (const BootSample& sample : vcn.samples)
                    phases[role][int(sample.phase)].add(double(sample.ms));
            }
        }
    }
    Result<TeardownReport> removed = tearDownRun(connection, {.designName = design.name,
                                                              .stateDir = options.stateDir,
                                                              .overlayDir = options.overlayDir,
                                                              .hostnames = hostnames});
    if (status && !removed)
        return removed.error();
    return status;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_boot"));
    QTextStream out(stdout);
    QTextStream err(stderr);

    QCommandLineParser parser;
    parser.setApplicationDescription(Text::tr("Boot time to ready of the demo images under TCG, by phase."));
    parser.addHelpOption();
    const QCommandLineOption repetitions(QStringLiteral("repetitions"),
                                         Text::tr("Boots per image (default 3)."), QStringLiteral("R"),
                                         QStringLiteral("3"));
    const QCommandLineOption memory(QStringLiteral("memory"),
                                    Text::tr("MiB per demo VCN (default 512; the tiny image gets 128)."),
                                    QStringLiteral("MIB"), QStringLiteral("512"));
    const QCommandLineOption timeout(QStringLiteral("timeout"),
                                     Text::tr("Seconds until both VCNs must be ready (default 900)."),
                                     QStringLiteral("SECONDS"), QStringLiteral("900"));
    const QCommandLineOption tinyOnly(QStringLiteral("tiny-only"),
                                      Text::tr("Boot the tiny image only (no debootstrap build)."));
    parser.addOptions({repetitions, memory, timeout, tinyOnly});
    parser.process(app);
    bench::reexecInSandbox(
        argc, argv, VOC_LIBVIRT_SANDBOX_SCRIPT, QStringLiteral(VOC_SOURCE_DIR),
        parser.isSet(tinyOnly)
            ? QStringList{QStringLiteral("tiny")}
            : QStringList{QStringLiteral("tiny"), QStringLiteral("head"), QStringLiteral("compute")});

    if (const std::optional<QString> missing = bench::sandboxMissing()) {
        out << Text::tr("bench_boot: skipped: %1").arg(*missing) << Qt::endl;
        return 0;
    }
    const int reps = qMax(1, parser.value(repetitions).toInt());
    const int timeoutSeconds = qMax(30, parser.value(timeout).toInt());

    QTemporaryDir tmp(QStringLiteral("/tmp/voc-bench-boot.XXXXXX"));
    QFile::setPermissions(tmp.path(),
                          QFile::permissions(tmp.path()) | QFileDevice::ReadOther | QFileDevice::ExeOther);
    LibvirtHypervisor hypervisor;
    Result<std::unique_ptr<HypervisorConnection>> connection =
        hypervisor.connect(QStringLiteral("qemu:///system"));
    if (!connection) {
        err << "bench_boot: " << connection.error().toString() << Qt::endl;
        return 1;
    }

    QList<Subject> subjects;
    if (!parser.isSet(tinyOnly))
        subjects.append({Text::tr("demo head + compute"), QStringLiteral("compute"), {}});
    subjects.append({Text::tr("tiny head + compute"), QStringLiteral("tiny"), {}});
    for (Subject& subject : subjects) {
        const bool tiny = subject.role == QLatin1String("tiny");
        Result<bench::VcnImage> compute =
            bench::buildImage(QStringLiteral(VOC_SOURCE_DIR), subject.role, tmp.path());
        Result<bench::VcnImage> head =
            tiny ? compute
                 : bench::buildImage(QStringLiteral(VOC_SOURCE_DIR), QStringLiteral("head"), tmp.path());
        if (!compute || !head) {
            err << "bench_boot: " << (compute ? head : compute).error().toString() << Qt::endl;
            return 1;
        }
        const Design design =
            bench::benchDesign(tiny ? QStringLiteral("boottiny") : QStringLiteral("bootdemo"), 2, *head,
                               *compute, tiny ? 128 : parser.value(memory).toInt(), tiny ? 91 : 92);
        for (int r = 0; r < reps; ++r) {
            err << "  " << subject.label << ", boot " << (r + 1) << " of " << reps << Qt::endl;
            if (Status booted = bootOnce(tmp.path(), design, timeoutSeconds, subject.phases, **connection);
                !booted) {
                err << "bench_boot: " << booted.error().toString() << Qt::endl;
                return 1;
            }
        }
    }

    // The paper's VMs: 1 head + 28 compute under KVM, from starting KVM until the login prompt.
    double paperAvgS = 58.0;
    QString paperLine = Text::tr("paper (KVM, 1 head + 28 compute): 52-63 s, avg 58 s; about 5 s boot loader "
                                 "+ 47 s Linux");
    if (Result<PaperReference> paper = loadPaperReference()) {
        for (const PaperBootTime& boot : paper->boot) {
            if (boot.subject.startsWith(QLatin1String("virtual machines")) && boot.avgS) {
                paperAvgS = *boot.avgS;
                paperLine = Text::tr("paper (%1): %2-%3 s, avg %4 s; %5")
                                .arg(boot.subject, number(boot.minS, 0), number(boot.maxS, 0),
                                     number(*boot.avgS, 0), boot.note);
            }
        }
    }

    out << Qt::endl
        << Text::tr("bench_boot: TCG, %1 boots each, medians in seconds from the first domain start call "
                    "(phase length in brackets)")
               .arg(reps)
        << Qt::endl
        << Text::tr("image / VCN | running | kernel | init | network | ready | ready / paper avg")
        << Qt::endl;
    for (const Subject& subject : subjects) {
        for (int role = 0; role < 2; ++role) {
            QStringList cells{QStringLiteral("%1 / %2").arg(
                subject.role == QLatin1String("tiny") ? QStringLiteral("tiny") : QStringLiteral("demo"),
                role == 0 ? QStringLiteral("head") : QStringLiteral("compute"))};
            double previous = 0;
            for (int phase = 0; phase < bootPhaseCount; ++phase) {
                const Timings& t = subject.phases[role][phase];
                const double at = t.median() / 1000.0;
                cells.append(t.isEmpty() ? QStringLiteral("-")
                                         : QStringLiteral("%1 (%2)").arg(number(at), number(at - previous)));
                if (!t.isEmpty())
                    previous = at;
            }
            const double ready = subject.phases[role][int(BootPhase::Ready)].median() / 1000.0;
            cells.append(number(bench::ratio(ready, paperAvgS), 2));
            out << cells.join(QStringLiteral(" | ")) << Qt::endl;
        }
    }
    out << paperLine << Qt::endl
        << Text::tr("ours: kernel boot (no boot loader), 1 vCPU, TCG (no KVM), 2 VCNs booting at once on %1 "
                    "cores; ready = sshd answers (demo) or the image's ready marker (tiny).")
               .arg(QThread::idealThreadCount())
        << Qt::endl;
    for (const Subject& subject : subjects) {
        if (subject.role == QLatin1String("tiny"))
            continue;
        const double ready = subject.phases[1][int(BootPhase::Ready)].median() / 1000.0;
        out << Text::tr("demo compute ready after %1 s under TCG, %2x the paper's %3 s")
                   .arg(number(ready), number(bench::ratio(ready, paperAvgS), 2), number(paperAvgS, 0))
            << Qt::endl;
    }
    return 0;
}
