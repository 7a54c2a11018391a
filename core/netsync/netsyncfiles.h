// SPDX-License-Identifier: GPL-3.0-or-later
// Pure generators for a site's DHCP and DNS files from the VCN records of its directory: dnsmasq's
// dhcp-hostsfile, a hosts file (/etc/hosts and dnsmasq's addn-hosts format), and a BIND forward and
// reverse zone. Invalid or conflicting records are reported and never reach a file.
#pragma once

#include "common/result.h"
#include "directory/vcnrecord.h"
#include "directory/vogrant.h"
#include "net/ipv4.h"

#include <QByteArray>
#include <QDate>
#include <QList>
#include <QString>

#include <functional>
#include <optional>

namespace voc {

struct SiteNetwork;

// The parts of a site's network the files depend on, checked once.
struct NetsyncSite
{
    Ipv4Subnet subnet;
    Ipv4Address rangeStart; // first and last address VCNs may have (inclusive)
    Ipv4Address rangeEnd;
    std::optional<Ipv4Address> gateway;   // never handed to a VCN
    std::optional<Ipv4Address> dnsServer; // the zones' name server address; never handed to a VCN
    QString domain;                       // e.g. "vsp.test"; empty: names without a domain, no zones

    // Checks subnet, range (inside the subnet, start <= end), gateway, DNS server and domain; an
    // empty range means the whole subnet. `where` names the profile for the error.
    static Result<NetsyncSite> fromNetwork(const SiteNetwork& network, const QString& where = {});
};

// One record that was not written, and why.
struct NetsyncProblem
{
    VcnRecord record;      // as read from the directory
    QString field;         // "macAddress", "ipHostNumber", "cn", "ou", "vo" (its VO's grant)
    QString what;          // what is wrong with it
    QString conflictsWith; // the record (or site address) it collides with; empty when none

    // "ou=<voc>/cn=<hostname>: ipHostNumber: ... (conflicts with ...)" for logs and stderr.
    QString toString() const;
};

// A record that passed every check, normalised.
struct NetsyncEntry
{
    Ipv4Address ip;
    QString mac;      // lower-case colon form
    QString hostname; // one RFC 1123 label, lower case
    QString voc;
    QString vo = {}; // empty at a single-tenant site (last, with an initialiser: may go unnamed)

    bool operator==(const NetsyncEntry&) const = default;
};

struct NetsyncSelection
{
    QList<NetsyncEntry> entries; // sorted by IP address
    QList<NetsyncProblem> problems;
};

// Normalises every record (normalizeVcnRecord), drops the invalid ones and those outside the site's
// range, then resolves duplicates of IP, MAC and hostname across all VOCs. Which of two colliding
// records wins does not depend on the order they arrive in: records are ranked by (voc, hostname,
// DN, IP, MAC) and the first keeps its place; every later one is skipped and reported.
// A VO's record (VcnRecord::vo) is also held to its VO's grant from `vos` (every VO's entry, as
// Directory::listVoGrants gives them): a VO without a usable grant gets nothing; an address outside
// the VO's ranges is skipped before duplicates are resolved (so it never takes an address from the VO
// that holds it); of the VO's records left after duplicates, those beyond vocsGrantMaxVcns in the
// same rank (voc, hostname, ...) are skipped: which ones is known from the names alone. Records
// without a VO (a single-tenant site) are not held to any grant.
NetsyncSelection selectNetsyncEntries(const QList<VcnRecord>& records, const NetsyncSite& site,
                                      const QList<VoGrantEntry>& vos = {});

// dnsmasq --dhcp-hostsfile: "MAC,hostname,IP" per line.
QByteArray dnsmasqDhcpHosts(const QList<NetsyncEntry>& entries);
// /etc/hosts and dnsmasq --addn-hosts: "IP hostname.domain hostname" per line.
QByteArray hostsFile(const QList<NetsyncEntry>& entries, const QString& domain);

// The reverse zone holding the subnet: its prefix rounded down to whole octets
// (10.213.0.0/24 -> "0.213.10.in-addr.arpa", 10.64.0.0/19 -> "64.10.in-addr.arpa").
QString reverseZoneName(const Ipv4Subnet& subnet);
// BIND zones with SOA, NS (the domain's apex, with the DNS server's address) and A or PTR records.
// They need a domain; a subnet of /8 or longer for the reverse one.
QByteArray forwardZone(const QList<NetsyncEntry>& entries, const NetsyncSite& site, quint32 serial);
QByteArray reverseZone(const QList<NetsyncEntry>& entries, const NetsyncSite& site, quint32 serial);

// The SOA serial of a zone text written by forwardZone()/reverseZone(), if there is one.
std::optional<quint32> zoneSerial(const QByteArray& zone);
// YYYYMMDDnn: today's first serial, or one more than the previous when that is today's or later.
quint32 nextZoneSerial(std::optional<quint32> previous, QDate today);
// A zone's new text given the file's current text: the same bytes (and serial) when only the serial
// would differ, else the content with the next serial.
QByteArray updateZone(const QByteArray& current, const std::function<QByteArray(quint32)>& render,
                      QDate today);

} // namespace voc
