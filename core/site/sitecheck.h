// SPDX-License-Identifier: GPL-3.0-or-later
// "Test connection" for a site profile: every host's libvirt (versions, CPUs, memory, storage pool,
// bridge) and the directory (bind, who am I, base DN, VOC and VCN counts), each result or error on
// its own, so one unreachable host does not hide what works.
#pragma once

#include "common/job.h"
#include "common/result.h"
#include "directory/directory.h"
#include "model/siteprofile.h"
#include "virt/hypervisor.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>
#include <optional>

namespace voc {

struct HostCheck
{
    QString name; // from the profile
    QString uri;
    std::optional<Error> connectError; // set: nothing else below was checked
    HostInfo host;
    std::optional<StoragePoolInfo> pool; // empty: see poolError (NotFound when the pool is missing)
    std::optional<Error> poolError;
    std::optional<bool> bridge; // empty: see bridgeError
    std::optional<Error> bridgeError;
    qint64 elapsedMs = 0;

    bool connected() const { return !connectError.has_value(); }
    // Connected, the pool exists and is active, the bridge exists.
    bool ok() const { return connected() && pool && pool->active && bridge.value_or(false); }
};

struct DirectoryCheck
{
    bool checked = false; // false: the profile names no directory
    std::optional<Error> error;
    DirectoryInfo info;
    qint64 elapsedMs = 0;

    bool ok() const { return checked && !error; }
};

struct SiteCheckReport
{
    QString site;
    QString pool;           // what was looked for on every host
    QString bridge;         // "
    QList<HostCheck> hosts; // in the profile's order
    DirectoryCheck directory;

    bool ok() const;
    // One line per failed check ("kvm2: could not connect ..."), for vocctl and the status bar.
    QStringList failures() const;
};

// Opens a directory; tests pass a fake, the default is connectLdapDirectory.
using DirectoryConnector = std::function<Result<std::unique_ptr<Directory>>(const DirectoryConfig&)>;

// The report is the result even when checks fail (they are in it); the job fails only when
// cancelled. Hosts are checked in parallel (at most maxParallelHosts at once); progress counts
// finished hosts, then the directory. cancel() skips hosts not started yet and the directory.
class SiteCheckJob : public TypedJob<SiteCheckReport>
{
    Q_OBJECT

public:
    static constexpr int maxParallelHosts = 8;

    // hypervisor: not owned, must outlive the job; null means a LibvirtHypervisor of the job's own.
    SiteCheckJob(SiteProfile profile, QString ldapPassword, Hypervisor* hypervisor = nullptr,
                 QObject* parent = nullptr);
    ~SiteCheckJob() override;

    void setDirectoryConnector(DirectoryConnector connector) { m_connectDirectory = std::move(connector); }
    // Skip the directory (vocctl's --hosts-only, or a profile still being written).
    void setCheckDirectory(bool check) { m_checkDirectory = check; }

    const SiteProfile& profile() const { return m_profile; }

protected:
    Result<SiteCheckReport> run() override;

private:
    HostCheck checkHost(const SiteHost& host);
    DirectoryCheck checkDirectory();

    SiteProfile m_profile;
    QString m_password;
    Hypervisor* m_hypervisor;
    std::unique_ptr<Hypervisor> m_ownHypervisor;
    DirectoryConnector m_connectDirectory;
    bool m_checkDirectory = true;
};

} // namespace voc
