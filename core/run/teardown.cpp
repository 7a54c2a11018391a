// SPDX-License-Identifier: GPL-3.0-or-later
#include "teardown.h"

#include "common/logging.h"
#include "preflight.h"
#include "runjournal.h"
#include "virt/domainxml.h"
#include "virt/hypervisor.h"
#include "virt/overlay.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <optional>

namespace voc {

namespace {

struct TeardownText
{
    Q_DECLARE_TR_FUNCTIONS(voc::Teardown)
};

// Records what is gone, so a `down` interrupted halfway does not look for it again; best effort,
// the names are found again anyway.
void noteRemoved(RunJournal& journal, const QString& name)
{
    if (journal.isOpen())
        (void)journal.done(JournalStep::Removed, name);
}

} // namespace

QStringList dnsmasqFiles(const QString& dnsmasqDir, const QString& network)
{
    const QDir dir(dnsmasqDir);
    return {dir.filePath(bridgeName(network) + QLatin1String(".status")),
            dir.filePath(bridgeName(network) + QLatin1String(".macs")),
            dir.filePath(network + QLatin1String(".conf")),
            dir.filePath(network + QLatin1String(".hostsfile")),
            dir.filePath(network + QLatin1String(".addnhosts"))};
}

Result<TeardownReport> tearDownRun(HypervisorConnection& connection, const TeardownOptions& options)
{
    const QString journalPath = options.journalPath.isEmpty()
                                    ? RunJournal::pathFor(options.designName, options.stateDir)
                                    : options.journalPath;
    JournalSummary summary;
    Result<QList<JournalRecord>> records = RunJournal::read(journalPath);
    if (records)
        summary = RunJournal::summarize(*records);
    else if (records.error().code != ErrorCode::NotFound && options.journalOnly)
        return records.error();
    else if (records.error().code != ErrorCode::NotFound)
        qCWarning(lcVirt).noquote() << records.error().toString() << "- removing by name only";

    RunJournal journal(journalPath);
    if (QFileInfo::exists(journalPath))
        (void)journal.open();

    // What might exist: the journal's names (in reverse: last made, first removed), then the names
    // the design gives.
    QStringList domains = summary.domains;
    std::reverse(domains.begin(), domains.end());
    QStringList overlays = summary.overlays;
    std::reverse(overlays.begin(), overlays.end());
    QStringList networks = summary.networks;
    const QString prefix = domainName(options.designName, QString());
    if (!options.journalOnly) {
        Result<LiveObjects> live = liveObjects(connection, options.designName, options.hostnames);
        if (!live)
            return live.error();
        for (const QString& name : live->domains)
            appendUnique(domains, name);
        for (const QString& name : live->networks)
            appendUnique(networks, name);
        for (const QString& overlayDir : {options.overlayDir, summary.overlayDir}) {
            if (overlayDir.isEmpty())
                continue;
            for (const QString& hostname : options.hostnames)
                appendUnique(overlays,
                             QDir(overlayDir).absoluteFilePath(prefix + hostname + QLatin1String(".qcow2")));
        }
    }

    TeardownReport report;
    std::optional<Error> firstError;
    auto fail = [&](const Error& error) {
        qCWarning(lcVirt).noquote() << error.toString();
        if (!firstError)
            firstError = error;
    };

    bool domainsGone = true;
    for (const QString& domain : domains) {
        // Its disks are ours when named like our overlays; read them before the definition vanishes.
        if (!options.journalOnly) {
            if (Result<QString> xml = connection.domainXml(domain)) {
                for (const QString& file : diskFilesOfDomainXml(*xml)) {
                    if (QFileInfo(file).fileName().startsWith(prefix) &&
                        file.endsWith(QLatin1String(".qcow2")))
                        appendUnique(overlays, file);
                }
            }
        }
        Status destroyed = connection.destroy(domain);
        if (destroyed) {
            report.domains.append(domain);
            noteRemoved(journal, domain);
        } else if (destroyed.error().code != ErrorCode::NotFound) {
            domainsGone = false;
            fail(destroyed.error());
        }
    }

    // An overlay under a domain that is still running is its live disk: leave it.
    if (domainsGone) {
        OverlayStore store;
        for (const QString& overlay : overlays) {
            if (!QFileInfo::exists(overlay))
                continue;
            if (Status removed = store.remove(overlay); removed) {
                report.overlays.append(overlay);
                noteRemoved(journal, overlay);
            } else {
                fail(removed.error());
            }
        }
    }

    for (const QString& network : networks) {
        Status destroyed = connection.destroyNetwork(network);
        if (destroyed) {
            report.networks.append(network);
            noteRemoved(journal, network);
        } else if (destroyed.error().code != ErrorCode::NotFound) {
            fail(destroyed.error());
            continue;
        }
        // libvirt leaves the lease file of a destroyed network behind; it would hand a new run's
        // VCNs stale leases (and keeps the old hostnames around).
        for (const QString& file : dnsmasqFiles(options.dnsmasqDir, network)) {
            if (!QFileInfo::exists(file))
                continue;
            if (QFile::remove(file))
                report.files.append(file);
            else
                fail(makeError(ErrorCode::Io, TeardownText::tr("could not remove libvirt's dnsmasq file"),
                               file, TeardownText::tr("remove it by hand; it holds the old run's leases")));
        }
    }
    // Without a journal and a live network a crashed run may still have left its lease file.
    if (!options.journalOnly && networks.isEmpty()) {
        for (const QString& file : dnsmasqFiles(options.dnsmasqDir, networkName(options.designName))) {
            if (QFileInfo::exists(file) && QFile::remove(file))
                report.files.append(file);
        }
    }

    if (!options.journalOnly) {
        QStringList logs = summary.serialLogs;
        for (const QString& hostname : options.hostnames)
            appendUnique(logs, RunJournal::serialLogPathFor(options.designName, hostname, options.stateDir));
        for (const QString& log : logs) {
            if (QFileInfo::exists(log) && QFile::remove(log))
                report.files.append(log);
        }
    }

    if (firstError)
        return *firstError;
    if (QFileInfo::exists(journalPath)) {
        if (Status removed = journal.remove(); !removed)
            return removed.error();
        if (!options.journalOnly)
            report.files.append(journalPath);
    }
    return report;
}

} // namespace voc
