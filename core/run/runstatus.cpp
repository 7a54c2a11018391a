// SPDX-License-Identifier: GPL-3.0-or-later
#include "runstatus.h"

#include "run/bootprobe.h"
#include "run/inventory.h"
#include "run/runjournal.h"
#include "virt/domainxml.h"
#include "virt/hypervisor.h"

#include <QHash>

namespace voc {

namespace {

// The phase times a design's run journal recorded, per hostname.
QHash<QString, QList<BootSample>> journalPhases(const QString& design, const QString& stateDir)
{
    QHash<QString, QList<BootSample>> phases;
    const Result<QList<JournalRecord>> records = RunJournal::read(RunJournal::pathFor(design, stateDir));
    if (!records)
        return phases;
    for (const JournalRecord& record : RunJournal::summarize(*records).phases) {
        if (const std::optional<BootPhase> phase =
                bootPhaseFromName(record.extra.value(QLatin1String("phase")).toString()))
            phases[record.name].append(
                {record.name, *phase, qint64(record.extra.value(QLatin1String("ms")).toDouble())});
    }
    return phases;
}

} // namespace

Result<QList<RunningVcn>> localRunStatus(HypervisorConnection& connection, const QString& onlyDesign,
                                         const QString& stateDir)
{
    Result<QList<RunVcn>> domains = listRunVcns(connection);
    if (!domains)
        return domains.error();

    // Per design, once: its leases and the phase times its journal recorded.
    QHash<QString, QList<DhcpLease>> leases;
    QHash<QString, QHash<QString, QList<BootSample>>> phases;
    QList<RunningVcn> vcns;
    for (const RunVcn& domain : *domains) {
        if (!onlyDesign.isEmpty() && domain.design != onlyDesign)
            continue;
        if (!leases.contains(domain.design)) {
            leases.insert(domain.design,
                          connection.networkDhcpLeases(networkName(domain.design)).valueOr({}));
            phases.insert(domain.design, journalPhases(domain.design, stateDir));
        }
        RunningVcn vcn{domain.design,
                       domain.hostname,
                       domain.domain,
                       toString(connection.domainState(domain.domain).valueOr(DomainState::NoState)),
                       {},
                       domain.serialLog,
                       phases.value(domain.design).value(domain.hostname)};
        for (const DhcpLease& lease : leases.value(domain.design)) {
            if (lease.mac.toLower() == domain.mac)
                vcn.address = lease.ip;
        }
        if (vcn.serialLog.isEmpty())
            vcn.serialLog = RunJournal::serialLogPathFor(domain.design, domain.hostname, stateDir);
        vcns.append(vcn);
    }
    return vcns;
}

} // namespace voc
