// SPDX-License-Identifier: GPL-3.0-or-later
// LocalRunJob's helpers and its probe loop: consoles, leases and sshd until every VCN is ready.
#include "common/logging.h"
#include "localrun.h"
#include "localrunstate.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QThread>
#include <QThreadPool>

#include <QtConcurrent/QtConcurrentMap>
#include <numeric>

namespace voc {

namespace {

struct LocalProbeText
{
    Q_DECLARE_TR_FUNCTIONS(voc::LocalRun)
};

constexpr qint64 leasePollMs = 200;
constexpr qint64 sshRetryMs = 1000;
constexpr int loopSleepMs = 25;

} // namespace

Status LocalRunJob::State::forEachVcn(int parallelism, const std::function<Status(VcnRuntime&)>& step)
{
    QList<VcnRuntime*> items;
    for (VcnRuntime& vcn : vcns)
        items.append(&vcn);
    QList<std::optional<Error>> errors(items.size());
    QList<int> indexes(items.size());
    std::iota(indexes.begin(), indexes.end(), 0);
    QThreadPool pool;
    pool.setMaxThreadCount(qMax(1, parallelism));
    QtConcurrent::blockingMap(&pool, indexes, [&](int i) {
        Status status = step(*items[i]);
        if (!status)
            errors[i] = status.error();
    });
    for (const std::optional<Error>& error : errors) {
        if (error)
            return *error;
    }
    return Ok{};
}

Status LocalRunJob::State::forEachVcnOnConnections(
    int perConnection, const std::function<Status(VcnRuntime&, HypervisorConnection&)>& step)
{
    QList<HypervisorConnection*> all{connection.get()};
    for (const std::unique_ptr<HypervisorConnection>& worker : workers)
        all.append(worker.get());
    QList<VcnRuntime*> items;
    for (VcnRuntime& vcn : vcns)
        items.append(&vcn);
    // Threads take the VCNs in order, so the calls in flight at any moment are spread evenly.
    const int threads = int(qMin(items.size(), all.size() * qsizetype(qMax(1, perConnection))));
    QList<std::optional<Error>> errors(items.size());
    QList<int> indexes(items.size());
    std::iota(indexes.begin(), indexes.end(), 0);
    QThreadPool pool;
    pool.setMaxThreadCount(qMax(1, threads));
    QtConcurrent::blockingMap(&pool, indexes, [&](int i) {
        Status status = step(*items[i], *all[i % all.size()]);
        if (!status)
            errors[i] = status.error();
    });
    for (const std::optional<Error>& error : errors) {
        if (error)
            return *error;
    }
    return Ok{};
}

void LocalRunJob::State::noteNotMade(const std::function<QString(const VcnRuntime&)>& name)
{
    QList<JournalRecord> records;
    for (VcnRuntime& vcn : vcns) {
        if (vcn.notMade)
            records.append({JournalStep::Removed, true, name(vcn), {}});
        vcn.notMade = false;
    }
    if (!records.isEmpty())
        (void)journal->append(records);
}

Status LocalRunJob::State::openConsole(VcnRuntime& vcn)
{
    const QElapsedTimer started = clock; // a copy keeps the start; elapsed() is safe from any thread
    ConsoleCallbacks callbacks;
    callbacks.onData = [queue = vcn.queue, log = vcn.log, started](const QByteArray& bytes) {
        log->append(bytes);
        QMutexLocker lock(&queue->mutex);
        queue->chunks.append({started.elapsed(), bytes});
    };
    callbacks.onClosed = [queue = vcn.queue](const Status& status) {
        QMutexLocker lock(&queue->mutex);
        queue->closed = status;
    };
    Result<std::unique_ptr<Console>> console = connection->openConsole(vcn.domain, std::move(callbacks));
    if (!console)
        return console.error();
    vcn.console = std::move(console).value();
    return Ok{};
}

Status LocalRunJob::probeUntilReady()
{
    State& s = *m_state;
    const qint64 deadline = qint64(m_options.bootTimeoutSeconds) * 1000;
    qint64 nextLeasePoll = 0;
    for (;;) {
        if (Status cancelled = checkCancelled(m_options.design.name); !cancelled)
            return cancelled;
        if (!s.connection->isAlive())
            return makeError(ErrorCode::External,
                             LocalProbeText::tr("the connection to libvirt was lost during the boot"),
                             s.connection->uri(),
                             LocalProbeText::tr("check that libvirtd is running, then `vocctl down FILE`"));

        for (VcnRuntime& vcn : s.vcns) {
            for (const auto& [ms, bytes] : vcn.queue->take()) {
                for (const BootSample& sample : vcn.probe.feedConsole(bytes, ms))
                    noteSample(sample);
            }
        }
        qint64 now = s.clock.elapsed();
        if (now >= nextLeasePoll) {
            nextLeasePoll = now + leasePollMs;
            Result<QList<DhcpLease>> leases = s.connection->networkDhcpLeases(s.network);
            if (leases) {
                for (VcnRuntime& vcn : s.vcns) {
                    for (const BootSample& sample : vcn.probe.feedLeases(*leases, now))
                        noteSample(sample);
                }
            } else {
                qCDebug(lcVirt).noquote() << leases.error().toString();
            }
        }
        // Each VCN with an address keeps one connection waiting for sshd's banner; none blocks.
        for (VcnRuntime& vcn : s.vcns) {
            if (vcn.probe.isReady() || vcn.probe.address().isEmpty())
                continue;
            if (vcn.ssh.state() != SshBannerWait::State::Waiting) {
                if (now < vcn.nextSshTryMs)
                    continue;
                vcn.nextSshTryMs = now + sshRetryMs;
                vcn.ssh.start(vcn.probe.address(), now);
            }
            if (vcn.ssh.poll(s.clock.elapsed()) == SshBannerWait::State::Answered) {
                for (const BootSample& sample : vcn.probe.markSshAnswered(s.clock.elapsed()))
                    noteSample(sample);
            }
        }

        now = s.clock.elapsed();
        bool allReady = true;
        for (VcnRuntime& vcn : s.vcns) {
            if (vcn.probe.isReady())
                continue;
            allReady = false;
            if (vcn.probe.needsReset()) {
                qCWarning(lcVirt).noquote()
                    << QStringLiteral("%1: its kernel is stuck (%2); resetting it, once")
                           .arg(vcn.entry.hostname, vcn.probe.hang());
                if (Status reset = s.connection->reset(vcn.domain); !reset)
                    return reset.error();
                vcn.probe.markReset();
            }
            if (std::optional<Error> failed = vcn.probe.checkFailed(now)) {
                failed->hint += LocalProbeText::tr("; its serial log: %1").arg(vcn.serialLogPath);
                return *failed;
            }
            QMutexLocker lock(&vcn.queue->mutex);
            if (vcn.queue->closed && vcn.queue->chunks.isEmpty())
                return makeError(ErrorCode::External,
                                 LocalProbeText::tr("%1 stopped during its boot").arg(vcn.entry.hostname),
                                 vcn.entry.hostname,
                                 LocalProbeText::tr("see its serial log: %1").arg(vcn.serialLogPath));
        }
        if (allReady)
            return Ok{};
        if (now >= deadline) {
            QStringList late;
            for (const VcnRuntime& vcn : s.vcns) {
                if (!vcn.probe.isReady()) {
                    const QList<BootSample> seen = vcn.probe.samples();
                    late.append(QStringLiteral("%1 (%2)").arg(
                        vcn.entry.hostname,
                        seen.isEmpty() ? QStringLiteral("-") : bootPhaseName(seen.last().phase)));
                }
            }
            return makeError(ErrorCode::External,
                             LocalProbeText::tr("not ready within %1 s: %2")
                                 .arg(m_options.bootTimeoutSeconds)
                                 .arg(late.join(QStringLiteral(", "))),
                             late.first().section(QLatin1Char(' '), 0, 0),
                             LocalProbeText::tr("see the serial logs in %1; give more time with --timeout")
                                 .arg(QFileInfo(s.vcns.front().serialLogPath).absolutePath()));
        }
        QThread::msleep(loopSleepMs);
    }
}

} // namespace voc
