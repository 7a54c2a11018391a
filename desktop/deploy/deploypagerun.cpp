// SPDX-License-Identifier: GPL-3.0-or-later
// The Deploy page's deployment (stages, log, boot timeline), Destroy, the list of deployments from
// their journals and the serial console of a deployed VCN.
#include "deploypage.h"
#include "ui_deploypage.h"

#include "deployjobs.h"
#include "deploymentlistmodel.h"
#include "localrun/boottimelinemodel.h"
#include "localrun/runjobs.h"
#include "siteplanmodel.h"
#include "sites/sitelistmodel.h"
#include "stagemodel.h"

#include "bench/storerunjob.h"
#include "directory/sitecredentials.h"

#include <QCheckBox>
#include <QDateTime>
#include <QFileInfo>
#include <QMessageBox>
#include <QSortFilterProxyModel>
#include <QTime>

namespace voc {

void DeployPage::deploy()
{
    if (m_activity != Activity::Idle || !m_plan)
        return;
    if (askConfirmDeploy(*m_plan))
        startDeployment();
}

void DeployPage::startDeployment()
{
    if (m_activity != Activity::Idle || !currentSite())
        return;
    DeployOptions options = makeOptions();
    // Deployed as previewed (the job checks names and addresses again); without a preview it plans.
    options.plan = m_plan;
    const QString title =
        tr("Deploying %1 to %2")
            .arg(options.plan ? options.plan->design : options.design.name, options.profile.name);
    runDeployJob(std::move(options), title);
}

void DeployPage::runDeployJob(DeployOptions options, const QString& title)
{
    clearMessage();
    QStringList hostnames;
    if (options.plan) {
        for (const SiteVcn& vcn : options.plan->vcns)
            hostnames.append(vcn.entry.hostname);
    }
    m_deployJob.reset();
    m_lastResult.reset();
    m_deployJob = std::make_unique<DeployJob>(std::move(options));
    DeployJob* job = m_deployJob.get();
    job->setGeneration(m_deployGeneration.next());
    m_deployingId.clear();
    m_samplesSeen = false;
    m_stages->reset();
    m_ui->deployLogView->clear();
    m_ui->timeline->stopLive();
    m_timeline->reset(hostnames);
    connect(job, &DeployJob::stageChanged, this, &DeployPage::onStageChanged);
    connect(job, &DeployJob::logLine, this, &DeployPage::onLogLine);
    connect(job, &DeployJob::bootSample, this, &DeployPage::onBootSample);
    connect(job, &DeployJob::planned, this, &DeployPage::showPlan);
    connect(job, &Job::progress, this, &DeployPage::onDeployProgress);
    connect(job, &Job::finished, this, &DeployPage::onDeployFinished);
    m_ui->tabs->setCurrentWidget(m_ui->progressTab);
    m_ui->progressBar->setRange(0, 0);
    m_ui->progressLabel->setText(title);
    onLogLine(title);
    setActivity(Activity::Deploying);
    job->start(&m_pool);
}

void DeployPage::cancel()
{
    if (m_activity == Activity::Planning) {
        invalidatePlan();
        emit statusMessage(tr("Preview cancelled"));
    } else if (m_activity == Activity::Deploying && m_deployJob) {
        m_deployJob->cancel();
        m_ui->progressLabel->setText(tr("Cancelling: removing what the deployment made"));
        onLogLine(m_ui->progressLabel->text());
        m_ui->cancelButton->setEnabled(false);
    } else if (m_activity == Activity::Checking && m_surveyJob) {
        m_surveyJob->cancel();
        m_ui->cancelButton->setEnabled(false);
    }
}

void DeployPage::onStageChanged(DeployStage stage, StageState state, const QString& detail)
{
    m_stages->setStageState(stage, state, detail);
    if (state == StageState::Running)
        emit statusMessage(tr("%1: %2").arg(deployStageTitle(stage), detail));
    // After preflight the journal exists: the deployment shows in the list (as deploying).
    if (stage == DeployStage::Preflight && state == StageState::Done && m_deployJob) {
        m_deployingId = m_deployJob->deploymentId();
        m_pendingDeployment = m_deployingId;
        refreshDeployments();
    }
}

void DeployPage::onLogLine(const QString& line)
{
    m_ui->deployLogView->appendPlainText(QTime::currentTime().toString(QStringLiteral("HH:mm:ss ")) + line);
}

void DeployPage::onBootSample(const BootSample& sample)
{
    if (sample.vcn.isEmpty())
        return;
    if (!m_samplesSeen) {
        m_samplesSeen = true;
        // Samples are ms after the first domain start call: the timeline's clock starts there.
        m_ui->timeline->startLive(sample.ms);
    }
    m_timeline->addSample(sample);
    if (selectedDeploymentId() == m_deployingId && !m_deployingId.isEmpty())
        m_deploymentVcns->setState(sample.vcn, BootTimelineModel::phaseLabel(sample.phase));
}

void DeployPage::onDeployProgress(int done, int total, const QString& text)
{
    m_stages->setProgress(done, total, text);
    m_ui->progressBar->setRange(0, std::max(total, 1));
    m_ui->progressBar->setValue(done);
    m_ui->progressLabel->setText(text);
}

void DeployPage::onDeployFinished()
{
    if (!m_deployJob || !m_deployGeneration.isCurrent(m_deployJob->generation()))
        return;
    m_ui->timeline->stopLive();
    const Result<DeployResult> result = *m_deployJob->result();
    const QString id = result ? result->id : m_deployJob->deploymentId();
    setActivity(Activity::Idle);
    if (!result) {
        const bool cancelled = result.error().code == ErrorCode::Cancelled;
        m_stages->finishOpenStages(cancelled ? StageState::Cancelled : StageState::Failed);
        if (cancelled)
            showInfo(tr("The deployment was cancelled; what it made was removed (see the log)."));
        else
            showError(result.error());
        onLogLine(cancelled ? tr("cancelled") : tr("failed: %1").arg(result.error().toString()));
    } else {
        m_lastResult = *result;
        const QString text = tr("%n VCN(s) of %1 running at %2 after %3 s", nullptr, int(result->vcns.size()))
                                 .arg(result->design, result->site)
                                 .arg(double(result->totalMs) / 1000.0, 0, 'f', 1);
        showInfo(text);
        onLogLine(text);
        storeBootTimes(*result);
    }
    m_deployingId.clear();
    m_pendingDeployment = id;
    refreshDeployments();
    emit deploymentFinished(result.ok());
}

void DeployPage::storeBootTimes(const DeployResult& result)
{
    // Beside the local runs' boot times in the results store, where the Benchmarks page charts them.
    auto* job = new StoreRunJob(result.toBootRun(QDateTime::currentDateTimeUtc().addMSecs(-result.totalMs)),
                                {}, this);
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        const Result<qint64> id = *job->result();
        if (!id)
            onLogLine(tr("The boot times were not stored: %1").arg(id.error().toString()));
        else
            onLogLine(tr("Boot times stored as run %1").arg(*id));
    });
    job->start(&m_pool);
}

bool DeployPage::askConfirmDestroy(const DeploymentSummary& deployment, bool* keepImages)
{
    QMessageBox box(QMessageBox::Question, tr("Destroy Deployment"),
                    tr("Destroy %1? Its domains, overlay disks and directory entries at %2 are removed.")
                        .arg(deployment.id, deployment.site),
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    auto* keep = new QCheckBox(tr("&Keep the uploaded images (another deployment can use them)"), &box);
    box.setCheckBox(keep);
    box.setDefaultButton(QMessageBox::Cancel);
    if (box.exec() != QMessageBox::Yes)
        return false;
    *keepImages = keep->isChecked();
    return true;
}

void DeployPage::destroySelected()
{
    const int row = m_ui->deploymentsView->currentIndex().row();
    if (m_activity != Activity::Idle || row < 0 || row >= m_deployments->rowCount())
        return;
    const DeploymentSummary deployment = m_deployments->deployment(row);
    bool keepImages = false;
    if (askConfirmDestroy(deployment, &keepImages))
        destroyDeployment(deployment.id, keepImages);
}

QString DeployPage::passwordFor(const DeploymentSummary& deployment) const
{
    const std::optional<SiteEntry> site = currentSite();
    if (site && site->profile.name == deployment.site)
        return m_ui->passwordEdit->text();
    // Another site: its profile's password file, as vocctl destroy would find it.
    if (const Result<QString> secret =
            directoryPassword(deployment.profile.directory, QFileInfo(deployment.profilePath).absolutePath()))
        return *secret;
    return m_ui->passwordEdit->text();
}

void DeployPage::destroyDeployment(const QString& id, bool keepImages, bool forget)
{
    if (m_activity != Activity::Idle)
        return;
    clearMessage();
    // A finished deployment job still holds its host connections: let them go first.
    if (m_deployJob && m_deployJob->isFinished())
        m_deployJob.reset();
    const int row = m_deployments->rowOf(id);
    DestroyOptions options{.id = id,
                           .stateDir = m_stateDir,
                           .keepImages = keepImages,
                           .ldapPassword = row >= 0 ? passwordFor(m_deployments->deployment(row))
                                                    : m_ui->passwordEdit->text(),
                           .hypervisor = m_hypervisor,
                           .connectDirectory = m_connectDirectory,
                           .forget = forget};
    auto* job = new DestroyDeploymentJob(options, this);
    job->setGeneration(m_deployGeneration.next());
    m_destroyJob = job;
    connect(job, &DestroyDeploymentJob::logLine, this, &DeployPage::onLogLine);
    connect(job, &Job::progress, this, [this](int done, int total, const QString& text) {
        m_ui->progressBar->setRange(0, std::max(total, 1));
        m_ui->progressBar->setValue(done);
        m_ui->progressLabel->setText(text);
    });
    connect(job, &Job::finished, this, [this, job, id] {
        job->deleteLater();
        if (!m_deployGeneration.isCurrent(job->generation()))
            return;
        setActivity(Activity::Idle);
        const Result<DestroyReport> report = *job->result();
        if (!report) {
            showError(report.error());
            onLogLine(tr("destroy failed: %1").arg(report.error().toString()));
        } else if (!report->forgottenJournal.isEmpty()) {
            const QString text =
                tr("Forgot %1: its journal was moved to %2. Not removed: %3")
                    .arg(id, report->forgottenJournal, report->left.join(QStringLiteral("; ")));
            showInfo(text);
            onLogLine(text);
        } else {
            QString text = tr("Destroyed %1: %n domain(s)", nullptr, int(report->domains.size())).arg(id) +
                           tr(", %n overlay(s)", nullptr, int(report->overlays.size())) +
                           tr(", %n directory entr(ies)", nullptr, int(report->entries.size())) +
                           tr(", %n image volume(s)", nullptr, int(report->volumes.size()));
            if (!report->kept.isEmpty())
                text += tr("; kept %1").arg(report->kept.join(QStringLiteral(", ")));
            showInfo(text);
            onLogLine(text);
        }
        m_pendingDeployment = id;
        refreshDeployments();
        emit destroyFinished(report.ok());
    });
    m_ui->tabs->setCurrentWidget(m_ui->progressTab);
    m_ui->progressBar->setRange(0, 0);
    m_ui->progressLabel->setText(forget ? tr("Forgetting %1: removing what can be reached").arg(id)
                                        : tr("Destroying %1").arg(id));
    onLogLine(m_ui->progressLabel->text());
    setActivity(Activity::Destroying);
    job->start(&m_pool);
}

void DeployPage::refreshDeployments()
{
    m_listedOnce = true;
    auto* job = new ListDeploymentsJob(m_stateDir, this);
    job->setGeneration(m_listGeneration.next());
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        if (!m_listGeneration.isCurrent(job->generation()))
            return;
        const Result<QList<DeploymentSummary>> list = *job->result();
        if (!list)
            showError(list.error());
        else
            showDeployments(*list);
        emit deploymentsRefreshed();
    });
    job->start(&m_pool);
}

void DeployPage::showDeployments(const QList<DeploymentSummary>& deployments)
{
    const QString select =
        m_pendingDeployment.isEmpty() ? selectedDeploymentId() : std::exchange(m_pendingDeployment, {});
    m_deployments->setDeployments(deployments);
    if (!select.isEmpty())
        selectDeployment(select);
    // Selected in place (same rows): the VCNs' states may have changed all the same.
    showSelectedDeployment();
}

QString DeployPage::selectedDeploymentId() const
{
    const int row = m_ui->deploymentsView->currentIndex().row();
    return row >= 0 && row < m_deployments->rowCount() ? m_deployments->deployment(row).id : QString();
}

void DeployPage::selectDeployment(const QString& id)
{
    const int row = m_deployments->rowOf(id);
    if (row >= 0)
        m_ui->deploymentsView->setCurrentIndex(m_deployments->index(row, 0));
}

void DeployPage::showSelectedDeployment()
{
    const int row = m_ui->deploymentsView->currentIndex().row();
    if (row < 0 || row >= m_deployments->rowCount()) {
        m_deploymentVcns->clear();
        m_ui->deploymentVcnsLabel->setText(tr("Select a deployment to see its VCNs."));
        updateActions();
        return;
    }
    const DeploymentSummary& d = m_deployments->deployment(row);
    const QList<SiteVcn> vcns = d.plan ? d.plan->vcns : QList<SiteVcn>();
    if (m_deploymentVcns->vcns() != vcns)
        m_deploymentVcns->setVcns(vcns);
    // Per VCN: removed, not launched, or its domain with the last boot phase the journal recorded.
    QHash<QString, std::optional<BootPhase>> lastPhase;
    for (const BootSample& sample : d.samples) {
        std::optional<BootPhase>& phase = lastPhase[sample.vcn];
        if (!phase || int(sample.phase) > int(*phase))
            phase = sample.phase;
    }
    // The result of this session's own run says more than the journal, while its VCNs are still there.
    const bool ended = d.state == DeploymentState::Destroyed || d.state == DeploymentState::RolledBack ||
                       d.state == DeploymentState::Gone;
    const bool thisResult = m_lastResult && m_lastResult->id == d.id && !ended;
    QHash<QString, QString> states;
    for (const SiteVcn& vcn : vcns) {
        const QString& name = vcn.entry.hostname;
        const bool domain = std::any_of(d.domains.cbegin(), d.domains.cend(), [&](const DeployedObject& o) {
            return o.vcn == name || o.name == vcn.domain;
        });
        QString state;
        if (d.state == DeploymentState::Destroyed || d.state == DeploymentState::RolledBack)
            state = tr("removed");
        else if (d.state == DeploymentState::Gone)
            state = tr("gone");
        else if (!domain)
            state = tr("not launched");
        else if (const std::optional<BootPhase> phase = lastPhase.value(name))
            state = BootTimelineModel::phaseLabel(*phase);
        else
            state = tr("defined");
        if (thisResult) {
            for (const DeployedVcn& done : m_lastResult->vcns) {
                if (done.hostname == name && !done.address.isEmpty())
                    state =
                        done.ready ? tr("ready at %1").arg(done.address) : tr("up at %1").arg(done.address);
            }
        }
        states.insert(name, state);
    }
    m_deploymentVcns->setStates(states);
    QString text = tr("%1 at %2: %3, %n VCN(s)", nullptr, int(vcns.size()))
                       .arg(d.design, d.site, deploymentStateTitle(d.state));
    if (!d.error.isEmpty())
        text += u'\n' + tr("Error: %1").arg(d.error);
    m_ui->deploymentVcnsLabel->setText(text);
    // The timeline shows the deployment in progress; otherwise the selected one's recorded phases.
    if (m_activity != Activity::Deploying) {
        QStringList hostnames;
        for (const SiteVcn& vcn : vcns)
            hostnames.append(vcn.entry.hostname);
        m_timeline->reset(hostnames);
        for (const BootSample& sample : d.samples)
            m_timeline->addSample(sample);
    }
    if (!m_ui->deploymentVcnView->currentIndex().isValid() && !vcns.isEmpty())
        m_ui->deploymentVcnView->selectRow(0);
    updateActions();
}

void DeployPage::openConsole(const QString& hostname)
{
    QString host = hostname;
    if (host.isEmpty()) {
        const QModelIndex current = m_ui->deploymentVcnView->currentIndex();
        const int row = current.isValid() ? m_deploymentVcnProxy->mapToSource(current).row() : 0;
        if (row < 0 || row >= m_deploymentVcns->rowCount())
            return;
        host = m_deploymentVcns->vcn(row).entry.hostname;
    }
    const QString id = selectedDeploymentId().isEmpty() ? m_deployingId : selectedDeploymentId();
    if (id.isEmpty())
        return;
    m_consoleId = id;
    m_consoleHost = host;
    m_consoleOffset = 0;
    m_ui->console->clear();
    m_ui->console->setTitle(tr("Serial console of %1 (%2)").arg(host, id));
    m_ui->tabs->setCurrentWidget(m_ui->consoleTab);
    pollConsole();
}

void DeployPage::pollConsole()
{
    if (m_consoleHost.isEmpty() || m_consoleReading || !isVisible() ||
        m_ui->tabs->currentWidget() != m_ui->consoleTab)
        return;
    // The deployment copies every console to a local file as it comes: follow that file.
    const QString id = m_consoleId;
    const QString host = m_consoleHost;
    auto* job =
        new ReadFileTailJob(DeployJournal::serialLogPathFor(id, host, m_stateDir), m_consoleOffset, this);
    m_consoleReading = true;
    connect(job, &Job::finished, this, [this, job, id, host] {
        job->deleteLater();
        m_consoleReading = false;
        if (id != m_consoleId || host != m_consoleHost)
            return;
        const Result<FileTail> tail = *job->result();
        if (!tail) {
            m_ui->console->setTitle(tr("Serial console of %1: %2").arg(host, tail.error().hint));
            return;
        }
        m_ui->console->setTitle(tr("Serial console of %1 (%2)").arg(host, id));
        if (tail->restart)
            m_ui->console->setLog(tail->bytes);
        else if (!tail->bytes.isEmpty())
            m_ui->console->appendLog(tail->bytes);
        m_consoleOffset = tail->end;
    });
    job->start(&m_pool);
}

void DeployPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // Read lazily: the window starts without touching the sites folder or the journals.
    if (!m_listedOnce) {
        if (m_sites->rowCount() == 0)
            reloadSites();
        refreshDeployments();
    }
}

} // namespace voc
