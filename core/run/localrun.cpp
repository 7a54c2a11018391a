// SPDX-License-Identifier: GPL-3.0-or-later
#include "localrun.h"

#include "bootprobe.h"
#include "common/logging.h"
#include "localrunstate.h"
#include "preflight.h"
#include "runjournal.h"
#include "seriallog.h"
#include "teardown.h"
#include "virt/domainxml.h"
#include "virt/libvirthypervisor.h"
#include "virt/overlay.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QFuture>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>
#include <QtConcurrent/QtConcurrentRun>

#include <cerrno>
#include <csignal>
#include <unistd.h>

namespace voc {

namespace {

struct LocalRunText
{
    Q_DECLARE_TR_FUNCTIONS(voc::LocalRun)
};

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno == EPERM);
}

} // namespace

QList<BootSample> LocalRunResult::samples() const
{
    QList<BootSample> all;
    for (const VcnRun& vcn : vcns)
        all += vcn.samples;
    return all;
}

Run LocalRunResult::toBootRun(const QDateTime& started) const
{
    Run run;
    run.kind = RunKind::Boot;
    run.target = RunTarget::Local;
    run.design = design;
    run.hosts = {uri};
    run.time = started;
    const QJsonObject settings{{QStringLiteral("accel"), toString(accel)},
                               {QStringLiteral("launchMs"), double(launchMs)},
                               {QStringLiteral("vcns"), int(vcns.size())}};
    run.settings = QString::fromUtf8(QJsonDocument(settings).toJson(QJsonDocument::Compact));
    run.bootSamples = samples();
    return run;
}

LocalRunJob::LocalRunJob(LocalRunOptions options, QObject* parent)
    : TypedJob<LocalRunResult>(parent)
    , m_options(std::move(options))
    , m_state(std::make_unique<State>())
{}

LocalRunJob::~LocalRunJob()
{
    // Consoles first: their callbacks must not outlive the connection or the queues.
    for (VcnRuntime& vcn : m_state->vcns)
        vcn.console.reset();
    m_state->workers.clear();
    m_state->connection.reset();
}

std::shared_ptr<SerialLog> LocalRunJob::serialLog(const QString& hostname) const
{
    for (const VcnRuntime& vcn : m_state->vcns) {
        if (vcn.entry.hostname == hostname)
            return vcn.log;
    }
    return nullptr;
}

Result<LocalRunResult> LocalRunJob::run()
{
    m_state->total.start();
    Result<LocalRunResult> result = launch();
    if (!result) {
        const bool bootFailure = m_state->domainsRunning && result.error().code != ErrorCode::Cancelled;
        if (m_state->journal && !(bootFailure && m_options.keepOnBootFailure))
            rollBack(result.error());
    }
    return result;
}

Result<LocalRunResult> LocalRunJob::launch()
{
    if (Status prepared = prepare(); !prepared)
        return prepared.error();
    qCDebug(lcVirt).noquote() << "plan, base images and connection after" << m_state->total.elapsed() << "ms";
    if (Status swept = sweepLeftovers(); !swept)
        return swept.error();
    qCDebug(lcVirt).noquote() << "leftovers checked after" << m_state->total.elapsed() << "ms";
    if (Status made = createNetworkAndOverlays(); !made)
        return made.error();
    if (Status created = createDomains(); !created)
        return created.error();
    if (Status resumed = resumeAll(); !resumed)
        return resumed.error();
    if (m_options.waitForReady) {
        if (Status probed = probeUntilReady(); !probed)
            return probed.error();
    }

    State& s = *m_state;
    LocalRunResult result;
    result.design = m_options.design.name;
    result.uri = s.connection->uri();
    result.network = s.network;
    result.accel = s.accel;
    result.journalPath = s.journal->path();
    result.launchMs = s.launchMs;
    result.startToRunningMs = s.startToRunningMs;
    for (const VcnRuntime& vcn : s.vcns) {
        result.vcns.append(VcnRun{.entry = vcn.entry,
                                  .domain = vcn.domain,
                                  .overlay = vcn.overlay,
                                  .serialLog = vcn.serialLogPath,
                                  .address = vcn.probe.address(),
                                  .leaseHostname = vcn.probe.leaseHostname(),
                                  .ready = vcn.probe.isReady(),
                                  .samples = vcn.probe.samples()});
    }
    if (Status up = s.journal->done(JournalStep::Run, m_options.design.name,
                                    {{QStringLiteral("launchMs"), double(s.launchMs)}});
        !up)
        return up.error();
    reportProgress(s.totalSteps, s.totalSteps, LocalRunText::tr("%1 VCNs up").arg(s.vcns.size()));
    return result;
}

Status LocalRunJob::prepare()
{
    State& s = *m_state;
    const QString name = m_options.design.name;
    reportProgress(0, 1, LocalRunText::tr("checking the design"));
    Result<Plan> plan = resolveLocalPlan(m_options.design, m_options.designDir);
    if (!plan)
        return plan.error();
    s.plan = std::move(plan).value();
    s.totalSteps = 6 + int(s.plan.entries.size());
    s.stateDir = m_options.stateDir.isEmpty() ? RunJournal::defaultStateDir() : m_options.stateDir;
    s.overlayDir = m_options.overlayDir.isEmpty() ? RunJournal::defaultOverlayDir(m_options.stateDir)
                                                  : m_options.overlayDir;
    s.overlayDir = QDir(s.overlayDir).absolutePath();
    s.network = networkName(name);
    for (const PlanEntry& entry : s.plan.entries) {
        s.hostnames.append(entry.hostname);
        s.vcns.emplace_back(entry, domainName(name, entry.hostname),
                            OverlayStore::overlayPath(s.overlayDir, domainName(name, QString()), entry),
                            RunJournal::serialLogPathFor(name, entry.hostname, s.stateDir),
                            qint64(m_options.watchdogSeconds) * 1000);
    }

    reportProgress(1, s.totalSteps, LocalRunText::tr("checking the base images"));
    if (Status images = checkBaseImages(s.plan, s.store, [this] { return isCancelled(); }); !images)
        return images;
    if (Status space = checkDiskSpace(s.overlayDir, int(s.plan.entries.size()), m_options.minFreeMiBPerVcn);
        !space)
        return space;
    if (Status cancelled = checkCancelled(name); !cancelled)
        return cancelled;

    reportProgress(2, s.totalSteps, LocalRunText::tr("connecting to %1").arg(m_options.uri));
    LibvirtHypervisor libvirt;
    Hypervisor& hypervisor = m_options.hypervisor ? *m_options.hypervisor : libvirt;
    Result<std::unique_ptr<HypervisorConnection>> connection = hypervisor.connect(m_options.uri);
    if (!connection) {
        Error error = connection.error();
        if (error.hint.isEmpty())
            error.hint =
                LocalRunText::tr("is libvirtd running? Start it (systemctl start libvirtd) or pass another "
                                 "--uri");
        return error;
    }
    s.connection = std::move(connection).value();
    Result<Acceleration> accel = resolveAcceleration(m_options.accel, *s.connection);
    if (!accel)
        return accel.error();
    s.accel = *accel;
    return Ok{};
}

Status LocalRunJob::sweepLeftovers()
{
    State& s = *m_state;
    const QString name = m_options.design.name;
    const QString journalPath = RunJournal::pathFor(name, s.stateDir);
    JournalSummary previous;
    const bool hasJournal = QFile::exists(journalPath);
    if (hasJournal) {
        if (Result<QList<JournalRecord>> records = RunJournal::read(journalPath))
            previous = RunJournal::summarize(*records);
    }
    if (hasJournal && !previous.upReached && previous.pid != qint64(::getpid()) && processAlive(previous.pid))
        return makeError(
            ErrorCode::Conflict,
            LocalRunText::tr("another run of %1 is starting (process %2)").arg(name).arg(previous.pid), name,
            LocalRunText::tr("wait for it, or stop it and run `vocctl down FILE`"));

    Result<LiveObjects> live = liveObjects(*s.connection, name, s.hostnames);
    if (!live)
        return live.error();
    // A launch that died halfway is ours to clean up; a run that came up, or VMs we have no journal
    // of, belong to someone who may still use them.
    const bool crashedRun = hasJournal && !previous.upReached;
    if (!live->isEmpty() && !crashedRun) {
        const QString taken = live->domains.isEmpty() ? live->networks.first() : live->domains.first();
        return makeError(ErrorCode::Conflict, LocalRunText::tr("%1 exists already").arg(taken), taken,
                         LocalRunText::tr("this VOC is running already: remove it with `vocctl down FILE`"));
    }
    reportProgress(3, s.totalSteps, LocalRunText::tr("removing leftovers of an earlier run"));
    Result<TeardownReport> swept = tearDownRun(*s.connection, {.designName = name,
                                                               .stateDir = s.stateDir,
                                                               .journalPath = journalPath,
                                                               .overlayDir = s.overlayDir,
                                                               .hostnames = s.hostnames,
                                                               .dnsmasqDir = m_options.dnsmasqDir});
    if (!swept)
        return swept.error();
    for (const QString& item : swept->domains + swept->overlays + swept->networks + swept->files)
        qCInfo(lcVirt).noquote() << "removed leftover" << item;
    return checkCancelled(name);
}

Status LocalRunJob::createNetworkAndOverlays()
{
    State& s = *m_state;
    const QString name = m_options.design.name;
    s.journal = std::make_unique<RunJournal>(RunJournal::pathFor(name, s.stateDir));
    if (Status opened = s.journal->open(true); !opened)
        return opened;
    const QJsonObject run{{QStringLiteral("uri"), s.connection->uri()},
                          {QStringLiteral("overlayDir"), s.overlayDir},
                          {QStringLiteral("accel"), toString(s.accel)},
                          {QStringLiteral("pid"), double(::getpid())}};
    Result<QString> xml = networkXml(s.plan, {.name = s.network});
    if (!xml)
        return xml.error();
    // Every intent of this stage in one write: one disk flush instead of one per VCN.
    QList<JournalRecord> intents{{JournalStep::Run, false, name, run},
                                 {JournalStep::Network, false, s.network, {}}};
    for (const VcnRuntime& vcn : s.vcns)
        intents.append(
            {JournalStep::Overlay, false, vcn.overlay, {{QStringLiteral("vcn"), vcn.entry.hostname}}});
    if (Status written = s.journal->append(intents); !written)
        return written;

    reportProgress(
        4, s.totalSteps,
        LocalRunText::tr("creating the network %1 and %2 overlays").arg(s.network).arg(s.vcns.size()));
    // libvirtd takes a while over a network (dnsmasq, firewall rules): the overlays and the extra
    // connections are made meanwhile.
    const int workerCount = m_options.connections > 0
                                ? m_options.connections - 1
                                : qBound(0, int((s.vcns.size() - 1) / qMax(1, m_options.parallelism)), 3);
    QThreadPool pool;
    pool.setMaxThreadCount(1 + workerCount);
    std::optional<Result<QString>> network;
    QFuture<void> networkMade =
        QtConcurrent::run(&pool, [&] { network.emplace(s.connection->createNetworkXml(*xml)); });
    std::vector<std::optional<Result<std::unique_ptr<HypervisorConnection>>>> workers(
        static_cast<std::size_t>(workerCount));
    QList<QFuture<void>> workersOpened;
    LibvirtHypervisor libvirt;
    Hypervisor& hypervisor = m_options.hypervisor ? *m_options.hypervisor : libvirt;
    for (auto& worker : workers)
        workersOpened.append(
            QtConcurrent::run(&pool, [&] { worker.emplace(hypervisor.connect(s.connection->uri())); }));
    const Status overlays = s.createOverlays(domainName(name, QString()), m_options.parallelism);
    networkMade.waitForFinished();
    for (QFuture<void>& opened : workersOpened)
        opened.waitForFinished();
    for (auto& worker : workers) {
        if (*worker)
            s.workers.push_back(std::move(*worker).value());
        else // fewer calls at once, nothing worse
            qCDebug(lcVirt).noquote() << "no extra connection:" << worker->error().toString();
    }
    qCDebug(lcVirt).noquote() << "network, overlays and" << s.workers.size() << "extra connections after"
                              << s.total.elapsed() << "ms";

    QList<JournalRecord> done;
    if (*network) {
        done.append({JournalStep::Network, true, s.network, {}});
    } else {
        // Not made by us (a network of that name may exist): the rollback must not touch it.
        done.append({JournalStep::Removed, true, s.network, {}});
    }
    if (overlays) {
        for (const VcnRuntime& vcn : s.vcns)
            done.append({JournalStep::Overlay, true, vcn.overlay, {}});
    }
    if (Status written = s.journal->append(done); !written)
        return written;
    if (!overlays)
        s.noteNotMade([](const VcnRuntime& vcn) { return vcn.overlay; });
    if (!*network)
        return network->error();
    if (!overlays)
        return overlays;
    return checkCancelled(name);
}

Status LocalRunJob::State::createOverlays(const QString& prefix, int parallelism)
{
    // A fresh overlay holds nothing but its header (the base's absolute path and format) and empty
    // tables: the same bytes for every VCN on that base. So qemu-img runs once per base image and
    // the other overlays are copies, instead of two qemu-img processes per VCN.
    QHash<QString, VcnRuntime*> first;
    for (VcnRuntime& vcn : vcns) {
        if (!first.contains(vcn.entry.image.path))
            first.insert(vcn.entry.image.path, &vcn);
    }
    Status made = forEachVcn(parallelism, [&](VcnRuntime& vcn) -> Status {
        if (first.value(vcn.entry.image.path) != &vcn)
            return Ok{};
        Result<QString> overlay = store.createFor(vcn.entry, vcn.entry.image.path, overlayDir, prefix);
        if (!overlay) {
            vcn.notMade = true;
            return overlay.error();
        }
        return Ok{};
    });
    for (VcnRuntime& vcn : vcns) {
        const VcnRuntime* model = first.value(vcn.entry.image.path);
        if (model == &vcn)
            continue;
        if (model->notMade) {
            vcn.notMade = true; // never tried: whatever has its name is not ours
            continue;
        }
        // Copying over an overlay could wipe the disk of a VCN that runs now.
        if (QFileInfo::exists(vcn.overlay)) {
            vcn.notMade = true;
            if (made)
                made = makeError(
                    ErrorCode::Conflict, LocalRunText::tr("the overlay exists already"), vcn.overlay,
                    LocalRunText::tr("another run of this VOC is up, or a crashed run left it: stop or "
                                     "clean that run first (vocctl down)"));
            continue;
        }
        QFile source(model->overlay);
        if (!source.copy(vcn.overlay)) {
            vcn.notMade = !QFileInfo::exists(vcn.overlay);
            if (made)
                made =
                    makeError(ErrorCode::Io,
                              LocalRunText::tr("could not create the overlay: %1").arg(source.errorString()),
                              vcn.overlay, LocalRunText::tr("check the folder's free space and permissions"));
        }
    }
    return made;
}

Status LocalRunJob::createDomains()
{
    State& s = *m_state;
    const QString name = m_options.design.name;
    QList<JournalRecord> intents;
    for (VcnRuntime& vcn : s.vcns) {
        Result<QString> xml = domainXml(vcn.entry, {.name = vcn.domain,
                                                    .designName = name,
                                                    .accel = s.accel,
                                                    .overlayPath = vcn.overlay,
                                                    .networkName = s.network,
                                                    .serialLogPath = vcn.serialLogPath});
        if (!xml)
            return xml.error();
        vcn.xml = *xml;
        // virtlogd would append to the log of an earlier run otherwise.
        QDir().mkpath(QFileInfo(vcn.serialLogPath).absolutePath());
        QFile::remove(vcn.serialLogPath);
        intents.append({JournalStep::SerialLog,
                        false,
                        vcn.serialLogPath,
                        {{QStringLiteral("vcn"), vcn.entry.hostname}}});
        intents.append(
            {JournalStep::Domain, false, vcn.domain, {{QStringLiteral("vcn"), vcn.entry.hostname}}});
    }
    if (Status written = s.journal->append(intents); !written)
        return written;

    reportProgress(6, s.totalSteps, LocalRunText::tr("starting %1 domains paused").arg(s.vcns.size()));
    // The boot clock starts with the first start call, as the paper's boot times do.
    s.clock.start();
    s.launchStartMs = s.total.elapsed();
    Status created = s.forEachVcnOnConnections(
        m_options.parallelism, [&](VcnRuntime& vcn, HypervisorConnection& connection) -> Status {
            Result<DomainInfo> domain = connection.createDomainXml(vcn.xml, true);
            if (!domain) {
                vcn.notMade = true;
                return domain.error();
            }
            vcn.created = true;
            // Attached while paused, so not one byte of the boot is missed; right away, while the
            // other domains are still starting.
            return s.openConsole(vcn);
        });
    qCInfo(lcVirt).noquote() << s.vcns.size() << "domains created paused, consoles attached after"
                             << s.clock.elapsed() << "ms";
    if (!created) {
        s.noteNotMade([](const VcnRuntime& vcn) { return vcn.domain; });
        return created;
    }
    QList<JournalRecord> done;
    for (const VcnRuntime& vcn : s.vcns)
        done.append({JournalStep::Domain, true, vcn.domain, {}});
    if (Status written = s.journal->append(done); !written)
        return written;
    return checkCancelled(name);
}

Status LocalRunJob::resumeAll()
{
    State& s = *m_state;
    Status resumed = s.forEachVcnOnConnections(
        m_options.parallelism, [&](VcnRuntime& vcn, HypervisorConnection& connection) -> Status {
            if (Status status = connection.resume(vcn.domain); !status)
                return status;
            vcn.runningMs = s.clock.elapsed();
            return Ok{};
        });
    if (!resumed)
        return resumed;
    s.domainsRunning = true;
    s.startToRunningMs = s.clock.elapsed();
    s.launchMs = s.total.elapsed();
    qCInfo(lcVirt).noquote() << s.vcns.size() << "domains running after" << s.launchMs << "ms";
    // The extra connections served the launch; the probe needs one.
    s.workers.clear();
    QList<BootSample> running;
    for (VcnRuntime& vcn : s.vcns)
        running += vcn.probe.markRunning(vcn.runningMs);
    noteSamples(running);
    return Ok{};
}

void LocalRunJob::noteSample(const BootSample& sample)
{
    noteSamples({sample});
}

void LocalRunJob::noteSamples(const QList<BootSample>& samples)
{
    State& s = *m_state;
    if (samples.isEmpty())
        return;
    (void)s.journal->append(phaseRecords(samples));
    for (const BootSample& sample : samples) {
        reportProgress(s.totalSteps - 1, s.totalSteps,
                       LocalRunText::tr("%1: %2 after %3 s")
                           .arg(sample.vcn, bootPhaseName(sample.phase),
                                QString::number(double(sample.ms) / 1000.0, 'f', 2)));
        emit bootSample(sample);
    }
}

void LocalRunJob::rollBack(const Error& cause)
{
    State& s = *m_state;
    reportProgress(0, 1, LocalRunText::tr("rolling back after: %1").arg(cause.what));
    for (VcnRuntime& vcn : s.vcns)
        vcn.console.reset();
    if (!s.connection)
        return;
    const QString path = s.journal->path();
    s.journal->close();
    Result<TeardownReport> removed = tearDownRun(*s.connection, {.designName = m_options.design.name,
                                                                 .stateDir = s.stateDir,
                                                                 .journalPath = path,
                                                                 .dnsmasqDir = m_options.dnsmasqDir,
                                                                 .journalOnly = true});
    if (!removed)
        qCWarning(lcVirt).noquote() << "rollback incomplete:" << removed.error().toString();
}

} // namespace voc
