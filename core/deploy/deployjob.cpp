// SPDX-License-Identifier: GPL-3.0-or-later
// DeployJob: the stages up to the launch (preflight, images, directory, netsync) and the rollback.
#include "deployjob.h"

#include "common/logging.h"
#include "deploymentsurvey.h"
#include "deploystate.h"
#include "images/imagepush.h"
#include "virt/domainxml.h"
#include "virt/libvirthypervisor.h"

#include <QCoreApplication>
#include <QDir>
#include <QDnsLookup>
#include <QEventLoop>
#include <QHostAddress>
#include <QJsonDocument>
#include <QThread>
#include <QThreadPool>
#include <QTimer>

#include <unistd.h>

namespace voc {

namespace {

struct DeployJobText
{
    Q_DECLARE_TR_FUNCTIONS(voc::DeployJob)
};

// One lock per VOC and site, and per VO at a site shared by VOs: two VOs may deploy a design of the
// same name from one machine, each to its own subtree, sessions and pool.
QString lockPath(const QString& stateDir, const QString& design, const SiteProfile& profile)
{
    const QString site = profile.directory.vo.isEmpty()
                             ? profile.name
                             : profile.name + QLatin1Char('~') + profile.directory.vo;
    return DeployJournal::folder(stateDir) + QStringLiteral("/%1@%2.lock").arg(design, site);
}

} // namespace

QList<BootSample> DeployResult::samples() const
{
    QList<BootSample> all;
    for (const DeployedVcn& vcn : vcns)
        all += vcn.samples;
    return all;
}

Run DeployResult::toBootRun(const QDateTime& started) const
{
    Run run;
    run.kind = RunKind::Boot;
    run.target = RunTarget::Site;
    run.design = design;
    for (const DeployedVcn& vcn : vcns) {
        if (!run.hosts.contains(vcn.host))
            run.hosts.append(vcn.host);
    }
    run.time = started;
    QJsonObject stages;
    for (DeployStage stage : allDeployStages)
        stages.insert(toString(stage), double(stageMs[size_t(stage)]));
    const QJsonObject settings{{QStringLiteral("site"), site},
                               {QStringLiteral("deployment"), id},
                               {QStringLiteral("accel"), toString(accel)},
                               {QStringLiteral("vcns"), int(vcns.size())},
                               {QStringLiteral("stageMs"), stages}};
    run.settings = QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact));
    run.bootSamples = samples();
    return run;
}

DeployJob::DeployJob(DeployOptions options, QObject* parent)
    : TypedJob<DeployResult>(parent)
    , m_state(std::make_unique<State>())
{
    m_state->options = std::move(options);
    m_state->stateDir =
        m_state->options.stateDir.isEmpty() ? RunJournal::defaultStateDir() : m_state->options.stateDir;
}

DeployJob::~DeployJob()
{
    // Consoles first: their callbacks must not outlive the connections.
    for (DeployVcn& vcn : m_state->vcns)
        vcn.attached.reset();
    m_state->hosts.clear();
}

QString DeployJob::deploymentId() const
{
    return m_state->journal ? m_state->id : QString();
}

void DeployJob::log(const QString& line)
{
    qCDebug(lcVirt).noquote() << line; // shown by the caller (logLine)
    emit logLine(line);
}

Result<DeployResult> DeployJob::run()
{
    State& s = *m_state;
    s.total.start();
    if (s.options.hypervisor) {
        s.hypervisor = s.options.hypervisor;
    } else {
        s.ownHypervisor = std::make_unique<LibvirtHypervisor>();
        s.hypervisor = s.ownHypervisor.get();
    }
    Result<DeployResult> result = deploy();
    if (!result && s.journal)
        rollBack(result.error());
    for (DeployVcn& vcn : s.vcns)
        vcn.attached.reset();
    if (s.lock)
        s.lock->unlock();
    return result;
}

Status DeployJob::runStage(DeployStage stage, const std::function<Status(StageState*)>& work)
{
    State& s = *m_state;
    s.stage = stage;
    s.stageClock.start();
    emit stageChanged(stage, StageState::Running, deployStageTitle(stage));
    if (s.journal)
        (void)s.journal->intent(JournalStep::Stage, toString(stage));
    StageState outcome = StageState::Done;
    Status status = checkCancelled(s.plan.design);
    if (status)
        status = work(&outcome);
    const qint64 ms = s.stageClock.elapsed();
    s.result.stageMs[size_t(stage)] = ms;
    if (!status) {
        const bool cancelled = status.error().code == ErrorCode::Cancelled;
        emit stageChanged(stage, cancelled ? StageState::Cancelled : StageState::Failed,
                          status.error().toString());
        return status;
    }
    if (s.journal)
        (void)s.journal->done(JournalStep::Stage, toString(stage), {{QStringLiteral("ms"), double(ms)}});
    emit stageChanged(
        stage, outcome,
        DeployJobText::tr("%1 in %2 s").arg(deployStageTitle(stage)).arg(double(ms) / 1000.0, 0, 'f', 1));
    return Ok{};
}

Result<DeployResult> DeployJob::deploy()
{
    State& s = *m_state;
    const bool resuming = !s.options.resumeId.isEmpty();
    if (Status done = runStage(DeployStage::Preflight,
                               [&](StageState*) { return resuming ? preflightResume() : preflight(); });
        !done)
        return done.error();
    if (Status done = runStage(DeployStage::PushImages, [&](StageState* st) { return pushImages(st); });
        !done)
        return done.error();
    if (Status done = runStage(DeployStage::Register, [&](StageState* st) { return registerVcns(st); });
        !done)
        return done.error();
    if (Status done = runStage(DeployStage::Publish, [&](StageState* st) { return waitForPublish(st); });
        !done)
        return done.error();
    if (Status done = runStage(DeployStage::Launch, [&](StageState*) { return launch(); }); !done)
        return done.error();
    if (s.options.waitForReady) {
        if (Status done = runStage(DeployStage::Boot, [&](StageState*) { return probeBoot(); }); !done)
            return done.error();
    }
    if (Status done =
            runStage(DeployStage::Ready,
                     [&](StageState*) {
                         return s.journal->done(JournalStep::Deployment, s.plan.design,
                                                {{QStringLiteral("finished"), DeployJournal::timestamp()}});
                     });
        !done)
        return done.error();

    DeployResult& r = s.result;
    r.id = s.id;
    r.site = s.plan.site;
    r.design = s.plan.design;
    r.journalPath = s.journal->path();
    r.totalMs = s.total.elapsed();
    for (const DeployVcn& vcn : s.vcns) {
        r.vcns.append(DeployedVcn{.hostname = vcn.vcn.entry.hostname,
                                  .role = vcn.vcn.entry.role,
                                  .host = vcn.vcn.host,
                                  .domain = vcn.vcn.domain,
                                  .overlayVolume = vcn.vcn.overlayVolume,
                                  .mac = vcn.vcn.entry.mac,
                                  .ip = vcn.vcn.entry.ip,
                                  .address = vcn.probe.address(),
                                  .leaseHostname = vcn.probe.leaseHostname(),
                                  .ready = vcn.sshAnswered,
                                  .serialLog = vcn.serialLog,
                                  .samples = vcn.probe.samples()});
    }
    reportProgress(1, 1,
                   DeployJobText::tr("%1 VCNs of %2 ready at %3").arg(r.vcns.size()).arg(r.design, r.site));
    return r;
}

Status DeployJob::preflight()
{
    State& s = *m_state;
    const DeployOptions& o = s.options;
    const QString design = o.plan ? o.plan->design : o.design.name;
    const QString site = o.profile.name;
    s.id = DeployJournal::makeId(design, site, QDateTime::currentDateTimeUtc());

    // One deployment of a VOC to a site at a time, and none while one of it is up.
    QDir().mkpath(DeployJournal::folder(s.stateDir));
    s.lock = std::make_unique<QLockFile>(lockPath(s.stateDir, design, o.profile));
    s.lock->setStaleLockTime(0);
    if (!s.lock->tryLock(0)) {
        qint64 pid = 0;
        QString host;
        QString app;
        s.lock->getLockInfo(&pid, &host, &app);
        s.lock.reset();
        return makeError(
            ErrorCode::Conflict,
            DeployJobText::tr("%1 is being deployed to %2 already (process %3)").arg(design, site).arg(pid),
            site, DeployJobText::tr("wait for it, or cancel it first"));
    }
    Result<QList<DeploymentSummary>> existing = listDeployments(s.stateDir);
    if (!existing)
        return existing.error();
    // Earlier deployments of this VOC here that no process works on: they block this one unless a
    // look at the site (below, once it is connected) finds nothing of them left.
    QList<DeploymentSummary> earlier;
    for (const DeploymentSummary& other : *existing) {
        // Another VO's deployment of a VOC of the same name is in its own subtree, sessions and pool.
        if (other.design != design || other.site != site ||
            other.profile.directory.vo != o.profile.directory.vo)
            continue;
        if (other.state == DeploymentState::Destroyed || other.state == DeploymentState::RolledBack ||
            other.state == DeploymentState::Gone)
            continue;
        if (other.state == DeploymentState::Deploying)
            return makeError(ErrorCode::Conflict,
                             DeployJobText::tr("%1 is deployed at %2 already (%3, %4)")
                                 .arg(design, site, other.id, toString(other.state)),
                             other.id, DeployJobText::tr("wait for it, or cancel it first"));
        earlier.append(other);
    }

    reportProgress(0, 4,
                   DeployJobText::tr("connecting to %1 hosts of %2").arg(o.profile.hosts.size()).arg(site));
    Result<HostLinks> hosts = connectHosts(o.profile, *s.hypervisor, o.accel, true);
    if (!hosts)
        return hosts.error();
    s.hosts = std::move(hosts).value();
    for (const auto& [name, link] : s.hosts)
        log(DeployJobText::tr("%1: libvirt %2, %3 CPUs, %4 MiB, pool %5 with %6 MiB free, %7")
                .arg(name, link.info.libvirtVersion)
                .arg(link.info.cpus)
                .arg(link.info.memoryKiB / 1024)
                .arg(link.pool.name)
                .arg(link.pool.availableBytes / (1024 * 1024))
                .arg(toString(link.accel)));

    reportProgress(1, 4, DeployJobText::tr("binding to the directory %1").arg(o.profile.directory.uri));
    Result<std::unique_ptr<Directory>> directory =
        openDirectory(o.profile, o.profilePath, o.ldapPassword, o.connectDirectory);
    if (!directory)
        return directory.error();
    s.directory = std::move(directory).value();
    for (const DeploymentSummary& other : std::as_const(earlier)) {
        if (Status free = retireIfGone(other); !free)
            return free;
    }
    Result<QList<VcnRecord>> records = s.directory->listVcns();
    if (!records)
        return records.error();
    for (const VcnRecord& record : *records) {
        if (record.voc == design)
            return makeError(
                ErrorCode::Conflict,
                DeployJobText::tr("the directory of %1 holds VCNs of %2 already (%3)")
                    .arg(site, design, record.hostname),
                record.dn.isEmpty() ? record.hostname : record.dn,
                DeployJobText::tr("destroy the deployment that made them, or remove them: vocctl "
                                  "directory remove --site %1 %2")
                    .arg(site, design));
    }

    if (o.plan) {
        s.plan = *o.plan;
        // The user confirmed this plan a while ago: its names and addresses must still be free.
        for (const VcnRecord& record : *records) {
            for (const SiteVcn& vcn : s.plan.vcns) {
                if (record.hostname == vcn.entry.hostname || record.ip == vcn.entry.ip ||
                    record.mac.toLower() == vcn.entry.mac)
                    return makeError(
                        ErrorCode::Conflict,
                        DeployJobText::tr("%1 (%2, %3) clashes with %4 of the VOC %5, added since the "
                                          "plan was made")
                            .arg(vcn.entry.hostname, vcn.entry.ip, vcn.entry.mac, record.hostname,
                                 record.voc),
                        vcn.entry.hostname, DeployJobText::tr("plan again"));
            }
        }
    } else {
        if (Status valid = checkDesign(o.design); !valid)
            return valid;
        reportProgress(2, 4, DeployJobText::tr("reading the images and placing the VCNs"));
        SitePlanInput input{.design = o.design,
                            .designDir = o.designDir,
                            .profile = o.profile,
                            .hosts = {},
                            .directory = *records,
                            .placement = o.placement,
                            .vcpuOvercommit = o.vcpuOvercommit,
                            .imageSha256 = {},
                            .imageFormat = {},
                            .imageBytes = {}};
        if (Status images =
                inspectDesignImages(o.design, o.designDir, input, [this] { return isCancelled(); });
            !images)
            return images;
        for (auto& [name, link] : s.hosts) {
            Result<HostCapacity> capacity = measureCapacity(link);
            if (!capacity)
                return capacity.error();
            input.hosts.append(*capacity);
        }
        Result<SitePlan> plan = planForSite(input);
        if (!plan)
            return plan.error();
        s.plan = std::move(plan).value();
    }
    emit planned(s.plan);
    log(s.plan.summary);
    // At a site shared by VOs: within the VO's grant, counting what its other deployments hold.
    Result<std::optional<GrantVerdict>> verdict =
        checkDeploymentGrant(s.plan, o.profile, s.hosts, *s.directory, *records);
    if (!verdict)
        return verdict.error();
    if (*verdict) {
        if (Status fits = (*verdict)->toStatus(site); !fits)
            return fits;
        log((*verdict)->summary());
    }

    // Nothing of ours may exist on the hosts: domains are transient, so one of that name runs.
    for (auto& [name, link] : s.hosts) {
        Result<QList<DomainInfo>> domains =
            link.connection->listDomains(domainName(s.plan.design, QString()));
        if (!domains)
            return domains.error();
        for (const SiteVcn& vcn : s.plan.vcns) {
            for (const DomainInfo& domain : *domains) {
                if (domain.name == vcn.domain)
                    return makeError(ErrorCode::Conflict,
                                     DeployJobText::tr("%1 runs on %2 already").arg(vcn.domain, name), name,
                                     DeployJobText::tr("a deployment of this VOC is up: destroy it first"));
            }
        }
    }
    // Room for the images not there yet and for every overlay to start.
    QHash<QString, qint64> needed;
    for (const ImageUpload& upload : s.plan.uploads) {
        for (const QString& host : upload.hosts) {
            Result<std::optional<VolumeInfo>> found =
                s.hosts.at(host).connection->findVolume(s.plan.pool, upload.volume);
            if (found && !found->has_value())
                needed[host] += upload.bytes;
        }
    }
    for (const SiteVcn& vcn : s.plan.vcns)
        needed[s.plan.sharing == StorageSharing::Shared ? s.plan.uploads.first().hosts.first() : vcn.host] +=
            overlayReserveBytes;
    for (auto it = needed.cbegin(); it != needed.cend(); ++it) {
        const StoragePoolInfo& pool = s.hosts.at(it.key()).pool;
        if (pool.availableBytes < it.value())
            return makeError(
                ErrorCode::Exhausted,
                DeployJobText::tr("the pool %1 on %2 has %3 MiB free; this deployment needs %4 MiB")
                    .arg(pool.name, it.key())
                    .arg(pool.availableBytes / (1024 * 1024))
                    .arg(it.value() / (1024 * 1024)),
                it.key(), DeployJobText::tr("free space in the pool or destroy other deployments"));
    }
    if (Status stop = checkCancelled(design); !stop)
        return stop;

    s.journal = std::make_unique<DeployJournal>(DeployJournal::pathFor(s.id, s.stateDir));
    if (Status opened = s.journal->open(true); !opened)
        return opened;
    const QJsonObject profile = QJsonDocument::fromJson(siteProfileToJson(o.profile)).object();
    QString accel = toString(s.hosts.begin()->second.accel);
    const QJsonObject record{{QStringLiteral("site"), site},
                             {QStringLiteral("profilePath"), o.profilePath},
                             {QStringLiteral("profile"), profile},
                             {QStringLiteral("designFile"), o.designFile},
                             {QStringLiteral("plan"), sitePlanToJson(s.plan)},
                             {QStringLiteral("accel"), accel},
                             {QStringLiteral("pid"), double(::getpid())},
                             {QStringLiteral("started"), DeployJournal::timestamp()}};
    if (Status written =
            s.journal->append({{JournalStep::Deployment, false, design, record},
                               {JournalStep::Stage, false, toString(DeployStage::Preflight), {}}});
        !written)
        return written;
    s.result.accel = s.hosts.begin()->second.accel;
    log(DeployJobText::tr("deployment %1, journal %2").arg(s.id, s.journal->path()));
    return Ok{};
}

Status DeployJob::retireIfGone(const DeploymentSummary& other)
{
    State& s = *m_state;
    SurveyTargets targets{.hosts = {},
                          .unreachable = {},
                          .directory = s.directory.get(),
                          .directoryProblem = {},
                          .pool = other.plan ? other.plan->pool : other.profile.storage.pool,
                          .voc = other.design};
    for (auto& [name, link] : s.hosts)
        targets.hosts.insert(name, link.connection.get());
    const DeploymentSurvey survey = surveyDeployment(other, targets);
    if (mayRetire(other, survey)) {
        if (Status retired = retireDeployment(other, s.id); !retired)
            return retired;
        log(DeployJobText::tr("%1 (%2) left nothing at %3 (%n object(s) checked, all gone): retired, its "
                              "journal kept",
                              nullptr, int(survey.objects.size()))
                .arg(other.id, deploymentStateTitle(other.state), other.site));
        return Ok{};
    }
    QStringList details;
    const QStringList present = survey.describe(Presence::Present);
    const QStringList unchecked = survey.describe(Presence::Unchecked);
    if (!present.isEmpty())
        details.append(DeployJobText::tr("still there: %1").arg(present.join(QStringLiteral("; "))));
    if (!unchecked.isEmpty())
        details.append(DeployJobText::tr("not checked: %1").arg(unchecked.join(QStringLiteral("; "))));
    return makeError(
        ErrorCode::Conflict,
        DeployJobText::tr("%1 is deployed at %2 already (%3, %4)")
                .arg(other.design, other.site, other.id, toString(other.state)) +
            (details.isEmpty() ? QString() : QStringLiteral(": ") + details.join(QStringLiteral("; "))),
        other.id,
        other.state == DeploymentState::Interrupted
            ? DeployJobText::tr("resume it (vocctl resume %1) or destroy it (vocctl destroy %1)")
                  .arg(other.id)
        : unchecked.isEmpty()
            ? DeployJobText::tr("destroy it first: vocctl destroy %1").arg(other.id)
            : DeployJobText::tr("destroy it first (vocctl destroy %1); if its site is gone for good, "
                                "vocctl destroy %1 --forget drops it")
                  .arg(other.id));
}

Status DeployJob::preflightResume()
{
    State& s = *m_state;
    Result<DeploymentSummary> summary = findDeployment(s.options.resumeId, s.stateDir);
    if (!summary)
        return summary.error();
    if (summary->state != DeploymentState::Interrupted)
        return makeError(ErrorCode::Conflict,
                         DeployJobText::tr("the deployment %1 is %2: only an interrupted one can be resumed")
                             .arg(summary->id, deploymentStateTitle(summary->state)),
                         summary->id);
    if (!summary->plan)
        return makeError(ErrorCode::Parse, DeployJobText::tr("the journal holds no plan"),
                         summary->journalPath,
                         DeployJobText::tr("destroy the deployment (vocctl destroy %1)").arg(summary->id));
    s.id = summary->id;
    s.plan = *summary->plan;
    s.options.profile = summary->profile;
    s.options.profilePath = summary->profilePath;
    s.resumed = *summary;
    QDir().mkpath(DeployJournal::folder(s.stateDir));
    s.lock = std::make_unique<QLockFile>(lockPath(s.stateDir, s.plan.design, s.options.profile));
    s.lock->setStaleLockTime(0);
    if (!s.lock->tryLock(0)) {
        s.lock.reset();
        return makeError(ErrorCode::Conflict,
                         DeployJobText::tr("%1 is being deployed or resumed already").arg(s.plan.design),
                         s.plan.site);
    }
    Acceleration accel = s.options.accel;
    if (accel == Acceleration::Auto)
        (void)fromString(summary->accel, &accel);
    Result<HostLinks> hosts = connectHosts(s.options.profile, *s.hypervisor, accel, true);
    if (!hosts)
        return hosts.error();
    s.hosts = std::move(hosts).value();
    Result<std::unique_ptr<Directory>> directory = openDirectory(
        s.options.profile, s.options.profilePath, s.options.ldapPassword, s.options.connectDirectory);
    if (!directory)
        return directory.error();
    s.directory = std::move(directory).value();
    emit planned(s.plan);
    s.journal = std::make_unique<DeployJournal>(summary->journalPath);
    if (Status opened = s.journal->open(false); !opened)
        return opened;
    // The pid of the record is what tells a live deployment from an interrupted one.
    QJsonObject again{{QStringLiteral("resumedBy"), double(::getpid())},
                      {QStringLiteral("at"), DeployJournal::timestamp()}};
    if (Status written =
            s.journal->append({{JournalStep::Stage, false, toString(DeployStage::Preflight), again}});
        !written)
        return written;
    s.result.accel = s.hosts.begin()->second.accel;
    log(DeployJobText::tr("resuming %1 (done before: %2 stages)").arg(s.id).arg(summary->stagesDone.size()));
    return Ok{};
}

void DeployJob::rollBack(const Error& cause)
{
    State& s = *m_state;
    log(DeployJobText::tr("rolling back after: %1").arg(cause.toString()));
    reportProgress(0, 1, DeployJobText::tr("rolling back"));
    for (DeployVcn& vcn : s.vcns)
        vcn.attached.reset();
    Result<DeploymentSummary> summary = DeployJournal::load(s.journal->path());
    if (!summary) {
        qCWarning(lcVirt).noquote() << "rollback: cannot read the journal:" << summary.error().toString();
        return;
    }
    TeardownContext context{.hosts = &s.hosts,
                            .directory = s.directory.get(),
                            .journal = s.journal.get(),
                            .voc = s.plan.design,
                            .pool = s.plan.pool,
                            .keepVolumes = false,
                            .volumesInUse = volumesUsedByOthers(s.id, s.options.profile, s.stateDir),
                            .unreachable = {},
                            .directoryProblem = {},
                            .log = [this](const QString& line) { log(line); }};
    DestroyReport report;
    QStringList left;
    tearDownDeployment(*summary, context, report, left);
    const QString name = left.isEmpty() ? QStringLiteral("rolled-back") : QStringLiteral("failed");
    (void)s.journal->done(JournalStep::Outcome, name,
                          {{QStringLiteral("error"), cause.toString()},
                           {QStringLiteral("left"), left.join(QLatin1Char('\n'))},
                           {QStringLiteral("at"), DeployJournal::timestamp()}});
    if (!left.isEmpty())
        log(DeployJobText::tr(
                "rollback incomplete, left: %1; run `vocctl destroy %2` when the hosts are back")
                .arg(left.join(QStringLiteral("; ")), s.id));
    else
        log(DeployJobText::tr(
                "rolled back: %1 domains, %2 overlays, %3 directory entries, %4 volumes removed")
                .arg(report.domains.size())
                .arg(report.overlays.size())
                .arg(report.entries.size())
                .arg(report.volumes.size()));
}

} // namespace voc
