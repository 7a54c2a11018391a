// SPDX-License-Identifier: GPL-3.0-or-later
// netsync's generators: file formats, order, conflicts of every kind, zone serials and names, and
// that nothing but checked values ever reaches a file.
#include "model/siteprofile.h"
#include "netsync/netsyncfiles.h"

#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <algorithm>
#include <random>

using namespace voc;
using namespace Qt::StringLiterals;

namespace {

VcnRecord rec(const char* voc, const char* host, const char* ip, const char* mac)
{
    return VcnRecord{QLatin1String(voc), QLatin1String(host), QLatin1String(ip), QLatin1String(mac), {}, {}};
}

NetsyncSite site(const QString& subnet = QStringLiteral("10.213.0.0/24"),
                 const QString& domain = QStringLiteral("vsp.test"))
{
    SiteNetwork network;
    network.subnet = subnet;
    network.gateway = subnet.startsWith(QLatin1String("10.213.")) ? QStringLiteral("10.213.0.1") : QString();
    network.dnsServer =
        subnet.startsWith(QLatin1String("10.213.")) ? QStringLiteral("10.213.0.2") : QString();
    if (subnet == QLatin1String("10.213.0.0/24")) {
        network.rangeStart = QStringLiteral("10.213.0.10");
        network.rangeEnd = QStringLiteral("10.213.0.200");
    }
    network.dnsDomain = domain;
    const Result<NetsyncSite> result = NetsyncSite::fromNetwork(network);
    if (!result)
        qFatal("bad test site: %s", qPrintable(result.error().toString()));
    return *result;
}

QStringList hostnames(const QList<NetsyncEntry>& entries)
{
    QStringList names;
    for (const NetsyncEntry& e : entries)
        names.append(e.hostname);
    return names;
}

} // namespace

class TestNetsyncFiles : public QObject
{
    Q_OBJECT

private slots:
    void siteFromNetwork_data();
    void siteFromNetwork();
    void formats();
    void sortedAndStable_data();
    void sortedAndStable();
    void conflicts_data();
    void conflicts();
    void hostileValues_data();
    void hostileValues();
    void zoneSerial_data();
    void zoneSerial();
    void updateZoneKeepsOrBumps();
    void reverseZoneName_data();
    void reverseZoneName();
    void reverseZoneOwners();
    void zonesPassNamedCheckzone();
};

void TestNetsyncFiles::siteFromNetwork_data()
{
    QTest::addColumn<QString>("subnet");
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("domain");
    QTest::addColumn<QString>("errorField"); // empty: valid
    QTest::newRow("range") << u"10.1.0.0/24"_s << u"10.1.0.10"_s << u"10.1.0.20"_s << u"vsp.test"_s << u""_s;
    QTest::newRow("whole subnet") << u"10.1.0.0/24"_s << u""_s << u""_s << u"vsp.test"_s << u""_s;
    QTest::newRow("no domain") << u"10.1.0.0/24"_s << u""_s << u""_s << u""_s << u""_s;
    QTest::newRow("trailing dot") << u"10.1.0.0/24"_s << u""_s << u""_s << u"vsp.test."_s << u""_s;
    QTest::newRow("bad subnet") << u"10.1.0.1/24"_s << u""_s << u""_s << u"vsp.test"_s << u"network.subnet"_s;
    QTest::newRow("one end") << u"10.1.0.0/24"_s << u"10.1.0.10"_s << u""_s << u"vsp.test"_s
                             << u"network.rangeEnd"_s;
    QTest::newRow("outside") << u"10.1.0.0/24"_s << u"10.1.0.10"_s << u"10.1.1.20"_s << u"vsp.test"_s
                             << u"network.rangeEnd"_s;
    QTest::newRow("reversed") << u"10.1.0.0/24"_s << u"10.1.0.50"_s << u"10.1.0.20"_s << u"vsp.test"_s
                              << u"network.rangeEnd"_s;
    QTest::newRow("bad domain") << u"10.1.0.0/24"_s << u""_s << u""_s << u"vsp..test"_s
                                << u"network.dnsDomain"_s;
    QTest::newRow("domain injection")
        << u"10.1.0.0/24"_s << u""_s << u""_s << u"x.test\n@ IN NS evil."_s << u"network.dnsDomain"_s;
}

void TestNetsyncFiles::siteFromNetwork()
{
    QFETCH(QString, subnet);
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, domain);
    QFETCH(QString, errorField);
    SiteNetwork network;
    network.subnet = subnet;
    network.rangeStart = start;
    network.rangeEnd = end;
    network.dnsDomain = domain;
    const Result<NetsyncSite> result = NetsyncSite::fromNetwork(network);
    QCOMPARE(result.ok(), errorField.isEmpty());
    if (!result) {
        QCOMPARE(result.error().where, errorField);
        return;
    }
    QCOMPARE(result->domain, domain.endsWith(QLatin1Char('.')) ? domain.chopped(1) : domain);
    if (start.isEmpty())
        QCOMPARE(result->rangeStart, result->subnet.firstHost());
    else
        QCOMPARE(result->rangeStart.toString(), start);
}

void TestNetsyncFiles::formats()
{
    const NetsyncSite s = site();
    const NetsyncSelection selection =
        selectNetsyncEntries({rec("alpha", "alpha-head", "10.213.0.10", "02:00:00:00:00:0A"),
                              rec("alpha", "Alpha-Node01", "10.213.0.11", "06-00-00-00-00-0b")},
                             s);
    QVERIFY2(selection.problems.isEmpty(), qPrintable(selection.problems.value(0).toString()));
    QCOMPARE(
        dnsmasqDhcpHosts(selection.entries),
        QByteArray("02:00:00:00:00:0a,alpha-head,10.213.0.10\n06:00:00:00:00:0b,alpha-node01,10.213.0.11\n"));
    const QByteArray hosts = hostsFile(selection.entries, s.domain);
    QVERIFY(hosts.startsWith("# "));
    QVERIFY(hosts.endsWith("10.213.0.10\talpha-head.vsp.test alpha-head\n10.213.0.11\talpha-node01.vsp.test "
                           "alpha-node01\n"));
    QVERIFY(hostsFile(selection.entries, {}).endsWith("10.213.0.11\talpha-node01\n"));

    const QByteArray zone = forwardZone(selection.entries, s, 2024010203);
    QVERIFY(zone.contains("$ORIGIN vsp.test.\n"));
    QVERIFY(zone.contains("@\tIN\tSOA\tvsp.test. hostmaster.vsp.test. (\n\t\t2024010203 ; serial\n"));
    QVERIFY(zone.contains("@\tIN\tNS\tvsp.test.\n@\tIN\tA\t10.213.0.2\n"));
    QVERIFY(zone.endsWith("alpha-head\tIN\tA\t10.213.0.10\nalpha-node01\tIN\tA\t10.213.0.11\n"));
    const QByteArray reverse = reverseZone(selection.entries, s, 2024010203);
    QVERIFY(reverse.contains("$ORIGIN 0.213.10.in-addr.arpa.\n"));
    QVERIFY(reverse.endsWith("10\tIN\tPTR\talpha-head.vsp.test.\n11\tIN\tPTR\talpha-node01.vsp.test.\n"));
    QCOMPARE(voc::zoneSerial(zone), std::optional<quint32>(2024010203));
    QVERIFY(forwardZone(selection.entries, site(QStringLiteral("10.213.0.0/24"), {}), 1).isEmpty());
}

void TestNetsyncFiles::sortedAndStable_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("seed");
    QTest::newRow("3") << 3 << 1;
    QTest::newRow("150") << 150 << 2;
    QTest::newRow("150 other order") << 150 << 3;
}

void TestNetsyncFiles::sortedAndStable()
{
    QFETCH(int, count);
    QFETCH(int, seed);
    const NetsyncSite s = site(QStringLiteral("10.64.0.0/19"));
    QList<VcnRecord> records;
    for (int i = 0; i < count; ++i) {
        // Names and addresses deliberately in different orders, so sorting by one is visible.
        const int ipIndex = (i * 37) % 4000 + 10;
        records.append(VcnRecord{QStringLiteral("voc%1").arg(i % 4),
                                 QStringLiteral("node%1").arg(i, 4, 10, QLatin1Char('0')),
                                 QStringLiteral("10.64.%1.%2").arg(ipIndex / 256).arg(ipIndex % 256),
                                 QStringLiteral("02:00:00:00:%1:%2")
                                     .arg(i / 256, 2, 16, QLatin1Char('0'))
                                     .arg(i % 256, 2, 16, QLatin1Char('0')),
                                 {},
                                 {}});
    }
    const NetsyncSelection first = selectNetsyncEntries(records, s);
    QCOMPARE(first.entries.size(), count);
    QVERIFY(std::is_sorted(first.entries.cbegin(), first.entries.cend(),
                           [](const NetsyncEntry& a, const NetsyncEntry& b) { return a.ip < b.ip; }));
    std::mt19937 random(seed);
    std::shuffle(records.begin(), records.end(), random);
    const NetsyncSelection shuffled = selectNetsyncEntries(records, s);
    QCOMPARE(dnsmasqDhcpHosts(shuffled.entries), dnsmasqDhcpHosts(first.entries));
    QCOMPARE(hostsFile(shuffled.entries, s.domain), hostsFile(first.entries, s.domain));
    QCOMPARE(forwardZone(shuffled.entries, s, 7), forwardZone(first.entries, s, 7));
    QCOMPARE(reverseZone(shuffled.entries, s, 7), reverseZone(first.entries, s, 7));
}

void TestNetsyncFiles::conflicts_data()
{
    QTest::addColumn<QList<VcnRecord>>("records");
    QTest::addColumn<QStringList>("kept");
    QTest::addColumn<QString>("skipped"); // hostname of the skipped record
    QTest::addColumn<QString>("field");
    QTest::addColumn<QString>("conflictsWith"); // part of it

    const VcnRecord a = rec("alpha", "a1", "10.213.0.10", "02:00:00:00:00:01");
    QTest::newRow("duplicate IP across VOCs")
        << QList<VcnRecord>{rec("beta", "b1", "10.213.0.10", "02:00:00:00:00:02"), a} << QStringList{u"a1"_s}
        << u"b1"_s << u"ipHostNumber"_s << u"cn=a1,ou=alpha"_s;
    QTest::newRow("duplicate MAC, other case")
        << QList<VcnRecord>{rec("alpha", "a1", "10.213.0.10", "02:00:00:00:00:0a"),
                            rec("alpha", "a2", "10.213.0.11", "02:00:00:00:00:0A")}
        << QStringList{u"a1"_s} << u"a2"_s << u"macAddress"_s << u"cn=a1,ou=alpha"_s;
    QTest::newRow("duplicate hostname across VOCs")
        << QList<VcnRecord>{rec("beta", "a1", "10.213.0.12", "02:00:00:00:00:03"), a} << QStringList{u"a1"_s}
        << u"a1"_s << u"cn"_s << u"cn=a1,ou=alpha"_s;
    QTest::newRow("IP outside the range")
        << QList<VcnRecord>{a, rec("alpha", "a2", "10.213.0.201", "02:00:00:00:00:02")}
        << QStringList{u"a1"_s} << u"a2"_s << u"ipHostNumber"_s << u""_s;
    QTest::newRow("IP outside the subnet")
        << QList<VcnRecord>{a, rec("alpha", "a2", "10.9.0.20", "02:00:00:00:00:02")} << QStringList{u"a1"_s}
        << u"a2"_s << u"ipHostNumber"_s << u""_s;
    QTest::newRow("the gateway's IP")
        << QList<VcnRecord>{rec("alpha", "a2", "10.213.0.1", "02:00:00:00:00:02")} << QStringList{} << u"a2"_s
        << u"ipHostNumber"_s << u""_s;
    QTest::newRow("multicast MAC") << QList<VcnRecord>{a,
                                                       rec("alpha", "a2", "10.213.0.11", "03:00:00:00:00:02")}
                                   << QStringList{u"a1"_s} << u"a2"_s << u"macAddress"_s << u""_s;
    QTest::newRow("global MAC") << QList<VcnRecord>{a, rec("alpha", "a2", "10.213.0.11", "00:16:3e:00:00:02")}
                                << QStringList{u"a1"_s} << u"a2"_s << u"macAddress"_s << u""_s;
    QTest::newRow("bad MAC") << QList<VcnRecord>{a, rec("alpha", "a2", "10.213.0.11", "02:00:00:00:00")}
                             << QStringList{u"a1"_s} << u"a2"_s << u"macAddress"_s << u""_s;
    QTest::newRow("bad IP") << QList<VcnRecord>{a, rec("alpha", "a2", "10.213.0.300", "02:00:00:00:00:02")}
                            << QStringList{u"a1"_s} << u"a2"_s << u"ipHostNumber"_s << u""_s;
    // The loser of a collision reserves nothing: a third record that only collides with it stays.
    QTest::newRow("loser reserves nothing")
        << QList<VcnRecord>{a, rec("alpha", "a2", "10.213.0.10", "02:00:00:00:00:09"),
                            rec("gamma", "g1", "10.213.0.20", "02:00:00:00:00:09")}
        << QStringList{u"a1"_s, u"g1"_s} << u"a2"_s << u"ipHostNumber"_s << u"cn=a1,ou=alpha"_s;
}

void TestNetsyncFiles::conflicts()
{
    QFETCH(QList<VcnRecord>, records);
    QFETCH(QStringList, kept);
    QFETCH(QString, skipped);
    QFETCH(QString, field);
    QFETCH(QString, conflictsWith);
    const NetsyncSite s = site();
    for (bool reversed : {false, true}) {
        QList<VcnRecord> input = records;
        if (reversed)
            std::reverse(input.begin(), input.end());
        const NetsyncSelection selection = selectNetsyncEntries(input, s);
        QCOMPARE(hostnames(selection.entries), kept);
        QCOMPARE(selection.problems.size(), 1);
        const NetsyncProblem& problem = selection.problems.first();
        QCOMPARE(problem.record.hostname, skipped);
        QCOMPARE(problem.field, field);
        QVERIFY2(problem.conflictsWith.contains(conflictsWith), qPrintable(problem.toString()));
        QVERIFY(!problem.what.isEmpty());
        QVERIFY(problem.toString().contains(field));
        // Whatever is skipped never reaches a file.
        const QByteArray files = dnsmasqDhcpHosts(selection.entries) +
                                 hostsFile(selection.entries, s.domain) +
                                 forwardZone(selection.entries, s, 1) + reverseZone(selection.entries, s, 1);
        if (!kept.contains(skipped))
            QVERIFY(!files.contains(skipped.toLatin1()));
        QCOMPARE(dnsmasqDhcpHosts(selection.entries).count('\n'), kept.size());
    }
}

void TestNetsyncFiles::hostileValues_data()
{
    QTest::addColumn<VcnRecord>("record");
    QTest::addColumn<QByteArray>("marker"); // must appear in no file
    const auto row = [](const char* name, VcnRecord r, const char* marker) {
        QTest::newRow(name) << r << QByteArray(marker);
    };
    row("newline in hostname", rec("alpha", "x\n10.0.0.1 evil", "10.213.0.50", "02:00:00:00:00:50"), "evil");
    row("comma in hostname", rec("alpha", "x,evil", "10.213.0.50", "02:00:00:00:00:50"), "evil");
    row("filter injection", rec("alpha", "*)(cn=*", "10.213.0.50", "02:00:00:00:00:50"), "*)(");
    row("DN injection", rec("alpha", "x,ou=evil", "10.213.0.50", "02:00:00:00:00:50"), "evil");
    row("NUL", rec("alpha", "x", "10.213.0.50", "02:00:00:00:00:50"), "");
    row("dotted name", rec("alpha", "evil.example.com", "10.213.0.50", "02:00:00:00:00:50"), "evil");
    row("zone directive", rec("alpha", "$INCLUDE", "10.213.0.50", "02:00:00:00:00:50"), "INCLUDE");
    row("space in hostname", rec("alpha", "evil host", "10.213.0.50", "02:00:00:00:00:50"), "evil");
    row("non-ASCII", rec("alpha", "n\u00f6de", "10.213.0.50", "02:00:00:00:00:50"), "de\n");
    row("300 characters", rec("alpha", "", "10.213.0.50", "02:00:00:00:00:50"), "");
    row("newline in IP", rec("alpha", "ok", "10.213.0.50\nevil", "02:00:00:00:00:50"), "evil");
    row("comma in MAC", rec("alpha", "ok", "10.213.0.50", "02:00:00:00:00:50,evil"), "evil");
    row("newline in VOC", rec("alpha\nevil", "ok", "10.213.0.50", "02:00:00:00:00:50"), "evil");
}

void TestNetsyncFiles::hostileValues()
{
    QFETCH(VcnRecord, record);
    QFETCH(QByteArray, marker);
    if (QByteArray(QTest::currentDataTag()) == "NUL")
        record.hostname = QStringLiteral("node") + QChar(0) + QStringLiteral("evil");
    if (QByteArray(QTest::currentDataTag()) == "300 characters")
        record.hostname = QString(300, QLatin1Char('a'));
    if (marker.isEmpty())
        marker = "evil";
    const NetsyncSite s = site();
    const NetsyncSelection selection =
        selectNetsyncEntries({rec("alpha", "good", "10.213.0.10", "02:00:00:00:00:01"), record}, s);
    QCOMPARE(hostnames(selection.entries), QStringList{u"good"_s});
    QCOMPARE(selection.problems.size(), 1);
    const QByteArray files = dnsmasqDhcpHosts(selection.entries) + hostsFile(selection.entries, s.domain) +
                             forwardZone(selection.entries, s, 1) + reverseZone(selection.entries, s, 1);
    QVERIFY(!files.contains(marker));
    QVERIFY(!files.contains('\0'));
    QVERIFY(std::all_of(files.cbegin(), files.cend(), [](char c) { return uchar(c) < 0x80; }));
    QVERIFY(!files.contains(QString(300, QLatin1Char('a')).toLatin1()));
    // Every dhcp-hosts line has exactly the three checked fields.
    static const QRegularExpression line(QStringLiteral(
        "^([0-9a-f]{2}:){5}[0-9a-f]{2},[a-z0-9]([a-z0-9-]{0,61}[a-z0-9])?,(\\d{1,3}\\.){3}\\d{1,3}$"));
    for (const QByteArray& l : dnsmasqDhcpHosts(selection.entries).split('\n')) {
        if (!l.isEmpty())
            QVERIFY2(line.match(QString::fromLatin1(l)).hasMatch(), l.constData());
    }
}

void TestNetsyncFiles::zoneSerial_data()
{
    QTest::addColumn<qint64>("previous"); // -1: none
    QTest::addColumn<QDate>("today");
    QTest::addColumn<quint32>("expected");
    QTest::newRow("first") << qint64(-1) << QDate(2024, 3, 7) << quint32(2024030700);
    QTest::newRow("earlier day") << qint64(2024030611) << QDate(2024, 3, 7) << quint32(2024030700);
    QTest::newRow("same day") << qint64(2024030700) << QDate(2024, 3, 7) << quint32(2024030701);
    QTest::newRow("same day, 42") << qint64(2024030742) << QDate(2024, 3, 7) << quint32(2024030743);
    QTest::newRow("99 runs on") << qint64(2024030799) << QDate(2024, 3, 7) << quint32(2024030800);
    QTest::newRow("clock went back") << qint64(2024030805) << QDate(2024, 3, 7) << quint32(2024030806);
    QTest::newRow("old style serial") << qint64(17) << QDate(2024, 12, 31) << quint32(2024123100);
}

void TestNetsyncFiles::zoneSerial()
{
    QFETCH(qint64, previous);
    QFETCH(QDate, today);
    QFETCH(quint32, expected);
    const std::optional<quint32> prev =
        previous < 0 ? std::nullopt : std::optional<quint32>(quint32(previous));
    QCOMPARE(nextZoneSerial(prev, today), expected);
}

void TestNetsyncFiles::updateZoneKeepsOrBumps()
{
    const NetsyncSite s = site();
    const QDate day(2024, 5, 1);
    QList<NetsyncEntry> entries =
        selectNetsyncEntries({rec("alpha", "a1", "10.213.0.10", "02:00:00:00:00:01")}, s).entries;
    const auto render = [&](quint32 serial) { return forwardZone(entries, s, serial); };
    const QByteArray first = updateZone({}, render, day);
    QCOMPARE(voc::zoneSerial(first), std::optional<quint32>(2024050100));
    // Unchanged content: byte-identical, same serial, even a day later.
    QCOMPARE(updateZone(first, render, day), first);
    QCOMPARE(updateZone(first, render, day.addDays(1)), first);
    entries = selectNetsyncEntries({rec("alpha", "a1", "10.213.0.10", "02:00:00:00:00:01"),
                                    rec("alpha", "a2", "10.213.0.11", "02:00:00:00:00:02")},
                                   s)
                  .entries;
    const QByteArray second = updateZone(first, render, day);
    QCOMPARE(voc::zoneSerial(second), std::optional<quint32>(2024050101));
    QVERIFY(second.contains("a2\tIN\tA\t10.213.0.11\n"));
    entries.removeLast();
    const QByteArray third = updateZone(second, render, day.addDays(1));
    QCOMPARE(voc::zoneSerial(third), std::optional<quint32>(2024050200));
    // A hand-edited file without our serial line starts from today's first serial.
    QCOMPARE(voc::zoneSerial(updateZone("garbage", render, day)), std::optional<quint32>(2024050100));
}

void TestNetsyncFiles::reverseZoneName_data()
{
    QTest::addColumn<QString>("subnet");
    QTest::addColumn<QString>("zone");
    QTest::newRow("/24") << u"10.213.0.0/24"_s << u"0.213.10.in-addr.arpa"_s;
    QTest::newRow("/16") << u"172.16.0.0/16"_s << u"16.172.in-addr.arpa"_s;
    QTest::newRow("/19") << u"10.64.0.0/19"_s << u"64.10.in-addr.arpa"_s;
    QTest::newRow("/8") << u"10.0.0.0/8"_s << u"10.in-addr.arpa"_s;
    QTest::newRow("/28") << u"192.168.7.16/28"_s << u"7.168.192.in-addr.arpa"_s;
}

void TestNetsyncFiles::reverseZoneName()
{
    QFETCH(QString, subnet);
    QFETCH(QString, zone);
    QCOMPARE(voc::reverseZoneName(*Ipv4Subnet::parse(subnet)), zone);
}

void TestNetsyncFiles::reverseZoneOwners()
{
    const NetsyncSite s = site(QStringLiteral("10.64.0.0/19"));
    const NetsyncSelection selection =
        selectNetsyncEntries({rec("alpha", "a1", "10.64.3.7", "02:00:00:00:00:01")}, s);
    const QByteArray zone = reverseZone(selection.entries, s, 1);
    QVERIFY(zone.contains("$ORIGIN 64.10.in-addr.arpa.\n"));
    QVERIFY(zone.endsWith("7.3\tIN\tPTR\ta1.vsp.test.\n"));
}

void TestNetsyncFiles::zonesPassNamedCheckzone()
{
    const QString checker = QStandardPaths::findExecutable(QStringLiteral("named-checkzone"));
    if (checker.isEmpty())
        QFAIL("named-checkzone (bind9-utils, installed by scripts/setup) is not installed");
    const NetsyncSite s = site();
    const NetsyncSelection selection =
        selectNetsyncEntries({rec("alpha", "a1", "10.213.0.10", "02:00:00:00:00:01"),
                              rec("beta", "b1", "10.213.0.99", "02:00:00:00:00:02")},
                             s);
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    for (const auto& [name, origin, bytes] :
         {std::tuple{QStringLiteral("forward"), s.domain, forwardZone(selection.entries, s, 2024010100)},
          std::tuple{QStringLiteral("reverse"), voc::reverseZoneName(s.subnet),
                     reverseZone(selection.entries, s, 2024010100)}}) {
        QFile file(dir.filePath(name));
        QVERIFY(file.open(QIODevice::WriteOnly));
        file.write(bytes);
        file.close();
        QProcess process;
        process.start(checker, {QStringLiteral("-k"), QStringLiteral("fail"), origin, file.fileName()});
        QVERIFY(process.waitForFinished(30000));
        QVERIFY2(process.exitCode() == 0, process.readAllStandardOutput().constData());
    }
}

QTEST_GUILESS_MAIN(TestNetsyncFiles)
#include "tst_netsyncfiles.moc"
