// SPDX-License-Identifier: GPL-3.0-or-later
// What of a deployment's journal still exists at its site, object by object: each domain, overlay
// and volume asked of its host, each directory entry of the directory. A deployment of which every
// object was checked and found gone no longer blocks a new one of its design (it is retired: its
// journal says so and stays); one whose hosts cannot be reached can be forgotten (destroy --forget).
#pragma once

#include "common/job.h"
#include "deploy/deployjournal.h"
#include "directory/directory.h"
#include "site/sitecheck.h"

#include <QHash>
#include <QList>
#include <QString>
#include <QStringList>

namespace voc {

class Hypervisor;
class HypervisorConnection;

enum class Presence
{
    Present,
    Gone,
    Unchecked, // its host or the directory could not be asked (why says so)
};

struct SurveyedObject
{
    QString kind; // "domain", "overlay", "volume", "entry" (the journal's Removed kinds)
    DeployedObject object;
    Presence presence = Presence::Unchecked;
    QString why; // Unchecked: the host or directory and its error

    // "kvm1: domain voc-demo-demo-head", "directory entry demo-head" (translated)
    QString label() const;
    // label() with the reason when unchecked: "kvm2: overlay x.qcow2 (host unreachable: ...)"
    QString describe() const;
};

struct DeploymentSurvey
{
    QString id;
    QList<SurveyedObject> objects;

    // Every object was checked and found gone (true for a journal that lists none).
    bool nothingLeft() const;
    QList<SurveyedObject> with(Presence presence) const;
    // One line per object in that state: its label, and why for the unchecked ones.
    QStringList describe(Presence presence) const;
};

// Where the survey looks: open connections by SiteHost name and the directory. A host of the journal
// missing from `hosts` leaves its objects unchecked with `unreachable`'s reason (or "not in the site
// profile"); no directory leaves the entries unchecked with `directoryProblem`.
struct SurveyTargets
{
    QHash<QString, HypervisorConnection*> hosts;
    QHash<QString, QString> unreachable; // host name -> why
    Directory* directory = nullptr;
    QString directoryProblem;
    QString pool; // for objects whose journal record names none
    QString voc;
};

DeploymentSurvey surveyDeployment(const DeploymentSummary& summary, const SurveyTargets& targets);

// Whether a new deployment of the same design at the same site may retire this earlier one: only
// deployments no process works on (interrupted, failed, running) and only when nothing is left.
bool mayRetire(const DeploymentSummary& earlier, const DeploymentSurvey& survey);

// Marks a deployment whose site holds nothing of it as gone: a Removed record {gone: true} per
// object and the outcome "gone" naming `by` (the deployment that found it so). The journal stays.
Status retireDeployment(const DeploymentSummary& summary, const QString& by);

// Drops a deployment's journal: the outcome "forgotten" with what was `left` unremoved, then the
// journal and its serial logs moved to DeployJournal::forgottenFolder(). Returns the new path.
Result<QString> forgetDeployment(const DeploymentSummary& summary, const QStringList& left,
                                 const QString& stateDir = {});

struct SurveyOptions
{
    QString id;
    QString stateDir = {};
    QString ldapPassword = {}; // empty: the entries are left unchecked unless the connector binds anyway
    Hypervisor* hypervisor = nullptr;
    DirectoryConnector connectDirectory = {};
};

// Connects to what of a deployment's site (as its journal recorded it) answers and surveys it: what
// `destroy --forget` and the Deploy page's Forget show before they ask.
class SurveyDeploymentJob : public TypedJob<DeploymentSurvey>
{
    Q_OBJECT

public:
    explicit SurveyDeploymentJob(SurveyOptions options, QObject* parent = nullptr);
    ~SurveyDeploymentJob() override;

protected:
    Result<DeploymentSurvey> run() override;

private:
    SurveyOptions m_options;
};

} // namespace voc
