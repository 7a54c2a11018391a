// SPDX-License-Identifier: GPL-3.0-or-later
// A VO's grant as its directory entry holds it: every value checked, every error naming the attribute
// and the entry.
#include "directory/vogrant.h"

#include <QTest>

using namespace voc;
using namespace Qt::StringLiterals;

using Values = QHash<QByteArray, QList<QByteArray>>;
Q_DECLARE_METATYPE(Values)

namespace {

const QString entry = u"ou=alpha,ou=vocs,dc=vsp,dc=test"_s;

// As slapd returns alpha's entry in tests/e2e/tst_directorytenancy_e2e.cpp (names in lower case).
Values alphaValues()
{
    return {{"vocsgrantaddressrange", {"10.213.0.100-10.213.0.149"}},
            {"vocsgrantmaxvcns", {"8"}},
            {"vocsgrantmaxvcpus", {"16"}},
            {"vocsgrantmaxmemorymib", {"16384"}},
            {"vocsgrantmaxstoragemib", {"20480"}}};
}

Values with(const char* attribute, QList<QByteArray> values)
{
    Values v = alphaValues();
    if (values.isEmpty())
        v.remove(attribute);
    else
        v.insert(attribute, values);
    return v;
}

Ipv4Address ip(const char* text)
{
    return *Ipv4Address::parse(QLatin1String(text));
}

} // namespace

class TestVoGrant : public QObject
{
    Q_OBJECT

private slots:
    void parses();
    void severalRanges();
    void refused_data();
    void refused();
};

void TestVoGrant::parses()
{
    const Result<VoGrant> grant = parseVoGrant(u"alpha"_s, entry, alphaValues());
    QVERIFY2(grant.ok(), qPrintable(grant ? QString() : grant.error().toString()));
    QCOMPARE(grant->vo, u"alpha"_s);
    QCOMPARE(grant->dn, entry);
    QCOMPARE(grant->ranges,
             (QList<QPair<Ipv4Address, Ipv4Address>>{{ip("10.213.0.100"), ip("10.213.0.149")}}));
    QCOMPARE(grant->maxVcns, 8);
    QCOMPARE(grant->maxVcpus, 16);
    QCOMPARE(grant->maxMemoryMiB, 16384);
    QCOMPARE(grant->maxStorageMiB, 20480);
}

void TestVoGrant::severalRanges()
{
    const Result<VoGrant> grant =
        parseVoGrant(u"alpha"_s, entry,
                     with("vocsgrantaddressrange", {"10.213.0.100-10.213.0.149", "10.213.1.7-10.213.1.7"}));
    QVERIFY(grant.ok());
    QCOMPARE(grant->ranges.size(), 2);
    QCOMPARE(grant->ranges.at(1).first, ip("10.213.1.7"));
    QCOMPARE(grant->ranges.at(1).second, ip("10.213.1.7"));
    // Zero is a grant too: a VO the provider has paused.
    QCOMPARE(parseVoGrant(u"alpha"_s, entry, with("vocsgrantmaxvcns", {"0"}))->maxVcns, 0);
}

void TestVoGrant::refused_data()
{
    QTest::addColumn<Values>("values");
    QTest::addColumn<QString>("attribute");
    QTest::addColumn<QString>("said");

    const QString range = u"vocsGrantAddressRange"_s;
    QTest::newRow("no range") << with("vocsgrantaddressrange", {}) << range << u"missing"_s;
    QTest::newRow("range backwards") << with("vocsgrantaddressrange", {"10.213.0.149-10.213.0.100"}) << range
                                     << u"ends before it starts"_s;
    QTest::newRow("range without a dash")
        << with("vocsgrantaddressrange", {"10.213.0.100"}) << range << u"FIRST-LAST"_s;
    QTest::newRow("range of names") << with("vocsgrantaddressrange", {"a-b"}) << range << u"FIRST-LAST"_s;
    QTest::newRow("range as CIDR") << with("vocsgrantaddressrange", {"10.213.0.0/24"}) << range
                                   << u"FIRST-LAST"_s;
    QTest::newRow("second range broken")
        << with("vocsgrantaddressrange", {"10.213.0.100-10.213.0.149", "10.213.0.300-10.213.0.301"}) << range
        << u"10.213.0.300-10.213.0.301"_s;
    QTest::newRow("range with blanks")
        << with("vocsgrantaddressrange", {"10.213.0.100 - 10.213.0.149"}) << range << u"FIRST-LAST"_s;
    QTest::newRow("no VCN quota") << with("vocsgrantmaxvcns", {}) << u"vocsGrantMaxVcns"_s << u"missing"_s;
    QTest::newRow("negative vCPUs") << with("vocsgrantmaxvcpus", {"-1"}) << u"vocsGrantMaxVcpus"_s
                                    << u"'-1' is not a whole number"_s;
    QTest::newRow("memory with a unit")
        << with("vocsgrantmaxmemorymib", {"16G"}) << u"vocsGrantMaxMemoryMiB"_s << u"'16G'"_s;
    QTest::newRow("storage beyond 64 bits") << with("vocsgrantmaxstoragemib", {"99999999999999999999"})
                                            << u"vocsGrantMaxStorageMiB"_s << u"not a whole number"_s;
    QTest::newRow("empty storage") << with("vocsgrantmaxstoragemib", {""}) << u"vocsGrantMaxStorageMiB"_s
                                   << u"not a whole number"_s;
    QTest::newRow("two VCN quotas") << with("vocsgrantmaxvcns", {"8", "9"}) << u"vocsGrantMaxVcns"_s
                                    << u"2 values"_s;
}

void TestVoGrant::refused()
{
    QFETCH(Values, values);
    QFETCH(QString, attribute);
    QFETCH(QString, said);
    const Result<VoGrant> grant = parseVoGrant(u"alpha"_s, entry, values);
    QVERIFY(!grant.ok());
    QCOMPARE(grant.error().code, ErrorCode::InvalidInput);
    QCOMPARE(grant.error().where, entry);
    QVERIFY2(grant.error().what.startsWith(attribute + u" of the VO entry "_s + entry),
             qPrintable(grant.error().what));
    QVERIFY2(grant.error().what.contains(said), qPrintable(grant.error().what));
}

QTEST_GUILESS_MAIN(TestVoGrant)
#include "tst_vogrant.moc"
