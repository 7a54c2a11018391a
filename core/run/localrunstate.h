// SPDX-License-Identifier: GPL-3.0-or-later
// The inside of LocalRunJob, shared by its launch (localrun.cpp) and its probe loop (localprobe.cpp).
#pragma once

#include "bootprobe.h"
#include "localrun.h"
#include "runjournal.h"
#include "seriallog.h"
#include "virt/hypervisor.h"
#include "virt/overlay.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QMutex>

#include <deque>
#include <functional>
#include <memory>
#include <optional>
#include <vector>

namespace voc {

// Console bytes with the time they came, handed from libvirt's event loop thread to the job's.
struct ConsoleQueue
{
    QMutex mutex;
    QList<std::pair<qint64, QByteArray>> chunks;
    std::optional<Status> closed; // set once the console ended

    QList<std::pair<qint64, QByteArray>> take()
    {
        QMutexLocker lock(&mutex);
        return std::exchange(chunks, {});
    }
};

struct VcnRuntime
{
    VcnRuntime(PlanEntry planEntry, QString domainName, QString overlayPath, QString logPath,
               qint64 watchdogMs)
        : entry(std::move(planEntry))
        , domain(std::move(domainName))
        , overlay(std::move(overlayPath))
        , serialLogPath(logPath)
        , log(std::make_shared<SerialLog>(std::move(logPath)))
        , queue(std::make_shared<ConsoleQueue>())
        , probe(entry.hostname, entry.mac, watchdogMs)
    {}

    PlanEntry entry;
    QString domain;
    QString overlay;
    QString serialLogPath;
    QString xml;
    std::shared_ptr<SerialLog> log;
    std::shared_ptr<ConsoleQueue> queue;
    std::unique_ptr<Console> console;
    BootProbe probe;
    bool created = false;
    bool notMade = false; // its create call failed: whatever has its name is not ours
    qint64 runningMs = 0;
    SshBannerWait ssh;
    qint64 nextSshTryMs = 0;
};

struct LocalRunJob::State
{
    Plan plan;
    QStringList hostnames;
    QString stateDir;
    QString overlayDir;
    QString network;
    Acceleration accel = Acceleration::Tcg;
    OverlayStore store;
    std::unique_ptr<HypervisorConnection> connection;
    // More connections for the domain starts and resumes: libvirtd carries out only a few calls of
    // one client at once (max_client_requests, 5 by default) and queues the rest.
    std::vector<std::unique_ptr<HypervisorConnection>> workers;
    std::unique_ptr<RunJournal> journal;
    std::deque<VcnRuntime> vcns; // stable addresses: console callbacks never see a moved element
    QElapsedTimer total;         // since the job started
    QElapsedTimer clock;         // since the first domain start call
    qint64 launchStartMs = 0;
    qint64 launchMs = 0;
    qint64 startToRunningMs = 0;
    bool domainsRunning = false;
    int totalSteps = 1;

    // Runs `step` for every VCN on up to `parallelism` threads; the first error in plan order.
    Status forEachVcn(int parallelism, const std::function<Status(VcnRuntime&)>& step);
    // Like forEachVcn, spread over `connection` and `workers`: VCN i calls connection i mod n, and
    // every connection carries up to `perConnection` calls at once.
    Status forEachVcnOnConnections(int perConnection,
                                   const std::function<Status(VcnRuntime&, HypervisorConnection&)>& step);
    // Journals the names whose create call failed as not ours (see VcnRuntime::notMade).
    void noteNotMade(const std::function<QString(const VcnRuntime&)>& name);
    Status openConsole(VcnRuntime& vcn);
    // Every VCN's overlay: qemu-img for the first VCN on each base image, copies of that for the rest.
    Status createOverlays(const QString& prefix, int parallelism);
};

} // namespace voc
