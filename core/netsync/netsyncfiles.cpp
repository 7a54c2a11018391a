// SPDX-License-Identifier: GPL-3.0-or-later
// The generators are pure so that the same directory content always gives the same bytes: that is
// what lets the writer skip unchanged files and dnsmasq reloads.
#include "netsyncfiles.h"

#include "common/terminaltext.h"
#include "model/siteprofile.h"
#include "net/hostname.h"
#include "net/mac.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

#include <algorithm>
#include <vector>

namespace voc {

namespace {

struct NetsyncFilesText
{
    Q_DECLARE_TR_FUNCTIONS(voc::NetsyncFiles)
};

constexpr int zoneTtl = 300;

QString describe(const VcnRecord& record)
{
    if (!record.dn.isEmpty())
        return record.dn;
    return QStringLiteral("cn=%1,ou=%2").arg(record.hostname, record.voc);
}

// normalizeVcnRecord names the field in its message; the problem carries it as its own column.
QString fieldOf(const Error& error)
{
    const QString text = error.where + QLatin1Char(' ') + error.what;
    for (const char* field : {"macAddress", "ipHostNumber", "hostname", "cn", "voc", "ou"}) {
        if (text.contains(QLatin1String(field))) {
            const QLatin1String name(field);
            if (name == QLatin1String("hostname"))
                return QStringLiteral("cn");
            if (name == QLatin1String("voc"))
                return QStringLiteral("ou");
            return name;
        }
    }
    return QStringLiteral("record");
}

NetsyncProblem problem(const VcnRecord& record, const char* field, QString what, QString with = {})
{
    return NetsyncProblem{record, QLatin1String(field), std::move(what), std::move(with)};
}

// Re-checks what the files depend on after normalisation, so that nothing but a plain label, a
// dotted quad and a colon MAC can ever reach a file, whatever normalizeVcnRecord lets through.
std::optional<NetsyncProblem> checkForFiles(const VcnRecord& record, NetsyncEntry& entry)
{
    if (!isValidHostLabel(record.hostname) || record.hostname != record.hostname.toLower())
        return problem(record, "cn",
                       NetsyncFilesText::tr("'%1' is not a lower-case host name label").arg(record.hostname));
    if (!isValidHostLabel(record.voc))
        return problem(record, "ou", NetsyncFilesText::tr("'%1' is not a valid VOC name").arg(record.voc));
    const Result<Ipv4Address> ip = Ipv4Address::parse(record.ip);
    if (!ip)
        return problem(record, "ipHostNumber", ip.error().what);
    const Result<MacAddress> mac = MacAddress::parse(record.mac);
    if (!mac)
        return problem(record, "macAddress", mac.error().what);
    if (mac->isMulticast() || !mac->isLocallyAdministered())
        return problem(record, "macAddress",
                       NetsyncFilesText::tr("%1 is not a locally administered unicast MAC address")
                           .arg(mac->toString()));
    entry = NetsyncEntry{*ip, mac->toString(), record.hostname, record.voc, record.vo};
    return std::nullopt;
}

std::optional<NetsyncProblem> checkAddress(const VcnRecord& record, const NetsyncEntry& entry,
                                           const NetsyncSite& site)
{
    const QString ip = entry.ip.toString();
    if (!site.subnet.contains(entry.ip) || entry.ip == site.subnet.network ||
        entry.ip == site.subnet.broadcast())
        return problem(record, "ipHostNumber",
                       NetsyncFilesText::tr("%1 is not a host address of the site's subnet %2")
                           .arg(ip, site.subnet.toString()));
    if (entry.ip < site.rangeStart || site.rangeEnd < entry.ip)
        return problem(record, "ipHostNumber",
                       NetsyncFilesText::tr("%1 is outside the site's VCN range %2-%3")
                           .arg(ip, site.rangeStart.toString(), site.rangeEnd.toString()));
    if (site.gateway && entry.ip == *site.gateway)
        return problem(record, "ipHostNumber", NetsyncFilesText::tr("%1 is taken").arg(ip),
                       NetsyncFilesText::tr("the site's gateway"));
    if (site.dnsServer && entry.ip == *site.dnsServer)
        return problem(record, "ipHostNumber", NetsyncFilesText::tr("%1 is taken").arg(ip),
                       NetsyncFilesText::tr("the site's DNS server"));
    return std::nullopt;
}

// A VO's grant as selectNetsyncEntries uses it: parsed once per write, or why it is not usable.
struct NetsyncGrant
{
    std::optional<VoGrant> grant;
    QString why; // when there is no grant
};

QHash<QString, NetsyncGrant> netsyncGrants(const QList<VoGrantEntry>& vos)
{
    QHash<QString, NetsyncGrant> grants;
    for (const VoGrantEntry& entry : vos) {
        if (grants.contains(entry.vo))
            continue;
        const Result<VoGrant> grant = entry.grant();
        grants.insert(entry.vo,
                      grant ? NetsyncGrant{*grant, {}} : NetsyncGrant{std::nullopt, grant.error().what});
    }
    return grants;
}

QString netsyncGrantRanges(const VoGrant& grant)
{
    QStringList ranges;
    for (const auto& [first, last] : grant.ranges)
        ranges << (first == last ? first.toString() : first.toString() + u'-' + last.toString());
    return ranges.join(QStringLiteral(", "));
}

// The VO's grant must exist and hold the address; nothing to check for a record without a VO.
std::optional<NetsyncProblem> checkNetsyncGrant(const VcnRecord& record, const NetsyncEntry& entry,
                                                const QHash<QString, NetsyncGrant>& grants)
{
    if (entry.vo.isEmpty())
        return std::nullopt;
    const auto it = grants.constFind(entry.vo);
    if (it == grants.cend())
        return problem(record, "vo",
                       NetsyncFilesText::tr("VO %1 has no grant in the directory (no entry ou=%1,ou=vocs "
                                            "of class vocsVirtualOrganization)")
                           .arg(entry.vo));
    if (!it->grant)
        return problem(record, "vo",
                       NetsyncFilesText::tr("the grant of VO %1 is not usable: %2").arg(entry.vo, it->why));
    for (const auto& [first, last] : it->grant->ranges) {
        if (!(entry.ip < first) && !(last < entry.ip))
            return std::nullopt;
    }
    return problem(record, "ipHostNumber",
                   NetsyncFilesText::tr("%1 is outside the addresses granted to VO %2 (%3)")
                       .arg(entry.ip.toString(), entry.vo, netsyncGrantRanges(*it->grant)));
}

Ipv4Address nameServerAddress(const NetsyncSite& site)
{
    if (site.dnsServer)
        return *site.dnsServer;
    if (site.gateway)
        return *site.gateway;
    return site.subnet.firstHost();
}

void appendSoa(QByteArray& out, const NetsyncSite& site, quint32 serial)
{
    const QByteArray apex = site.domain.toLatin1() + '.';
    out += "$TTL " + QByteArray::number(zoneTtl) + '\n';
    out += "@\tIN\tSOA\t" + apex + " hostmaster." + apex + " (\n";
    out += "\t\t" + QByteArray::number(serial) + " ; serial\n";
    out += "\t\t3600 ; refresh\n\t\t600 ; retry\n\t\t86400 ; expire\n\t\t300 ) ; negative caching\n";
    out += "@\tIN\tNS\t" + apex + '\n';
}

const QByteArray generatedNote = "Generated by vocctl netsync from the site's directory; rewritten on every "
                                 "change, do not edit.\n";

} // namespace

Result<NetsyncSite> NetsyncSite::fromNetwork(const SiteNetwork& network, const QString& where)
{
    const auto fail = [&](const char* field, const QString& what) -> Error {
        return makeError(ErrorCode::InvalidInput, what,
                         where.isEmpty() ? QStringLiteral("network.%1").arg(QLatin1String(field))
                                         : QStringLiteral("%1: network.%2").arg(where, QLatin1String(field)),
                         NetsyncFilesText::tr("correct the site profile's network section"));
    };
    NetsyncSite site;
    const Result<Ipv4Subnet> subnet = Ipv4Subnet::parse(network.subnet);
    if (!subnet)
        return fail("subnet", subnet.error().what);
    site.subnet = *subnet;
    if (network.rangeStart.isEmpty() != network.rangeEnd.isEmpty())
        return fail(network.rangeStart.isEmpty() ? "rangeStart" : "rangeEnd",
                    NetsyncFilesText::tr("give both ends of the VCN range, or neither for the whole subnet"));
    if (network.rangeStart.isEmpty()) {
        site.rangeStart = site.subnet.firstHost();
        site.rangeEnd = site.subnet.lastHost();
    } else {
        for (const auto& [field, text, target] :
             {std::tuple{"rangeStart", network.rangeStart, &site.rangeStart},
              std::tuple{"rangeEnd", network.rangeEnd, &site.rangeEnd}}) {
            const Result<Ipv4Address> ip = Ipv4Address::parse(text);
            if (!ip)
                return fail(field, ip.error().what);
            if (!site.subnet.contains(*ip))
                return fail(
                    field,
                    NetsyncFilesText::tr("%1 is outside the subnet %2").arg(text, site.subnet.toString()));
            *target = *ip;
        }
        if (site.rangeEnd < site.rangeStart)
            return fail("rangeEnd", NetsyncFilesText::tr("the range ends (%1) before it starts (%2)")
                                        .arg(network.rangeEnd, network.rangeStart));
    }
    for (const auto& [field, text, target] : {std::tuple{"gateway", network.gateway, &site.gateway},
                                              std::tuple{"dnsServer", network.dnsServer, &site.dnsServer}}) {
        if (text.isEmpty())
            continue;
        const Result<Ipv4Address> ip = Ipv4Address::parse(text);
        if (!ip)
            return fail(field, ip.error().what);
        *target = *ip;
    }
    QString domain = network.dnsDomain.toLower();
    if (domain.endsWith(QLatin1Char('.')))
        domain.chop(1);
    if (!domain.isEmpty()) {
        for (const QString& label : domain.split(QLatin1Char('.'))) {
            if (!isValidHostLabel(label))
                return fail("dnsDomain", NetsyncFilesText::tr("'%1' is not a DNS domain: label '%2' is not "
                                                              "letters, digits and inner hyphens")
                                             .arg(network.dnsDomain, label));
        }
    }
    site.domain = domain;
    return site;
}

QString NetsyncProblem::toString() const
{
    QString text = QStringLiteral("%1: %2: %3").arg(describe(record), field, what);
    if (!conflictsWith.isEmpty())
        text += QLatin1Char(' ') + NetsyncFilesText::tr("(conflicts with %1)").arg(conflictsWith);
    // DNs and values are the directory's: a newline in one must not forge a line in netsync's log.
    return escapeForTerminal(text);
}

NetsyncSelection selectNetsyncEntries(const QList<VcnRecord>& records, const NetsyncSite& site,
                                      const QList<VoGrantEntry>& vos)
{
    NetsyncSelection selection;
    const QHash<QString, NetsyncGrant> grants = netsyncGrants(vos);
    // Light candidates, sorted through an index: 10,000 records are sorted on every directory change.
    struct Candidate
    {
        qsizetype source = 0; // index into records
        NetsyncEntry entry;
    };
    QList<Candidate> candidates;
    candidates.reserve(records.size());
    for (qsizetype i = 0; i < records.size(); ++i) {
        const VcnRecord& record = records.at(i);
        const Result<VcnRecord> normal = normalizeVcnRecord(record);
        if (!normal) {
            selection.problems.append(
                NetsyncProblem{record, fieldOf(normal.error()), normal.error().what, {}});
            continue;
        }
        Candidate candidate{i, {}};
        if (auto bad = checkForFiles(*normal, candidate.entry)) {
            bad->record = record;
            selection.problems.append(*bad);
            continue;
        }
        if (auto bad = checkAddress(record, candidate.entry, site)) {
            selection.problems.append(*bad);
            continue;
        }
        if (auto bad = checkNetsyncGrant(record, candidate.entry, grants)) {
            selection.problems.append(*bad);
            continue;
        }
        candidates.append(std::move(candidate));
    }

    // The rank decides who keeps a contested address or name, independent of the input order.
    std::vector<qsizetype> order(size_t(candidates.size()));
    for (size_t i = 0; i < order.size(); ++i)
        order[i] = qsizetype(i);
    std::sort(order.begin(), order.end(), [&](qsizetype a, qsizetype b) {
        const Candidate& x = candidates.at(a);
        const Candidate& y = candidates.at(b);
        const auto key = [&](const Candidate& c) {
            return std::tie(c.entry.voc, c.entry.hostname, records.at(c.source).dn, c.entry.ip, c.entry.mac);
        };
        return key(x) < key(y);
    });
    QHash<quint32, qsizetype> byIp; // -> index into candidates of the record that keeps it
    QHash<QString, qsizetype> byMac;
    QHash<QString, qsizetype> byName;
    QHash<QString, qint64> perVo; // VCNs of each VO selected so far
    byIp.reserve(candidates.size());
    byMac.reserve(candidates.size());
    byName.reserve(candidates.size());
    selection.entries.reserve(candidates.size());
    for (const qsizetype index : order) {
        const Candidate& candidate = candidates.at(index);
        const NetsyncEntry& entry = candidate.entry;
        const VcnRecord& original = records.at(candidate.source);
        const auto owner = [&](qsizetype kept) { return describe(records.at(candidates.at(kept).source)); };
        if (const auto it = byIp.constFind(entry.ip.value); it != byIp.cend()) {
            selection.problems.append(
                problem(original, "ipHostNumber",
                        NetsyncFilesText::tr("%1 is used twice").arg(entry.ip.toString()), owner(*it)));
            continue;
        }
        if (const auto it = byMac.constFind(entry.mac); it != byMac.cend()) {
            selection.problems.append(problem(
                original, "macAddress", NetsyncFilesText::tr("%1 is used twice").arg(entry.mac), owner(*it)));
            continue;
        }
        if (const auto it = byName.constFind(entry.hostname); it != byName.cend()) {
            selection.problems.append(problem(
                original, "cn", NetsyncFilesText::tr("the host name '%1' is used twice").arg(entry.hostname),
                owner(*it)));
            continue;
        }
        byIp.insert(entry.ip.value, index);
        byMac.insert(entry.mac, index);
        byName.insert(entry.hostname, index);
        // A VCN beyond the VO's count still holds its names and addresses (the directory gives them to
        // it), so no later record takes them; it only gets no lease, no name and no traffic.
        if (!entry.vo.isEmpty()) {
            const qint64 maxVcns = grants.constFind(entry.vo)->grant->maxVcns;
            qint64& count = perVo[entry.vo];
            if (count >= maxVcns) {
                selection.problems.append(problem(
                    original, "vo",
                    NetsyncFilesText::tr("VO %1 is granted %2 VCN(s) and this one comes after them (a VO's "
                                         "VCNs count in the order of VOC and host name)")
                        .arg(entry.vo)
                        .arg(maxVcns)));
                continue;
            }
            ++count;
        }
        selection.entries.append(entry);
    }
    std::sort(selection.entries.begin(), selection.entries.end(),
              [](const NetsyncEntry& a, const NetsyncEntry& b) { return a.ip < b.ip; });
    return selection;
}

QByteArray dnsmasqDhcpHosts(const QList<NetsyncEntry>& entries)
{
    QByteArray out;
    out.reserve(entries.size() * 48);
    for (const NetsyncEntry& entry : entries)
        out += entry.mac.toLatin1() + ',' + entry.hostname.toLatin1() + ',' + entry.ip.toString().toLatin1() +
               '\n';
    return out;
}

QByteArray hostsFile(const QList<NetsyncEntry>& entries, const QString& domain)
{
    QByteArray out = "# " + generatedNote;
    out.reserve(entries.size() * 64);
    const QByteArray suffix = domain.isEmpty() ? QByteArray() : '.' + domain.toLatin1();
    for (const NetsyncEntry& entry : entries) {
        const QByteArray name = entry.hostname.toLatin1();
        out += entry.ip.toString().toLatin1() + '\t';
        if (!suffix.isEmpty())
            out += name + suffix + ' ';
        out += name + '\n';
    }
    return out;
}

QString reverseZoneName(const Ipv4Subnet& subnet)
{
    const int octets = std::clamp(subnet.prefixLength / 8, 1, 3);
    QStringList labels;
    for (int i = octets - 1; i >= 0; --i)
        labels.append(QString::number((subnet.network.value >> (24 - 8 * i)) & 0xFF));
    return labels.join(QLatin1Char('.')) + QStringLiteral(".in-addr.arpa");
}

QByteArray forwardZone(const QList<NetsyncEntry>& entries, const NetsyncSite& site, quint32 serial)
{
    if (site.domain.isEmpty())
        return {};
    QByteArray out = "; " + generatedNote;
    out.reserve(entries.size() * 40 + 512);
    out += "$ORIGIN " + site.domain.toLatin1() + ".\n";
    appendSoa(out, site, serial);
    out += "@\tIN\tA\t" + nameServerAddress(site).toString().toLatin1() + '\n';
    for (const NetsyncEntry& entry : entries)
        out += entry.hostname.toLatin1() + "\tIN\tA\t" + entry.ip.toString().toLatin1() + '\n';
    return out;
}

QByteArray reverseZone(const QList<NetsyncEntry>& entries, const NetsyncSite& site, quint32 serial)
{
    if (site.domain.isEmpty() || site.subnet.prefixLength < 8)
        return {};
    const int zoneOctets = std::clamp(site.subnet.prefixLength / 8, 1, 3);
    QByteArray out = "; " + generatedNote;
    out.reserve(entries.size() * 48 + 512);
    out += "$ORIGIN " + reverseZoneName(site.subnet).toLatin1() + ".\n";
    appendSoa(out, site, serial);
    const QByteArray suffix = '.' + site.domain.toLatin1() + '.';
    for (const NetsyncEntry& entry : entries) {
        // The owner is the host part of the address, least significant octet first.
        QByteArray owner;
        for (int i = 3; i >= zoneOctets; --i) {
            if (!owner.isEmpty())
                owner += '.';
            owner += QByteArray::number((entry.ip.value >> (24 - 8 * i)) & 0xFF);
        }
        out += owner + "\tIN\tPTR\t" + entry.hostname.toLatin1() + suffix + '\n';
    }
    return out;
}

std::optional<quint32> zoneSerial(const QByteArray& zone)
{
    static const QRegularExpression serialLine(QStringLiteral("^\\t\\t(\\d{1,10}) ; serial$"),
                                               QRegularExpression::MultilineOption);
    const QRegularExpressionMatch match = serialLine.match(QString::fromLatin1(zone));
    if (!match.hasMatch())
        return std::nullopt;
    bool ok = false;
    const quint32 serial = match.captured(1).toUInt(&ok);
    return ok ? std::optional<quint32>(serial) : std::nullopt;
}

quint32 nextZoneSerial(std::optional<quint32> previous, QDate today)
{
    const quint32 first =
        quint32(today.year()) * 1000000u + quint32(today.month()) * 10000u + quint32(today.day()) * 100u;
    // Past nn = 99 the serial runs into the next day's numbers: still increasing, which is all that
    // secondaries need.
    if (!previous || *previous < first)
        return first;
    return *previous + 1;
}

QByteArray updateZone(const QByteArray& current, const std::function<QByteArray(quint32)>& render,
                      QDate today)
{
    const std::optional<quint32> previous = zoneSerial(current);
    if (previous) {
        QByteArray same = render(*previous);
        if (same == current)
            return same;
    }
    return render(nextZoneSerial(previous, today));
}

} // namespace voc
