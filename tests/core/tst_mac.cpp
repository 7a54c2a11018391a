// SPDX-License-Identifier: GPL-3.0-or-later
// MAC addresses: deterministic per seed and index, locally administered unicast, strict parsing.
#include "net/mac.h"

#include <QSet>
#include <QTest>

using namespace voc;

namespace {

quint64 keyOf(const MacAddress& mac)
{
    quint64 key = 0;
    for (std::uint8_t octet : mac.octets)
        key = (key << 8) | octet;
    return key;
}

} // namespace

class TestMac : public QObject
{
    Q_OBJECT

private slots:
    void determinism_data();
    void determinism();
    void localUnicast_data();
    void localUnicast();
    void indexInLowOctets_data();
    void indexInLowOctets();
    void seedsDiffer();
    void parse_data();
    void parse();
    void allocate_data();
    void allocate();
    void allocateErrors();
};

void TestMac::determinism_data()
{
    QTest::addColumn<QString>("seed");
    QTest::addColumn<quint32>("index");
    QTest::newRow("empty seed, 0") << QString() << 0u;
    QTest::newRow("vo/name, 0") << QStringLiteral("physics-vo/demo") << 0u;
    QTest::newRow("vo/name, 4095") << QStringLiteral("physics-vo/demo") << 4095u;
    QTest::newRow("unicode seed") << QStringLiteral("vo-\u00e9t\u00e9/cl\u00fcster") << 17u;
    QTest::newRow("last index") << QStringLiteral("x") << (1u << 24) - 1;
}

void TestMac::determinism()
{
    QFETCH(QString, seed);
    QFETCH(quint32, index);
    const MacAddress first = macForIndex(seed, index);
    QCOMPARE(macForIndex(QString(seed), index), first);
    // The allocator hands out the same address for that index when nothing is taken.
    if (index < 5000) {
        const Result<QList<MacAddress>> macs = allocateMacs(seed, int(index) + 1);
        QVERIFY(macs.ok());
        QCOMPARE(macs->at(index), first);
    }
}

void TestMac::localUnicast_data()
{
    QTest::addColumn<QString>("seed");
    for (int i = 0; i < 24; ++i) {
        const QString seed = QStringLiteral("vo-%1/voc-%2").arg(i % 5).arg(i);
        QTest::newRow(qPrintable(seed)) << seed;
    }
    QTest::newRow("empty") << QString();
}

void TestMac::localUnicast()
{
    QFETCH(QString, seed);
    const Result<QList<MacAddress>> macs = allocateMacs(seed, 10000);
    QVERIFY(macs.ok());
    QCOMPARE(macs->size(), 10000);
    QSet<quint64> seen;
    for (const MacAddress& mac : *macs) {
        QVERIFY2(mac.isLocallyAdministered(), qPrintable(mac.toString()));
        QVERIFY2(!mac.isMulticast(), qPrintable(mac.toString()));
        const int lowNibble = mac.octets[0] & 0x0F;
        QVERIFY(lowNibble == 0x2 || lowNibble == 0x6 || lowNibble == 0xA || lowNibble == 0xE);
        seen.insert(keyOf(mac));
    }
    QCOMPARE(seen.size(), 10000);
}

void TestMac::indexInLowOctets_data()
{
    QTest::addColumn<quint32>("index");
    QTest::newRow("0") << 0u;
    QTest::newRow("1") << 1u;
    QTest::newRow("256") << 256u;
    QTest::newRow("0x123456") << 0x123456u;
    QTest::newRow("2^24-1") << 0xFFFFFFu;
}

void TestMac::indexInLowOctets()
{
    QFETCH(quint32, index);
    const MacAddress mac = macForIndex(QStringLiteral("seed"), index);
    const quint32 low = (quint32(mac.octets[3]) << 16) | (quint32(mac.octets[4]) << 8) | mac.octets[5];
    QCOMPARE(low, index);
    // The seed alone decides the upper half.
    const MacAddress other = macForIndex(QStringLiteral("seed"), index ^ 0x5A5A5A);
    QCOMPARE(other.octets[0], mac.octets[0]);
    QCOMPARE(other.octets[1], mac.octets[1]);
    QCOMPARE(other.octets[2], mac.octets[2]);
}

void TestMac::seedsDiffer()
{
    QSet<quint64> prefixes;
    for (int i = 0; i < 64; ++i) {
        const MacAddress mac = macForIndex(QStringLiteral("vo/voc-%1").arg(i), 0);
        prefixes.insert(keyOf(mac) >> 24);
    }
    QCOMPARE(prefixes.size(), 64);
}

void TestMac::parse_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("valid");
    QTest::addColumn<QString>("canonical");
    QTest::newRow("colons") << QStringLiteral("0a:1b:2c:3d:4e:5f") << true
                            << QStringLiteral("0a:1b:2c:3d:4e:5f");
    QTest::newRow("upper dashes") << QStringLiteral("AA-BB-CC-DD-EE-FF") << true
                                  << QStringLiteral("aa:bb:cc:dd:ee:ff");
    QTest::newRow("mixed case") << QStringLiteral("52:54:00:Ab:cD:ef") << true
                                << QStringLiteral("52:54:00:ab:cd:ef");
    QTest::newRow("zeros") << QStringLiteral("00:00:00:00:00:00") << true
                           << QStringLiteral("00:00:00:00:00:00");
    QTest::newRow("empty") << QString() << false << QString();
    QTest::newRow("five groups") << QStringLiteral("0a:1b:2c:3d:4e") << false << QString();
    QTest::newRow("seven groups") << QStringLiteral("0a:1b:2c:3d:4e:5f:60") << false << QString();
    QTest::newRow("one-digit group") << QStringLiteral("a:1b:2c:3d:4e:5f:6") << false << QString();
    QTest::newRow("not hex") << QStringLiteral("0g:1b:2c:3d:4e:5f") << false << QString();
    QTest::newRow("mixed separators") << QStringLiteral("0a:1b-2c:3d:4e:5f") << false << QString();
    QTest::newRow("dots") << QStringLiteral("0a.1b.2c.3d.4e.5f") << false << QString();
    QTest::newRow("no separators") << QStringLiteral("0a1b2c3d4e5f") << false << QString();
    QTest::newRow("spaces") << QStringLiteral(" 0a:1b:2c:3d:4e:5f") << false << QString();
    QTest::newRow("sign") << QStringLiteral("+a:1b:2c:3d:4e:5f") << false << QString();
}

void TestMac::parse()
{
    QFETCH(QString, text);
    QFETCH(bool, valid);
    QFETCH(QString, canonical);
    const Result<MacAddress> mac = MacAddress::parse(text);
    QCOMPARE(mac.ok(), valid);
    if (valid) {
        QCOMPARE(mac->toString(), canonical);
        QCOMPARE(MacAddress::parse(mac->toString()).value(), *mac);
    } else {
        QCOMPARE(mac.error().code, ErrorCode::InvalidInput);
        QVERIFY(mac.error().what.contains(text));
        QVERIFY(!mac.error().hint.isEmpty());
    }
}

void TestMac::allocate_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<QList<quint32>>("takenIndexes");
    QTest::addColumn<QList<quint32>>("expectedIndexes");
    QTest::newRow("none") << 0 << QList<quint32>{} << QList<quint32>{};
    QTest::newRow("nothing taken") << 3 << QList<quint32>{} << QList<quint32>{0, 1, 2};
    QTest::newRow("gaps") << 4 << QList<quint32>{1, 3} << QList<quint32>{0, 2, 4, 5};
    QTest::newRow("first taken") << 2 << QList<quint32>{0} << QList<quint32>{1, 2};
    QTest::newRow("taken beyond count") << 2 << QList<quint32>{7, 9} << QList<quint32>{0, 1};
}

void TestMac::allocate()
{
    QFETCH(int, count);
    QFETCH(QList<quint32>, takenIndexes);
    QFETCH(QList<quint32>, expectedIndexes);
    const QString seed = QStringLiteral("physics-vo/demo");
    QList<MacAddress> taken;
    for (quint32 index : takenIndexes)
        taken.append(macForIndex(seed, index));
    // Addresses of another seed never block ours.
    taken.append(macForIndex(QStringLiteral("other/seed"), 0));
    const Result<QList<MacAddress>> macs = allocateMacs(seed, count, taken);
    QVERIFY(macs.ok());
    QList<MacAddress> expected;
    for (quint32 index : expectedIndexes)
        expected.append(macForIndex(seed, index));
    QCOMPARE(*macs, expected);
    QCOMPARE(allocateMacs(seed, count, taken).value(), *macs);
}

void TestMac::allocateErrors()
{
    const Result<QList<MacAddress>> negative = allocateMacs(QStringLiteral("s"), -1);
    QVERIFY(!negative.ok());
    QCOMPARE(negative.error().code, ErrorCode::InvalidInput);

    // Every index of the seed's 2^24 is needed, and one of them is taken.
    const Result<QList<MacAddress>> full =
        allocateMacs(QStringLiteral("s"), 1 << 24, {macForIndex(QStringLiteral("s"), 5)});
    QVERIFY(!full.ok());
    QCOMPARE(full.error().code, ErrorCode::Exhausted);
    QVERIFY2(full.error().what.contains(QLatin1String("16777215")), qPrintable(full.error().what));
}

QTEST_GUILESS_MAIN(TestMac)
#include "tst_mac.moc"
