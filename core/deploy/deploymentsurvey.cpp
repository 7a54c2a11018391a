// SPDX-License-Identifier: GPL-3.0-or-later
#include "deploymentsurvey.h"

#include "common/logging.h"
#include "deploystate.h"
#include "virt/libvirthypervisor.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>
#include <QSet>

#include <algorithm>
#include <functional>

namespace voc {

namespace {

struct SurveyText
{
    Q_DECLARE_TR_FUNCTIONS(voc::DeploymentSurvey)
};

// NotFound (of the object or of its pool) means it is not there; anything else leaves it unknown.
Presence presenceOf(const Error& error, QString* why, const QString& host)
{
    if (error.code == ErrorCode::NotFound)
        return Presence::Gone;
    *why = SurveyText::tr("%1 did not answer: %2").arg(host, error.what);
    return Presence::Unchecked;
}

} // namespace

QString SurveyedObject::label() const
{
    if (kind == QLatin1String("entry"))
        return SurveyText::tr("directory entry %1").arg(object.name);
    if (kind == QLatin1String("domain"))
        return SurveyText::tr("%1: domain %2").arg(object.host, object.name);
    if (kind == QLatin1String("overlay"))
        return SurveyText::tr("%1: overlay %2").arg(object.host, object.name);
    return SurveyText::tr("%1: volume %2").arg(object.host, object.name);
}

QString SurveyedObject::describe() const
{
    switch (presence) {
    case Presence::Present:
        return SurveyText::tr("%1 (still there)").arg(label());
    case Presence::Gone:
        return SurveyText::tr("%1 (gone)").arg(label());
    case Presence::Unchecked:
        return SurveyText::tr("%1 (could not be checked: %2)").arg(label(), why);
    }
    return label();
}

bool DeploymentSurvey::nothingLeft() const
{
    return std::all_of(objects.cbegin(), objects.cend(),
                       [](const SurveyedObject& o) { return o.presence == Presence::Gone; });
}

QList<SurveyedObject> DeploymentSurvey::with(Presence presence) const
{
    QList<SurveyedObject> list;
    for (const SurveyedObject& object : objects) {
        if (object.presence == presence)
            list.append(object);
    }
    return list;
}

QStringList DeploymentSurvey::describe(Presence presence) const
{
    QStringList lines;
    // The heading says present or gone; what could not be checked also says why.
    for (const SurveyedObject& object : with(presence))
        lines.append(presence == Presence::Unchecked ? object.describe() : object.label());
    return lines;
}

DeploymentSurvey surveyDeployment(const DeploymentSummary& summary, const SurveyTargets& targets)
{
    DeploymentSurvey survey;
    survey.id = summary.id;
    auto onHost = [&](const QString& kind, const DeployedObject& object,
                      const std::function<Presence(HypervisorConnection&, QString*)>& ask) {
        SurveyedObject surveyed{.kind = kind, .object = object, .presence = Presence::Unchecked, .why = {}};
        HypervisorConnection* host = targets.hosts.value(object.host);
        if (!host) {
            surveyed.why = targets.unreachable.contains(object.host)
                               ? SurveyText::tr("host %1 unreachable: %2")
                                     .arg(object.host, targets.unreachable.value(object.host))
                               : SurveyText::tr("host %1 is not in the site profile").arg(object.host);
        } else {
            surveyed.presence = ask(*host, &surveyed.why);
        }
        survey.objects.append(surveyed);
    };
    auto volume = [&](const DeployedObject& object) {
        return [&targets, object](HypervisorConnection& host, QString* why) {
            const QString pool = object.pool.isEmpty() ? targets.pool : object.pool;
            const Result<std::optional<VolumeInfo>> found = host.findVolume(pool, object.name);
            if (!found)
                return presenceOf(found.error(), why, object.host);
            return found->has_value() ? Presence::Present : Presence::Gone;
        };
    };
    for (const DeployedObject& domain : summary.domains) {
        onHost(QStringLiteral("domain"), domain, [&domain](HypervisorConnection& host, QString* why) {
            const Result<DomainState> state = host.domainState(domain.name);
            return state ? Presence::Present : presenceOf(state.error(), why, domain.host);
        });
    }
    for (const DeployedObject& overlay : summary.overlays)
        onHost(QStringLiteral("overlay"), overlay, volume(overlay));
    if (!summary.entries.isEmpty()) {
        QString why = targets.directoryProblem.isEmpty()
                          ? SurveyText::tr("no connection to the directory")
                          : SurveyText::tr("the directory did not answer: %1").arg(targets.directoryProblem);
        std::optional<QSet<QString>> names;
        if (targets.directory) {
            const Result<QList<VcnRecord>> records = targets.directory->listVcns(targets.voc);
            if (records) {
                names.emplace();
                for (const VcnRecord& record : *records)
                    names->insert(record.hostname);
            } else if (records.error().code == ErrorCode::NotFound) {
                names.emplace(); // the VOC's ou is gone with its entries
            } else {
                why = SurveyText::tr("the directory did not answer: %1").arg(records.error().what);
            }
        }
        for (const DeployedObject& entry : summary.entries) {
            SurveyedObject surveyed{
                .kind = QStringLiteral("entry"), .object = entry, .presence = Presence::Unchecked, .why = {}};
            if (names) {
                surveyed.presence = names->contains(entry.name) ? Presence::Present : Presence::Gone;
            } else {
                surveyed.presence = Presence::Unchecked;
                surveyed.why = why;
            }
            survey.objects.append(surveyed);
        }
    }
    for (const DeployedObject& uploaded : summary.volumes)
        onHost(QStringLiteral("volume"), uploaded, volume(uploaded));
    return survey;
}

bool mayRetire(const DeploymentSummary& earlier, const DeploymentSurvey& survey)
{
    // Deploying: a live process owns it. Destroyed, rolled back, gone: nothing to retire.
    const bool ownerless = earlier.state == DeploymentState::Interrupted ||
                           earlier.state == DeploymentState::Failed ||
                           earlier.state == DeploymentState::Running;
    return ownerless && survey.id == earlier.id && survey.nothingLeft();
}

Status retireDeployment(const DeploymentSummary& summary, const QString& by)
{
    DeployJournal journal(summary.journalPath);
    if (Status opened = journal.open(false); !opened)
        return opened;
    QList<JournalRecord> records;
    const auto gone = [&](const QList<DeployedObject>& objects, const QString& kind) {
        for (const DeployedObject& object : objects) {
            QJsonObject extra{{QStringLiteral("kind"), kind}, {QStringLiteral("gone"), true}};
            if (!object.host.isEmpty())
                extra.insert(QStringLiteral("host"), object.host);
            records.append({JournalStep::Removed, true, object.name, extra});
        }
    };
    gone(summary.domains, QStringLiteral("domain"));
    gone(summary.overlays, QStringLiteral("overlay"));
    gone(summary.entries, QStringLiteral("entry"));
    gone(summary.volumes, QStringLiteral("volume"));
    records.append({JournalStep::Outcome,
                    true,
                    QStringLiteral("gone"),
                    {{QStringLiteral("by"), by},
                     {QStringLiteral("error"),
                      SurveyText::tr("nothing of it was left at %1 (found by %2)").arg(summary.site, by)},
                     {QStringLiteral("at"), DeployJournal::timestamp()}}});
    const Status written = journal.append(records);
    journal.close();
    if (written)
        qCInfo(lcVirt).noquote() << QStringLiteral(
                                        "deployment %1 retired: nothing of it is left at %2 (found by %3)")
                                        .arg(summary.id, summary.site, by);
    return written;
}

Result<QString> forgetDeployment(const DeploymentSummary& summary, const QStringList& left,
                                 const QString& stateDir)
{
    if (summary.state == DeploymentState::Deploying)
        return makeError(ErrorCode::Conflict,
                         SurveyText::tr("process %1 is still deploying %2").arg(summary.pid).arg(summary.id),
                         summary.id, SurveyText::tr("cancel it first"));
    const QString folder = DeployJournal::forgottenFolder(stateDir);
    if (!QDir().mkpath(folder))
        return makeError(ErrorCode::Io, SurveyText::tr("cannot create the folder"), folder,
                         SurveyText::tr("check its permissions"));
    {
        DeployJournal journal(summary.journalPath);
        if (Status opened = journal.open(false); !opened)
            return opened.error();
        const Status written = journal.done(
            JournalStep::Outcome, QStringLiteral("forgotten"),
            {{QStringLiteral("left"), left.join(QLatin1Char('\n'))},
             {QStringLiteral("error"),
              SurveyText::tr("forgotten; left unchecked: %1").arg(left.join(QStringLiteral("; ")))},
             {QStringLiteral("at"), DeployJournal::timestamp()}});
        journal.close();
        if (!written)
            return written.error();
    }
    // Never over an earlier one: the archive keeps every journal ever dropped.
    QString target = folder + QLatin1Char('/') + summary.id + QLatin1String(".jsonl");
    for (int n = 2; QFileInfo::exists(target); ++n)
        target = folder + QStringLiteral("/%1.%2.jsonl").arg(summary.id).arg(n);
    if (!QDir().rename(summary.journalPath, target))
        return makeError(ErrorCode::Io, SurveyText::tr("cannot move the journal to %1").arg(target),
                         summary.journalPath, SurveyText::tr("check the permissions of %1").arg(folder));
    // The consoles it copied go along (best effort: the journal is what counts).
    const QString logs = DeployJournal::folder(stateDir) + QLatin1Char('/') + summary.id;
    if (QFileInfo(logs).isDir())
        (void)QDir().rename(logs, target.chopped(int(qstrlen(".jsonl"))));
    qCInfo(lcVirt).noquote() << "deployment" << summary.id << "forgotten, journal moved to" << target;
    return target;
}

SurveyDeploymentJob::SurveyDeploymentJob(SurveyOptions options, QObject* parent)
    : TypedJob<DeploymentSurvey>(parent)
    , m_options(std::move(options))
{}

SurveyDeploymentJob::~SurveyDeploymentJob() = default;

Result<DeploymentSurvey> SurveyDeploymentJob::run()
{
    Result<DeploymentSummary> found = findDeployment(m_options.id, m_options.stateDir);
    if (!found)
        return found.error();
    const DeploymentSummary& summary = *found;
    reportProgress(0, 3, SurveyText::tr("connecting to the hosts of %1").arg(summary.site));
    LibvirtHypervisor libvirt;
    Hypervisor& hypervisor = m_options.hypervisor ? *m_options.hypervisor : libvirt;
    QHash<QString, Error> unreachable;
    Result<HostLinks> hosts =
        connectHosts(summary.profile, hypervisor, Acceleration::Tcg, false, &unreachable);
    HostLinks links = hosts ? std::move(hosts).value() : HostLinks{};
    SurveyTargets targets{.hosts = {},
                          .unreachable = {},
                          .directory = nullptr,
                          .directoryProblem = {},
                          .pool = summary.plan ? summary.plan->pool : summary.profile.storage.pool,
                          .voc = summary.design};
    for (auto& [name, link] : links)
        targets.hosts.insert(name, link.connection.get());
    for (auto it = unreachable.cbegin(); it != unreachable.cend(); ++it)
        targets.unreachable.insert(it.key(), it.value().what);
    if (!hosts)
        for (const SiteHost& host : summary.profile.hosts)
            targets.unreachable.insert(host.name, hosts.error().what);
    if (Status stop = checkCancelled(summary.id); !stop)
        return stop.error();
    std::unique_ptr<Directory> directory;
    if (!summary.entries.isEmpty()) {
        reportProgress(1, 3, SurveyText::tr("binding to the directory"));
        Result<std::unique_ptr<Directory>> opened = openDirectory(
            summary.profile, summary.profilePath, m_options.ldapPassword, m_options.connectDirectory);
        if (opened)
            directory = std::move(opened).value();
        else
            targets.directoryProblem = opened.error().what;
        targets.directory = directory.get();
    }
    reportProgress(2, 3, SurveyText::tr("looking for what is left of %1").arg(summary.id));
    DeploymentSurvey survey = surveyDeployment(summary, targets);
    reportProgress(3, 3,
                   SurveyText::tr("%1: %2 present, %3 gone, %4 could not be checked")
                       .arg(summary.id)
                       .arg(survey.with(Presence::Present).size())
                       .arg(survey.with(Presence::Gone).size())
                       .arg(survey.with(Presence::Unchecked).size()));
    return survey;
}

} // namespace voc
