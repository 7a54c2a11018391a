// SPDX-License-Identifier: GPL-3.0-or-later
// The site bridge's nftables ruleset: one element per VCN in each keyed set (anti-spoofing pair, the
// group check of its MAC, its address in its group), groups in VO name order, the site's own
// addresses, uplinks, element updates for record changes only, and no outside value in the text but
// checked names and addresses.
#include "model/siteprofile.h"
#include "netsync/nftruleset.h"

#include <QRegularExpression>
#include <QTest>

using namespace voc;
using namespace Qt::StringLiterals;

namespace {

NetsyncEntry entry(const char* ip, const char* mac, const char* host, const char* vo)
{
    return NetsyncEntry{*Ipv4Address::parse(QLatin1String(ip)), QLatin1String(mac), QLatin1String(host),
                        u"demo"_s, QLatin1String(vo)};
}

NetsyncSite site(const QString& start = u"10.213.0.100"_s, const QString& end = u"10.213.0.199"_s,
                 const QString& gateway = {}, const QString& dns = u"10.213.0.1"_s)
{
    SiteNetwork network;
    network.subnet = u"10.213.0.0/24"_s;
    network.rangeStart = start;
    network.rangeEnd = end;
    network.gateway = gateway;
    network.dnsServer = dns;
    const Result<NetsyncSite> result = NetsyncSite::fromNetwork(network);
    if (!result)
        qFatal("bad test site: %s", qPrintable(result.error().toString()));
    return *result;
}

NftOptions nftOptions(const QStringList& uplinks = {u"eth0"_s})
{
    NftOptions o;
    o.uplinks = uplinks;
    return o;
}

const QList<NetsyncEntry> twoVos{entry("10.213.0.100", "02:00:00:00:00:01", "a1", "alpha"),
                                 entry("10.213.0.101", "02:00:00:00:00:02", "a2", "alpha"),
                                 entry("10.213.0.150", "02:00:00:00:00:03", "b1", "beta")};

QStringList elementsOf(const NftRuleset& ruleset, const char* set)
{
    QStringList out;
    for (const QByteArray& element : ruleset.elements.value(set))
        out << QString::fromLatin1(element);
    return out;
}

} // namespace

class TestNftRuleset : public QObject
{
    Q_OBJECT

private slots:
    void elementsPerVcn_data();
    void elementsPerVcn();
    void groupsFollowVoNames();
    void siteAddresses_data();
    void siteAddresses();
    void structure();
    void deterministic();
    void elementUpdate_data();
    void elementUpdate();
    void options_data();
    void options();
    void hostileVoNamesMakeNoGroup();
    void vcnCount();
};

void TestNftRuleset::elementsPerVcn_data()
{
    QTest::addColumn<QString>("set");
    QTest::addColumn<QStringList>("expected");
    // alpha is g2, beta g3 (g1: VCNs without a VO).
    QTest::newRow("anti-spoofing: MAC . IP -> the VO's mark")
        << u"vcn"_s
        << QStringList{u"02:00:00:00:00:01 . 10.213.0.100 : 0x00000002"_s,
                       u"02:00:00:00:00:02 . 10.213.0.101 : 0x00000002"_s,
                       u"02:00:00:00:00:03 . 10.213.0.150 : 0x00000003"_s};
    QTest::newRow("a frame to a VCN's MAC is checked against its VO")
        << u"mac_owner"_s
        << QStringList{u"02:00:00:00:00:01 : jump to_g2"_s, u"02:00:00:00:00:02 : jump to_g2"_s,
                       u"02:00:00:00:00:03 : jump to_g3"_s};
    QTest::newRow("addresses a VO's VCNs may reach")
        << u"vo_ip"_s
        << QStringList{u"10.213.0.100 . 0x00000002"_s, u"10.213.0.101 . 0x00000002"_s,
                       u"10.213.0.150 . 0x00000003"_s};
}

void TestNftRuleset::elementsPerVcn()
{
    QFETCH(QString, set);
    QFETCH(QStringList, expected);
    const NftRuleset ruleset = nftRuleset(twoVos, site(), nftOptions(), {u"beta"_s, u"alpha"_s});
    QCOMPARE(elementsOf(ruleset, qPrintable(set)), expected);
    // Each element is in the text, inside its own set's block.
    const QByteArray text = ruleset.text;
    const qsizetype block = text.indexOf(QByteArray(" " + set.toLatin1() + " {\n"));
    QVERIFY(block > 0);
    for (const QString& element : expected) {
        const qsizetype at = text.indexOf(QByteArray("\t\t\t" + element.toLatin1()), block);
        QVERIFY2(at > block && at < text.indexOf("\n\t}\n", block), qPrintable(element));
    }
}

void TestNftRuleset::groupsFollowVoNames()
{
    // Numbers come from every VO with a grant, in name order, so a VO without VCNs still holds its
    // number and a VCN's change never renumbers another VO.
    const QList<NetsyncEntry> entries{entry("10.213.0.100", "02:00:00:00:00:01", "g1", ""),
                                      entry("10.213.0.150", "02:00:00:00:00:03", "b1", "beta")};
    const NftRuleset ruleset = nftRuleset(entries, site(), nftOptions(), {u"gamma"_s, u"beta"_s, u"alpha"_s});
    QCOMPARE(elementsOf(ruleset, "vcn"), (QStringList{u"02:00:00:00:00:01 . 10.213.0.100 : 0x00000001"_s,
                                                      u"02:00:00:00:00:03 . 10.213.0.150 : 0x00000003"_s}));
    for (const char* chain : {"to_g1", "to_g2", "to_g3", "to_g4"})
        QVERIFY2(ruleset.text.contains(QByteArray("\tchain " + QByteArray(chain) + " {\n")), chain);
    QVERIFY(!ruleset.text.contains("to_g5"));
    QVERIFY(ruleset.text.contains("\tchain to_g3 {\n\t\tmeta mark != 0x00000003 drop\n\t}\n"));
    QVERIFY(ruleset.text.contains("g1 VCNs without a VO, g2 VO alpha, g3 VO beta, g4 VO gamma\n"));
}

void TestNftRuleset::siteAddresses_data()
{
    QTest::addColumn<QString>("start");
    QTest::addColumn<QString>("end");
    QTest::addColumn<QString>("gateway");
    QTest::addColumn<QString>("dns");
    QTest::addColumn<QStringList>("expected");
    QTest::newRow("around the range")
        << u"10.213.0.100"_s << u"10.213.0.199"_s << u""_s << u"10.213.0.1"_s
        << QStringList{u"10.213.0.1-10.213.0.99"_s, u"10.213.0.200-10.213.0.254"_s};
    QTest::newRow("range to the end") << u"10.213.0.100"_s << u"10.213.0.254"_s << u"10.213.0.1"_s << u""_s
                                      << QStringList{u"10.213.0.1-10.213.0.99"_s};
    // With the whole subnet for VCNs, the gateway and DNS server are the site's only addresses.
    QTest::newRow("whole subnet") << u""_s << u""_s << u"10.213.0.1"_s << u"10.213.0.2"_s
                                  << QStringList{u"10.213.0.1"_s, u"10.213.0.2"_s};
    QTest::newRow("DNS elsewhere") << u"10.213.0.10"_s << u"10.213.0.254"_s << u""_s << u"192.0.2.53"_s
                                   << QStringList{u"10.213.0.1-10.213.0.9"_s, u"192.0.2.53"_s};
}

void TestNftRuleset::siteAddresses()
{
    QFETCH(QString, start);
    QFETCH(QString, end);
    QFETCH(QString, gateway);
    QFETCH(QString, dns);
    QFETCH(QStringList, expected);
    const NftRuleset ruleset = nftRuleset({}, site(start, end, gateway, dns), nftOptions(), {});
    QStringList found = elementsOf(ruleset, "site");
    QCOMPARE(found, expected);
    // Off-subnet destinations only through a gateway.
    QCOMPARE(ruleset.text.contains("ip daddr != 10.213.0.0/24 meta mark set 0x00000000 accept"),
             !gateway.isEmpty());
}

void TestNftRuleset::structure()
{
    const NftRuleset ruleset =
        nftRuleset(twoVos, site(), nftOptions({u"eth0"_s, u"bond*"_s}), {u"alpha"_s, u"beta"_s});
    const QByteArray& text = ruleset.text;
    // One table, deleted and made again in the same file: `nft -f` swaps it in one transaction.
    QVERIFY(
        text.contains("\ntable bridge vocstudio\ndelete table bridge vocstudio\ntable bridge vocstudio {\n"));
    QCOMPARE(text.count("\ntable bridge "), 2);
    // Frames from the uplinks pass; from any other port only ARP and IPv4 (no IPv6, VLAN, ...).
    QVERIFY(text.contains("\t\tiifname \"eth0\" accept\n\t\tiifname \"bond*\" accept\n"));
    QVERIFY(text.contains("\t\tether type vmap { arp : jump vcn_arp, ip : jump vcn_ip }\n\t\tdrop\n"));
    // The anti-spoofing lookups: both ARP sender fields and the frame's source; IPv4 source.
    QVERIFY(text.contains("meta mark set arp saddr ether . arp saddr ip map @vcn\n"));
    QVERIFY(text.contains("meta mark set ether saddr . arp saddr ip map @vcn\n"));
    QVERIFY(text.contains("meta mark set ether saddr . ip saddr map @vcn\n"));
    QCOMPARE(text.count("\t\tmeta mark 0x00000000 drop\n"), 3);
    // DHCP from an unknown MAC is the one thing accepted before the lookup.
    const qsizetype dhcp =
        text.indexOf("ip saddr 0.0.0.0 ip daddr 255.255.255.255 udp sport 68 udp dport 67 accept");
    QVERIFY(dhcp > 0 && dhcp < text.indexOf("meta mark set ether saddr . ip saddr map @vcn"));
    // Chains that map elements jump to are declared before the maps.
    QVERIFY(text.indexOf("chain to_g3") < text.indexOf("map mac_owner"));
    // The skeleton is the text without elements.
    QVERIFY(!ruleset.skeleton.contains("02:00:00:00:00:01"));
    QVERIFY(ruleset.skeleton.contains("map vcn {\n\t\ttype ether_addr . ipv4_addr : mark\n\t}\n"));
}

void TestNftRuleset::deterministic()
{
    QList<NetsyncEntry> reversed = twoVos;
    std::reverse(reversed.begin(), reversed.end());
    QCOMPARE(nftRuleset(reversed, site(), nftOptions(), {u"beta"_s, u"alpha"_s, u"alpha"_s}),
             nftRuleset(twoVos, site(), nftOptions(), {u"alpha"_s, u"beta"_s}));
}

void TestNftRuleset::elementUpdate_data()
{
    QTest::addColumn<QList<NetsyncEntry>>("after");
    QTest::addColumn<QStringList>("vos");
    QTest::addColumn<bool>("possible");
    QTest::addColumn<QString>("expected");
    const QStringList vos{u"alpha"_s, u"beta"_s};
    QTest::newRow("same") << twoVos << vos << true << u""_s;
    QList<NetsyncEntry> moved = twoVos;
    moved[1].ip = *Ipv4Address::parse(u"10.213.0.102"_s);
    QTest::newRow("one address changed")
        << moved << vos << true
        << u"delete element bridge vocstudio vcn { 02:00:00:00:00:02 . 10.213.0.101 }\n"
           u"delete element bridge vocstudio vo_ip { 10.213.0.101 . 0x00000002 }\n"
           u"add element bridge vocstudio vcn { 02:00:00:00:00:02 . 10.213.0.102 : 0x00000002 }\n"
           u"add element bridge vocstudio vo_ip { 10.213.0.102 . 0x00000002 }\n"_s;
    QList<NetsyncEntry> added = twoVos;
    added << entry("10.213.0.151", "02:00:00:00:00:04", "b2", "beta");
    QTest::newRow("one added")
        << added << vos << true
        << u"add element bridge vocstudio mac_owner { 02:00:00:00:00:04 : jump to_g3 }\n"
           u"add element bridge vocstudio vcn { 02:00:00:00:00:04 . 10.213.0.151 : 0x00000003 }\n"
           u"add element bridge vocstudio vo_ip { 10.213.0.151 . 0x00000003 }\n"_s;
    QTest::newRow("one removed")
        << twoVos.mid(0, 2) << vos << true
        << u"delete element bridge vocstudio mac_owner { 02:00:00:00:00:03 }\n"
           u"delete element bridge vocstudio vcn { 02:00:00:00:00:03 . 10.213.0.150 }\n"
           u"delete element bridge vocstudio vo_ip { 10.213.0.150 . 0x00000003 }\n"_s;
    // A new VO is a new group chain: the table is replaced whole.
    QTest::newRow("a VO added") << twoVos << QStringList{u"alpha"_s, u"beta"_s, u"gamma"_s} << false << u""_s;
}

void TestNftRuleset::elementUpdate()
{
    QFETCH(QList<NetsyncEntry>, after);
    QFETCH(QStringList, vos);
    QFETCH(bool, possible);
    QFETCH(QString, expected);
    const NftRuleset from = nftRuleset(twoVos, site(), nftOptions(), {u"alpha"_s, u"beta"_s});
    const NftRuleset to = nftRuleset(after, site(), nftOptions(), vos);
    const std::optional<QByteArray> update = nftElementUpdate(from, to);
    QCOMPARE(update.has_value(), possible);
    if (possible)
        QCOMPARE(QString::fromLatin1(*update), expected);
}

void TestNftRuleset::options_data()
{
    QTest::addColumn<QString>("table");
    QTest::addColumn<QStringList>("uplinks");
    QTest::addColumn<QString>("errorWhere"); // empty: valid
    QTest::newRow("defaults") << u"vocstudio"_s << QStringList{u"eth0"_s} << u""_s;
    QTest::newRow("prefix") << u"vocs_2"_s << QStringList{u"veth*"_s, u"en0.100"_s} << u""_s;
    QTest::newRow("no uplink") << u"vocstudio"_s << QStringList{} << u""_s;
    QTest::newRow("table injection") << u"t { }; flush ruleset; table bridge x"_s << QStringList{}
                                     << u"--nft-table"_s;
    QTest::newRow("table digit first") << u"1table"_s << QStringList{} << u"--nft-table"_s;
    QTest::newRow("table too long") << QString(33, u'a') << QStringList{} << u"--nft-table"_s;
    QTest::newRow("quote") << u"vocstudio"_s << QStringList{u"eth0\" accept"_s} << u"--nft-uplink"_s;
    QTest::newRow("newline") << u"vocstudio"_s << QStringList{u"eth0\nflush ruleset"_s} << u"--nft-uplink"_s;
    QTest::newRow("inner star") << u"vocstudio"_s << QStringList{u"e*h0"_s} << u"--nft-uplink"_s;
    QTest::newRow("star alone") << u"vocstudio"_s << QStringList{u"*"_s} << u"--nft-uplink"_s;
    QTest::newRow("too long") << u"vocstudio"_s << QStringList{u"abcdefghijklmnop"_s} << u"--nft-uplink"_s;
    QTest::newRow("empty") << u"vocstudio"_s << QStringList{u""_s} << u"--nft-uplink"_s;
    QTest::newRow("dot dot") << u"vocstudio"_s << QStringList{u".."_s} << u"--nft-uplink"_s;
}

void TestNftRuleset::options()
{
    QFETCH(QString, table);
    QFETCH(QStringList, uplinks);
    QFETCH(QString, errorWhere);
    NftOptions o;
    o.table = table;
    o.uplinks = uplinks;
    const Status checked = checkNftOptions(o);
    QCOMPARE(checked.ok(), errorWhere.isEmpty());
    if (!checked) {
        QCOMPARE(checked.error().where, errorWhere);
        QVERIFY(!checked.error().what.contains(u'\n'));
    }
}

void TestNftRuleset::hostileVoNamesMakeNoGroup()
{
    // A VO name comes from a DN; only names a record could carry (checkVoName) make a group, and an
    // entry of any other VO is left out rather than written.
    const QList<NetsyncEntry> entries{
        entry("10.213.0.100", "02:00:00:00:00:01", "a1", "alpha"),
        entry("10.213.0.101", "02:00:00:00:00:02", "x1", "x\" }\nflush ruleset")};
    const NftRuleset ruleset =
        nftRuleset(entries, site(), nftOptions(), {u"alpha"_s, u"x\" }\nflush ruleset"_s, u"Beta"_s, u""_s});
    QVERIFY(!ruleset.text.contains("flush"));
    QVERIFY(!ruleset.text.contains("Beta"));
    QCOMPARE(elementsOf(ruleset, "vcn"), QStringList{u"02:00:00:00:00:01 . 10.213.0.100 : 0x00000002"_s});
    // Every line of the text is a comment, a table/set/chain line, an element or a rule of our own.
    static const QRegularExpression allowed(
        u"^(#[ -~]*|table bridge [a-z_]+( \\{)?|delete table bridge [a-z_]+|\\t.*|\\}|)$"_s);
    for (const QByteArray& line : ruleset.text.split('\n'))
        QVERIFY2(allowed.match(QString::fromLatin1(line)).hasMatch(), line.constData());
}

void TestNftRuleset::vcnCount()
{
    QCOMPARE(nftRulesetVcnCount(nftRuleset(twoVos, site(), nftOptions(), {u"alpha"_s, u"beta"_s}).text), 3);
    QCOMPARE(nftRulesetVcnCount(nftRuleset({}, site(), nftOptions(), {u"alpha"_s}).text), 0);
    QCOMPARE(nftRulesetVcnCount("table bridge x {\n\tmap vcn {\n\t\t\t1\n\t}\n}\n"), 0);
    QCOMPARE(nftRulesetVcnCount(QByteArray()), 0);
}

QTEST_GUILESS_MAIN(TestNftRuleset)
#include "tst_nftruleset.moc"
