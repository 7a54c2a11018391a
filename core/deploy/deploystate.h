// SPDX-License-Identifier: GPL-3.0-or-later
// The inside of DeployJob, shared by its stages (deployjob.cpp), the launch and boot probe
// (deploylaunch.cpp), the site survey (deploysurvey.cpp) and the teardown (deployteardown.cpp).
#pragma once

#include "deploy/voquota.h"
#include "deployjob.h"
#include "deployjournal.h"
#include "directory/directory.h"
#include "run/bootprobe.h"
#include "virt/hypervisor.h"

#include <QElapsedTimer>
#include <QFile>
#include <QHash>
#include <QLockFile>
#include <QMutex>

#include <deque>
#include <map>
#include <memory>
#include <optional>

namespace voc {

// One site host as the job uses it.
struct HostLink
{
    SiteHost host;
    std::shared_ptr<HypervisorConnection> connection;
    HostInfo info;
    StoragePoolInfo pool;
    Acceleration accel = Acceleration::Tcg;
};
using HostLinks = std::map<QString, HostLink>; // by SiteHost name

// Connects to every host of the profile in parallel and checks pool (exists, active) and bridge;
// the first failure names its host. With `unreachable`, hosts that fail are left out with their
// error by host name (destroy removes what it can reach).
Result<HostLinks> connectHosts(const SiteProfile& profile, Hypervisor& hypervisor, Acceleration accel,
                               bool checkPoolAndBridge, QHash<QString, Error>* unreachable = nullptr);

// What runs on a host already: vCPUs and memory of every domain (ours of other VOCs, anyone's).
Result<HostCapacity> measureCapacity(HostLink& link);
// vCPUs and memory MiB from a domain's XML (<vcpu>, <memory unit=...>).
std::pair<int, qint64> domainDemand(const QString& xml);

// At a site shared by VOs (the profile names its VO): the plan against the VO's grant and what the VO
// holds already, read as the VO (its records in `records`, the domains of its sessions on `hosts`,
// the volumes of its pool). nullopt for a single-tenant profile.
Result<std::optional<GrantVerdict>> checkDeploymentGrant(const SitePlan& plan, const SiteProfile& profile,
                                                         HostLinks& hosts, Directory& directory,
                                                         const QList<VcnRecord>& records);

// The directory of a site, opened as the options say (the profile's caFile relative to its file).
Result<std::unique_ptr<Directory>> openDirectory(const SiteProfile& profile, const QString& profilePath,
                                                 const QString& password,
                                                 const DirectoryConnector& connector);

// The design's own problems (errors only), as `vocctl validate` reports them.
Status checkDesign(const Design& design);

// Checksum, format and size of every base image of the design (the design's sha256 is checked
// against the file only by the push, which reads it anyway; an empty one is computed here).
Status inspectDesignImages(const Design& design, const QString& designDir, SitePlanInput& input,
                           const std::function<bool()>& cancelled);

// Console bytes with the time they came, from libvirt's event loop thread to the job's; also
// appended to the deployment's local serial log file.
struct DeployConsole
{
    QMutex mutex;
    QList<std::pair<qint64, QByteArray>> chunks;
    std::optional<Status> closed;
    QFile log;

    QList<std::pair<qint64, QByteArray>> take()
    {
        QMutexLocker lock(&mutex);
        return std::exchange(chunks, {});
    }
};

struct DeployVcn
{
    DeployVcn(SiteVcn planned, QString serialLogPath, qint64 watchdogMs)
        : vcn(std::move(planned))
        , serialLog(std::move(serialLogPath))
        , console(std::make_shared<DeployConsole>())
        , probe(vcn.entry.hostname, vcn.entry.mac, watchdogMs)
    {}

    SiteVcn vcn;
    QString serialLog;
    std::shared_ptr<DeployConsole> console;
    std::unique_ptr<Console> attached;
    BootProbe probe;
    QString overlayPath; // on the host
    bool sshAnswered = false;
    SshBannerWait ssh;
    qint64 nextSshTryMs = 0;
};

struct DeployJob::State
{
    DeployOptions options;
    QString id;
    QString stateDir;
    SitePlan plan;
    std::optional<DeploymentSummary> resumed; // the journal of the deployment being resumed
    std::unique_ptr<Hypervisor> ownHypervisor;
    Hypervisor* hypervisor = nullptr;
    HostLinks hosts;
    std::unique_ptr<Directory> directory;
    std::unique_ptr<DeployJournal> journal;
    std::unique_ptr<QLockFile> lock;
    std::deque<DeployVcn> vcns; // stable addresses: console callbacks hold pointers into it
    DeployResult result;
    QElapsedTimer total;
    QElapsedTimer clock; // since the first domain start call
    DeployStage stage = DeployStage::Preflight;
    QElapsedTimer stageClock;
};

// Removes what a summary lists as live (domains, overlays, entries, volumes unless keepVolumes),
// in that order, journalling every removal; what cannot be removed is listed in `left` with the
// reason. Volumes another live deployment's plan uses are kept (listed in `report.kept`).
struct TeardownContext
{
    HostLinks* hosts = nullptr;     // connections by host name; a missing host leaves its objects
    Directory* directory = nullptr; // null: entries are left
    DeployJournal* journal = nullptr;
    QString voc;
    QString pool;
    bool keepVolumes = false;
    QStringList volumesInUse;            // by other live deployments
    QHash<QString, QString> unreachable; // host name -> why (named with what it leaves)
    QString directoryProblem;            // why there is no directory connection
    std::function<void(const QString&)> log;
};
void tearDownDeployment(const DeploymentSummary& summary, TeardownContext& context, DestroyReport& report,
                        QStringList& left);
// Base volumes the plans of other live (not destroyed or rolled back) deployments use in the same
// pool: at the same site and, at a site shared by VOs, of the same VO (each VO has its own pool).
QStringList volumesUsedByOthers(const QString& id, const SiteProfile& profile, const QString& stateDir);

} // namespace voc
