// SPDX-License-Identifier: GPL-3.0-or-later
// The ruleset is one bridge-family table that the file deletes and recreates, so `nft -f` swaps it in
// one transaction. Who a VCN is lives in three keyed sets (MAC . IP -> its group's packet mark, MAC ->
// the check of its group, IP . mark), so 10,000 VCNs cost three hash lookups per frame, and a changed
// record is an element update of those sets, not a new ruleset.
#include "netsync/nftruleset.h"

#include "common/terminaltext.h"
#include "net/hostname.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <algorithm>

namespace voc {

namespace {

struct NftRulesetText
{
    Q_DECLARE_TR_FUNCTIONS(voc::NftRuleset)
};

// Group 1 is the VCNs without a VO; VO number i (in name order) is group i + 2.
constexpr quint32 noVoGroup = 1;

QByteArray nftMark(quint32 group)
{
    return "0x" + QByteArray::number(group, 16).rightJustified(8, '0');
}

QByteArray nftAddress(Ipv4Address address)
{
    return address.toString().toLatin1();
}

// The site's own addresses a VCN may reach: the subnet's hosts outside the VCN range (the provider's
// servers, gateway and hosts live there), and the gateway and DNS server wherever they are.
QList<QPair<Ipv4Address, Ipv4Address>> siteIntervals(const NetsyncSite& site)
{
    QList<QPair<Ipv4Address, Ipv4Address>> intervals;
    if (site.subnet.hostCount() > 0) {
        const Ipv4Address first = site.subnet.firstHost();
        const Ipv4Address last = site.subnet.lastHost();
        if (first < site.rangeStart)
            intervals.append({first, Ipv4Address{site.rangeStart.value - 1}});
        if (site.rangeEnd < last)
            intervals.append({Ipv4Address{site.rangeEnd.value + 1}, last});
    }
    for (const std::optional<Ipv4Address>& address : {site.gateway, site.dnsServer}) {
        if (!address)
            continue;
        const bool covered = std::any_of(intervals.cbegin(), intervals.cend(), [&](const auto& interval) {
            return !(*address < interval.first) && !(interval.second < *address);
        });
        if (!covered)
            intervals.append({*address, *address});
    }
    std::sort(intervals.begin(), intervals.end());
    return intervals;
}

void appendElements(QByteArray& out, const QMap<QByteArray, QByteArray>& elements)
{
    if (elements.isEmpty())
        return;
    out += "\t\telements = {\n";
    qsizetype left = elements.size();
    for (const QByteArray& element : elements) {
        out += "\t\t\t" + element + (--left > 0 ? ",\n" : "\n");
    }
    out += "\t\t}\n";
}

struct NftSetDeclaration
{
    QByteArray name;
    QByteArray type; // the lines between the braces before the elements
};

QByteArray renderRuleset(const QList<NftSetDeclaration>& sets,
                         const QMap<QByteArray, QMap<QByteArray, QByteArray>>& elements,
                         const QByteArray& header, const QByteArray& groupChains, const QByteArray& chains,
                         const QByteArray& table, bool withElements)
{
    QByteArray out = header;
    out.reserve(withElements ? 128 * 1024 + elements.value("vcn").size() * 160 : 8 * 1024);
    out += "table bridge " + table + "\ndelete table bridge " + table + "\ntable bridge " + table + " {\n";
    // The chains that map elements jump to come before the maps.
    out += groupChains;
    for (const NftSetDeclaration& set : sets) {
        out += '\t' + set.name + " {\n" + set.type;
        if (withElements)
            appendElements(out, elements.value(set.name.mid(set.name.indexOf(' ') + 1)));
        out += "\t}\n";
    }
    out += chains;
    out += "}\n";
    return out;
}

const QRegularExpression& nftTableName()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z][A-Za-z0-9_]{0,31}$"));
    return pattern;
}

const QRegularExpression& nftPortName()
{
    // Linux allows almost any byte in an interface name; the ruleset quotes these, so only a safe
    // subset passes (no quote, backslash, blank or '*' inside).
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9_.:@-]{1,15}\\*?$"));
    return pattern;
}

} // namespace

Status checkNftOptions(const NftOptions& options)
{
    if (!nftTableName().match(options.table).hasMatch())
        return makeError(
            ErrorCode::InvalidInput,
            NftRulesetText::tr("'%1' is not an nftables table name for netsync")
                .arg(escapeForTerminal(options.table.left(40))),
            QStringLiteral("--nft-table"),
            NftRulesetText::tr("a letter, then up to 31 letters, digits or '_', e.g. vocstudio"));
    for (const QString& port : options.uplinks) {
        if (!nftPortName().match(port).hasMatch() || port == QLatin1String(".") ||
            port == QLatin1String(".."))
            return makeError(ErrorCode::InvalidInput,
                             NftRulesetText::tr("'%1' is not a network interface name")
                                 .arg(escapeForTerminal(port.left(40))),
                             QStringLiteral("--nft-uplink"),
                             NftRulesetText::tr("name the bridge port towards the site network, e.g. eth0; "
                                                "up to 15 letters, digits and _.:@-, a trailing * for a "
                                                "prefix"));
    }
    return Ok{};
}

NftRuleset nftRuleset(const QList<NetsyncEntry>& entries, const NetsyncSite& site, const NftOptions& options,
                      QStringList vos)
{
    // Only names a VCN record could carry make a group (netsync checked them); sorted, once each.
    vos.erase(std::remove_if(vos.begin(), vos.end(), [](const QString& vo) { return !checkVoName(vo).ok(); }),
              vos.end());
    std::sort(vos.begin(), vos.end());
    vos.erase(std::unique(vos.begin(), vos.end()), vos.end());
    const auto groupOf = [&vos](const QString& vo) -> quint32 {
        if (vo.isEmpty())
            return noVoGroup;
        const auto it = std::lower_bound(vos.cbegin(), vos.cend(), vo);
        return it != vos.cend() && *it == vo ? quint32(it - vos.cbegin()) + 2 : 0;
    };

    NftRuleset ruleset;
    QMap<QByteArray, QByteArray>& vcn = ruleset.elements["vcn"];
    QMap<QByteArray, QByteArray>& owner = ruleset.elements["mac_owner"];
    QMap<QByteArray, QByteArray>& voIp = ruleset.elements["vo_ip"];
    for (const NetsyncEntry& entry : entries) {
        const quint32 group = groupOf(entry.vo);
        if (group == 0)
            continue; // a VO without a grant: selectNetsyncEntries never lets one through
        const QByteArray mac = entry.mac.toLatin1();
        const QByteArray ip = nftAddress(entry.ip);
        const QByteArray mark = nftMark(group);
        vcn.insert(mac + " . " + ip, mac + " . " + ip + " : " + mark);
        owner.insert(mac, mac + " : jump to_g" + QByteArray::number(group));
        voIp.insert(ip + " . " + mark, ip + " . " + mark);
    }
    QMap<QByteArray, QByteArray>& siteSet = ruleset.elements["site"];
    for (const auto& [first, last] : siteIntervals(site)) {
        const QByteArray text =
            first == last ? nftAddress(first) : nftAddress(first) + '-' + nftAddress(last);
        siteSet.insert(text, text);
    }

    QByteArray header = "# Generated by vocctl netsync from the site's directory; rewritten on every change, "
                        "do not edit.\n"
                        "# The site bridge's rules: a VCN sends only from its registered MAC and IPv4 "
                        "address, reaches\n"
                        "# only its own VO's VCNs and the site's addresses, and a MAC the directory does "
                        "not list gets\n"
                        "# nothing but DHCP. Frames entering by an uplink port pass unchecked.\n"
                        "# Groups (packet marks, reset to 0 on accept): g1 VCNs without a VO";
    QByteArray groupChains;
    for (quint32 group = noVoGroup; group < quint32(vos.size()) + 2; ++group) {
        if (group > noVoGroup)
            header += ", g" + QByteArray::number(group) + " VO " + vos.at(group - 2).toLatin1();
        groupChains += "\tchain to_g" + QByteArray::number(group) + " {\n\t\tmeta mark != " + nftMark(group) +
                       " drop\n\t}\n";
    }
    header += '\n';

    const QList<NftSetDeclaration> sets{
        {"map vcn", "\t\ttype ether_addr . ipv4_addr : mark\n"},
        {"map mac_owner", "\t\ttype ether_addr : verdict\n"},
        {"set vo_ip", "\t\ttype ipv4_addr . mark\n"},
        {"set site", "\t\ttype ipv4_addr\n\t\tflags interval\n"},
    };

    const QByteArray zero = nftMark(0);
    const QByteArray accept = " meta mark set " + zero + " accept\n";
    QByteArray chains =
        "\tchain prerouting {\n\t\ttype filter hook prerouting priority -200; policy accept;\n";
    for (const QString& port : options.uplinks)
        chains += "\t\tiifname \"" + port.toLatin1() + "\" accept\n";
    chains += "\t\tmeta mark set " + zero + "\n" +
              "\t\tether type vmap { arp : jump vcn_arp, ip : jump vcn_ip }\n"
              "\t\tdrop\n\t}\n";
    // ARP: the frame's source and the ARP sender must both be the VCN's registered pair (one MAC per
    // address, so they are the same MAC); it may ask for and answer only its VO's and the site's.
    chains += "\tchain vcn_arp {\n"
              "\t\tmeta mark set arp saddr ether . arp saddr ip map @vcn\n"
              "\t\tmeta mark " +
              zero + " drop\n\t\tmeta mark set " + zero +
              "\n"
              "\t\tmeta mark set ether saddr . arp saddr ip map @vcn\n"
              "\t\tmeta mark " +
              zero +
              " drop\n"
              "\t\tether daddr vmap @mac_owner\n"
              "\t\tarp daddr ip @site" +
              accept + "\t\tarp daddr ip . meta mark @vo_ip" + accept + "\t\tdrop\n\t}\n";
    // IPv4: DHCP from anyone (a VCN asks before it has its address; dnsmasq answers only listed MACs),
    // everything else only from the registered pair, to the same VO or the site, never broadcast.
    chains += "\tchain vcn_ip {\n"
              "\t\tip saddr 0.0.0.0 ip daddr 255.255.255.255 udp sport 68 udp dport 67 accept\n"
              "\t\tmeta mark set ether saddr . ip saddr map @vcn\n"
              "\t\tmeta mark " +
              zero +
              " drop\n"
              "\t\tether daddr vmap @mac_owner\n"
              "\t\tip daddr 255.255.255.255 udp sport 68 udp dport 67" +
              accept +
              "\t\tmeta pkttype { broadcast, multicast } drop\n"
              "\t\tip daddr @site" +
              accept + "\t\tip daddr . meta mark @vo_ip" + accept;
    if (site.gateway)
        chains += "\t\tip daddr != " + site.subnet.toString().toLatin1() + accept;
    chains += "\t\tdrop\n\t}\n";

    const QByteArray table = options.table.toLatin1();
    ruleset.text = renderRuleset(sets, ruleset.elements, header, groupChains, chains, table, true);
    ruleset.skeleton = renderRuleset(sets, ruleset.elements, header, groupChains, chains, table, false);
    return ruleset;
}

std::optional<QByteArray> nftElementUpdate(const NftRuleset& from, const NftRuleset& to)
{
    if (from.skeleton != to.skeleton)
        return std::nullopt;
    // The table's name is on the skeleton's first "table bridge NAME" line, the same in both.
    const qsizetype start = to.skeleton.indexOf("\ntable bridge ");
    const qsizetype nameStart = start + qsizetype(sizeof("\ntable bridge ") - 1);
    const QByteArray table = to.skeleton.mid(nameStart, to.skeleton.indexOf('\n', nameStart) - nameStart);
    QByteArray deletes;
    QByteArray adds;
    for (auto set = to.elements.cbegin(); set != to.elements.cend(); ++set) {
        const QMap<QByteArray, QByteArray> before = from.elements.value(set.key());
        QList<QByteArray> gone;
        QList<QByteArray> added;
        for (auto it = before.cbegin(); it != before.cend(); ++it) {
            const auto now = set->constFind(it.key());
            if (now == set->cend() || *now != *it)
                gone << it.key();
        }
        for (auto it = set->cbegin(); it != set->cend(); ++it) {
            const auto was = before.constFind(it.key());
            if (was == before.cend() || *was != *it)
                added << *it;
        }
        if (!gone.isEmpty())
            deletes += "delete element bridge " + table + ' ' + set.key() + " { " + gone.join(", ") + " }\n";
        if (!added.isEmpty())
            adds += "add element bridge " + table + ' ' + set.key() + " { " + added.join(", ") + " }\n";
    }
    return deletes + adds;
}

int nftRulesetVcnCount(const QByteArray& text)
{
    const qsizetype map = text.indexOf("\n\tmap vcn {\n");
    if (map < 0 || !text.startsWith("# Generated by vocctl netsync"))
        return 0;
    const qsizetype end = text.indexOf("\n\t}\n", map + 1);
    int count = 0;
    for (qsizetype at = text.indexOf("\n\t\t\t", map); at >= 0 && (end < 0 || at < end);
         at = text.indexOf("\n\t\t\t", at + 1))
        ++count;
    return count;
}

} // namespace voc
