// SPDX-License-Identifier: GPL-3.0-or-later
// bench_netsync: a site's DHCP/DNS files from 10,000 VCN records of 10 VOs with their grants in a real
// slapd (StartTLS, on a loopback port), LDAP read included, against an `ldapsearch | awk | sort`
// regeneration of the same dhcp-hosts file measured in the same run; then how long a change takes from
// the LDAP write to the updated dnsmasq file with netsync's watch loop running. As root, the same with
// the site bridge's nftables ruleset, applied by the real nft in a network namespace of the bench's
// own: the full sync (whole table) and a change (an element update), each beside netsync without
// rules measured in the same run.
#include "directory/directory.h"
#include "model/siteprofile.h"
#include "netsync/netsync.h"
#include "timings.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QLoggingCategory>
#include <QProcess>
#include <QStandardPaths>
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sched.h>
#include <sys/stat.h>
#include <unistd.h>

#include <algorithm>
#include <functional>

using namespace voc;
using voc::bench::Timings;

namespace {

constexpr double targetFullMs = 1000.0;
constexpr double targetPropagationMs = 200.0;
constexpr int benchVos = 10; // the records are spread over this many VOs, each with its grant
const QString slapdScript = QStringLiteral(VOC_SOURCE_DIR "/scripts/slapd-instance");

QString tr(const char* text)
{
    return QCoreApplication::translate("voc::BenchNetsync", text);
}

double elapsedMs(const QElapsedTimer& timer)
{
    return double(timer.nsecsElapsed()) / 1e6;
}

// Starts a private slapd and stops it again whatever happens to the benchmark.
struct Slapd
{
    QString dir;
    QMap<QString, QString> info;

    QString start(const QString& url)
    {
        QProcess process;
        process.start(slapdScript, {QStringLiteral("start"), dir, QStringLiteral("--url"), url});
        if (!process.waitForFinished(60000) || process.exitCode() != 0)
            return QString::fromUtf8(process.readAllStandardError());
        for (const QByteArray& line : process.readAllStandardOutput().split('\n')) {
            const qsizetype eq = line.indexOf('=');
            if (eq > 0)
                info.insert(QString::fromUtf8(line.left(eq)), QString::fromUtf8(line.mid(eq + 1)));
        }
        return {};
    }
    ~Slapd()
    {
        if (!info.isEmpty())
            QProcess::execute(slapdScript, {QStringLiteral("stop"), dir});
    }
};

QString benchAddress(int host)
{
    return QStringLiteral("10.64.%1.%2").arg(host / 256).arg(host % 256);
}

// Record i belongs to VO i / perVo (the last VO takes the rest, and the records the benchmark adds).
struct BenchLayout
{
    int records = 0;
    int samples = 0;
    int perVo() const { return (records + benchVos - 1) / benchVos; }
    int voOf(int i) const { return std::min(i / perVo(), benchVos - 1); }
    QString vo(int i) const { return QStringLiteral("vo%1").arg(voOf(i), 2, 10, QLatin1Char('0')); }

    VcnRecord record(int i) const
    {
        VcnRecord r{QStringLiteral("bench%1").arg(voOf(i), 2, 10, QLatin1Char('0')),
                    QStringLiteral("vcn%1").arg(i, 5, 10, QLatin1Char('0')),
                    benchAddress(i + 10),
                    QStringLiteral("02:00:00:%1:%2:%3")
                        .arg((i >> 16) & 0xff, 2, 16, QLatin1Char('0'))
                        .arg((i >> 8) & 0xff, 2, 16, QLatin1Char('0'))
                        .arg(i & 0xff, 2, 16, QLatin1Char('0')),
                    QStringLiteral("compute, VO bench"),
                    {}};
        r.vo = vo(i);
        return r;
    }
    // VO k's grant: the addresses of its records (the last VO's up to the end of the /18), and room
    // for the records the benchmark adds.
    QByteArray grantLdif(int k, const QByteArray& vocs) const
    {
        const QString first = benchAddress(k * perVo() + 10);
        const QString last =
            k == benchVos - 1 ? QStringLiteral("10.64.63.254") : benchAddress((k + 1) * perVo() + 9);
        const QByteArray name = QStringLiteral("vo%1").arg(k, 2, 10, QLatin1Char('0')).toUtf8();
        return "dn: ou=" + name + ',' + vocs +
               "\nobjectClass: organizationalUnit\nobjectClass: vocsVirtualOrganization\nou: " + name +
               "\nvocsGrantAddressRange: " + (first + u'-' + last).toUtf8() +
               "\nvocsGrantMaxVcns: " + QByteArray::number(perVo() + samples + 1) +
               "\nvocsGrantMaxVcpus: 100000\nvocsGrantMaxMemoryMiB: 10000000\nvocsGrantMaxStorageMiB: "
               "10000000\n\n";
    }
};

QByteArray ldifFor(const BenchLayout& layout, const QString& suffix)
{
    QByteArray ldif;
    ldif.reserve(layout.records * 220);
    const QByteArray vocs = "ou=vocs," + suffix.toUtf8();
    for (int k = 0; k < benchVos; ++k)
        ldif += layout.grantLdif(k, vocs);
    QString lastVoc;
    for (int i = 0; i < layout.records; ++i) {
        const VcnRecord r = layout.record(i);
        const QByteArray parent = "ou=" + r.voc.toUtf8() + ",ou=" + r.vo.toUtf8() + ',' + vocs;
        if (r.voc != lastVoc) {
            ldif += "dn: " + parent + "\nobjectClass: organizationalUnit\nou: " + r.voc.toUtf8() + "\n\n";
            lastVoc = r.voc;
        }
        ldif += "dn: cn=" + r.hostname.toUtf8() + ',' + parent +
                "\nobjectClass: device\nobjectClass: ipHost\nobjectClass: ieee802Device\ncn: " +
                r.hostname.toUtf8() + "\nipHostNumber: " + r.ip.toUtf8() + "\nmacAddress: " + r.mac.toUtf8() +
                "\ndescription: " + r.description.toUtf8() + "\n\n";
    }
    return ldif;
}

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

ino_t inodeOf(const QString& path)
{
    struct stat st
    {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 ? st.st_ino : 0;
}

// The same dhcp-hosts file the way a site script would make it: one ldapsearch, awk, sort by address.
const QString baselineScript = QStringLiteral(
    "set -o pipefail; ldapsearch -x -ZZ -LLL -o ldif-wrap=no -H \"$URL\" -D \"$BIND\" -y \"$PWFILE\" "
    "-b \"ou=vocs,$BASE\" '(objectClass=ieee802Device)' cn ipHostNumber macAddress "
    "| awk '/^cn: /{cn=$2} /^ipHostNumber: /{ip=$2} /^macAddress: /{mac=$2} "
    "/^$/{if (cn != \"\" && ip != \"\" && mac != \"\") print mac \",\" cn \",\" ip; cn=ip=mac=\"\"}' "
    "| sort -t, -k3,3V > \"$OUT\"");

// A private network namespace for nft (root only): the bench's slapd, rules and all stay in it.
QString enterPrivateNetwork()
{
    if (::geteuid() != 0)
        return QCoreApplication::translate("voc::BenchNetsync",
                                           "needs root (nft in a network namespace of its own)");
    if (QStandardPaths::findExecutable(QStringLiteral("nft"),
                                       {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")})
            .isEmpty() &&
        QStandardPaths::findExecutable(QStringLiteral("nft")).isEmpty())
        return QCoreApplication::translate("voc::BenchNetsync", "nft is not installed (scripts/setup)");
    if (::unshare(CLONE_NEWNET) != 0)
        return QCoreApplication::translate("voc::BenchNetsync", "unshare(CLONE_NEWNET) failed");
    // slapd listens on 127.0.0.1 of the new namespace.
    if (QProcess::execute(QStringLiteral("ip"), {QStringLiteral("link"), QStringLiteral("set"),
                                                 QStringLiteral("lo"), QStringLiteral("up")}) != 0)
        return QCoreApplication::translate("voc::BenchNetsync", "ip link set lo up failed");
    return {};
}

// The watch loop running on its own thread, writing `outputs`, until destroyed.
class LiveNetsync
{
public:
    LiveNetsync(const DirectoryConfig& config, const NetsyncSite& site, const NetsyncOutputs& outputs,
                const QString& statePath)
        : m_writer(site, outputs)
        , m_watch(config, m_writer, NetsyncWatch::Options{.statePath = statePath})
    {
        NetsyncWatch::Callbacks callbacks;
        callbacks.written = [this](const Result<NetsyncReport>& report) {
            if (!report)
                QTextStream(stderr) << report.error().toString() << '\n';
        };
        m_thread = QThread::create([this, callbacks] { (void)m_watch.run(callbacks); });
        m_thread->start();
    }
    ~LiveNetsync()
    {
        m_watch.stop();
        m_thread->wait();
        delete m_thread;
    }

private:
    NetsyncWriter m_writer;
    NetsyncWatch m_watch;
    QThread* m_thread = nullptr;
};

// From an LDAP add to `file` holding `needle` (the file replaced: a new inode), per sample; the add is
// removed again before the next. Fills `failure` when a change does not arrive within 5 s.
Timings propagation(Directory& writer, const BenchLayout& layout, const QString& file,
                    const std::function<QByteArray(const VcnRecord&)>& needle, Timings& writes,
                    QString& failure)
{
    Timings timings;
    for (int i = 0; i < layout.samples && failure.isEmpty(); ++i) {
        const VcnRecord added = layout.record(layout.records + i);
        const QByteArray line = needle(added);
        ino_t inode = inodeOf(file);
        QElapsedTimer timer;
        timer.start();
        if (const Status status = writer.addVcns({added}); !status) {
            failure = status.error().toString();
            break;
        }
        writes.add(elapsedMs(timer));
        // Look at the content only when the file was replaced (a rename gives a new inode).
        while (timer.elapsed() < 5000) {
            const ino_t now = inodeOf(file);
            if (now != inode) {
                inode = now;
                if (contentOf(file).contains(line))
                    break;
            }
            QThread::usleep(500);
        }
        if (!contentOf(file).contains(line)) {
            failure = tr("%1 did not reach %2 within 5 s").arg(added.hostname, file);
            break;
        }
        timings.add(elapsedMs(timer));
        if (const Status removed = writer.removeVcn(added.voc, added.hostname); !removed)
            failure = removed.error().toString();
        QElapsedTimer wait;
        wait.start();
        while (contentOf(file).contains(line) && wait.elapsed() < 5000)
            QThread::msleep(5);
    }
    return timings;
}

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_netsync"));
    // One "added 1 VCN records" line per timed change would bury the results.
    QLoggingCategory::setFilterRules(QStringLiteral("vocstudio.ldap.info=false\nvocstudio.net.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(
        tr("Times netsync --once of 10,000 VCN records of 10 VOs (LDAP read "
           "included) against ldapsearch | awk, change propagation with --watch, "
           "and both with the bridge's nftables ruleset (root)."));
    parser.addHelpOption();
    const QCommandLineOption recordsOption(QStringLiteral("records"), tr("VCN records (default 10000)."),
                                           QStringLiteral("N"), QStringLiteral("10000"));
    const QCommandLineOption repetitionsOption({QStringLiteral("r"), QStringLiteral("repetitions")},
                                               tr("Timed full regenerations each (default 7)."),
                                               QStringLiteral("R"), QStringLiteral("7"));
    const QCommandLineOption samplesOption(QStringLiteral("samples"), tr("Changes timed (default 20)."),
                                           QStringLiteral("N"), QStringLiteral("20"));
    const QCommandLineOption checkOption(QStringLiteral("check"), tr("Exit 1 when a target is missed."));
    parser.addOptions({recordsOption, repetitionsOption, samplesOption, checkOption});
    parser.process(app);
    QTextStream out(stdout);
    QTextStream err(stderr);
    BenchLayout layout;
    layout.records = parser.value(recordsOption).toInt();
    const int repetitions = parser.value(repetitionsOption).toInt();
    layout.samples = parser.value(samplesOption).toInt();
    if (layout.records < benchVos || layout.records > 16000 || repetitions < 1 || layout.samples < 1) {
        err << tr("bench_netsync: --records 10..16000, --repetitions and --samples positive\n");
        return 2;
    }
    const int records = layout.records;
    if (!QFile::exists(QStringLiteral("/usr/sbin/slapd"))) {
        out << tr("bench_netsync: skipped: slapd is not installed (scripts/setup installs it)\n");
        return 0;
    }
    // Before slapd starts: it must live in the namespace the rules are applied in.
    const QString noRules = enterPrivateNetwork();
    if (!noRules.isEmpty())
        out << tr("bench_netsync: the nftables part is skipped: %1\n").arg(noRules);

    QTemporaryDir dir;
    Slapd slapd{dir.filePath(QStringLiteral("slapd")), {}};
    QTcpServer probe;
    probe.listen(QHostAddress::LocalHost, 0);
    const QString url = QStringLiteral("ldap://127.0.0.1:%1").arg(probe.serverPort());
    probe.close();
    if (const QString failed = slapd.start(url); !failed.isEmpty()) {
        err << tr("bench_netsync: slapd-instance failed: %1\n").arg(failed);
        return 1;
    }
    const QString suffix = slapd.info.value(QStringLiteral("suffix"));
    const QString ca = slapd.info.value(QStringLiteral("ca"));

    // Loading is not timed.
    out << tr("bench_netsync: loading %1 VCN records of %2 VOs with ldapadd...\n").arg(records).arg(benchVos);
    out.flush();
    {
        QProcess ldapadd;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("LDAPTLS_CACERT"), ca);
        ldapadd.setProcessEnvironment(env);
        ldapadd.start(QStringLiteral("ldapadd"),
                      {QStringLiteral("-x"), QStringLiteral("-ZZ"), QStringLiteral("-H"), url,
                       QStringLiteral("-D"), slapd.info.value(QStringLiteral("admin_dn")),
                       QStringLiteral("-w"), QStringLiteral("admin-secret")});
        ldapadd.waitForStarted();
        ldapadd.write(ldifFor(layout, suffix));
        ldapadd.closeWriteChannel();
        ldapadd.setStandardOutputFile(QProcess::nullDevice());
        if (!ldapadd.waitForFinished(600000) || ldapadd.exitCode() != 0) {
            err << tr("bench_netsync: ldapadd failed: %1\n")
                       .arg(QString::fromUtf8(ldapadd.readAllStandardError()));
            return 1;
        }
    }

    SiteNetwork network;
    network.subnet = QStringLiteral("10.64.0.0/18");
    network.dnsDomain = QStringLiteral("vsp.test");
    network.dnsServer = QStringLiteral("10.64.0.2");
    const NetsyncSite site = *NetsyncSite::fromNetwork(network);
    DirectoryConfig config;
    config.uri = url;
    config.baseDn = suffix;
    config.bindDn = slapd.info.value(QStringLiteral("netsync_dn"));
    config.password = QStringLiteral("netsync-secret");
    config.caFile = ca;
    const auto outputsIn = [&](const QString& name, bool rules) {
        NetsyncOutputs o;
        o.dhcpHosts = dir.filePath(name + QStringLiteral(".dhcp-hosts"));
        o.hosts = dir.filePath(name + QStringLiteral(".hosts"));
        o.zone = dir.filePath(name + QStringLiteral(".zone"));
        o.reverseZone = dir.filePath(name + QStringLiteral(".rev.zone"));
        if (rules) {
            o.nftRuleset = dir.filePath(name + QStringLiteral(".nft"));
            o.nft.uplinks = {QStringLiteral("eth0")};
        }
        return o;
    };
    const bool withRules = noRules.isEmpty();

    // (a) ours without and with rules, and (b) the baseline, alternately, one warm-up each.
    const NetsyncOutputs once = outputsIn(QStringLiteral("once"), false);
    const NetsyncOutputs onceRules = outputsIn(QStringLiteral("rules"), true);
    const QString baselineOut = dir.filePath(QStringLiteral("baseline.dhcp-hosts"));
    const QString passwordFile = dir.filePath(QStringLiteral("password"));
    {
        QFile pw(passwordFile);
        pw.open(QIODevice::WriteOnly);
        pw.write("netsync-secret"); // ldapsearch -y takes the whole file, newline included
        pw.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    }
    QProcessEnvironment baselineEnv = QProcessEnvironment::systemEnvironment();
    baselineEnv.insert(QStringLiteral("LDAPTLS_CACERT"), ca);
    baselineEnv.insert(QStringLiteral("URL"), url);
    baselineEnv.insert(QStringLiteral("BIND"), config.bindDn);
    baselineEnv.insert(QStringLiteral("PWFILE"), passwordFile);
    baselineEnv.insert(QStringLiteral("BASE"), suffix);
    baselineEnv.insert(QStringLiteral("OUT"), baselineOut);
    baselineEnv.insert(QStringLiteral("LC_ALL"), QStringLiteral("C"));
    Timings ours;
    Timings oursRules;
    Timings reading; // connect, bind, listVcns and listVoGrants
    Timings baseline;
    int written = 0;
    int writtenRules = 0;
    // netsyncOnce() in its steps, to report where the time goes; a fresh writer applies the whole table.
    const auto fullSync = [&](const NetsyncOutputs& outputs, double& readMs) -> Result<NetsyncReport> {
        for (const QString& f :
             {outputs.dhcpHosts, outputs.hosts, outputs.zone, outputs.reverseZone, outputs.nftRuleset})
            if (!f.isEmpty())
                QFile::remove(f); // every repetition writes every file
        QElapsedTimer timer;
        timer.start();
        Result<std::unique_ptr<Directory>> directory = connectLdapDirectory(config);
        if (!directory)
            return directory.error();
        const Result<QList<VcnRecord>> read = (*directory)->listVcns();
        if (!read)
            return read.error();
        const Result<QList<VoGrantEntry>> vos = (*directory)->listVoGrants();
        if (!vos)
            return vos.error();
        readMs = elapsedMs(timer);
        NetsyncWriter writer(site, outputs);
        return writer.write(*read, *vos);
    };
    for (int rep = 0; rep <= repetitions; ++rep) {
        QElapsedTimer timer;
        timer.start();
        double readMs = 0;
        const Result<NetsyncReport> report = fullSync(once, readMs);
        const double ms = elapsedMs(timer);
        if (!report) {
            err << tr("bench_netsync: %1\n").arg(report.error().toString());
            return 1;
        }
        written = report->records;
        if (withRules) {
            double unused = 0;
            timer.restart();
            const Result<NetsyncReport> ruled = fullSync(onceRules, unused);
            const double rulesMs = elapsedMs(timer);
            if (!ruled) {
                err << tr("bench_netsync: with rules: %1\n").arg(ruled.error().toString());
                return 1;
            }
            writtenRules = ruled->records;
            if (rep > 0)
                oursRules.add(rulesMs);
        }
        timer.restart();
        QProcess shell;
        shell.setProcessEnvironment(baselineEnv);
        shell.start(QStringLiteral("bash"), {QStringLiteral("-c"), baselineScript});
        shell.waitForFinished(120000);
        const double baselineMs = elapsedMs(timer);
        if (shell.exitCode() != 0) {
            err << tr("bench_netsync: the baseline failed: %1\n")
                       .arg(QString::fromUtf8(shell.readAllStandardError()));
            return 1;
        }
        if (rep > 0) {
            ours.add(ms);
            reading.add(readMs);
            baseline.add(baselineMs);
        }
    }
    if (written != records || (withRules && writtenRules != records)) {
        err << tr("bench_netsync: netsync wrote %1 records (%2 with rules) instead of %3\n")
                   .arg(written)
                   .arg(writtenRules)
                   .arg(records);
        return 1;
    }
    const bool same = contentOf(once.dhcpHosts) == contentOf(baselineOut);
    out << tr("netsync of %1 records: median %2 ms (best %3) for dhcp-hosts, hosts, forward and reverse "
              "zone; "
              "ldapsearch | awk | sort for dhcp-hosts only: median %4 ms; ratio %5 (target < %6 ms)%7\n")
               .arg(records)
               .arg(ours.median(), 0, 'f', 1)
               .arg(tr("%1, LDAP read %2 ms").arg(ours.best(), 0, 'f', 1).arg(reading.median(), 0, 'f', 1))
               .arg(baseline.median(), 0, 'f', 1)
               .arg(bench::ratio(ours.median(), baseline.median()), 0, 'f', 2)
               .arg(targetFullMs, 0, 'f', 0)
               .arg(same ? tr("; same dhcp-hosts bytes") : tr("; DHCP FILES DIFFER"));
    if (withRules)
        out << tr("netsync of %1 records with the bridge ruleset (whole table, nft -f): median %2 ms (best "
                  "%3); "
                  "without rules: median %4 ms; ratio %5 (target < %6 ms)\n")
                   .arg(records)
                   .arg(oursRules.median(), 0, 'f', 1)
                   .arg(oursRules.best(), 0, 'f', 1)
                   .arg(ours.median(), 0, 'f', 1)
                   .arg(bench::ratio(oursRules.median(), ours.median()), 0, 'f', 2)
                   .arg(targetFullMs, 0, 'f', 0);
    out.flush();

    // (c) change propagation with the watch loop running on its own thread: the dnsmasq file without
    // rules, then the ruleset (written once nft applied the element update) with rules.
    DirectoryConfig writeConfig = config;
    writeConfig.bindDn = slapd.info.value(QStringLiteral("service_dn"));
    writeConfig.password = QStringLiteral("vocstudio-secret");
    writeConfig.vo = layout.vo(records);
    Result<std::unique_ptr<Directory>> writer = connectLdapDirectory(writeConfig);
    if (!writer) {
        err << tr("bench_netsync: %1\n").arg(writer.error().toString());
        return 1;
    }
    const auto waitForAll = [&](const QString& file, const QByteArray& last) {
        QElapsedTimer wait;
        wait.start();
        while (!contentOf(file).contains(last) && wait.elapsed() < 60000)
            QThread::msleep(20);
    };
    const VcnRecord lastRecord = layout.record(records - 1);
    Timings propagationPlain;
    Timings propagationRules;
    Timings writes;
    QString failure;
    {
        const NetsyncOutputs live = outputsIn(QStringLiteral("live"), false);
        LiveNetsync loop(config, site, live, dir.filePath(QStringLiteral("state")));
        waitForAll(live.dhcpHosts, lastRecord.mac.toLatin1());
        propagationPlain = propagation(
            **writer, layout, live.dhcpHosts,
            [](const VcnRecord& r) { return (r.mac + u',' + r.hostname + u',' + r.ip + u'\n').toLatin1(); },
            writes, failure);
    }
    if (withRules && failure.isEmpty()) {
        const NetsyncOutputs live = outputsIn(QStringLiteral("live-rules"), true);
        LiveNetsync loop(config, site, live, dir.filePath(QStringLiteral("state-rules")));
        waitForAll(live.nftRuleset, lastRecord.mac.toLatin1());
        propagationRules = propagation(
            **writer, layout, live.nftRuleset,
            [](const VcnRecord& r) { return (r.mac + QStringLiteral(" . ") + r.ip).toLatin1(); }, writes,
            failure);
    }
    if (!failure.isEmpty()) {
        err << tr("bench_netsync: change propagation: %1\n").arg(failure);
        return 1;
    }
    out << tr("change propagation: median %1 ms (best %2, of %3 LDAP adds with %4 records; the add itself "
              "median %5 ms) (target < %6 ms)\n")
               .arg(propagationPlain.median(), 0, 'f', 1)
               .arg(propagationPlain.best(), 0, 'f', 1)
               .arg(layout.samples)
               .arg(records)
               .arg(writes.median(), 0, 'f', 1)
               .arg(targetPropagationMs, 0, 'f', 0);
    if (withRules)
        out << tr("change to rule in place (LDAP add to the element update applied by nft): median %1 ms "
                  "(best %2); without rules, to the dnsmasq file: median %3 ms; ratio %4 (target < %5 ms)\n")
                   .arg(propagationRules.median(), 0, 'f', 1)
                   .arg(propagationRules.best(), 0, 'f', 1)
                   .arg(propagationPlain.median(), 0, 'f', 1)
                   .arg(bench::ratio(propagationRules.median(), propagationPlain.median()), 0, 'f', 2)
                   .arg(targetPropagationMs, 0, 'f', 0);
    bool missed = false;
    if (ours.median() >= targetFullMs || !same) {
        out << tr("target missed: netsync of %1 records took %2 ms\n")
                   .arg(records)
                   .arg(ours.median(), 0, 'f', 1);
        missed = true;
    }
    if (withRules && oursRules.median() >= targetFullMs) {
        out << tr("target missed: netsync of %1 records with rules took %2 ms\n")
                   .arg(records)
                   .arg(oursRules.median(), 0, 'f', 1);
        missed = true;
    }
    if (propagationPlain.median() >= targetPropagationMs ||
        (withRules && propagationRules.median() >= targetPropagationMs)) {
        out << tr("target missed: change propagation %1 ms, with rules %2 ms\n")
                   .arg(propagationPlain.median(), 0, 'f', 1)
                   .arg(propagationRules.median(), 0, 'f', 1);
        missed = true;
    }
    return parser.isSet(checkOption) && missed ? 1 : 0;
}
