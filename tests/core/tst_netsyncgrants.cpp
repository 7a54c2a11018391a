// SPDX-License-Identifier: GPL-3.0-or-later
// selectNetsyncEntries with the VOs' grants: a VO's VCN outside its granted range, beyond its VCN
// count or without a usable grant gets nothing and is reported; which ones are beyond the count does
// not depend on the order records arrive in; a VO's stray record never takes another VO's address;
// records without a VO are as they were.
#include "model/siteprofile.h"
#include "netsync/netsyncfiles.h"
#include "netsyncfixtures.h"

#include <QTest>

#include <algorithm>
#include <random>

using namespace voc;
using namespace Qt::StringLiterals;

namespace {

VcnRecord rec(const char* vo, const char* voc, const char* host, const char* ip, const char* mac)
{
    VcnRecord record{QLatin1String(voc), QLatin1String(host), QLatin1String(ip), QLatin1String(mac), {}, {}};
    record.vo = QLatin1String(vo);
    if (!record.vo.isEmpty())
        record.dn = QStringLiteral("cn=%1,ou=%2,ou=%3,ou=vocs,dc=vsp,dc=test")
                        .arg(record.hostname, record.voc, record.vo);
    return record;
}

VoGrantEntry grant(const char* vo, const QList<QByteArray>& ranges, const QByteArray& maxVcns)
{
    return test::netsyncGrant(vo, ranges, maxVcns);
}

NetsyncSite testSite()
{
    return test::netsyncTestSite();
}

const QList<VoGrantEntry> grants{
    grant("alpha", {"10.213.0.100-10.213.0.149"}, "3"),
    grant("beta", {"10.213.0.150-10.213.0.159", "10.213.0.190-10.213.0.199"}, "2")};

QStringList hostnames(const NetsyncSelection& selection)
{
    QStringList names;
    for (const NetsyncEntry& e : selection.entries)
        names << e.hostname;
    names.sort();
    return names;
}

// "hostname field" per problem, sorted.
QStringList problems(const NetsyncSelection& selection)
{
    QStringList out;
    for (const NetsyncProblem& p : selection.problems)
        out << p.record.hostname + u' ' + p.field;
    out.sort();
    return out;
}

} // namespace

class TestNetsyncGrants : public QObject
{
    Q_OBJECT

private slots:
    void heldToGrants_data();
    void heldToGrants();
    void overQuotaIsOrderIndependent();
    void strayRecordTakesNoAddress();
    void messagesNameVoAndGrant();
};

void TestNetsyncGrants::heldToGrants_data()
{
    QTest::addColumn<QList<VcnRecord>>("records");
    QTest::addColumn<QList<VoGrantEntry>>("vos");
    QTest::addColumn<QStringList>("kept");
    QTest::addColumn<QStringList>("skipped");

    QTest::newRow("within grants")
        << QList<VcnRecord>{rec("alpha", "demo", "a1", "10.213.0.100", "02:00:00:00:00:01"),
                            rec("beta", "demo", "b1", "10.213.0.195", "02:00:00:00:00:02")}
        << grants << QStringList{u"a1"_s, u"b1"_s} << QStringList{};
    QTest::newRow("beta in alpha's range")
        << QList<VcnRecord>{rec("beta", "demo", "b1", "10.213.0.120", "02:00:00:00:00:02")} << grants
        << QStringList{} << QStringList{u"b1 ipHostNumber"_s};
    QTest::newRow("between beta's ranges")
        << QList<VcnRecord>{rec("beta", "demo", "b1", "10.213.0.170", "02:00:00:00:00:02")} << grants
        << QStringList{} << QStringList{u"b1 ipHostNumber"_s};
    // alpha may have 3: a VOC "a" sorts before "b", so b/a4 is the one beyond.
    QTest::newRow("over quota")
        << QList<VcnRecord>{rec("alpha", "b", "a4", "10.213.0.104", "02:00:00:00:00:04"),
                            rec("alpha", "a", "a1", "10.213.0.101", "02:00:00:00:00:01"),
                            rec("alpha", "a", "a2", "10.213.0.102", "02:00:00:00:00:02"),
                            rec("alpha", "a", "a3", "10.213.0.103", "02:00:00:00:00:03")}
        << grants << QStringList{u"a1"_s, u"a2"_s, u"a3"_s} << QStringList{u"a4 vo"_s};
    // Out of range and invalid records do not count against the quota.
    QTest::newRow("stray records do not count")
        << QList<VcnRecord>{rec("beta", "a", "b0", "10.213.0.100", "02:00:00:00:00:10"),
                            rec("beta", "a", "b1", "10.213.0.151", "not-a-mac"),
                            rec("beta", "b", "b2", "10.213.0.152", "02:00:00:00:00:12"),
                            rec("beta", "b", "b3", "10.213.0.153", "02:00:00:00:00:13")}
        << grants << QStringList{u"b2"_s, u"b3"_s} << QStringList{u"b0 ipHostNumber"_s, u"b1 macAddress"_s};
    QTest::newRow("no grant") << QList<VcnRecord>{rec("gamma", "demo", "g1", "10.213.0.160",
                                                      "02:00:00:00:00:05")}
                              << grants << QStringList{} << QStringList{u"g1 vo"_s};
    QList<VoGrantEntry> broken = grants;
    broken[1].values.insert("vocsgrantmaxvcns", {"-1"});
    QTest::newRow("broken grant")
        << QList<VcnRecord>{rec("beta", "demo", "b1", "10.213.0.150", "02:00:00:00:00:02"),
                            rec("alpha", "demo", "a1", "10.213.0.100", "02:00:00:00:00:01")}
        << broken << QStringList{u"a1"_s} << QStringList{u"b1 vo"_s};
    QTest::newRow("quota zero") << QList<VcnRecord>{rec("beta", "demo", "b1", "10.213.0.150",
                                                        "02:00:00:00:00:02")}
                                << QList<VoGrantEntry>{grant("beta", {"10.213.0.150-10.213.0.159"}, "0")}
                                << QStringList{} << QStringList{u"b1 vo"_s};
    // Without a VO, nothing of grants applies: a single-tenant site as before, even beside VOs.
    QTest::newRow("single-tenant")
        << QList<VcnRecord>{rec("", "demo", "s1", "10.213.0.120", "02:00:00:00:00:06"),
                            rec("", "demo", "s2", "10.213.0.170", "02:00:00:00:00:07")}
        << QList<VoGrantEntry>{} << QStringList{u"s1"_s, u"s2"_s} << QStringList{};
    QTest::newRow("single-tenant beside VOs")
        << QList<VcnRecord>{rec("", "demo", "s1", "10.213.0.170", "02:00:00:00:00:06"),
                            rec("alpha", "demo", "a1", "10.213.0.100", "02:00:00:00:00:01")}
        << grants << QStringList{u"a1"_s, u"s1"_s} << QStringList{};
}

void TestNetsyncGrants::heldToGrants()
{
    QFETCH(QList<VcnRecord>, records);
    QFETCH(QList<VoGrantEntry>, vos);
    QFETCH(QStringList, kept);
    QFETCH(QStringList, skipped);
    const NetsyncSelection selection = selectNetsyncEntries(records, testSite(), vos);
    QCOMPARE(hostnames(selection), kept);
    QCOMPARE(problems(selection), skipped);
    for (const NetsyncEntry& entry : selection.entries) {
        const auto from = std::find_if(records.cbegin(), records.cend(),
                                       [&](const VcnRecord& r) { return r.hostname == entry.hostname; });
        QCOMPARE(entry.vo, from->vo);
    }
}

void TestNetsyncGrants::overQuotaIsOrderIndependent()
{
    QList<VcnRecord> records;
    for (int i = 0; i < 10; ++i)
        records << rec("beta", i % 2 ? "odd" : "even", qPrintable(u"b%1"_s.arg(i)),
                       qPrintable(u"10.213.0.%1"_s.arg(150 + i)),
                       qPrintable(u"02:00:00:00:01:%1"_s.arg(i, 2, 10, QLatin1Char('0'))));
    const NetsyncSelection first = selectNetsyncEntries(records, testSite(), grants);
    // beta may have 2: the first two in (VOC, hostname) order, i.e. even/b0 and even/b2.
    QCOMPARE(hostnames(first), (QStringList{u"b0"_s, u"b2"_s}));
    QCOMPARE(first.problems.size(), 8);
    std::mt19937 random(14);
    for (int round = 0; round < 5; ++round) {
        std::shuffle(records.begin(), records.end(), random);
        QList<VoGrantEntry> vos = grants;
        std::shuffle(vos.begin(), vos.end(), random);
        const NetsyncSelection again = selectNetsyncEntries(records, testSite(), vos);
        QCOMPARE(again.entries, first.entries);
        QCOMPARE(problems(again), problems(first));
    }
}

void TestNetsyncGrants::strayRecordTakesNoAddress()
{
    // beta's record claims alpha's address and ranks first (VOC "aaa"): it is out of beta's range, so
    // it is dropped before duplicates are resolved and alpha keeps its address.
    const NetsyncSelection selection =
        selectNetsyncEntries({rec("beta", "aaa", "b1", "10.213.0.100", "02:00:00:00:00:02"),
                              rec("alpha", "zzz", "a1", "10.213.0.100", "02:00:00:00:00:01")},
                             testSite(), grants);
    QCOMPARE(hostnames(selection), QStringList{u"a1"_s});
    QCOMPARE(problems(selection), QStringList{u"b1 ipHostNumber"_s});
}

void TestNetsyncGrants::messagesNameVoAndGrant()
{
    const NetsyncSelection selection =
        selectNetsyncEntries({rec("beta", "demo", "b1", "10.213.0.120", "02:00:00:00:00:02"),
                              rec("gamma", "demo", "g1", "10.213.0.160", "02:00:00:00:00:05")},
                             testSite(), grants);
    QCOMPARE(selection.problems.size(), 2);
    for (const NetsyncProblem& problem : selection.problems) {
        const QString text = problem.toString();
        if (problem.record.hostname == u"b1") {
            QVERIFY2(text.contains(u"10.213.0.120 is outside the addresses granted to VO beta "
                                   "(10.213.0.150-10.213.0.159, 10.213.0.190-10.213.0.199)"_s),
                     qPrintable(text));
            QVERIFY(text.startsWith(u"cn=b1,ou=demo,ou=beta,ou=vocs"_s));
        } else {
            QVERIFY2(text.contains(u"VO gamma has no grant"_s), qPrintable(text));
        }
    }
}

QTEST_GUILESS_MAIN(TestNetsyncGrants)
#include "tst_netsyncgrants.moc"
