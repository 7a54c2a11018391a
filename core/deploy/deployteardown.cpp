// SPDX-License-Identifier: GPL-3.0-or-later
// Removing what a deployment made, from its journal: the rollback of a failed deployment, destroy
// (also after a crash) and the options of a resume.
#include "common/logging.h"
#include "deploymentsurvey.h"
#include "deploystate.h"
#include "virt/libvirthypervisor.h"

#include <QCoreApplication>
#include <QDateTime>

#include <cerrno>
#include <csignal>

namespace voc {

namespace {

struct DeployTeardownText
{
    Q_DECLARE_TR_FUNCTIONS(voc::DeployJob)
};

QJsonObject removed(const QString& host, const QString& kind)
{
    QJsonObject object{{QStringLiteral("kind"), kind}};
    if (!host.isEmpty())
        object.insert(QStringLiteral("host"), host);
    return object;
}

// Ok, or NotFound (gone already): either way it no longer exists.
bool gone(const Status& status)
{
    return status.ok() || status.error().code == ErrorCode::NotFound;
}

} // namespace

QStringList volumesUsedByOthers(const QString& id, const SiteProfile& profile, const QString& stateDir)
{
    QStringList volumes;
    Result<QList<DeploymentSummary>> all = listDeployments(stateDir);
    if (!all)
        return volumes;
    for (const DeploymentSummary& other : *all) {
        if (other.id == id || !other.plan || other.state == DeploymentState::Destroyed ||
            other.state == DeploymentState::RolledBack || other.state == DeploymentState::Gone)
            continue;
        if (other.site != profile.name || other.profile.directory.vo != profile.directory.vo)
            continue;
        for (const ImageUpload& upload : other.plan->uploads) {
            if (!volumes.contains(upload.volume))
                volumes.append(upload.volume);
        }
    }
    return volumes;
}

void tearDownDeployment(const DeploymentSummary& summary, TeardownContext& c, DestroyReport& report,
                        QStringList& left)
{
    auto log = [&](const QString& line) {
        if (c.log)
            c.log(line);
    };
    auto journal = [&](const QString& name, const QString& host, const QString& kind,
                       QJsonObject extra = {}) {
        if (!c.journal)
            return;
        QJsonObject object = removed(host, kind);
        for (auto it = extra.begin(); it != extra.end(); ++it)
            object.insert(it.key(), it.value());
        (void)c.journal->done(JournalStep::Removed, name, object);
    };
    // "host unreachable: <why>" when connectHosts said why.
    auto unreachable = [&](const QString& host) {
        const QString why = c.unreachable.value(host);
        return why.isEmpty() ? DeployTeardownText::tr("host unreachable")
                             : DeployTeardownText::tr("host unreachable: %1").arg(why);
    };
    auto connection = [&](const QString& host) -> HypervisorConnection* {
        if (!c.hosts)
            return nullptr;
        auto link = c.hosts->find(host);
        return link == c.hosts->end() ? nullptr : link->second.connection.get();
    };

    // Reverse order of creation: domains, overlays, directory entries, volumes.
    for (const DeployedObject& domain : summary.domains) {
        HypervisorConnection* host = connection(domain.host);
        if (!host) {
            left.append(DeployTeardownText::tr("%1: domain %2 (%3)")
                            .arg(domain.host, domain.name, unreachable(domain.host)));
            continue;
        }
        const Status status = host->destroy(domain.name);
        if (!gone(status)) {
            left.append(DeployTeardownText::tr("%1: domain %2 (%3)")
                            .arg(domain.host, domain.name, status.error().what));
            continue;
        }
        journal(domain.name, domain.host, QStringLiteral("domain"));
        if (status.ok()) {
            report.domains.append(QStringLiteral("%1: %2").arg(domain.host, domain.name));
            log(DeployTeardownText::tr("%1: domain %2 stopped").arg(domain.host, domain.name));
        }
    }
    for (const DeployedObject& overlay : summary.overlays) {
        HypervisorConnection* host = connection(overlay.host);
        if (!host) {
            left.append(DeployTeardownText::tr("%1: overlay %2 (%3)")
                            .arg(overlay.host, overlay.name, unreachable(overlay.host)));
            continue;
        }
        const Status status =
            host->deleteVolume(overlay.pool.isEmpty() ? c.pool : overlay.pool, overlay.name);
        if (!gone(status)) {
            left.append(DeployTeardownText::tr("%1: overlay %2 (%3)")
                            .arg(overlay.host, overlay.name, status.error().what));
            continue;
        }
        journal(overlay.name, overlay.host, QStringLiteral("overlay"));
        if (status.ok()) {
            report.overlays.append(QStringLiteral("%1: %2").arg(overlay.host, overlay.name));
            log(DeployTeardownText::tr("%1: overlay %2 deleted").arg(overlay.host, overlay.name));
        }
    }
    if (!summary.entries.isEmpty()) {
        if (!c.directory) {
            for (const DeployedObject& entry : summary.entries)
                left.append(c.directoryProblem.isEmpty()
                                ? DeployTeardownText::tr("directory entry %1 (no directory connection)")
                                      .arg(entry.name)
                                : DeployTeardownText::tr("directory entry %1 (directory unreachable: %2)")
                                      .arg(entry.name, c.directoryProblem));
        } else {
            for (const DeployedObject& entry : summary.entries) {
                const Status status = c.directory->removeVcn(c.voc, entry.name);
                if (!gone(status)) {
                    left.append(DeployTeardownText::tr("directory entry %1 (%2)")
                                    .arg(entry.name, status.error().what));
                    continue;
                }
                journal(entry.name, QString(), QStringLiteral("entry"));
                if (status.ok()) {
                    report.entries.append(entry.name);
                    log(DeployTeardownText::tr("directory entry %1 removed").arg(entry.name));
                }
            }
            // The VOC's ou went in with its first VCN; it goes with its last.
            Result<QList<VcnRecord>> rest = c.directory->listVcns(c.voc);
            if (rest && rest->isEmpty())
                (void)c.directory->removeVoc(c.voc);
        }
    }
    for (const DeployedObject& volume : summary.volumes) {
        if (c.keepVolumes || c.volumesInUse.contains(volume.name)) {
            // Kept on purpose: from now on it is the site's image, not this deployment's.
            journal(volume.name, volume.host, QStringLiteral("volume"), {{QStringLiteral("kept"), true}});
            report.kept.append(QStringLiteral("%1: %2").arg(volume.host, volume.name));
            continue;
        }
        HypervisorConnection* host = connection(volume.host);
        if (!host) {
            left.append(DeployTeardownText::tr("%1: volume %2 (%3)")
                            .arg(volume.host, volume.name, unreachable(volume.host)));
            continue;
        }
        const Status status = host->deleteVolume(volume.pool.isEmpty() ? c.pool : volume.pool, volume.name);
        if (!gone(status)) {
            left.append(DeployTeardownText::tr("%1: volume %2 (%3)")
                            .arg(volume.host, volume.name, status.error().what));
            continue;
        }
        journal(volume.name, volume.host, QStringLiteral("volume"));
        if (status.ok()) {
            report.volumes.append(QStringLiteral("%1: %2").arg(volume.host, volume.name));
            log(DeployTeardownText::tr("%1: volume %2 deleted").arg(volume.host, volume.name));
        }
    }
}

DestroyDeploymentJob::DestroyDeploymentJob(DestroyOptions options, QObject* parent)
    : TypedJob<DestroyReport>(parent)
    , m_options(std::move(options))
{}

DestroyDeploymentJob::~DestroyDeploymentJob() = default;

Result<DestroyReport> DestroyDeploymentJob::run()
{
    Result<DeploymentSummary> found = findDeployment(m_options.id, m_options.stateDir);
    if (!found)
        return found.error();
    const DeploymentSummary& summary = *found;
    if (summary.state == DeploymentState::Deploying)
        return makeError(
            ErrorCode::Conflict,
            DeployTeardownText::tr("process %1 is still deploying %2").arg(summary.pid).arg(summary.id),
            summary.id, DeployTeardownText::tr("cancel it first; it rolls back what it made"));
    DestroyReport report;
    report.id = summary.id;
    auto log = [this](const QString& line) {
        qCDebug(lcVirt).noquote() << line; // shown by the caller (logLine)
        emit logLine(line);
    };

    reportProgress(0, 3, DeployTeardownText::tr("connecting to the hosts of %1").arg(summary.site));
    LibvirtHypervisor libvirt;
    Hypervisor& hypervisor = m_options.hypervisor ? *m_options.hypervisor : libvirt;
    QHash<QString, Error> unreachable;
    Result<HostLinks> hosts =
        connectHosts(summary.profile, hypervisor, Acceleration::Tcg, false, &unreachable);
    HostLinks links = hosts ? std::move(hosts).value() : HostLinks{};
    for (const Error& problem : std::as_const(unreachable))
        log(problem.toString());
    QString directoryProblem;
    std::unique_ptr<Directory> directory;
    if (!summary.entries.isEmpty()) {
        reportProgress(1, 3, DeployTeardownText::tr("binding to the directory"));
        Result<std::unique_ptr<Directory>> opened = openDirectory(
            summary.profile, summary.profilePath, m_options.ldapPassword, m_options.connectDirectory);
        if (opened) {
            directory = std::move(opened).value();
        } else {
            directoryProblem = opened.error().what;
            log(opened.error().toString());
        }
    }
    if (Status stop = checkCancelled(summary.id); !stop)
        return stop.error();

    DeployJournal journal(summary.journalPath);
    if (Status opened = journal.open(false); !opened)
        return opened.error();
    TeardownContext context{.hosts = &links,
                            .directory = directory.get(),
                            .journal = &journal,
                            .voc = summary.design,
                            .pool = summary.plan ? summary.plan->pool : summary.profile.storage.pool,
                            .keepVolumes = m_options.keepImages,
                            .volumesInUse =
                                volumesUsedByOthers(summary.id, summary.profile, m_options.stateDir),
                            .unreachable = {},
                            .directoryProblem = directoryProblem,
                            .log = log};
    for (auto it = unreachable.cbegin(); it != unreachable.cend(); ++it)
        context.unreachable.insert(it.key(), it.value().what);
    reportProgress(2, 3, DeployTeardownText::tr("removing %1").arg(summary.id));
    QStringList left;
    tearDownDeployment(summary, context, report, left);
    const QString at = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
    if (!left.isEmpty() && m_options.forget) {
        // What was reachable is removed; the rest is given up on, as the user confirmed.
        journal.close();
        for (const QString& item : std::as_const(left))
            log(DeployTeardownText::tr("forgotten: %1").arg(item));
        Result<QString> moved = forgetDeployment(summary, left, m_options.stateDir);
        if (!moved)
            return moved.error();
        report.left = left;
        report.forgottenJournal = *moved;
        reportProgress(3, 3, DeployTeardownText::tr("%1 forgotten").arg(summary.id));
        return report;
    }
    if (!left.isEmpty()) {
        (void)journal.done(
            JournalStep::Outcome, QStringLiteral("failed"),
            {{QStringLiteral("error"), left.join(QStringLiteral("; "))}, {QStringLiteral("at"), at}});
        return makeError(
            ErrorCode::External,
            DeployTeardownText::tr("could not remove everything of %1: %2")
                .arg(summary.id, left.join(QStringLiteral("; "))),
            summary.id,
            DeployTeardownText::tr("run destroy again when the hosts and the directory are back"));
    }
    (void)journal.done(JournalStep::Outcome, QStringLiteral("destroyed"), {{QStringLiteral("at"), at}});
    reportProgress(3, 3, DeployTeardownText::tr("%1 destroyed").arg(summary.id));
    return report;
}

Result<DeployOptions> resumeOptions(const QString& id, const QString& ldapPassword, const QString& stateDir)
{
    Result<DeploymentSummary> found = findDeployment(id, stateDir);
    if (!found)
        return found.error();
    return resumeOptions(*found, ldapPassword, stateDir);
}

DeployOptions resumeOptions(const DeploymentSummary& deployment, const QString& ldapPassword,
                            const QString& stateDir)
{
    DeployOptions options;
    options.resumeId = deployment.id;
    options.profile = deployment.profile;
    options.profilePath = deployment.profilePath;
    options.designFile = deployment.designFile;
    options.ldapPassword = ldapPassword;
    options.stateDir = stateDir;
    options.plan = deployment.plan;
    (void)fromString(deployment.accel, &options.accel);
    return options;
}

} // namespace voc
