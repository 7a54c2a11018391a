// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a site's DHCP and DNS files (and the site bridge's nftables ruleset) from VCN records and
// reloads dnsmasq, only when something changed: an unchanged directory means no write (the files keep
// their inode and mtime), no `nft` and no reload.
#pragma once

#include "common/result.h"
#include "netsync/netsyncfiles.h"
#include "netsync/nftruleset.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>
#include <optional>

namespace voc {

struct NetsyncOutputs
{
    QString dhcpHosts;   // dnsmasq --dhcp-hostsfile; required unless nftRuleset is given
    QString hosts;       // dnsmasq --addn-hosts / /etc/hosts format; empty: not written
    QString zone;        // BIND forward zone; empty: not written
    QString reverseZone; // BIND reverse zone; empty: not written
    QString pidFile;     // dnsmasq's pid file, signalled (SIGHUP) after a change; empty: no reload
    // The interface dnsmasq serves DHCP on. When set, the lease of a reservation that went away is
    // released (dhcp_release), so its address and its DNS name go at once, not when the lease ends.
    QString releaseInterface;
    // The site bridge's nftables ruleset (nftruleset.h), applied with `nft -f` in netsync's network
    // namespace before any DHCP or DNS file is written, and written only once applied. Empty: no
    // rules (a single-tenant site). A KVM host runs netsync with this output alone for its bridge.
    QString nftRuleset;
    NftOptions nft;
};

enum class NftUpdate
{
    None,     // nothing to apply
    Ruleset,  // the whole table replaced
    Elements, // element updates of the applied table
};

struct NetsyncReport
{
    int records = 0;                 // entries written to each file
    QList<NetsyncProblem> skipped;   // records left out, with the reason
    QStringList written;             // files whose content changed and were replaced
    bool reloaded = false;           // dnsmasq got SIGHUP
    QStringList released;            // "IP MAC" of the leases released
    NftUpdate nft = NftUpdate::None; // what `nft -f` applied
    bool changed() const { return !written.isEmpty() || nft != NftUpdate::None; }
};

class NetsyncWriter
{
public:
    NetsyncWriter(NetsyncSite site, NetsyncOutputs outputs);

    // Zones need a DNS domain; every output's directory must exist; the nft options are names only.
    // Checked before the first write.
    static Status checkOutputs(const NetsyncSite& site, const NetsyncOutputs& outputs);

    // Generates every file and replaces those whose content differs (temp file + rename); `vos` are
    // the VO grants VO records are held to (selectNetsyncEntries). With a ruleset, its change is
    // applied first: as element updates when only VCNs changed since the last apply of this writer,
    // else whole; a failing `nft` leaves the rules, the ruleset file and every other file as they
    // were, and is the error. dnsmasq is reloaded when its files (dhcp hosts, hosts) changed, or when
    // an earlier reload failed.
    Result<NetsyncReport> write(const QList<VcnRecord>& records, const QList<VoGrantEntry>& vos = {});

    // How many reservations the dhcp hosts file holds now (0 when it does not exist), and how many
    // VCNs the ruleset file lets through.
    Result<int> reservationsOnDisk() const;
    Result<int> rulesOnDisk() const;

    // Tests fix the day that zone serials start from.
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }
    // How an nftables script is applied (default: `nft -f /dev/stdin` through the process runner).
    using NftApply = std::function<Status(const QByteArray& script, const QString& where)>;
    void setNftApply(NftApply apply) { m_nftApply = std::move(apply); }

    const NetsyncSite& site() const { return m_site; }
    const NetsyncOutputs& outputs() const { return m_outputs; }

private:
    NetsyncSite m_site;
    NetsyncOutputs m_outputs;
    // Applies the ruleset's change; fills report.nft.
    Status applyRuleset(const NftRuleset& ruleset, NetsyncReport& report);

    std::function<QDate()> m_today;
    NftApply m_nftApply;
    bool m_reloadPending = false;
    std::optional<NftRuleset> m_nftApplied; // what this writer last applied (the kernel holds it)
};

// Runs `nft -f` with `script` on its standard input, in this process's network namespace.
Status applyNftScript(const QByteArray& script, const QString& where);

// Sends SIGHUP to the dnsmasq whose pid is in `pidFile`, after checking that the pid is a running
// process named dnsmasq (a stale pid file must never make us signal some other process).
Status reloadDnsmasq(const QString& pidFile);

// Asks the dnsmasq serving DHCP on `interface` to drop the lease of ip/mac (dnsmasq-utils'
// dhcp_release, which must run in that interface's network namespace).
Status releaseDhcpLease(const QString& interface, const QString& ip, const QString& mac);

} // namespace voc
