// SPDX-License-Identifier: GPL-3.0-or-later
// One-click deployment of a design to a VSP site: preflight -> push images -> register in LDAP ->
// wait for netsync -> overlays and domains on all hosts in parallel -> boot probes -> ready. Every
// step is journalled before and after; a failure or cancel rolls back exactly what this deployment
// made, in reverse order. Destroy and resume work from the journal, also after a crash.
#pragma once

#include "common/job.h"
#include "deploy/deployjournal.h"
#include "deploy/siteplan.h"
#include "model/design.h"
#include "model/results.h"
#include "model/siteprofile.h"
#include "site/sitecheck.h"
#include "virt/acceleration.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <array>
#include <functional>
#include <memory>
#include <optional>

namespace voc {

class Hypervisor;

struct DeployOptions
{
    Design design;
    QString designFile = {}; // recorded in the journal; relative image paths resolve against designDir
    QString designDir = {};
    SiteProfile profile;
    QString profilePath = {}; // recorded; its folder resolves the profile's relative files
    QString ldapPassword = {};
    Placement placement = Placement::Spread;
    double vcpuOvercommit = defaultVcpuOvercommit;
    Acceleration accel = Acceleration::Auto;
    QString stateDir = {};          // empty: RunJournal::defaultStateDir()
    int publishTimeoutSeconds = 30; // until every VCN name resolves at the site's DNS
    int bootTimeoutSeconds = 600;   // until every VCN is ready (TCG on a busy site is slow)
    int watchdogSeconds = 180;      // until every VCN shows its kernel banner
    bool waitForReady = true;       // false: done once every domain runs
    // The plan the user saw and confirmed: deployed as it is (its names and addresses are checked
    // again). Empty: planned by the job.
    std::optional<SitePlan> plan = {};
    // Continue this interrupted deployment instead of starting a new one: design, site and plan
    // come from its journal; what exists is checked step by step, the rest is done.
    QString resumeId = {};
    Hypervisor* hypervisor = nullptr;         // not owned; null: libvirt
    DirectoryConnector connectDirectory = {}; // null: connectLdapDirectory
};

struct DeployedVcn
{
    QString hostname;
    RoleKind role = RoleKind::Compute;
    QString host; // SiteHost name
    QString domain;
    QString overlayVolume;
    QString mac;
    QString ip;                // planned (the directory's)
    QString address;           // what the VCN reported (its DHCP lease via the console marker)
    QString leaseHostname;     // the name it got with it
    bool ready = false;        // sshd answered on its address from this machine
    QString serialLog;         // local copy of its console
    QList<BootSample> samples; // ms from the first domain start call
};

struct PushedImage
{
    QString volume;
    QString host;          // where it was pushed (or found)
    bool uploaded = false; // false: the pool had it already
    qint64 bytes = 0;
    qint64 ms = 0;
};

struct DeployResult
{
    QString id;
    QString site;
    QString design;
    QString journalPath;
    Acceleration accel = Acceleration::Tcg;
    QList<DeployedVcn> vcns;
    QList<PushedImage> images;
    std::array<qint64, deployStageCount> stageMs{-1, -1, -1, -1, -1, -1, -1}; // -1: not run
    qint64 totalMs = 0;

    QList<BootSample> samples() const;
    // The deployment as the results store keeps it: a site boot run with every VCN's samples.
    Run toBootRun(const QDateTime& started) const;
};

// Plans without changing anything: checks every host, counts what runs there, reads the directory
// and the images' checksums, then planForSite. The Deploy page's preview; DeployJob's first step.
class PlanSiteJob : public TypedJob<SitePlan>
{
    Q_OBJECT

public:
    explicit PlanSiteJob(DeployOptions options, QObject* parent = nullptr);
    ~PlanSiteJob() override;

protected:
    Result<SitePlan> run() override;

private:
    DeployOptions m_options;
};

class DeployJob : public TypedJob<DeployResult>
{
    Q_OBJECT

public:
    explicit DeployJob(DeployOptions options, QObject* parent = nullptr);
    // Detaches the consoles; the deployment keeps running (destroy removes it).
    ~DeployJob() override;

    // Known once the journal is open (right after preflight starts); empty before.
    QString deploymentId() const;

signals:
    void stageChanged(voc::DeployStage stage, voc::StageState state, const QString& detail);
    void logLine(const QString& line);
    void bootSample(const voc::BootSample& sample);
    // The plan once it is known (planned by the job or taken from the options or the journal).
    void planned(const voc::SitePlan& plan);

protected:
    Result<DeployResult> run() override;

private:
    struct State;
    Result<DeployResult> deploy();
    Status runStage(DeployStage stage, const std::function<Status(StageState*)>& work);
    Status preflight();
    Status preflightResume();
    // An earlier deployment of the same VOC at the same site: retired when the site holds nothing
    // of it (checked object by object), else the refusal naming what is there or was not checked.
    Status retireIfGone(const DeploymentSummary& other);
    Status pushImages(StageState* state);
    Status registerVcns(StageState* state);
    Status waitForPublish(StageState* state);
    Status launch();
    Status probeBoot();
    void noteSamples(const QList<BootSample>& samples);
    void rollBack(const Error& cause);
    void log(const QString& line);

    std::unique_ptr<State> m_state;
};

struct DestroyOptions
{
    QString id;
    QString stateDir = {};
    bool keepImages = false;   // keep the base volumes it uploaded (others may use them later)
    QString ldapPassword = {}; // the site's; the profile is the one in the journal
    Hypervisor* hypervisor = nullptr;
    DirectoryConnector connectDirectory = {};
    // Remove what can be reached, then drop the journal (moved to DeployJournal::forgottenFolder())
    // whatever is left: for a deployment whose site is gone. Ask the user first.
    bool forget = false;
};

struct DestroyReport
{
    QString id;
    QStringList domains;      // "kvm1: voc-demo-demo-head"
    QStringList overlays;     // "kvm1: voc-demo-demo-head.qcow2"
    QStringList entries;      // VCN hostnames removed from the directory
    QStringList volumes;      // base volumes deleted
    QStringList kept;         // base volumes kept (--keep-images, or used by another live deployment)
    QStringList left;         // forget: what could not be checked or removed ("kvm2: domain x (why)")
    QString forgottenJournal; // forget: where the journal went; empty when everything was removed
};

// Removes what a deployment's journal says might exist: domains, overlays, directory entries, and
// the volumes it uploaded unless kept or used by another live deployment. Works after a crash;
// refused while the deployment's process is alive (cancel it first). Idempotent.
class DestroyDeploymentJob : public TypedJob<DestroyReport>
{
    Q_OBJECT

public:
    explicit DestroyDeploymentJob(DestroyOptions options, QObject* parent = nullptr);
    ~DestroyDeploymentJob() override;

signals:
    void logLine(const QString& line);

protected:
    Result<DestroyReport> run() override;

private:
    DestroyOptions m_options;
};

// Resume: a DeployJob whose options carry resumeId (and the site's LDAP password); this fills the
// rest from the journal.
Result<DeployOptions> resumeOptions(const QString& id, const QString& ldapPassword,
                                    const QString& stateDir = {});
DeployOptions resumeOptions(const DeploymentSummary& deployment, const QString& ldapPassword,
                            const QString& stateDir = {});

} // namespace voc
