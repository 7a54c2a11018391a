// SPDX-License-Identifier: GPL-3.0-or-later
// NetsyncWriter: atomic writes, nothing written and no reload when nothing changed, and SIGHUP to a
// real dnsmasq (started by the test, DNS on a loopback port only, no DHCP) only on change.
#include "model/siteprofile.h"
#include "netsync/netsyncwriter.h"
#include "netsyncfixtures.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUdpSocket>

#include <sys/stat.h>
#include <unistd.h>

using namespace voc;

namespace {

VcnRecord rec(const char* host, const char* ip, const char* mac)
{
    return VcnRecord{
        QStringLiteral("alpha"), QLatin1String(host), QLatin1String(ip), QLatin1String(mac), {}, {}};
}

const QList<VcnRecord> twoRecords{rec("a1", "10.213.0.10", "02:00:00:00:00:01"),
                                  rec("a2", "10.213.0.11", "02:00:00:00:00:02")};

// Its DHCP range holds the records' .10 and .11; the DNS server is .2.
NetsyncSite testSite()
{
    return test::netsyncTestSite(QStringLiteral("10.213.0.10"), QStringLiteral("10.213.0.200"),
                                 QStringLiteral("10.213.0.2"));
}

struct FileId
{
    ino_t inode = 0;
    qint64 mtimeNs = 0;
    bool operator==(const FileId&) const = default;
};

FileId fileId(const QString& path)
{
    struct stat st
    {};
    if (::stat(QFile::encodeName(path).constData(), &st) != 0)
        return {};
    return {st.st_ino, qint64(st.st_mtim.tv_sec) * 1000000000 + st.st_mtim.tv_nsec};
}

QByteArray contentOf(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

// A loopback UDP port nobody uses right now (dnsmasq binds it for DNS on 127.0.0.1 only).
quint16 freeLoopbackPort()
{
    QUdpSocket socket;
    socket.bind(QHostAddress::LocalHost, 0);
    return socket.localPort();
}

} // namespace

class TestNetsyncWriter : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void cleanup();
    void writesEveryFile();
    void unchangedWritesNothing_data();
    void unchangedWritesNothing();
    void changeRewritesAndBumpsSerial();
    void repairsHandEditedFile();
    void checkOutputs_data();
    void checkOutputs();
    void reloadsDnsmasqOnlyOnChange();
    void badPidFile_data();
    void badPidFile();

private:
    NetsyncOutputs outputs(bool withPidFile = false) const;
    QString startDnsmasq(); // empty when it runs, else why not
    int reads() const;      // how often dnsmasq has read our hosts file

    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QProcess> m_dnsmasq;
    mutable QByteArray m_log;
};

void TestNetsyncWriter::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    QVERIFY(m_dir->isValid());
}

void TestNetsyncWriter::cleanup()
{
    if (m_dnsmasq) {
        m_dnsmasq->terminate();
        if (!m_dnsmasq->waitForFinished(5000))
            m_dnsmasq->kill();
        m_dnsmasq->waitForFinished(5000);
        m_dnsmasq.reset();
    }
    m_dir.reset();
}

NetsyncOutputs TestNetsyncWriter::outputs(bool withPidFile) const
{
    NetsyncOutputs out;
    out.dhcpHosts = m_dir->filePath(QStringLiteral("dhcp-hosts"));
    out.hosts = m_dir->filePath(QStringLiteral("hosts"));
    out.zone = m_dir->filePath(QStringLiteral("vsp.test.zone"));
    out.reverseZone = m_dir->filePath(QStringLiteral("0.213.10.in-addr.arpa.zone"));
    if (withPidFile)
        out.pidFile = m_dir->filePath(QStringLiteral("dnsmasq.pid"));
    return out;
}

QString TestNetsyncWriter::startDnsmasq()
{
    const QString program = QStandardPaths::findExecutable(
        QStringLiteral("dnsmasq"), {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    if (program.isEmpty())
        return QStringLiteral("dnsmasq is not installed (scripts/setup installs dnsmasq-base)");
    const NetsyncOutputs out = outputs(true);
    QStringList args{QStringLiteral("--keep-in-foreground"),
                     QStringLiteral("--conf-file=/dev/null"),
                     QStringLiteral("--log-facility=-"),
                     QStringLiteral("--listen-address=127.0.0.1"),
                     QStringLiteral("--bind-interfaces"),
                     QStringLiteral("--port=%1").arg(freeLoopbackPort()),
                     QStringLiteral("--no-resolv"),
                     QStringLiteral("--no-hosts"),
                     QStringLiteral("--pid-file=%1").arg(out.pidFile),
                     QStringLiteral("--addn-hosts=%1").arg(out.hosts),
                     QStringLiteral("--dhcp-hostsfile=%1").arg(out.dhcpHosts)};
    if (::geteuid() == 0)
        args.append(QStringLiteral("--user=root")); // else it drops to nobody and cannot read our temp dir
    m_dnsmasq = std::make_unique<QProcess>();
    m_dnsmasq->setProcessChannelMode(QProcess::MergedChannels);
    m_dnsmasq->start(program, args);
    if (!m_dnsmasq->waitForStarted(5000))
        return QStringLiteral("dnsmasq did not start: ") + m_dnsmasq->errorString();
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < 5000 && QFileInfo(out.pidFile).size() == 0)
        QTest::qWait(20);
    if (QFileInfo(out.pidFile).size() > 0)
        return {};
    m_dnsmasq->waitForReadyRead(100);
    return QStringLiteral("dnsmasq wrote no pid file within 5 s: ") +
           QString::fromLocal8Bit(m_dnsmasq->readAll());
}

int TestNetsyncWriter::reads() const
{
    m_dnsmasq->waitForReadyRead(50);
    m_log += m_dnsmasq->readAll();
    const QByteArray line = "read " + QFile::encodeName(outputs().hosts);
    return int(m_log.count(line));
}

void TestNetsyncWriter::writesEveryFile()
{
    const NetsyncOutputs out = outputs();
    NetsyncWriter writer(testSite(), out);
    writer.setToday([] { return QDate(2024, 2, 29); });
    const Result<NetsyncReport> report = writer.write(twoRecords);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
    QCOMPARE(report->records, 2);
    QVERIFY(report->skipped.isEmpty());
    QCOMPARE(report->written.size(), 4);
    QVERIFY(!report->reloaded);
    QCOMPARE(contentOf(out.dhcpHosts),
             QByteArray("02:00:00:00:00:01,a1,10.213.0.10\n02:00:00:00:00:02,a2,10.213.0.11\n"));
    QVERIFY(contentOf(out.hosts).endsWith("10.213.0.11\ta2.vsp.test a2\n"));
    QCOMPARE(voc::zoneSerial(contentOf(out.zone)), std::optional<quint32>(2024022900));
    QVERIFY(contentOf(out.reverseZone).endsWith("11\tIN\tPTR\ta2.vsp.test.\n"));
    // dnsmasq may run as another user: the files are world-readable, and no temporary file is left.
    QVERIFY(QFileInfo(out.hosts).permissions().testFlag(QFileDevice::ReadOther));
    QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 4);
}

void TestNetsyncWriter::unchangedWritesNothing_data()
{
    QTest::addColumn<QList<VcnRecord>>("second");
    QTest::newRow("same records") << twoRecords;
    QTest::newRow("other order") << QList<VcnRecord>{twoRecords[1], twoRecords[0]};
    QList<VcnRecord> described = twoRecords;
    described[0].description = QStringLiteral("head, VO cms");
    QTest::newRow("only a description") << described;
    QList<VcnRecord> spelled = twoRecords;
    spelled[1].mac = QStringLiteral("02:00:00:00:00:02").toUpper();
    QTest::newRow("MAC in upper case") << spelled;
}

void TestNetsyncWriter::unchangedWritesNothing()
{
    QFETCH(QList<VcnRecord>, second);
    const NetsyncOutputs out = outputs();
    NetsyncWriter writer(testSite(), out);
    QVERIFY(writer.write(twoRecords).ok());
    const QStringList files{out.dhcpHosts, out.hosts, out.zone, out.reverseZone};
    QList<FileId> before;
    QList<QByteArray> bytes;
    for (const QString& f : files) {
        before.append(fileId(f));
        bytes.append(contentOf(f));
    }
    QTest::qWait(20);                                                // a rewrite would show in the mtime
    writer.setToday([] { return QDate::currentDate().addDays(1); }); // not even a new day bumps a serial
    const Result<NetsyncReport> report = writer.write(second);
    QVERIFY(report.ok());
    QVERIFY2(report->written.isEmpty(), qPrintable(report->written.join(QLatin1Char(' '))));
    QVERIFY(!report->changed());
    for (qsizetype i = 0; i < files.size(); ++i) {
        QCOMPARE(fileId(files[i]), before[i]);
        QCOMPARE(contentOf(files[i]), bytes[i]);
    }
}

void TestNetsyncWriter::changeRewritesAndBumpsSerial()
{
    const NetsyncOutputs out = outputs();
    NetsyncWriter writer(testSite(), out);
    writer.setToday([] { return QDate(2024, 2, 29); });
    QVERIFY(writer.write(twoRecords).ok());
    const FileId before = fileId(out.dhcpHosts);
    QList<VcnRecord> three = twoRecords;
    three.append(rec("a3", "10.213.0.12", "02:00:00:00:00:03"));
    const Result<NetsyncReport> report = writer.write(three);
    QVERIFY(report.ok());
    QCOMPARE(report->written.size(), 4);
    QVERIFY(fileId(out.dhcpHosts).inode != before.inode); // replaced by rename, never edited in place
    QVERIFY(contentOf(out.dhcpHosts).endsWith("02:00:00:00:00:03,a3,10.213.0.12\n"));
    QCOMPARE(voc::zoneSerial(contentOf(out.zone)), std::optional<quint32>(2024022901));
    QCOMPARE(voc::zoneSerial(contentOf(out.reverseZone)), std::optional<quint32>(2024022901));
    // A conflicting record changes nothing on disk and is reported.
    three.append(rec("a4", "10.213.0.12", "02:00:00:00:00:04"));
    const Result<NetsyncReport> conflict = writer.write(three);
    QVERIFY(conflict.ok());
    QVERIFY(conflict->written.isEmpty());
    QCOMPARE(conflict->skipped.size(), 1);
    QCOMPARE(conflict->skipped.first().record.hostname, QStringLiteral("a4"));
}

void TestNetsyncWriter::repairsHandEditedFile()
{
    const NetsyncOutputs out = outputs();
    NetsyncWriter writer(testSite(), out);
    QVERIFY(writer.write(twoRecords).ok());
    const QByteArray good = contentOf(out.dhcpHosts);
    QFile file(out.dhcpHosts);
    QVERIFY(file.open(QIODevice::Append));
    file.write("02:00:00:00:00:99,intruder,10.213.0.99\n");
    file.close();
    QFile::remove(out.hosts);
    const Result<NetsyncReport> report = writer.write(twoRecords);
    QVERIFY(report.ok());
    QCOMPARE(report->written, (QStringList{out.dhcpHosts, out.hosts}));
    QCOMPARE(contentOf(out.dhcpHosts), good);
}

void TestNetsyncWriter::checkOutputs_data()
{
    QTest::addColumn<QString>("dhcpHosts");
    QTest::addColumn<QString>("zone");
    QTest::addColumn<bool>("withDomain");
    QTest::addColumn<bool>("valid");
    QTest::newRow("fine") << "dhcp"
                          << "zone" << true << true;
    QTest::newRow("no dhcp file") << ""
                                  << "" << true << false;
    QTest::newRow("zone without domain") << "dhcp"
                                         << "zone" << false << false;
    QTest::newRow("no zone, no domain needed") << "dhcp"
                                               << "" << false << true;
    QTest::newRow("missing directory") << "nowhere/dhcp"
                                       << "" << true << false;
    QTest::newRow("a directory") << "."
                                 << "" << true << false;
}

void TestNetsyncWriter::checkOutputs()
{
    QFETCH(QString, dhcpHosts);
    QFETCH(QString, zone);
    QFETCH(bool, withDomain);
    QFETCH(bool, valid);
    NetsyncSite site = testSite();
    if (!withDomain)
        site.domain.clear();
    NetsyncOutputs out;
    out.dhcpHosts = dhcpHosts.isEmpty() ? QString() : m_dir->filePath(dhcpHosts);
    out.zone = zone.isEmpty() ? QString() : m_dir->filePath(zone);
    const Status status = NetsyncWriter::checkOutputs(site, out);
    QCOMPARE(status.ok(), valid);
    if (!valid) {
        QVERIFY(!status.error().what.isEmpty());
        // Nothing is written when the outputs are wrong.
        NetsyncWriter writer(site, out);
        QVERIFY(!writer.write(twoRecords).ok());
        QCOMPARE(QDir(m_dir->path()).entryList(QDir::Files).size(), 0);
    }
}

void TestNetsyncWriter::reloadsDnsmasqOnlyOnChange()
{
    // dnsmasq reads its hosts files at start; create them first.
    NetsyncWriter plain(testSite(), outputs());
    QVERIFY(plain.write(twoRecords).ok());
    if (const QString why = startDnsmasq(); !why.isEmpty())
        QFAIL(qPrintable(why));
    QTRY_COMPARE_WITH_TIMEOUT(reads(), 1, 5000);

    NetsyncWriter writer(testSite(), outputs(true));
    Result<NetsyncReport> report = writer.write(twoRecords);
    QVERIFY(report.ok());
    QVERIFY(!report->reloaded); // nothing changed
    QTest::qWait(300);
    QCOMPARE(reads(), 1);

    QList<VcnRecord> three = twoRecords;
    three.append(rec("a3", "10.213.0.12", "02:00:00:00:00:03"));
    report = writer.write(three);
    QVERIFY2(report.ok(), report.ok() ? "" : qPrintable(report.error().toString()));
    QVERIFY(report->reloaded);
    QTRY_COMPARE_WITH_TIMEOUT(reads(), 2, 5000);

    report = writer.write(three);
    QVERIFY(report.ok());
    QVERIFY(!report->reloaded);
    QTest::qWait(300);
    QCOMPARE(reads(), 2);
    QCOMPARE(m_dnsmasq->state(), QProcess::Running);
}

void TestNetsyncWriter::badPidFile_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("message"); // part of the error
    QTest::newRow("missing") << "missing"
                             << "cannot read";
    QTest::newRow("garbage") << "garbage"
                             << "not a process id";
    QTest::newRow("not dnsmasq") << "sleep"
                                 << "not dnsmasq";
    QTest::newRow("no such process") << "gone"
                                     << "no process";
}

void TestNetsyncWriter::badPidFile()
{
    QFETCH(QString, kind);
    QFETCH(QString, message);
    const NetsyncOutputs out = outputs(true);
    QProcess other;
    if (kind == QLatin1String("garbage")) {
        QFile f(out.pidFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("12ab\n");
    } else if (kind == QLatin1String("sleep") || kind == QLatin1String("gone")) {
        other.start(QStringLiteral("sleep"), {QStringLiteral("30")});
        QVERIFY(other.waitForStarted());
        QFile f(out.pidFile);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write(QByteArray::number(other.processId()) + '\n');
        if (kind == QLatin1String("gone")) {
            other.kill();
            QVERIFY(other.waitForFinished());
        }
    }
    NetsyncWriter writer(testSite(), out);
    const Result<NetsyncReport> report = writer.write(twoRecords);
    QVERIFY(!report.ok());
    QVERIFY2(report.error().what.contains(message), qPrintable(report.error().toString()));
    QCOMPARE(report.error().where, out.pidFile);
    QVERIFY(!report.error().hint.isEmpty());
    if (kind == QLatin1String("sleep")) {
        QCOMPARE(other.state(), QProcess::Running); // never signalled
        other.kill();
        other.waitForFinished();
    }
    // The files are written; the reload is retried by the next write even though nothing changed.
    QVERIFY(QFileInfo::exists(out.dhcpHosts));
    QVERIFY(!writer.write(twoRecords).ok());
}

QTEST_GUILESS_MAIN(TestNetsyncWriter)
#include "tst_netsyncwriter.moc"
