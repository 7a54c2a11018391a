// SPDX-License-Identifier: GPL-3.0-or-later
// The Deploy page: the open design and a site profile → a plan preview (PlanSiteJob: placement per
// host, addresses, uploads) → one Deploy button (DeployJob: stage list with times and progress, live
// log, per-VCN boot timeline) → Destroy and the serial consoles; beside it the deployments the
// journals know, with their state and VCNs. Every job runs off the GUI thread; a stale result is
// dropped by its generation.
#pragma once

#include "common/job.h"
#include "common/result.h"
#include "deploy/deployjob.h"
#include "deploy/deploymentsurvey.h"
#include "directory/directory.h"

#include <QPointer>
#include <QThreadPool>
#include <QWidget>

#include <memory>
#include <optional>

class QSortFilterProxyModel;
class QTimer;

namespace voc {

namespace Ui {
class DeployPage;
}

class BootTimelineModel;
class DeploymentListModel;
class DesignDocument;
class HostLoadModel;
class PasswordStore;
class SiteListModel;
class SitePlanModel;
class StageModel;
class UploadModel;
struct SiteEntry;

class DeployPage : public QWidget
{
    Q_OBJECT

public:
    enum class Activity
    {
        Idle,
        Planning,
        Deploying, // also a resume
        Destroying,
        Checking, // what is left of a deployment, before Forget asks
    };

    // passwords: null means the OS keychain. sitesDir: where the site profiles are (tests: a temporary
    // folder).
    explicit DeployPage(DesignDocument* document, std::unique_ptr<PasswordStore> passwords = {},
                        const QString& sitesDir = {}, QWidget* parent = nullptr);
    ~DeployPage() override;

    // For tests: a fake hypervisor (not owned), a directory connector and a private state folder.
    void setHypervisor(Hypervisor* hypervisor) { m_hypervisor = hypervisor; }
    void setDirectoryConnector(DirectoryConnector connector) { m_connectDirectory = std::move(connector); }
    void setStateDir(const QString& stateDir) { m_stateDir = stateDir; }

    Ui::DeployPage* ui() const { return m_ui.get(); }
    SiteListModel* siteModel() const { return m_sites; }
    SitePlanModel* planModel() const { return m_planModel; }
    HostLoadModel* hostLoadModel() const { return m_hostLoad; }
    UploadModel* uploadModel() const { return m_uploads; }
    StageModel* stageModel() const { return m_stages; }
    DeploymentListModel* deploymentModel() const { return m_deployments; }
    SitePlanModel* deploymentVcnModel() const { return m_deploymentVcns; }
    BootTimelineModel* timelineModel() const { return m_timeline; }

    Activity activity() const { return m_activity; }
    const std::optional<SitePlan>& plan() const { return m_plan; }
    QString sitePath() const; // the selected profile's file, empty when none
    QString messageText() const;
    QString selectedDeploymentId() const;
    QString consoleHost() const { return m_consoleHost; }

    // Reads the site profiles (the sites folder and those added on the Sites page) off the GUI thread.
    void reloadSites();
    // Selects a profile (added to the list when it is not there), now or once the list has loaded.
    void selectSite(const QString& path);
    // vocstudio --deploy-to: selects the site, previews, and with deployNow deploys right after.
    void deployTo(const QString& path, bool deployNow);

    void preview();
    // Asks (askConfirmDeploy), then startDeployment().
    void deploy();
    void startDeployment();
    void cancel();
    // Asks (askConfirmDestroy, with the keep-images choice), then destroyDeployment().
    void destroySelected();
    // forget: remove what can be reached, then drop the journal whatever is left (DestroyOptions).
    void destroyDeployment(const QString& id, bool keepImages, bool forget = false);
    // Finishes the selected interrupted deployment with the job `vocctl resume` runs (progress,
    // stages and Cancel as a deployment).
    void resumeSelected();
    // Checks what is left of the selected deployment at its site (SurveyDeploymentJob), asks
    // (askConfirmForget, listing what could not be checked), then destroyDeployment(id, false, true).
    void forgetSelected();
    void refreshDeployments();
    void selectDeployment(const QString& id);
    // Follows a VCN's serial log (of the selected deployment, or of the one being deployed).
    void openConsole(const QString& hostname = {});

    // What the jobs deliver; public so tests drive the page with values instead of a site.
    void showPlan(const voc::SitePlan& plan);
    void showPlanError(const voc::Error& error);
    void onStageChanged(voc::DeployStage stage, voc::StageState state, const QString& detail);
    void onLogLine(const QString& line);
    void onBootSample(const voc::BootSample& sample);
    void showDeployments(const QList<voc::DeploymentSummary>& deployments);

signals:
    void statusMessage(const QString& message);
    void busyChanged(bool busy);
    void sitesLoaded();
    void previewFinished(bool ok);
    void deploymentFinished(bool ok);
    void destroyFinished(bool ok);
    void deploymentsRefreshed();

protected:
    // Dialogs behind virtual functions, so tests answer them without blocking.
    virtual bool askConfirmDeploy(const SitePlan& plan);
    virtual bool askConfirmDestroy(const DeploymentSummary& deployment, bool* keepImages);
    virtual bool askConfirmForget(const DeploymentSummary& deployment, const DeploymentSurvey& survey);
    void showEvent(QShowEvent* event) override;

private:
    void setupViews();
    void siteChanged();
    void readPassword();
    void invalidatePlan();
    DeployOptions makeOptions() const;
    std::optional<SiteEntry> currentSite() const;
    QString passwordFor(const DeploymentSummary& deployment) const;
    void runDeployJob(DeployOptions options, const QString& title);
    void onDeployFinished();
    void storeBootTimes(const voc::DeployResult& result);
    void onDeployProgress(int done, int total, const QString& text);
    void showSelectedDeployment();
    void pollConsole();
    void setActivity(Activity activity);
    void updateActions();
    void showError(const Error& error);
    void showInfo(const QString& text);
    void clearMessage();

    std::unique_ptr<Ui::DeployPage> m_ui;
    DesignDocument* m_document;
    std::unique_ptr<PasswordStore> m_passwords;
    QString m_sitesDir;
    SiteListModel* m_sites;
    SitePlanModel* m_planModel;
    QSortFilterProxyModel* m_planProxy;
    HostLoadModel* m_hostLoad;
    UploadModel* m_uploads;
    StageModel* m_stages;
    DeploymentListModel* m_deployments;
    SitePlanModel* m_deploymentVcns;
    QSortFilterProxyModel* m_deploymentVcnProxy;
    BootTimelineModel* m_timeline;
    QTimer* m_tick;

    QThreadPool m_pool; // the page's own, so its destructor can wait for its jobs
    Generation m_siteGeneration;
    Generation m_planGeneration;
    Generation m_listGeneration;
    Generation m_deployGeneration;
    Generation m_passwordGeneration;
    Activity m_activity = Activity::Idle;
    Hypervisor* m_hypervisor = nullptr;
    DirectoryConnector m_connectDirectory;
    QString m_stateDir;

    std::optional<SitePlan> m_plan;
    QPointer<Job> m_planJob;
    std::unique_ptr<DeployJob> m_deployJob;   // kept after it finished: its destructor detaches consoles
    std::optional<DeployResult> m_lastResult; // addresses and readiness of the last deployment
    QPointer<Job> m_destroyJob;
    QPointer<Job> m_surveyJob;
    QString m_deployingId;       // the journal id of the deployment in progress, once known
    QString m_pendingSite;       // selected once the list has loaded
    QString m_pendingDeployment; // selected once the deployments have been read
    bool m_previewWhenReady = false;
    bool m_deployAfterPreview = false;
    bool m_passwordPending = false;
    bool m_samplesSeen = false;
    bool m_listedOnce = false;

    QString m_consoleId;
    QString m_consoleHost;
    qint64 m_consoleOffset = 0;
    bool m_consoleReading = false;
};

} // namespace voc
