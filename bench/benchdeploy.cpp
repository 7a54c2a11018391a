// SPDX-License-Identifier: GPL-3.0-or-later
// bench_deploy: one-click deploy on a two-host VSP sandbox of its own (root), TCG.
//  1. `vocctl deploy` of 5 VCNs (1 head + 4 compute of the demo images) until every VCN answers ssh,
//     its time split by stage (preflight, push, register, publish, launch, boot, ready).
//  2. The launch stage of 16 VCNs (tiny image) spread over the 2 hosts (`vocctl deploy --no-wait`)
//     against the plain way measured in the same run: a sequential loop over the hosts and their
//     VCNs, one `virsh vol-create` of the same overlay and one `virsh create` of the same domain XML
//     each (dumped from our deployment before it was destroyed with --keep-images).
//  3. The same launch as the VO alpha (its own account on each host, its libvirt session, QEMU as
//     alpha reaching the site bridge through the bridge helper, its pool) against the same as root
//     (the system libvirtd), alternating in the same run: what confinement costs.
#include "benchsandbox.h"
#include "benchvm.h"
#include "model/designfile.h"
#include "model/siteprofile.h"
#include "timings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTextStream>

#include <unistd.h>

using namespace voc;
using voc::bench::Sandbox;
using voc::bench::Timings;

namespace {

struct BenchDeployText
{
    Q_DECLARE_TR_FUNCTIONS(voc::BenchDeploy)
};

constexpr double targetRatio = 1.0; // the issue asks for the comparison; faster is the expectation

struct Ran
{
    int exitCode = -1;
    QByteArray out;
    QByteArray err;
};

Ran runTool(const QString& program, const QStringList& args, const QProcessEnvironment& env,
            int timeoutMs = 1800000)
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, p.readAllStandardOutput(), p.readAllStandardError() + "\n(timed out)"};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1, p.readAllStandardOutput(),
            p.readAllStandardError()};
}

// One VCN of a deployment as the baseline recreates it.
struct Recorded
{
    QString host;
    QString uri;
    QString domainXml; // file
    QString volumeXml; // file
    QString domain;
    QString overlay;
};

class Bench
{
public:
    Bench(QTextStream& out, QString tmp, QProcessEnvironment env, SiteProfile site, QString profilePath)
        : m_out(out)
        , m_tmp(std::move(tmp))
        , m_env(std::move(env))
        , m_site(std::move(site))
        , m_profilePath(std::move(profilePath))
    {}

    // vocctl deploy; the JSON result or an empty object after printing why.
    QJsonObject deploy(const QString& design, bool wait)
    {
        QStringList args{QStringLiteral("deploy"),      design,
                         QStringLiteral("--site"),      m_profilePath,
                         QStringLiteral("--yes"),       QStringLiteral("--accel"),
                         QStringLiteral("tcg"),         QStringLiteral("--json"),
                         QStringLiteral("--state-dir"), stateDir()};
        // TCG guests on a busy two-core machine: generous, the stage times say what it took.
        args << QStringLiteral("--timeout") << QStringLiteral("1500");
        if (!wait)
            args.append(QStringLiteral("--no-wait"));
        const Ran ran = runTool(QStringLiteral(VOC_VOCCTL), args, m_env);
        if (ran.exitCode != 0) {
            m_out << "bench_deploy: vocctl deploy failed: " << QString::fromLocal8Bit(ran.err.right(2000))
                  << '\n';
            return {};
        }
        return QJsonDocument::fromJson(ran.out).object();
    }

    bool destroy(const QString& id, bool keepImages)
    {
        QStringList args{QStringLiteral("destroy"), id, QStringLiteral("--state-dir"), stateDir()};
        if (keepImages)
            args.append(QStringLiteral("--keep-images"));
        const Ran ran = runTool(QStringLiteral(VOC_VOCCTL), args, m_env, 600000);
        if (ran.exitCode != 0)
            m_out << "bench_deploy: vocctl destroy failed: " << QString::fromLocal8Bit(ran.err.right(2000))
                  << '\n';
        return ran.exitCode == 0;
    }

    QString uriOf(const QString& host) const
    {
        for (const SiteHost& h : m_site.hosts) {
            if (h.name == host)
                return h.uri;
        }
        return {};
    }

    // Every VCN's domain and overlay XML, as the baseline needs them.
    std::optional<QList<Recorded>> record(const QJsonObject& result, int rep)
    {
        QList<Recorded> recorded;
        const QString dir = m_tmp + QStringLiteral("/xml%1").arg(rep);
        QDir().mkpath(dir);
        for (const QJsonValue& value : result.value(QLatin1String("vcns")).toArray()) {
            const QJsonObject vcn = value.toObject();
            Recorded r{vcn.value(QLatin1String("host")).toString(),
                       {},
                       {},
                       {},
                       vcn.value(QLatin1String("domain")).toString(),
                       vcn.value(QLatin1String("overlayVolume")).toString()};
            r.uri = uriOf(r.host);
            r.domainXml = dir + QLatin1Char('/') + r.domain + QStringLiteral(".xml");
            r.volumeXml = dir + QLatin1Char('/') + r.overlay + QStringLiteral(".xml");
            const Ran domain =
                runTool(QStringLiteral("virsh"),
                        {QStringLiteral("-c"), r.uri, QStringLiteral("dumpxml"), r.domain}, m_env);
            const Ran volume = runTool(QStringLiteral("virsh"),
                                       {QStringLiteral("-c"), r.uri, QStringLiteral("vol-dumpxml"),
                                        QStringLiteral("--pool"), m_site.storage.pool, r.overlay},
                                       m_env);
            if (domain.exitCode != 0 || volume.exitCode != 0) {
                m_out << "bench_deploy: virsh dumpxml failed: "
                      << QString::fromLocal8Bit(domain.err + volume.err) << '\n';
                return std::nullopt;
            }
            QFile d(r.domainXml), v(r.volumeXml);
            if (!d.open(QIODevice::WriteOnly) || d.write(domain.out) != domain.out.size() ||
                !v.open(QIODevice::WriteOnly) || v.write(volume.out) != volume.out.size())
                return std::nullopt;
            recorded.append(r);
        }
        // The loop a person writes: host after host, VCN after VCN.
        std::stable_sort(recorded.begin(), recorded.end(),
                         [](const Recorded& a, const Recorded& b) { return a.host < b.host; });
        return recorded;
    }

    // The virsh loop; its wall time in ms, or -1 after printing why.
    double virshLoop(const QList<Recorded>& vcns)
    {
        QElapsedTimer timer;
        timer.start();
        for (const Recorded& r : vcns) {
            const Ran volume = runTool(
                QStringLiteral("virsh"),
                {QStringLiteral("-c"), r.uri, QStringLiteral("vol-create"), m_site.storage.pool, r.volumeXml},
                m_env);
            const Ran domain =
                runTool(QStringLiteral("virsh"),
                        {QStringLiteral("-c"), r.uri, QStringLiteral("create"), r.domainXml}, m_env);
            if (volume.exitCode != 0 || domain.exitCode != 0) {
                m_out << "bench_deploy: the virsh loop failed: "
                      << QString::fromLocal8Bit(volume.err + domain.err) << '\n';
                return -1;
            }
        }
        return double(timer.nsecsElapsed()) / 1e6;
    }

    void removeBaseline(const QList<Recorded>& vcns)
    {
        for (const Recorded& r : vcns) {
            runTool(QStringLiteral("virsh"),
                    {QStringLiteral("-c"), r.uri, QStringLiteral("destroy"), r.domain}, m_env);
            runTool(QStringLiteral("virsh"),
                    {QStringLiteral("-c"), r.uri, QStringLiteral("vol-delete"), QStringLiteral("--pool"),
                     m_site.storage.pool, r.overlay},
                    m_env);
        }
    }

    QString stateDir() const { return m_tmp + QStringLiteral("/state"); }

private:
    QTextStream& m_out;
    QString m_tmp;
    QProcessEnvironment m_env;
    SiteProfile m_site;
    QString m_profilePath;
};

QString seconds(double ms)
{
    return QString::number(ms / 1000.0, 'f', 1);
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QTextStream out(stdout);
    QCommandLineParser parser;
    parser.setApplicationDescription(BenchDeployText::tr(
        "Deploy of 5 VCNs split by stage, and the launch stage of 16 VCNs on 2 hosts against a "
        "sequential per-host virsh loop, on a VSP sandbox of its own."));
    parser.addHelpOption();
    const QCommandLineOption repsOption(QStringLiteral("repetitions"),
                                        BenchDeployText::tr("Launch runs of each way (default 3)."),
                                        QStringLiteral("R"), QStringLiteral("3"));
    const QCommandLineOption vcnsOption(QStringLiteral("vcns"),
                                        BenchDeployText::tr("VCNs of the launch runs (default 16)."),
                                        QStringLiteral("N"), QStringLiteral("16"));
    const QCommandLineOption noStagesOption(QStringLiteral("no-stages"),
                                            BenchDeployText::tr("Skip the 5-VCN deploy split by stage."));
    const QCommandLineOption checkOption(
        QStringLiteral("check"),
        BenchDeployText::tr("Exit 1 when the launch is not faster than the virsh loop."));
    parser.addOptions({repsOption, vcnsOption, noStagesOption, checkOption});
    parser.process(app);
    const int reps = std::max(1, parser.value(repsOption).toInt());
    const int vcns = std::max(2, parser.value(vcnsOption).toInt());

    if (::geteuid() != 0) {
        out << "bench_deploy: skipped (needs root for a VSP sandbox)\n";
        return 0;
    }
    QTemporaryDir tmp;
    const QString source = QStringLiteral(VOC_SOURCE_DIR);
    Result<bench::VcnImage> head =
        bench::buildImage(source, QStringLiteral("head"), tmp.filePath(QStringLiteral("images")));
    Result<bench::VcnImage> compute =
        head ? bench::buildImage(source, QStringLiteral("compute"), tmp.filePath(QStringLiteral("images")))
             : head;
    Result<bench::VcnImage> tiny =
        compute ? bench::buildImage(source, QStringLiteral("tiny"), tmp.filePath(QStringLiteral("images")))
                : compute;
    if (!tiny) {
        out << "bench_deploy: " << tiny.error().toString() << '\n';
        return 1;
    }
    Sandbox sandbox;
    sandbox.dir = tmp.filePath(QStringLiteral("site"));
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("XDG_DATA_HOME"), tmp.filePath(QStringLiteral("data")));
    env.insert(QStringLiteral("VOCCTL"), QStringLiteral(VOC_VOCCTL));
    env.remove(QStringLiteral("VOCSTUDIO_LDAP_PASSWORD"));
    qputenv("XDG_DATA_HOME", tmp.filePath(QStringLiteral("data")).toLocal8Bit());
    qputenv("VOCCTL", VOC_VOCCTL);
    // alpha's grant holds the launch runs (16 VCNs of 192 MiB) and the images.
    const QStringList grant{QStringLiteral("--vo-grant"),
                            QStringLiteral("%1,%2,%3,40960").arg(vcns).arg(2 * vcns).arg(256 * vcns)};
    if (const QString failure = sandbox.start(QStringLiteral("bdep%1").arg(::getpid() % 100000), 2, grant);
        !failure.isEmpty()) {
        out << "bench_deploy: the VSP sandbox did not come up: " << failure << '\n';
        return 1;
    }
    const Result<SiteProfile> site = loadSiteProfile(sandbox.profilePath());
    if (!site || site->hosts.size() < 2) {
        out << "bench_deploy: "
            << (site ? BenchDeployText::tr("the sandbox has fewer than 2 hosts") : site.error().toString())
            << '\n';
        return 1;
    }
    Bench bench(out, tmp.path(), env, *site, sandbox.profilePath());

    if (!parser.isSet(noStagesOption)) {
        Design design = bench::benchDesign(QStringLiteral("demo5"), 5, *head, *compute, 512, 1);
        const QString file = tmp.filePath(QStringLiteral("demo5.voc"));
        if (Status saved = saveDesignFile(design, file); !saved) {
            out << "bench_deploy: " << saved.error().toString() << '\n';
            return 1;
        }
        const QJsonObject result = bench.deploy(file, true);
        if (result.isEmpty())
            return 1;
        const QJsonObject stages = result.value(QLatin1String("stageMs")).toObject();
        QStringList parts;
        for (const char* stage :
             {"preflight", "push-images", "register", "publish", "launch", "boot", "ready"}) {
            const double ms = stages.value(QLatin1String(stage)).toDouble(-1);
            if (ms >= 0)
                parts.append(QStringLiteral("%1 %2 s").arg(QLatin1String(stage), seconds(ms)));
        }
        out << BenchDeployText::tr(
                   "deploy of 5 VCNs (1 head + 4 compute, demo images, 1 vCPU and 512 MiB each, TCG) on "
                   "2 hosts: %1; total %2 s\n")
                   .arg(parts.join(QStringLiteral(", ")),
                        seconds(result.value(QLatin1String("totalMs")).toDouble()));
        out.flush();
        if (!bench.destroy(result.value(QLatin1String("id")).toString(), false))
            return 1;
    }

    Design launch = bench::benchDesign(QStringLiteral("launch%1").arg(vcns), vcns, *tiny, *tiny, 192, 2);
    const QString launchFile = tmp.filePath(QStringLiteral("launch.voc"));
    if (Status saved = saveDesignFile(launch, launchFile); !saved) {
        out << "bench_deploy: " << saved.error().toString() << '\n';
        return 1;
    }
    Timings ours, virsh;
    for (int rep = 0; rep < reps; ++rep) {
        const QJsonObject result = bench.deploy(launchFile, false);
        if (result.isEmpty())
            return 1;
        const double launchMs =
            result.value(QLatin1String("stageMs")).toObject().value(QLatin1String("launch")).toDouble();
        const std::optional<QList<Recorded>> recorded = bench.record(result, rep);
        if (!bench.destroy(result.value(QLatin1String("id")).toString(), true) || !recorded)
            return 1;
        ours.add(launchMs);
        const double loopMs = bench.virshLoop(*recorded);
        bench.removeBaseline(*recorded);
        if (loopMs < 0)
            return 1;
        virsh.add(loopMs);
        out << BenchDeployText::tr("run %1: launch stage %2 ms, virsh loop %3 ms\n")
                   .arg(rep + 1)
                   .arg(launchMs, 0, 'f', 0)
                   .arg(loopMs, 0, 'f', 0);
        out.flush();
    }
    const double faster = bench::ratio(virsh.median(), ours.median());
    out << BenchDeployText::tr(
               "launch stage of %1 VCNs on 2 hosts: %2 ms (%3 ms per VCN), sequential per-host virsh loop "
               "%4 ms; %5x faster (medians of %6)\n")
               .arg(vcns)
               .arg(ours.median(), 0, 'f', 0)
               .arg(ours.median() / vcns, 0, 'f', 0)
               .arg(virsh.median(), 0, 'f', 0)
               .arg(faster, 0, 'f', 2)
               .arg(reps);
    out.flush();

    // As a VO against as root, alternating so that both see the same machine.
    const QString voProfile = sandbox.voProfilePath(QStringLiteral("alpha"));
    const Result<SiteProfile> voSite = loadSiteProfile(voProfile);
    if (!voSite) {
        out << "bench_deploy: " << voSite.error().toString() << '\n';
        return 1;
    }
    Bench asVo(out, tmp.filePath(QStringLiteral("alpha")), env, *voSite, voProfile);
    Timings vo, root;
    const auto launchOnce = [&](Bench& as, Timings& into) {
        const QJsonObject result = as.deploy(launchFile, false);
        if (result.isEmpty())
            return -1.0;
        const double ms =
            result.value(QLatin1String("stageMs")).toObject().value(QLatin1String("launch")).toDouble();
        if (!as.destroy(result.value(QLatin1String("id")).toString(), true))
            return -1.0;
        into.add(ms);
        return ms;
    };
    // alpha's first deployment pushes the images into its own pool: not part of the launch stage, but
    // one warm-up each keeps the first run's connection set-up (alpha's session daemons start) apart.
    if (launchOnce(asVo, vo) < 0)
        return 1;
    vo = Timings();
    for (int rep = 0; rep < reps; ++rep) {
        const double voMs = launchOnce(asVo, vo);
        const double rootMs = voMs < 0 ? -1 : launchOnce(bench, root);
        if (voMs < 0 || rootMs < 0)
            return 1;
        out << BenchDeployText::tr("run %1: launch stage as VO alpha %2 ms, as root %3 ms\n")
                   .arg(rep + 1)
                   .arg(voMs, 0, 'f', 0)
                   .arg(rootMs, 0, 'f', 0);
        out.flush();
    }
    out << BenchDeployText::tr(
               "launch stage of %1 VCNs on 2 hosts as VO alpha (its libvirt session, QEMU as alpha, the "
               "bridge helper): %2 ms; as root (system libvirtd): %3 ms; VO/root %4 (medians of %5)\n")
               .arg(vcns)
               .arg(vo.median(), 0, 'f', 0)
               .arg(root.median(), 0, 'f', 0)
               .arg(bench::ratio(vo.median(), root.median()), 0, 'f', 2)
               .arg(reps);
    return parser.isSet(checkOption) && faster <= targetRatio ? 1 : 0;
}
