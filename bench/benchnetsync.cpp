// SPDX-License-Identifier: GPL-3.0-or-later
// bench_netsync: a site's DHCP/DNS files from 10,000 VCN records in a real slapd (StartTLS, on a
// loopback port), LDAP read included, against an `ldapsearch | awk | sort` regeneration of the same
// dhcp-hosts file measured in the same run; then how long a change takes from the LDAP write to the
// updated dnsmasq file with netsync's watch loop running.
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
#include <QTcpServer>
#include <QTemporaryDir>
#include <QTextStream>
#include <QThread>

#include <sys/stat.h>

using namespace voc;
using voc::bench::Timings;

namespace {

constexpr double targetFullMs = 1000.0;
constexpr double targetPropagationMs = 200.0;
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

VcnRecord benchRecord(int i)
{
    const int host = i + 10;
    return VcnRecord{QStringLiteral("bench%1").arg(i / 1000, 2, 10, QLatin1Char('0')),
                     QStringLiteral("vcn%1").arg(i, 5, 10, QLatin1Char('0')),
                     QStringLiteral("10.64.%1.%2").arg(host / 256).arg(host % 256),
                     QStringLiteral("02:00:00:%1:%2:%3")
                         .arg((i >> 16) & 0xff, 2, 16, QLatin1Char('0'))
                         .arg((i >> 8) & 0xff, 2, 16, QLatin1Char('0'))
                         .arg(i & 0xff, 2, 16, QLatin1Char('0')),
                     QStringLiteral("compute, VO bench"),
                     {}};
}

QByteArray ldifFor(int count, const QString& suffix)
{
    QByteArray ldif;
    ldif.reserve(count * 220);
    const QByteArray vocs = "ou=vocs," + suffix.toUtf8();
    for (int i = 0; i < count; ++i) {
        const VcnRecord r = benchRecord(i);
        if (i % 1000 == 0)
            ldif += "dn: ou=" + r.voc.toUtf8() + ',' + vocs +
                    "\nobjectClass: organizationalUnit\nou: " + r.voc.toUtf8() + "\n\n";
        ldif += "dn: cn=" + r.hostname.toUtf8() + ",ou=" + r.voc.toUtf8() + ',' + vocs +
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

} // namespace

int main(int argc, char** argv)
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("bench_netsync"));
    // One "added 1 VCN records" line per timed change would bury the results.
    QLoggingCategory::setFilterRules(QStringLiteral("vocstudio.ldap.info=false"));
    QCommandLineParser parser;
    parser.setApplicationDescription(tr("Times netsync --once of 10,000 VCN records (LDAP read included) "
                                        "against ldapsearch | awk, and change propagation with --watch."));
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
    const int records = parser.value(recordsOption).toInt();
    const int repetitions = parser.value(repetitionsOption).toInt();
    const int samples = parser.value(samplesOption).toInt();
    if (records < 1 || records > 16000 || repetitions < 1 || samples < 1) {
        err << tr("bench_netsync: --records 1..16000, --repetitions and --samples positive\n");
        return 2;
    }
    if (!QFile::exists(QStringLiteral("/usr/sbin/slapd"))) {
        out << tr("bench_netsync: skipped: slapd is not installed (scripts/setup installs it)\n");
        return 0;
    }

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
    out << tr("bench_netsync: loading %1 VCN records with ldapadd...\n").arg(records);
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
        ldapadd.write(ldifFor(records, suffix));
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
    const auto outputsIn = [&](const QString& name) {
        NetsyncOutputs o;
        o.dhcpHosts = dir.filePath(name + QStringLiteral(".dhcp-hosts"));
        o.hosts = dir.filePath(name + QStringLiteral(".hosts"));
        o.zone = dir.filePath(name + QStringLiteral(".zone"));
        o.reverseZone = dir.filePath(name + QStringLiteral(".rev.zone"));
        return o;
    };

    // (a) ours and (b) the baseline, alternately, one warm-up each.
    const NetsyncOutputs once = outputsIn(QStringLiteral("once"));
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
    Timings reading; // connect, bind and listVcns
    Timings baseline;
    int written = 0;
    for (int rep = 0; rep <= repetitions; ++rep) {
        for (const QString& f : {once.dhcpHosts, once.hosts, once.zone, once.reverseZone})
            QFile::remove(f); // every repetition writes every file
        QElapsedTimer timer;
        timer.start();
        Result<std::unique_ptr<Directory>> directory = connectLdapDirectory(config);
        if (!directory) {
            err << tr("bench_netsync: %1\n").arg(directory.error().toString());
            return 1;
        }
        NetsyncWriter writer(site, once);
        // netsyncOnce(), in its two steps to report where the time goes.
        const Result<QList<VcnRecord>> read = (*directory)->listVcns();
        const double readMs = elapsedMs(timer);
        const Result<NetsyncReport> report = read ? writer.write(*read) : Result<NetsyncReport>(read.error());
        const double ms = elapsedMs(timer);
        if (!report) {
            err << tr("bench_netsync: %1\n").arg(report.error().toString());
            return 1;
        }
        written = report->records;
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
    if (written != records) {
        err << tr("bench_netsync: netsync wrote %1 records instead of %2\n").arg(written).arg(records);
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
    out.flush();

    // (c) change propagation with the watch loop running on its own thread.
    const NetsyncOutputs live = outputsIn(QStringLiteral("live"));
    NetsyncWriter liveWriter(site, live);
    NetsyncWatch watch(config, liveWriter,
                       NetsyncWatch::Options{.statePath = dir.filePath(QStringLiteral("state"))});
    QThread* thread = QThread::create([&] { (void)watch.run(); });
    thread->start();
    QElapsedTimer wait;
    wait.start();
    while (contentOf(live.dhcpHosts).count('\n') < records && wait.elapsed() < 60000)
        QThread::msleep(20);
    DirectoryConfig writeConfig = config;
    writeConfig.bindDn = slapd.info.value(QStringLiteral("service_dn"));
    writeConfig.password = QStringLiteral("vocstudio-secret");
    Result<std::unique_ptr<Directory>> writer = connectLdapDirectory(writeConfig);
    Timings propagation;
    Timings writes;
    QString failure;
    if (!writer)
        failure = writer.error().toString();
    for (int i = 0; i < samples && failure.isEmpty(); ++i) {
        const VcnRecord added = benchRecord(records + i);
        const QByteArray line =
            (added.mac + QLatin1Char(',') + added.hostname + QLatin1Char(',') + added.ip + QLatin1Char('\n'))
                .toLatin1();
        ino_t inode = inodeOf(live.dhcpHosts);
        QElapsedTimer timer;
        timer.start();
        if (const Status status = (*writer)->addVcns({added}); !status) {
            failure = status.error().toString();
            break;
        }
        writes.add(elapsedMs(timer));
        // Look at the content only when the file was replaced (a rename gives a new inode).
        while (timer.elapsed() < 5000) {
            const ino_t now = inodeOf(live.dhcpHosts);
            if (now != inode) {
                inode = now;
                if (contentOf(live.dhcpHosts).contains(line))
                    break;
            }
            QThread::usleep(500);
        }
        if (!contentOf(live.dhcpHosts).contains(line)) {
            failure = tr("%1 did not reach the dnsmasq file within 5 s").arg(added.hostname);
            break;
        }
        propagation.add(elapsedMs(timer));
        if (const Status removed = (*writer)->removeVcn(added.voc, added.hostname); !removed)
            failure = removed.error().toString();
        wait.restart();
        while (contentOf(live.dhcpHosts).contains(line) && wait.elapsed() < 5000)
            QThread::msleep(5);
    }
    watch.stop();
    thread->wait();
    delete thread;
    if (!failure.isEmpty()) {
        err << tr("bench_netsync: change propagation: %1\n").arg(failure);
        return 1;
    }
    out << tr("change propagation: median %1 ms (best %2, of %3 LDAP adds with %4 records; the add itself "
              "median %5 ms) (target < %6 ms)\n")
               .arg(propagation.median(), 0, 'f', 1)
               .arg(propagation.best(), 0, 'f', 1)
               .arg(samples)
               .arg(records)
               .arg(writes.median(), 0, 'f', 1)
               .arg(targetPropagationMs, 0, 'f', 0);
    bool missed = false;
    if (ours.median() >= targetFullMs || !same) {
        out << tr("target missed: netsync of %1 records took %2 ms\n")
                   .arg(records)
                   .arg(ours.median(), 0, 'f', 1);
        missed = true;
    }
    if (propagation.median() >= targetPropagationMs) {
        out << tr("target missed: change propagation %1 ms\n").arg(propagation.median(), 0, 'f', 1);
        missed = true;
    }
    return parser.isSet(checkOption) && missed ? 1 : 0;
}
