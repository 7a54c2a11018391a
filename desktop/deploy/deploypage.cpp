// SPDX-License-Identifier: GPL-3.0-or-later
// The Deploy page's inputs (design, site, placement, acceleration, password) and the plan preview;
// the deployment itself, destroy, the deployments list and the console are in deploypagerun.cpp.
#include "deploypage.h"
#include "ui_deploypage.h"

#include "errormessage.h"

#include "appsettings.h"
#include "deploymentlistmodel.h"
#include "design/designdocument.h"
#include "localrun/boottimelinemodel.h"
#include "siteplanmodel.h"
#include "sites/passwordstore.h"
#include "sites/sitejobs.h"
#include "sites/sitelistmodel.h"
#include "stagemodel.h"

#include "directory/sitecredentials.h"
#include "images/imagepush.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QSettings>
#include <QSortFilterProxyModel>
#include <QTimer>

namespace voc {

DeployPage::DeployPage(DesignDocument* document, std::unique_ptr<PasswordStore> passwords,
                       const QString& sitesDir, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DeployPage>())
    , m_document(document)
    , m_passwords(passwords ? std::move(passwords) : std::make_unique<KeychainPasswordStore>())
    , m_sitesDir(sitesDir.isEmpty() ? siteProfilesFolder() : sitesDir)
    , m_sites(new SiteListModel(this))
    , m_planModel(new SitePlanModel(this))
    , m_planProxy(new QSortFilterProxyModel(this))
    , m_hostLoad(new HostLoadModel(this))
    , m_uploads(new UploadModel(this))
    , m_stages(new StageModel(this))
    , m_deployments(new DeploymentListModel(this))
    , m_deploymentVcns(new SitePlanModel(this))
    , m_deploymentVcnProxy(new QSortFilterProxyModel(this))
    , m_timeline(new BootTimelineModel(this))
    , m_tick(new QTimer(this))
{
    m_ui->setupUi(this);
    setupViews();

    connect(m_ui->siteCombo, &QComboBox::currentIndexChanged, this, &DeployPage::siteChanged);
    connect(m_ui->reloadSitesButton, &QToolButton::clicked, this, &DeployPage::reloadSites);
    connect(m_ui->placementCombo, &QComboBox::currentIndexChanged, this, &DeployPage::invalidatePlan);
    connect(m_ui->passwordEdit, &QLineEdit::textEdited, this, &DeployPage::updateActions);
    connect(m_ui->passwordEdit, &QLineEdit::returnPressed, this, &DeployPage::preview);
    connect(m_ui->previewButton, &QPushButton::clicked, this, &DeployPage::preview);
    connect(m_ui->deployButton, &QPushButton::clicked, this, &DeployPage::deploy);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &DeployPage::cancel);
    connect(m_ui->destroyButton, &QPushButton::clicked, this, &DeployPage::destroySelected);
    connect(m_ui->resumeButton, &QPushButton::clicked, this, &DeployPage::resumeSelected);
    connect(m_ui->forgetButton, &QPushButton::clicked, this, &DeployPage::forgetSelected);
    connect(m_ui->consoleButton, &QPushButton::clicked, this, [this] { openConsole(); });
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &DeployPage::refreshDeployments);
    connect(m_ui->messageCloseButton, &QToolButton::clicked, this, &DeployPage::clearMessage);
    connect(m_ui->deploymentsView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeployPage::showSelectedDeployment);
    connect(m_ui->deploymentVcnView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DeployPage::updateActions);
    connect(m_ui->deploymentVcnView, &QAbstractItemView::doubleClicked, this, [this] { openConsole(); });
    connect(m_ui->tabs, &QTabWidget::currentChanged, this, &DeployPage::pollConsole);

    // A new design (or an edit) makes the shown plan stale; a deployment in progress keeps its own.
    const auto designChanged = [this] {
        m_ui->designLabel->setText(m_document->design().name.isEmpty() ? tr("(untitled)")
                                                                       : m_document->design().name);
        invalidatePlan();
    };
    connect(m_document, &DesignDocument::designChanged, this, designChanged);
    connect(m_document, &DesignDocument::documentReplaced, this, designChanged);
    designChanged();

    // The clock of the running stage, the console's file and the live timeline.
    m_tick->setInterval(500);
    connect(m_tick, &QTimer::timeout, this, [this] {
        m_stages->tick();
        pollConsole();
    });
    m_tick->start();
    connect(m_passwords.get(), &PasswordStore::availabilityChanged, this, [this] { readPassword(); });

    m_ui->messageFrame->hide();
    m_ui->progressBar->hide();
    m_stages->reset();
    updateActions();
}

DeployPage::~DeployPage()
{
    // A deployment in progress is cancelled and rolls back; one that is up keeps running (Destroy
    // or `vocctl destroy` removes it).
    if (m_planJob)
        m_planJob->cancel();
    if (m_surveyJob)
        m_surveyJob->cancel();
    if (m_deployJob && !m_deployJob->isFinished())
        m_deployJob->cancel();
    m_pool.waitForDone();
}

void DeployPage::setupViews()
{
    m_ui->siteCombo->setModel(m_sites);
    m_ui->placementCombo->addItem(tr("Spread"), toString(Placement::Spread));
    m_ui->placementCombo->addItem(tr("Pack"), toString(Placement::Pack));
    m_ui->accelCombo->addItem(tr("Auto (KVM if available)"), QStringLiteral("auto"));
    m_ui->accelCombo->addItem(tr("KVM"), QStringLiteral("kvm"));
    m_ui->accelCombo->addItem(tr("TCG (emulation)"), QStringLiteral("tcg"));
    m_ui->accelCombo->setCurrentIndex(std::max(0, m_ui->accelCombo->findData(settings::acceleration())));

    // Sorting by host groups the VCNs per host; by IP sorts numerically (SortRole).
    m_planProxy->setSourceModel(m_planModel);
    m_planProxy->setSortRole(SitePlanModel::SortRole);
    m_ui->planView->setModel(m_planProxy);
    m_ui->planView->sortByColumn(-1, Qt::AscendingOrder);
    m_ui->planView->hideColumn(SitePlanModel::State);
    m_deploymentVcnProxy->setSourceModel(m_deploymentVcns);
    m_deploymentVcnProxy->setSortRole(SitePlanModel::SortRole);
    m_ui->deploymentVcnView->setModel(m_deploymentVcnProxy);
    m_ui->deploymentVcnView->sortByColumn(-1, Qt::AscendingOrder);
    m_ui->deploymentVcnView->hideColumn(SitePlanModel::Mac);
    m_ui->deploymentVcnView->hideColumn(SitePlanModel::Vcpus);
    m_ui->deploymentVcnView->hideColumn(SitePlanModel::Memory);
    m_ui->hostsView->setModel(m_hostLoad);
    m_ui->uploadsView->setModel(m_uploads);
    m_ui->deploymentsView->setModel(m_deployments);
    m_ui->stagesView->setModel(m_stages);
    m_ui->stagesView->setItemDelegateForColumn(StageModel::Progress, new StageProgressDelegate(this));
    m_ui->timeline->setModel(m_timeline);
    for (QTableView* view : {m_ui->planView, m_ui->hostsView, m_ui->uploadsView, m_ui->deploymentVcnView})
        view->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->stagesView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->stagesView->header()->setSectionResizeMode(StageModel::Progress, QHeaderView::Fixed);
    m_ui->stagesView->header()->resizeSection(StageModel::Progress, 160);
    m_ui->stagesView->header()->setStretchLastSection(true);
    m_ui->deploymentsView->header()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->mainSplitter->setStretchFactor(0, 1);
    m_ui->mainSplitter->setStretchFactor(1, 2);
    // Wide enough for a deployment's id, state and start time.
    m_ui->mainSplitter->setSizes({420, 860});
    m_ui->planSplitter->setStretchFactor(0, 3);
    m_ui->progressSplitter->setStretchFactor(2, 1);
    m_ui->console->setTitle(tr("Select a VCN of a deployment and open its console"));
    m_ui->planSummaryLabel->setText(tr("Choose a site and preview the plan."));
}

QString DeployPage::sitePath() const
{
    return m_ui->siteCombo->currentData(SiteListModel::PathRole).toString();
}

std::optional<SiteEntry> DeployPage::currentSite() const
{
    const int row = m_ui->siteCombo->currentIndex();
    if (row < 0 || row >= m_sites->rowCount())
        return std::nullopt;
    return m_sites->entry(row);
}

QString DeployPage::messageText() const
{
    return m_ui->messageFrame->isHidden() ? QString() : m_ui->messageLabel->text();
}

void DeployPage::reloadSites()
{
    QStringList paths = QSettings().value(QStringLiteral("sites/addedProfiles")).toStringList();
    if (!m_pendingSite.isEmpty() && !paths.contains(m_pendingSite))
        paths.prepend(m_pendingSite);
    if (m_pendingSite.isEmpty() && !sitePath().isEmpty())
        m_pendingSite = sitePath();
    auto* job = new LoadSitesJob(paths, m_sitesDir, this);
    job->setGeneration(m_siteGeneration.next());
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        if (!m_siteGeneration.isCurrent(job->generation()))
            return;
        const Result<QList<SiteEntry>> entries = *job->result();
        if (!entries)
            return showError(entries.error());
        const QString select = std::exchange(m_pendingSite, {});
        {
            const QSignalBlocker block(m_ui->siteCombo);
            m_sites->setEntries(*entries);
            const int row = select.isEmpty() ? 0 : m_sites->rowOf(select);
            m_ui->siteCombo->setCurrentIndex(row >= 0 ? row : 0);
        }
        siteChanged();
        emit sitesLoaded();
        // A keychain read still under way previews when it answers (readPassword).
        if (m_previewWhenReady && !m_passwordPending) {
            m_previewWhenReady = false;
            preview();
        }
    });
    job->start(&m_pool);
}

void DeployPage::selectSite(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    const int row = m_sites->rowOf(absolute) >= 0 ? m_sites->rowOf(absolute) : m_sites->rowOf(path);
    if (row >= 0) {
        m_ui->siteCombo->setCurrentIndex(row);
        return;
    }
    m_pendingSite = absolute;
    reloadSites();
}

void DeployPage::deployTo(const QString& path, bool deployNow)
{
    m_deployAfterPreview = deployNow;
    m_previewWhenReady = true;
    m_pendingSite = QFileInfo(path).absoluteFilePath();
    reloadSites();
}

void DeployPage::siteChanged()
{
    invalidatePlan();
    readPassword();
    const std::optional<SiteEntry> site = currentSite();
    if (site && !site->error.isEmpty())
        showError(Error{ErrorCode::InvalidInput, site->error, site->path, {}});
    updateActions();
}

void DeployPage::readPassword()
{
    // The Sites page's order: VOCSTUDIO_LDAP_PASSWORD or the profile's 0600 file, then the keychain,
    // else the field.
    const quint64 generation = m_passwordGeneration.next();
    m_passwordPending = false;
    m_ui->passwordEdit->clear();
    const std::optional<SiteEntry> site = currentSite();
    const auto ask = [this](const QString& why) {
        m_ui->passwordLabel->show();
        m_ui->passwordEdit->show();
        m_ui->passwordSourceLabel->setText(why);
    };
    if (!site || !site->error.isEmpty()) {
        m_ui->passwordLabel->hide();
        m_ui->passwordEdit->hide();
        m_ui->passwordSourceLabel->clear();
        return;
    }
    const SiteDirectory& directory = site->profile.directory;
    if (!directory.passwordFile.isEmpty() || qEnvironmentVariableIsSet(ldapPasswordVariable)) {
        // A small local file: read here as the Sites page does.
        if (const Result<QString> secret =
                directoryPassword(directory, QFileInfo(site->path).absolutePath())) {
            m_ui->passwordEdit->setText(*secret);
            m_ui->passwordLabel->hide();
            m_ui->passwordEdit->hide();
            m_ui->passwordSourceLabel->setText(
                directory.passwordFile.isEmpty()
                    ? tr("The directory password comes from %1.").arg(QLatin1String(ldapPasswordVariable))
                    : tr("The directory password comes from the profile's password file."));
            return;
        }
    }
    if (!m_passwords->isAvailable()) {
        ask(tr("No keychain is available (%1): enter the directory password.")
                .arg(m_passwords->unavailableReason()));
        return;
    }
    m_passwordPending = true;
    ask(tr("Reading the directory password from the keychain…"));
    const QString path = site->path;
    m_passwords->read(PasswordStore::keyFor(directory.uri, directory.bindDn),
                      [this, generation, path](PasswordStore::Outcome outcome, const QString& text) {
                          if (!m_passwordGeneration.isCurrent(generation))
                              return;
                          m_passwordPending = false;
                          if (outcome == PasswordStore::Outcome::Found &&
                              m_ui->passwordEdit->text().isEmpty()) {
                              m_ui->passwordEdit->setText(text);
                              m_ui->passwordLabel->hide();
                              m_ui->passwordEdit->hide();
                              m_ui->passwordSourceLabel->setText(
                                  tr("The directory password comes from the system keychain."));
                          } else if (outcome == PasswordStore::Outcome::Failed) {
                              m_ui->passwordSourceLabel->setText(
                                  tr("The keychain did not give the password (%1): enter it.").arg(text));
                          } else if (outcome != PasswordStore::Outcome::Found) {
                              m_ui->passwordSourceLabel->setText(
                                  tr("No password is stored for this directory: enter it (the Sites page can "
                                     "keep it in the keychain)."));
                          }
                          updateActions();
                          if (std::exchange(m_previewWhenReady, false) && path == sitePath())
                              preview();
                      });
}

void DeployPage::invalidatePlan()
{
    if (m_activity == Activity::Deploying || m_activity == Activity::Destroying)
        return;
    // A preview in progress answers the old question: its result is dropped.
    m_planGeneration.next();
    if (m_planJob)
        m_planJob->cancel();
    if (m_activity == Activity::Planning)
        setActivity(Activity::Idle);
    m_plan.reset();
    m_planModel->clear();
    m_hostLoad->clear();
    m_uploads->clear();
    m_ui->planSummaryLabel->setText(tr("Preview the plan to see where every VCN goes."));
    updateActions();
}

DeployOptions DeployPage::makeOptions() const
{
    const std::optional<SiteEntry> site = currentSite();
    DeployOptions options{.design = m_document->design(), .profile = site ? site->profile : SiteProfile{}};
    if (!m_document->filePath().isEmpty()) {
        options.designFile = QFileInfo(m_document->filePath()).absoluteFilePath();
        options.designDir = QFileInfo(m_document->filePath()).absolutePath();
    }
    if (site)
        options.profilePath = QFileInfo(site->path).absoluteFilePath();
    options.ldapPassword = m_ui->passwordEdit->text();
    fromString(m_ui->placementCombo->currentData().toString(), &options.placement);
    fromString(m_ui->accelCombo->currentData().toString(), &options.accel);
    options.stateDir = m_stateDir;
    options.watchdogSeconds = settings::bootWatchdogSeconds();
    options.bootTimeoutSeconds = settings::readyTimeoutSeconds(options.bootTimeoutSeconds);
    options.hypervisor = m_hypervisor;
    options.connectDirectory = m_connectDirectory;
    return options;
}

void DeployPage::preview()
{
    if (m_activity != Activity::Idle || !currentSite() || m_document->design().roles.isEmpty())
        return;
    clearMessage();
    invalidatePlan();
    auto* job = new PlanSiteJob(makeOptions(), this);
    job->setGeneration(m_planGeneration.next());
    m_planJob = job;
    connect(job, &Job::progress, this, [this, job](int done, int total, const QString& text) {
        if (!m_planGeneration.isCurrent(job->generation()))
            return;
        m_ui->progressBar->setRange(0, std::max(total, 1));
        m_ui->progressBar->setValue(done);
        m_ui->progressLabel->setText(text);
    });
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        if (!m_planGeneration.isCurrent(job->generation()))
            return;
        setActivity(Activity::Idle);
        const Result<SitePlan> plan = *job->result();
        if (!plan) {
            if (plan.error().code != ErrorCode::Cancelled)
                showPlanError(plan.error());
            m_deployAfterPreview = false;
            emit previewFinished(false);
            return;
        }
        showPlan(*plan);
        emit previewFinished(true);
        if (std::exchange(m_deployAfterPreview, false))
            startDeployment();
    });
    m_ui->progressBar->setRange(0, 0);
    m_ui->progressLabel->setText(
        tr("Planning %1 at %2").arg(m_document->design().name, currentSite()->profile.name));
    m_ui->tabs->setCurrentWidget(m_ui->planTab);
    setActivity(Activity::Planning);
    job->start(&m_pool);
}

void DeployPage::showPlan(const SitePlan& plan)
{
    m_plan = plan;
    m_planModel->setVcns(plan.vcns);
    m_hostLoad->setPlan(plan);
    m_uploads->setUploads(plan.uploads, plan.sharing);
    qint64 bytes = 0;
    for (const ImageUpload& upload : plan.uploads)
        bytes += upload.bytes * (plan.sharing == StorageSharing::Shared ? 1 : upload.hosts.size());
    m_ui->planSummaryLabel->setText(
        tr("%1\nPool %2 (%3), bridge %4, addresses in %5, names under %6.")
            .arg(plan.summary, plan.pool,
                 plan.sharing == StorageSharing::Shared ? tr("shared by every host") : tr("one per host"),
                 plan.bridge, plan.subnet, plan.dnsDomain) +
        u'\n' +
        tr("%n image(s) to push, %1 in all; an image the pool has already is skipped.", nullptr,
           int(plan.uploads.size()))
            .arg(formatBytes(bytes)));
    updateActions();
}

void DeployPage::showPlanError(const Error& error)
{
    m_plan.reset();
    m_planModel->clear();
    m_hostLoad->clear();
    m_uploads->clear();
    // Exhausted: the VOC does not fit; the explanation names the VCN, what it needs and where.
    m_ui->planSummaryLabel->setText(error.code == ErrorCode::Exhausted
                                        ? tr("The VOC does not fit at this site: %1").arg(error.what)
                                        : tr("No plan: %1").arg(error.what));
    showError(error);
    updateActions();
}

bool DeployPage::askConfirmDeploy(const SitePlan& plan)
{
    return QMessageBox::question(
               this, tr("Deploy"),
               tr("Deploy %1 to %2?\n\n%3\n\nThe images are pushed, the VCNs registered in the "
                  "site's directory and started. If anything fails, everything this "
                  "deployment made is removed again.")
                   .arg(plan.design, plan.site, plan.summary)) == QMessageBox::Yes;
}

void DeployPage::setActivity(Activity activity)
{
    const bool wasBusy = m_activity != Activity::Idle;
    m_activity = activity;
    const bool busy = activity != Activity::Idle;
    m_ui->progressBar->setVisible(busy);
    if (!busy)
        m_ui->progressLabel->clear();
    if (busy != wasBusy)
        emit busyChanged(busy);
    updateActions();
}

void DeployPage::updateActions()
{
    const bool idle = m_activity == Activity::Idle;
    const std::optional<SiteEntry> site = currentSite();
    const bool siteUsable = site && site->error.isEmpty();
    m_ui->previewButton->setEnabled(idle && siteUsable && !m_document->design().roles.isEmpty());
    m_ui->deployButton->setEnabled(idle && siteUsable && m_plan.has_value());
    m_ui->cancelButton->setEnabled(m_activity == Activity::Planning || m_activity == Activity::Deploying ||
                                   m_activity == Activity::Checking);
    const int row = m_ui->deploymentsView->currentIndex().row();
    const bool selected = row >= 0 && row < m_deployments->rowCount();
    const bool other = selected && m_deployments->deployment(row).id != m_deployingId;
    m_ui->destroyButton->setEnabled(idle && other &&
                                    DeploymentListModel::canDestroy(m_deployments->deployment(row)));
    m_ui->resumeButton->setEnabled(idle && other &&
                                   DeploymentListModel::canResume(m_deployments->deployment(row)));
    m_ui->forgetButton->setEnabled(idle && other &&
                                   DeploymentListModel::canForget(m_deployments->deployment(row)));
    m_ui->consoleButton->setEnabled(m_deploymentVcns->rowCount() > 0 ||
                                    (m_deployJob && !m_deployingId.isEmpty()));
    for (QWidget* input :
         std::initializer_list<QWidget*>{m_ui->siteCombo, m_ui->reloadSitesButton, m_ui->placementCombo,
                                         m_ui->accelCombo, m_ui->passwordEdit})
        input->setEnabled(idle);
    m_ui->refreshButton->setEnabled(m_activity != Activity::Destroying && m_activity != Activity::Checking);
}

void DeployPage::showError(const Error& error)
{
    m_ui->messageLabel->setText(errorMessage(error));
    m_ui->messageFrame->show();
    emit statusMessage(error.what);
}

void DeployPage::showInfo(const QString& text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageFrame->show();
    emit statusMessage(text);
}

void DeployPage::clearMessage()
{
    m_ui->messageFrame->hide();
    m_ui->messageLabel->clear();
}

} // namespace voc
