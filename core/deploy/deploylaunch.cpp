// SPDX-License-Identifier: GPL-3.0-or-later
// DeployJob's launch (overlays and paused domains on every host in parallel, consoles, resume) and
// its boot probe (console markers, the SSH banner on each VCN's address).
#include "common/logging.h"
#include "deploystate.h"
#include "virt/domainxml.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QThread>
#include <QThreadPool>
#include <QtConcurrent/QtConcurrentMap>

#include <numeric>

namespace voc {

namespace {

struct DeployLaunchText
{
    Q_DECLARE_TR_FUNCTIONS(voc::DeployJob)
};

constexpr qint64 sshRetryMs = 1000;
constexpr int loopSleepMs = 25;
// libvirtd serves 5 calls of one client at once; two hosts, two connections.
constexpr int maxParallelCalls = 8;

Error onHost(Error error, const QString& host, const QString& vcn)
{
    const QString where = host + QLatin1Char('/') + vcn;
    error.where = error.where.isEmpty() ? where : where + QLatin1String(": ") + error.where;
    return error;
}

// Runs `step` for every VCN on up to maxParallelCalls threads; the first error in plan order.
Status forEach(std::deque<DeployVcn>& vcns, const std::function<Status(DeployVcn&)>& step)
{
    QList<int> indexes(qsizetype(vcns.size()));
    std::iota(indexes.begin(), indexes.end(), 0);
    QList<std::optional<Error>> errors(indexes.size());
    QThreadPool pool;
    pool.setMaxThreadCount(int(qMin<qsizetype>(maxParallelCalls, qMax<qsizetype>(1, indexes.size()))));
    QtConcurrent::blockingMap(&pool, indexes, [&](int i) {
        Status status = step(vcns[size_t(i)]);
        if (!status)
            errors[i] = status.error();
    });
    for (const std::optional<Error>& error : errors) {
        if (error)
            return *error;
    }
    return Ok{};
}

QJsonObject hostField(const SiteVcn& vcn, const QString& pool = {})
{
    QJsonObject object{{QStringLiteral("host"), vcn.host}, {QStringLiteral("vcn"), vcn.entry.hostname}};
    if (!pool.isEmpty())
        object.insert(QStringLiteral("pool"), pool);
    return object;
}

} // namespace

Status DeployJob::launch()
{
    State& s = *m_state;
    const qint64 watchdogMs = qint64(s.options.watchdogSeconds) * 1000;
    s.vcns.clear();
    for (const SiteVcn& vcn : s.plan.vcns)
        s.vcns.emplace_back(vcn, DeployJournal::serialLogPathFor(s.id, vcn.entry.hostname, s.stateDir),
                            watchdogMs);

    // What a resumed deployment has already: running domains are kept (their consoles re-attached).
    QSet<QString> running;
    QSet<QString> pausedThere; // made paused, and vocctl died before it resumed them all
    QSet<QString> overlaysThere;
    if (s.resumed) {
        for (const DeployedObject& domain : s.resumed->domains) {
            auto link = s.hosts.find(domain.host);
            if (link == s.hosts.end())
                continue;
            const Result<DomainState> state = link->second.connection->domainState(domain.name);
            if (!state)
                continue;
            running.insert(domain.name);
            if (*state == DomainState::Paused)
                pausedThere.insert(domain.name);
        }
        for (const DeployedObject& overlay : s.resumed->overlays) {
            auto link = s.hosts.find(overlay.host);
            if (link == s.hosts.end())
                continue;
            Result<std::optional<VolumeInfo>> found =
                link->second.connection->findVolume(s.plan.pool, overlay.name);
            if (found && found->has_value())
                overlaysThere.insert(overlay.name);
        }
    }

    // Base volume paths per host (a shared pool shows one file under the same path everywhere; a
    // host's pool is refreshed by findVolume, so it sees what another host uploaded).
    QHash<QString, VolumeInfo> bases; // host + '/' + volume: base images, kernels, initrds
    for (const SiteVcn& vcn : s.plan.vcns) {
        for (const QString& volume : {vcn.baseVolume, vcn.kernelVolume, vcn.initrdVolume}) {
            const QString key = vcn.host + QLatin1Char('/') + volume;
            if (volume.isEmpty() || bases.contains(key))
                continue;
            Result<std::optional<VolumeInfo>> found =
                s.hosts.at(vcn.host).connection->findVolume(s.plan.pool, volume);
            if (!found)
                return onHost(found.error(), vcn.host, vcn.entry.hostname);
            if (!found->has_value())
                return makeError(
                    ErrorCode::NotFound,
                    DeployLaunchText::tr("%1 does not see the image %2 in its pool %3")
                        .arg(vcn.host, volume, s.plan.pool),
                    vcn.host,
                    DeployLaunchText::tr("is the pool really shared? Check the site profile's storage"));
            bases.insert(key, **found);
        }
    }

    QList<JournalRecord> intents;
    for (const DeployVcn& vcn : s.vcns) {
        if (!overlaysThere.contains(vcn.vcn.overlayVolume))
            intents.append(
                {JournalStep::Overlay, false, vcn.vcn.overlayVolume, hostField(vcn.vcn, s.plan.pool)});
    }
    if (Status written = s.journal->append(intents); !written)
        return written;
    reportProgress(0, 3, DeployLaunchText::tr("creating %1 overlays").arg(s.vcns.size()));
    QMutex notMadeMutex;
    QList<JournalRecord> overlaysDone;
    // In parallel on every host (the libvirt layer copes with a pool that refuses its refresh while
    // another overlay of it is being built).
    Status overlays = forEach(s.vcns, [&](DeployVcn& vcn) -> Status {
        HypervisorConnection& connection = *s.hosts.at(vcn.vcn.host).connection;
        const VolumeInfo& base = bases.value(vcn.vcn.host + QLatin1Char('/') + vcn.vcn.baseVolume);
        if (overlaysThere.contains(vcn.vcn.overlayVolume)) {
            Result<std::optional<VolumeInfo>> found =
                connection.findVolume(s.plan.pool, vcn.vcn.overlayVolume);
            if (found && found->has_value())
                vcn.overlayPath = (*found)->path;
            return Ok{};
        }
        Result<VolumeInfo> made = connection.createOverlayVolume(s.plan.pool, vcn.vcn.overlayVolume,
                                                                 base.path, base.format, base.capacityBytes);
        QMutexLocker lock(&notMadeMutex);
        if (!made) {
            // Not made by us (a Conflict means someone else's volume has the name): never removed.
            overlaysDone.append({JournalStep::Removed,
                                 true,
                                 vcn.vcn.overlayVolume,
                                 {{QStringLiteral("host"), vcn.vcn.host},
                                  {QStringLiteral("kind"), QStringLiteral("overlay")}}});
            return onHost(made.error(), vcn.vcn.host, vcn.vcn.entry.hostname);
        }
        vcn.overlayPath = made->path;
        overlaysDone.append(
            {JournalStep::Overlay, true, vcn.vcn.overlayVolume, hostField(vcn.vcn, s.plan.pool)});
        return Ok{};
    });
    (void)s.journal->append(overlaysDone);
    if (!overlays)
        return overlays;
    if (Status stop = checkCancelled(s.plan.design); !stop)
        return stop;

    // Domains: paused, consoles attached, then all resumed together.
    intents.clear();
    for (DeployVcn& vcn : s.vcns) {
        if (running.contains(vcn.vcn.domain))
            continue;
        intents.append({JournalStep::Domain, false, vcn.vcn.domain, hostField(vcn.vcn)});
    }
    if (Status written = s.journal->append(intents); !written)
        return written;
    reportProgress(1, 3,
                   DeployLaunchText::tr("starting %1 domains paused on %2 hosts")
                       .arg(s.vcns.size())
                       .arg(s.plan.usedHosts().size()));
    s.clock.start();
    QList<JournalRecord> domainsDone;
    Status created = forEach(s.vcns, [&](DeployVcn& vcn) -> Status {
        HostLink& link = s.hosts.at(vcn.vcn.host);
        // The local copy of the console: virtlogd's file stays on the host.
        QDir().mkpath(QFileInfo(vcn.serialLog).absolutePath());
        vcn.console->log.setFileName(vcn.serialLog);
        (void)vcn.console->log.open(QIODevice::WriteOnly | QIODevice::Append);
        if (!running.contains(vcn.vcn.domain)) {
            // Kernel boot reads kernel and initrd from their volumes on the host.
            PlanEntry entry = vcn.vcn.entry;
            if (!vcn.vcn.kernelVolume.isEmpty())
                entry.image.kernel = bases.value(vcn.vcn.host + QLatin1Char('/') + vcn.vcn.kernelVolume).path;
            if (!vcn.vcn.initrdVolume.isEmpty())
                entry.image.initrd = bases.value(vcn.vcn.host + QLatin1Char('/') + vcn.vcn.initrdVolume).path;
            Result<QString> xml = domainXml(entry, {.name = vcn.vcn.domain,
                                                    .designName = s.plan.design,
                                                    .accel = link.accel,
                                                    .overlayPath = vcn.overlayPath,
                                                    .networkName = {},
                                                    .serialLogPath = {},
                                                    .vnc = false,
                                                    .bridge = s.plan.bridge});
            if (!xml)
                return xml.error();
            Result<DomainInfo> domain = link.connection->createDomainXml(*xml, true);
            QMutexLocker lock(&notMadeMutex);
            if (!domain) {
                domainsDone.append({JournalStep::Removed,
                                    true,
                                    vcn.vcn.domain,
                                    {{QStringLiteral("host"), vcn.vcn.host},
                                     {QStringLiteral("kind"), QStringLiteral("domain")}}});
                return onHost(domain.error(), vcn.vcn.host, vcn.vcn.entry.hostname);
            }
            domainsDone.append({JournalStep::Domain, true, vcn.vcn.domain, hostField(vcn.vcn)});
        }
        const QElapsedTimer started = s.clock;
        ConsoleCallbacks callbacks;
        callbacks.onData = [console = vcn.console, started](const QByteArray& bytes) {
            QMutexLocker lock(&console->mutex);
            console->log.write(bytes);
            console->log.flush();
            console->chunks.append({started.elapsed(), bytes});
        };
        callbacks.onClosed = [console = vcn.console](const Status& status) {
            QMutexLocker lock(&console->mutex);
            console->closed = status;
        };
        Result<std::unique_ptr<Console>> console =
            link.connection->openConsole(vcn.vcn.domain, std::move(callbacks));
        if (!console)
            return onHost(console.error(), vcn.vcn.host, vcn.vcn.entry.hostname);
        vcn.attached = std::move(console).value();
        return Ok{};
    });
    (void)s.journal->append(domainsDone);
    if (!created)
        return created;
    if (Status stop = checkCancelled(s.plan.design); !stop)
        return stop;

    reportProgress(2, 3, DeployLaunchText::tr("resuming %1 domains").arg(s.vcns.size()));
    QList<BootSample> samples;
    Status resumed = forEach(s.vcns, [&](DeployVcn& vcn) -> Status {
        HypervisorConnection& connection = *s.hosts.at(vcn.vcn.host).connection;
        if (!running.contains(vcn.vcn.domain) || pausedThere.contains(vcn.vcn.domain)) {
            if (Status status = connection.resume(vcn.vcn.domain); !status)
                return onHost(status.error(), vcn.vcn.host, vcn.vcn.entry.hostname);
        }
        const qint64 ms = s.clock.elapsed();
        QMutexLocker lock(&notMadeMutex);
        samples += vcn.probe.markRunning(ms);
        return Ok{};
    });
    if (!resumed)
        return resumed;
    noteSamples(samples);
    log(DeployLaunchText::tr("%1 domains running on %2 after %3 ms")
            .arg(s.vcns.size())
            .arg(s.plan.usedHosts().join(QStringLiteral(", ")))
            .arg(s.clock.elapsed()));
    return Ok{};
}

void DeployJob::noteSamples(const QList<BootSample>& samples)
{
    State& s = *m_state;
    if (samples.isEmpty())
        return;
    (void)s.journal->append(phaseRecords(samples));
    for (const BootSample& sample : samples) {
        log(DeployLaunchText::tr("%1: %2 after %3 s")
                .arg(sample.vcn, bootPhaseName(sample.phase),
                     QString::number(double(sample.ms) / 1000.0, 'f', 2)));
        emit bootSample(sample);
    }
}

Status DeployJob::probeBoot()
{
    State& s = *m_state;
    const qint64 deadline = qint64(s.options.bootTimeoutSeconds) * 1000;
    int readyCount = 0;
    for (;;) {
        if (Status stop = checkCancelled(s.plan.design); !stop)
            return stop;
        for (auto& [name, link] : s.hosts) {
            if (!link.connection->isAlive())
                return makeError(
                    ErrorCode::External,
                    DeployLaunchText::tr("the connection to %1 was lost during the boot").arg(name), name,
                    DeployLaunchText::tr("check the host's libvirtd; the deployment is rolled back"));
        }
        for (DeployVcn& vcn : s.vcns) {
            QList<BootSample> samples;
            for (const auto& [ms, bytes] : vcn.console->take())
                samples += vcn.probe.feedConsole(bytes, ms);
            noteSamples(samples);
        }
        qint64 now = s.clock.elapsed();
        // Each VCN with an address keeps one connection waiting for sshd's banner; none blocks.
        for (DeployVcn& vcn : s.vcns) {
            // Before its DHCP marker a VCN has no address yet; the planned one is what it gets.
            if (vcn.sshAnswered || !vcn.probe.reached(BootPhase::Network))
                continue;
            if (vcn.ssh.state() != SshBannerWait::State::Waiting) {
                if (now < vcn.nextSshTryMs)
                    continue;
                vcn.nextSshTryMs = now + sshRetryMs;
                vcn.ssh.start(vcn.probe.address().isEmpty() ? vcn.vcn.entry.ip : vcn.probe.address(), now);
            }
            if (vcn.ssh.poll(s.clock.elapsed()) != SshBannerWait::State::Answered)
                continue;
            vcn.sshAnswered = true;
            noteSamples(vcn.probe.markSshAnswered(s.clock.elapsed()));
            ++readyCount;
            reportProgress(readyCount, int(s.vcns.size()),
                           DeployLaunchText::tr("%1 ready (%2 of %3)")
                               .arg(vcn.vcn.entry.hostname)
                               .arg(readyCount)
                               .arg(s.vcns.size()));
            if (!vcn.probe.address().isEmpty() && vcn.probe.address() != vcn.vcn.entry.ip)
                log(DeployLaunchText::tr("%1 reports the address %2, the directory holds %3")
                        .arg(vcn.vcn.entry.hostname, vcn.probe.address(), vcn.vcn.entry.ip));
        }
        now = s.clock.elapsed();
        bool allReady = true;
        for (DeployVcn& vcn : s.vcns) {
            if (vcn.sshAnswered)
                continue;
            allReady = false;
            if (vcn.probe.needsReset()) {
                log(DeployLaunchText::tr("%1 on %2: its kernel is stuck (%3); resetting it, once")
                        .arg(vcn.vcn.entry.hostname, vcn.vcn.host, vcn.probe.hang()));
                if (Status reset = s.hosts.at(vcn.vcn.host).connection->reset(vcn.vcn.domain); !reset)
                    return onHost(reset.error(), vcn.vcn.host, vcn.vcn.entry.hostname);
                vcn.probe.markReset();
            }
            if (std::optional<Error> failed = vcn.probe.checkFailed(now)) {
                failed->where = vcn.vcn.host + QLatin1Char('/') + vcn.vcn.entry.hostname;
                failed->hint += DeployLaunchText::tr("; its console: %1").arg(vcn.serialLog);
                return *failed;
            }
            QMutexLocker lock(&vcn.console->mutex);
            if (vcn.console->closed && vcn.console->chunks.isEmpty())
                return makeError(ErrorCode::External,
                                 DeployLaunchText::tr("%1 stopped during its boot on %2")
                                     .arg(vcn.vcn.entry.hostname, vcn.vcn.host),
                                 vcn.vcn.host + QLatin1Char('/') + vcn.vcn.entry.hostname,
                                 DeployLaunchText::tr("see its console: %1").arg(vcn.serialLog));
        }
        if (allReady)
            return Ok{};
        if (now >= deadline) {
            QStringList late;
            for (const DeployVcn& vcn : s.vcns) {
                if (vcn.sshAnswered)
                    continue;
                const QList<BootSample> seen = vcn.probe.samples();
                late.append(QStringLiteral("%1 (%2)").arg(vcn.vcn.entry.hostname,
                                                          seen.isEmpty() ? QStringLiteral("-")
                                                                         : bootPhaseName(seen.last().phase)));
            }
            return makeError(ErrorCode::External,
                             DeployLaunchText::tr("not ready within %1 s: %2")
                                 .arg(s.options.bootTimeoutSeconds)
                                 .arg(late.join(QStringLiteral(", "))),
                             late.first().section(QLatin1Char(' '), 0, 0),
                             DeployLaunchText::tr("see the consoles in %1")
                                 .arg(QFileInfo(s.vcns.front().serialLog).absolutePath()));
        }
        QThread::msleep(loopSleepMs);
    }
}

} // namespace voc
