// SPDX-License-Identifier: GPL-3.0-or-later
// `down` for a local run: removes its domains, overlays, network, the files libvirt's dnsmasq leaves
// and the journal, from the journal and from the names, so a crashed run is cleaned up too.
#pragma once

#include "common/result.h"

#include <QString>
#include <QStringList>

namespace voc {

class HypervisorConnection;

struct TeardownOptions
{
    QString designName;
    QString stateDir = {};    // empty: RunJournal::defaultStateDir()
    QString journalPath = {}; // empty: RunJournal::pathFor(designName, stateDir)
    // Where overlays named like the domains may be, besides the paths the journal names.
    QString overlayDir = {};
    QStringList hostnames = {}; // the plan's, when known: exact domain and overlay names
    QString dnsmasqDir = QStringLiteral("/var/lib/libvirt/dnsmasq");
    // A rollback: remove only what the journal says this run made (never a foreign domain that
    // happens to carry our name), keep the serial logs for the error report.
    bool journalOnly = false;
};

struct TeardownReport
{
    QStringList domains;
    QStringList overlays;
    QStringList networks;
    QStringList files; // dnsmasq leftovers, serial logs, the journal

    bool isEmpty() const
    {
        return domains.isEmpty() && overlays.isEmpty() && networks.isEmpty() && files.isEmpty();
    }
};

// Idempotent: a second call finds nothing and succeeds. On a failure it goes on with what does not
// depend on the failed step, keeps the journal, and returns the first error.
Result<TeardownReport> tearDownRun(HypervisorConnection& connection, const TeardownOptions& options);

// The files libvirt's dnsmasq keeps for a network: <bridge>.status (the leases) and the network's
// .conf, .hostsfile and .addnhosts.
QStringList dnsmasqFiles(const QString& dnsmasqDir, const QString& networkName);

} // namespace voc
