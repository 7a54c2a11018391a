// SPDX-License-Identifier: GPL-3.0-or-later
// Writes a site's DHCP and DNS files from VCN records and reloads dnsmasq, only when something
// changed: an unchanged directory means no write (the files keep their inode and mtime) and no reload.
#pragma once

#include "common/result.h"
#include "netsync/netsyncfiles.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <functional>

namespace voc {

struct NetsyncOutputs
{
    QString dhcpHosts;   // dnsmasq --dhcp-hostsfile; required
    QString hosts;       // dnsmasq --addn-hosts / /etc/hosts format; empty: not written
    QString zone;        // BIND forward zone; empty: not written
    QString reverseZone; // BIND reverse zone; empty: not written
    QString pidFile;     // dnsmasq's pid file, signalled (SIGHUP) after a change; empty: no reload
    // The interface dnsmasq serves DHCP on. When set, the lease of a reservation that went away is
    // released (dhcp_release), so its address and its DNS name go at once, not when the lease ends.
    QString releaseInterface;
};

struct NetsyncReport
{
    int records = 0;               // entries written to each file
    QList<NetsyncProblem> skipped; // records left out, with the reason
    QStringList written;           // files whose content changed and were replaced
    bool reloaded = false;         // dnsmasq got SIGHUP
    QStringList released;          // "IP MAC" of the leases released
    bool changed() const { return !written.isEmpty(); }
};

class NetsyncWriter
{
public:
    NetsyncWriter(NetsyncSite site, NetsyncOutputs outputs);

    // Zones need a DNS domain; every output's directory must exist. Checked before the first write.
    static Status checkOutputs(const NetsyncSite& site, const NetsyncOutputs& outputs);

    // Generates every file and replaces those whose content differs (temp file + rename). dnsmasq is
    // reloaded when its files (dhcp hosts, hosts) changed, or when an earlier reload failed.
    Result<NetsyncReport> write(const QList<VcnRecord>& records);

    // How many reservations the dhcp hosts file holds now (0 when it does not exist).
    Result<int> reservationsOnDisk() const;

    // Tests fix the day that zone serials start from.
    void setToday(std::function<QDate()> today) { m_today = std::move(today); }

    const NetsyncSite& site() const { return m_site; }
    const NetsyncOutputs& outputs() const { return m_outputs; }

private:
    NetsyncSite m_site;
    NetsyncOutputs m_outputs;
    std::function<QDate()> m_today;
    bool m_reloadPending = false;
};

// Sends SIGHUP to the dnsmasq whose pid is in `pidFile`, after checking that the pid is a running
// process named dnsmasq (a stale pid file must never make us signal some other process).
Status reloadDnsmasq(const QString& pidFile);

// Asks the dnsmasq serving DHCP on `interface` to drop the lease of ip/mac (dnsmasq-utils'
// dhcp_release, which must run in that interface's network namespace).
Status releaseDhcpLease(const QString& interface, const QString& ip, const QString& mac);

} // namespace voc
