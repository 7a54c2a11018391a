// SPDX-License-Identifier: GPL-3.0-or-later
// The journal of a deployment: <stateDir>/deployments/<id>.jsonl, JSON lines written (and fsync'd)
// before every step (intent) and after it (done) with RunJournal's writer. Rollback, destroy, resume
// and the list of deployments read it, so a crash never leaves unknown domains, overlays, volumes or
// LDAP entries behind.
#pragma once

#include "common/result.h"
#include "deploy/siteplan.h"
#include "model/results.h"
#include "model/siteprofile.h"
#include "run/runjournal.h"

#include <QDateTime>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace voc {

enum class DeployStage
{
    Preflight,  // hosts reachable, pool and space, bridge, directory bind, names and addresses free
    PushImages, // base images to the site's pool (skipped when the volume is there)
    Register,   // the VCNs' entries in LDAP, all or nothing
    Publish,    // netsync has published them: every name resolves at the site's DNS
    Launch,     // overlays and domains on all hosts in parallel, started paused, consoles attached
    Boot,       // kernel, init, DHCP address, sshd
    Ready,
};
inline constexpr int deployStageCount = 7;
inline constexpr DeployStage allDeployStages[] = {
    DeployStage::Preflight, DeployStage::PushImages, DeployStage::Register, DeployStage::Publish,
    DeployStage::Launch,    DeployStage::Boot,       DeployStage::Ready};
QString toString(DeployStage stage); // "preflight", "push-images", ... (journal, JSON)
bool fromString(const QString& text, DeployStage* stage);
QString deployStageTitle(DeployStage stage); // translated: "Preflight", "Push images", ...

enum class StageState
{
    Pending,
    Running,
    Done,
    Skipped, // nothing to do (every image there already)
    Failed,
    Cancelled,
};
QString toString(StageState state);

enum class DeploymentState
{
    Deploying,   // its process is alive and working
    Interrupted, // its process died mid-deploy: `resume` or `destroy`
    Running,     // every VCN came up
    Failed,      // failed and its rollback could not remove everything: `destroy` retries
    RolledBack,  // failed or cancelled, everything it made removed
    Destroyed,
    Gone, // its site holds nothing of it any more (checked), or it was forgotten: retired, kept for the
          // record
};
QString toString(DeploymentState state);             // "deploying", "interrupted", "running", "failed", ...
QString deploymentStateTitle(DeploymentState state); // translated

// Something a deployment made (or meant to make) on a host or in the directory.
struct DeployedObject
{
    QString host;      // SiteHost name; empty for directory entries
    QString pool;      // volumes and overlays
    QString name;      // volume, overlay volume, domain name, or the VCN hostname of a directory entry
    QString vcn;       // the VCN it belongs to (overlays, domains, entries)
    bool done = false; // false: only the intent was written (the step may or may not have happened)

    bool operator==(const DeployedObject&) const = default;
};

// What a deployment's journal says.
struct DeploymentSummary
{
    QString id;
    QString journalPath;
    QString design;
    QString designFile;
    QString site;
    QString profilePath;
    SiteProfile profile; // as it was when deployed (destroy needs no profile file)
    std::optional<SitePlan> plan;
    QString accel;
    qint64 pid = 0;
    QDateTime ownerSince; // when `pid` took the deployment on (started or resumed); invalid: unknown
    QDateTime started;
    QDateTime finished;
    DeploymentState state = DeploymentState::Deploying;
    QString error; // the failure that ended it, when it failed
    QList<DeployStage> stagesDone;
    // Live objects: intended or done and not removed since, in journal order.
    QList<DeployedObject> volumes; // uploaded by this deployment (volumes found there are not listed)
    QList<DeployedObject> entries; // directory entries (name: VCN hostname)
    QList<DeployedObject> overlays;
    QList<DeployedObject> domains;
    QList<BootSample> samples;

    bool hasLiveObjects() const;
};

// Steps of a deployment journal, on top of RunJournal's generic records:
//  Deployment intent {site, profilePath, profile, designFile, plan, accel, pid}; done = ready reached
//  Stage intent/done, name = toString(DeployStage)
//  Volume {host, pool, uploaded}, DirectoryEntry {voc, vcn}, Overlay {host, pool, vcn},
//  Domain {host, vcn}, Phase {vcn... as local runs}, Removed {host, kind} after a rollback/destroy
//  Outcome name = "failed" | "rolled-back" | "destroyed" {error}, or "gone" {by} once a survey found
//  nothing of it at its site (each object then has a Removed record with "gone": true), or
//  "forgotten" {left} before `destroy --forget` moves the journal to <folder>/forgotten/
class DeployJournal
{
public:
    // <stateDir>/deployments; an empty stateDir means RunJournal::defaultStateDir().
    static QString folder(const QString& stateDir = {});
    static QString pathFor(const QString& id, const QString& stateDir = {});
    // <stateDir>/deployments/<id>/<hostname>.serial.log: the console as the deployment saw it.
    // <stateDir>/deployments/forgotten: journals dropped by `destroy --forget`, kept for the record.
    static QString forgottenFolder(const QString& stateDir = {});
    static QString serialLogPathFor(const QString& id, const QString& hostname, const QString& stateDir = {});
    // "<design>-<site>-<yyyyMMdd-HHmmss>" (UTC): sorts by time, safe as a file name.
    static QString makeId(const QString& design, const QString& site, const QDateTime& when);
    // Now (UTC, ISO 8601 with milliseconds): when a record's "at", "started" or "finished" happened.
    static QString timestamp();

    explicit DeployJournal(QString path);
    RunJournal& writer() { return m_writer; }
    const QString& path() const { return m_writer.path(); }
    Status open(bool truncate = false) { return m_writer.open(truncate); }
    void close() { m_writer.close(); }

    Status intent(JournalStep step, const QString& name, const QJsonObject& extra = {})
    {
        return m_writer.intent(step, name, extra);
    }
    Status done(JournalStep step, const QString& name, const QJsonObject& extra = {})
    {
        return m_writer.done(step, name, extra);
    }
    Status append(const QList<JournalRecord>& records) { return m_writer.append(records); }

    // Reads and summarises one journal; Deploying or Interrupted as ownerAlive() says.
    static Result<DeploymentSummary> load(const QString& path);
    static DeploymentSummary summarize(const QString& id, const QList<JournalRecord>& records,
                                       bool processAlive);

    // Whether the process `pid` still owns a deployment it took on at `since`: it exists, and it is
    // not younger than that (a younger one got the pid of a dead owner, after a reboot for example).
    static bool ownerAlive(qint64 pid, const QDateTime& since);

private:
    RunJournal m_writer;
};

// Every deployment in <stateDir>/deployments, newest first. Unreadable journals are skipped with a
// warning in the log.
Result<QList<DeploymentSummary>> listDeployments(const QString& stateDir = {});
// One by id (or a unique prefix of one); NotFound naming the folder otherwise.
Result<DeploymentSummary> findDeployment(const QString& id, const QString& stateDir = {});

} // namespace voc
