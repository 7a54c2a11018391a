// SPDX-License-Identifier: GPL-3.0-or-later
// IPv4: strict parsing of addresses and subnets, subnet arithmetic, allocation and exhaustion.
#include "net/ipv4.h"

#include <QTest>

using namespace voc;
using namespace Qt::StringLiterals;

class TestIpv4 : public QObject
{
    Q_OBJECT

private slots:
    void parseAddress_data();
    void parseAddress();
    void parseSubnet_data();
    void parseSubnet();
    void subnetArithmetic_data();
    void subnetArithmetic();
    void allocate_data();
    void allocate();
    void exhausted_data();
    void exhausted();
};

void TestIpv4::parseAddress_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<quint32>("value");
    QTest::newRow("plain") << QStringLiteral("10.77.0.1") << true << quint32(0x0A4D0001);
    QTest::newRow("zero") << QStringLiteral("0.0.0.0") << true << quint32(0);
    QTest::newRow("max") << QStringLiteral("255.255.255.255") << true << quint32(0xFFFFFFFF);
    QTest::newRow("leading zero") << QStringLiteral("010.1.1.1") << false << quint32(0);
    QTest::newRow("leading zero last") << QStringLiteral("10.1.1.01") << false << quint32(0);
    QTest::newRow("256") << QStringLiteral("10.1.1.256") << false << quint32(0);
    QTest::newRow("three parts") << QStringLiteral("10.1.1") << false << quint32(0);
    QTest::newRow("five parts") << QStringLiteral("10.1.1.1.1") << false << quint32(0);
    QTest::newRow("empty part") << QStringLiteral("10..1.1") << false << quint32(0);
    QTest::newRow("trailing dot") << QStringLiteral("10.1.1.1.") << false << quint32(0);
    QTest::newRow("empty") << QString() << false << quint32(0);
    QTest::newRow("sign") << QStringLiteral("+10.1.1.1") << false << quint32(0);
    QTest::newRow("negative") << QStringLiteral("10.-1.1.1") << false << quint32(0);
    QTest::newRow("space") << QStringLiteral("10.1.1.1 ") << false << quint32(0);
    QTest::newRow("hex") << QStringLiteral("0x0a.1.1.1") << false << quint32(0);
    QTest::newRow("arabic-indic digits") << QStringLiteral("\u0661\u0660.1.1.1") << false << quint32(0);
    QTest::newRow("four digits") << QStringLiteral("1000.1.1.1") << false << quint32(0);
}

void TestIpv4::parseAddress()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(quint32, value);
    const Result<Ipv4Address> address = Ipv4Address::parse(text);
    QCOMPARE(address.ok(), valid);
    if (valid) {
        QCOMPARE(address->value, value);
        QCOMPARE(address->toString(), text);
    } else {
        QCOMPARE(address.error().code, ErrorCode::InvalidInput);
        QVERIFY(address.error().what.contains(text));
    }
}

void TestIpv4::parseSubnet_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("hintContains");
    QTest::newRow("/24") << QStringLiteral("10.77.0.0/24") << true << QString();
    QTest::newRow("/0") << QStringLiteral("0.0.0.0/0") << true << QString();
    QTest::newRow("/32") << QStringLiteral("10.77.0.5/32") << true << QString();
    QTest::newRow("/30") << QStringLiteral("192.168.1.4/30") << true << QString();
    QTest::newRow("host bits") << QStringLiteral("10.77.0.1/24") << false << QStringLiteral("10.77.0.0/24");
    QTest::newRow("host bits /20") << QStringLiteral("10.77.18.0/20") << false
                                   << QStringLiteral("10.77.16.0/20");
    QTest::newRow("prefix 33") << QStringLiteral("10.0.0.0/33") << false << QString();
    QTest::newRow("prefix negative") << QStringLiteral("10.0.0.0/-1") << false << QString();
    QTest::newRow("prefix leading zero") << QStringLiteral("10.0.0.0/08") << false << QString();
    QTest::newRow("no prefix") << QStringLiteral("10.0.0.0") << false << QString();
    QTest::newRow("empty prefix") << QStringLiteral("10.0.0.0/") << false << QString();
    QTest::newRow("two slashes") << QStringLiteral("10.0.0.0/8/8") << false << QString();
    QTest::newRow("bad address") << QStringLiteral("10.0.0.300/24") << false << QString();
}

void TestIpv4::parseSubnet()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, hintContains);
    const Result<Ipv4Subnet> subnet = Ipv4Subnet::parse(text);
    QCOMPARE(subnet.ok(), valid);
    if (valid) {
        QCOMPARE(subnet->toString(), text);
    } else {
        QCOMPARE(subnet.error().code, ErrorCode::InvalidInput);
        QVERIFY2(subnet.error().what.contains(text), qPrintable(subnet.error().what));
        QVERIFY2(subnet.error().hint.contains(hintContains), qPrintable(subnet.error().hint));
    }
}

void TestIpv4::subnetArithmetic_data()
{
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<QString>("broadcast");
    QTest::addColumn<QString>("firstHost");
    QTest::addColumn<QString>("lastHost");
    QTest::addColumn<quint64>("hostCount");
    QTest::newRow("/24") << QStringLiteral("10.77.0.0/24") << QStringLiteral("10.77.0.255")
                         << QStringLiteral("10.77.0.1") << QStringLiteral("10.77.0.254") << quint64(254);
    QTest::newRow("/29") << QStringLiteral("10.77.0.8/29") << QStringLiteral("10.77.0.15")
                         << QStringLiteral("10.77.0.9") << QStringLiteral("10.77.0.14") << quint64(6);
    QTest::newRow("/30") << QStringLiteral("10.77.0.4/30") << QStringLiteral("10.77.0.7")
                         << QStringLiteral("10.77.0.5") << QStringLiteral("10.77.0.6") << quint64(2);
    QTest::newRow("/16") << QStringLiteral("172.16.0.0/16") << QStringLiteral("172.16.255.255")
                         << QStringLiteral("172.16.0.1") << QStringLiteral("172.16.255.254")
                         << quint64(65534);
    QTest::newRow("/0") << QStringLiteral("0.0.0.0/0") << QStringLiteral("255.255.255.255")
                        << QStringLiteral("0.0.0.1") << QStringLiteral("255.255.255.254")
                        << quint64(4294967294);
    // /31 and /32 have no hosts for a cluster.
    QTest::newRow("/31") << QStringLiteral("10.77.0.0/31") << QStringLiteral("10.77.0.1")
                         << QStringLiteral("10.77.0.0") << QStringLiteral("10.77.0.1") << quint64(0);
    QTest::newRow("/32") << QStringLiteral("10.77.0.9/32") << QStringLiteral("10.77.0.9")
                         << QStringLiteral("10.77.0.9") << QStringLiteral("10.77.0.9") << quint64(0);
}

void TestIpv4::subnetArithmetic()
{
    QFETCH(QString, cidr);
    QFETCH(QString, broadcast);
    QFETCH(QString, firstHost);
    QFETCH(QString, lastHost);
    QFETCH(quint64, hostCount);
    const Ipv4Subnet subnet = Ipv4Subnet::parse(cidr).value();
    QCOMPARE(subnet.broadcast().toString(), broadcast);
    QCOMPARE(subnet.firstHost().toString(), firstHost);
    QCOMPARE(subnet.lastHost().toString(), lastHost);
    QCOMPARE(subnet.hostCount(), hostCount);
    QVERIFY(subnet.contains(subnet.network));
    QVERIFY(subnet.contains(subnet.broadcast()));
    if (subnet.prefixLength > 0) {
        QVERIFY(!subnet.contains(Ipv4Address{subnet.broadcast().value + 1}));
        QVERIFY(!subnet.contains(Ipv4Address{subnet.network.value - 1}));
    }
}

void TestIpv4::allocate_data()
{
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<QString>("gateway");
    QTest::addColumn<int>("count");
    QTest::addColumn<QStringList>("taken");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("first three") << QStringLiteral("10.77.0.0/24") << QStringLiteral("10.77.0.1") << 3
                                 << QStringList{}
                                 << QStringList{u"10.77.0.2"_s, u"10.77.0.3"_s, u"10.77.0.4"_s};
    QTest::newRow("gateway in the middle")
        << QStringLiteral("10.77.0.0/29") << QStringLiteral("10.77.0.3") << 3 << QStringList{}
        << QStringList{u"10.77.0.1"_s, u"10.77.0.2"_s, u"10.77.0.4"_s};
    QTest::newRow("taken skipped") << QStringLiteral("10.77.0.0/24") << QStringLiteral("10.77.0.1") << 3
                                   << QStringList{u"10.77.0.2"_s, u"10.77.0.4"_s, u"10.9.9.9"_s}
                                   << QStringList{u"10.77.0.3"_s, u"10.77.0.5"_s, u"10.77.0.6"_s};
    // /30: two hosts, minus the gateway.
    QTest::newRow("/30 holds one") << QStringLiteral("10.77.0.4/30") << QStringLiteral("10.77.0.5") << 1
                                   << QStringList{} << QStringList{u"10.77.0.6"_s};
    QTest::newRow("zero") << QStringLiteral("10.77.0.0/24") << QStringLiteral("10.77.0.1") << 0
                          << QStringList{} << QStringList{};
}

void TestIpv4::allocate()
{
    QFETCH(QString, cidr);
    QFETCH(QString, gateway);
    QFETCH(int, count);
    QFETCH(QStringList, taken);
    QFETCH(QStringList, expected);
    QSet<std::uint32_t> takenValues;
    for (const QString& t : taken)
        takenValues.insert(Ipv4Address::parse(t)->value);
    const Result<QList<Ipv4Address>> addresses = allocateAddresses(
        Ipv4Subnet::parse(cidr).value(), Ipv4Address::parse(gateway).value(), count, takenValues);
    QVERIFY2(addresses.ok(), qPrintable(addresses.ok() ? QString() : addresses.error().toString()));
    QStringList got;
    for (const Ipv4Address& a : *addresses)
        got.append(a.toString());
    QCOMPARE(got, expected);
}

void TestIpv4::exhausted_data()
{
    QTest::addColumn<QString>("cidr");
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("takenCount");
    QTest::addColumn<QString>("message");
    QTest::addColumn<QString>("hint");
    QTest::newRow("/29 for 8") << QStringLiteral("10.77.0.0/29") << 8 << 0
                               << QStringLiteral("10.77.0.0/29 has 5 free addresses, 8 are needed")
                               << QStringLiteral("10.77.0.0/28");
    QTest::newRow("/30 for 2") << QStringLiteral("10.77.0.4/30") << 2 << 0
                               << QStringLiteral("10.77.0.4/30 has 1 free addresses, 2 are needed")
                               << QStringLiteral("10.77.0.0/29");
    QTest::newRow("/31") << QStringLiteral("10.77.0.0/31") << 1 << 0
                         << QStringLiteral("10.77.0.0/31 has 0 free addresses, 1 are needed")
                         << QStringLiteral("10.77.0.0/30");
    QTest::newRow("/32") << QStringLiteral("10.77.0.1/32") << 1 << 0
                         << QStringLiteral("10.77.0.1/32 has 0 free addresses, 1 are needed")
                         << QStringLiteral("10.77.0.0/30");
    // 253 free in a /24; 3 taken leave 250.
    QTest::newRow("/24 full") << QStringLiteral("10.77.0.0/24") << 251 << 3
                              << QStringLiteral("10.77.0.0/24 has 250 free addresses, 251 are needed")
                              << QStringLiteral("10.77.0.0/23");
}

void TestIpv4::exhausted()
{
    QFETCH(QString, cidr);
    QFETCH(int, count);
    QFETCH(int, takenCount);
    QFETCH(QString, message);
    QFETCH(QString, hint);
    const Ipv4Subnet subnet = Ipv4Subnet::parse(cidr).value();
    QSet<std::uint32_t> taken;
    for (int i = 0; i < takenCount; ++i)
        taken.insert(subnet.lastHost().value - std::uint32_t(i));
    const Result<QList<Ipv4Address>> addresses = allocateAddresses(subnet, subnet.firstHost(), count, taken);
    QVERIFY(!addresses.ok());
    QCOMPARE(addresses.error().code, ErrorCode::Exhausted);
    QCOMPARE(addresses.error().what, message);
    QVERIFY2(addresses.error().hint.contains(hint), qPrintable(addresses.error().hint));

    // One fewer than the reported free count succeeds exactly at the limit.
    const int free = int(subnet.hostCount()) - (subnet.hostCount() > 0 ? 1 : 0) - takenCount;
    const Result<QList<Ipv4Address>> fits = allocateAddresses(subnet, subnet.firstHost(), free, taken);
    QVERIFY(fits.ok());
    QCOMPARE(fits->size(), free);
    for (const Ipv4Address& a : *fits) {
        QVERIFY(a != subnet.network && a != subnet.broadcast() && a != subnet.firstHost());
        QVERIFY(!taken.contains(a.value));
    }
}

QTEST_GUILESS_MAIN(TestIpv4)
#include "tst_ipv4.moc"
