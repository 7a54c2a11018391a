// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitecheck.h"

#include "common/logging.h"
#include "virt/libvirthypervisor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QMutex>
#include <QThreadPool>

#include <atomic>
#include <vector>

namespace voc {

namespace {

struct SiteCheckText
{
    Q_DECLARE_TR_FUNCTIONS(voc::SiteCheck)
};

} // namespace

bool SiteCheckReport::ok() const
{
    for (const HostCheck& host : hosts)
        if (!host.ok())
            return false;
    return !hosts.isEmpty() && (!directory.checked || directory.ok());
}

QStringList SiteCheckReport::failures() const
{
    QStringList lines;
    // ok() is false then; the reason must be said, or the check fails without a word.
    if (hosts.isEmpty())
        lines.append(SiteCheckText::tr("hosts: the site profile names no host to check; add at least one "
                                       "KVM host with its libvirt URI"));
    for (const HostCheck& h : hosts) {
        const QString name = h.name.isEmpty() ? h.uri : h.name;
        if (h.connectError) {
            lines.append(QStringLiteral("%1: %2").arg(name, h.connectError->toString()));
            continue;
        }
        if (h.poolError)
            lines.append(QStringLiteral("%1: %2").arg(name, h.poolError->toString()));
        else if (h.pool && !h.pool->active)
            lines.append(SiteCheckText::tr("%1: the storage pool %2 is not active (virsh pool-start %2)")
                             .arg(name, h.pool->name));
        if (h.bridgeError)
            lines.append(QStringLiteral("%1: %2").arg(name, h.bridgeError->toString()));
        else if (h.bridge && !*h.bridge)
            lines.append(SiteCheckText::tr("%1: no bridge named %2 on this host").arg(name, bridge));
    }
    if (directory.checked && directory.error)
        lines.append(SiteCheckText::tr("directory: %1").arg(directory.error->toString()));
    return lines;
}

SiteCheckJob::SiteCheckJob(SiteProfile profile, QString ldapPassword, Hypervisor* hypervisor, QObject* parent)
    : TypedJob<SiteCheckReport>(parent)
    , m_profile(std::move(profile))
    , m_password(std::move(ldapPassword))
    , m_hypervisor(hypervisor)
    , m_connectDirectory(connectLdapDirectory)
{
    if (!m_hypervisor) {
        m_ownHypervisor = std::make_unique<LibvirtHypervisor>();
        m_hypervisor = m_ownHypervisor.get();
    }
}

SiteCheckJob::~SiteCheckJob() = default;

HostCheck SiteCheckJob::checkHost(const SiteHost& host)
{
    HostCheck check;
    check.name = host.name;
    check.uri = host.uri;
    QElapsedTimer timer;
    timer.start();
    Result<std::unique_ptr<HypervisorConnection>> connection = m_hypervisor->connect(host.uri);
    if (!connection) {
        Error error = connection.error();
        if (error.where.isEmpty())
            error.where = host.uri;
        check.connectError = error;
        check.elapsedMs = timer.elapsed();
        return check;
    }
    HypervisorConnection& c = **connection;
    if (Result<HostInfo> info = c.hostInfo(); info)
        check.host = *info;
    else
        check.connectError = info.error();
    if (!check.connectError) {
        if (Result<StoragePoolInfo> pool = c.storagePool(m_profile.storage.pool); pool)
            check.pool = *pool;
        else
            check.poolError = pool.error();
        if (Result<bool> bridge = c.hasBridge(m_profile.network.bridge); bridge)
            check.bridge = *bridge;
        else
            check.bridgeError = bridge.error();
    }
    check.elapsedMs = timer.elapsed();
    qCInfo(lcVirt).noquote() << "site check" << host.name << host.uri << (check.ok() ? "ok" : "failed")
                             << "in" << check.elapsedMs << "ms";
    return check;
}

DirectoryCheck SiteCheckJob::checkDirectory()
{
    DirectoryCheck check;
    check.checked = true;
    QElapsedTimer timer;
    timer.start();
    Result<std::unique_ptr<Directory>> directory =
        m_connectDirectory(DirectoryConfig::fromSite(m_profile.directory, m_password));
    if (!directory) {
        check.error = directory.error();
    } else if (Result<DirectoryInfo> info = (*directory)->info(); !info) {
        check.error = info.error();
    } else {
        check.info = *info;
    }
    check.elapsedMs = timer.elapsed();
    qCInfo(lcLdap).noquote() << "site check directory" << m_profile.directory.uri
                             << (check.error ? "failed" : "ok") << "in" << check.elapsedMs << "ms";
    return check;
}

Result<SiteCheckReport> SiteCheckJob::run()
{
    SiteCheckReport report;
    report.site = m_profile.name;
    report.pool = m_profile.storage.pool;
    report.bridge = m_profile.network.bridge;
    const bool withDirectory = m_checkDirectory && !m_profile.directory.uri.isEmpty();
    const int hostCount = int(m_profile.hosts.size());
    const int total = hostCount + (withDirectory ? 1 : 0);

    // Hosts in parallel: a slow or unreachable one (ssh timing out) must not hold up the others.
    std::vector<HostCheck> results(static_cast<std::size_t>(hostCount));
    // Progress is reported one host at a time, in order: a listener connected directly (a test's
    // QSignalSpy, a command line printer) is called on the pool's threads and must never be entered
    // by two at once.
    int done = 0;
    QMutex progressMutex;
    reportProgress(0, total, SiteCheckText::tr("Connecting to %n host(s)", nullptr, hostCount));
    {
        QThreadPool pool;
        pool.setMaxThreadCount(std::max(1, std::min(hostCount, maxParallelHosts)));
        for (int i = 0; i < hostCount; ++i) {
            pool.start([this, i, total, &results, &done, &progressMutex] {
                const SiteHost& host = m_profile.hosts.at(i);
                if (isCancelled())
                    return; // reported as cancelled below
                results[std::size_t(i)] = checkHost(host);
                const QMutexLocker lock(&progressMutex);
                reportProgress(++done, total, SiteCheckText::tr("Checked host %1").arg(host.name));
            });
        }
        pool.waitForDone();
    }
    if (Status cancelled = checkCancelled(m_profile.name); !cancelled)
        return cancelled.error();
    report.hosts = QList<HostCheck>(results.begin(), results.end());

    if (withDirectory) {
        reportProgress(hostCount, total,
                       SiteCheckText::tr("Binding to the directory %1").arg(m_profile.directory.uri));
        report.directory = checkDirectory();
        reportProgress(total, total, SiteCheckText::tr("Checked the directory"));
    }
    return report;
}

} // namespace voc
