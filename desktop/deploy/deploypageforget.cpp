// SPDX-License-Identifier: GPL-3.0-or-later
// The Deploy page's way out of a deployment that cannot finish: Resume (the interrupted one, with
// the job `vocctl resume` runs) and Forget (a look at what is left at its site, a confirmation
// naming what could not be checked, then destroy --forget).
#include "deploypage.h"
#include "ui_deploypage.h"

#include "deploymentlistmodel.h"

#include <QMessageBox>

#include <algorithm>

namespace voc {

void DeployPage::resumeSelected()
{
    const int row = m_ui->deploymentsView->currentIndex().row();
    if (m_activity != Activity::Idle || row < 0 || row >= m_deployments->rowCount())
        return;
    const DeploymentSummary deployment = m_deployments->deployment(row);
    if (!DeploymentListModel::canResume(deployment))
        return;
    // A finished deployment job still holds its host connections: let them go first.
    if (m_deployJob && m_deployJob->isFinished())
        m_deployJob.reset();
    DeployOptions options = resumeOptions(deployment, passwordFor(deployment), m_stateDir);
    options.watchdogSeconds = makeOptions().watchdogSeconds;
    options.hypervisor = m_hypervisor;
    options.connectDirectory = m_connectDirectory;
    runDeployJob(std::move(options), tr("Resuming %1 at %2").arg(deployment.id, deployment.site));
}

bool DeployPage::askConfirmForget(const DeploymentSummary& deployment, const DeploymentSurvey& survey)
{
    const QStringList unchecked = survey.describe(Presence::Unchecked);
    const QStringList present = survey.describe(Presence::Present);
    QString text = tr("Forget %1? What can be reached at %2 is removed; then its journal is moved aside "
                      "and the deployment no longer shows here.")
                       .arg(deployment.id, deployment.site);
    if (!unchecked.isEmpty())
        text += QStringLiteral("\n\n") +
                tr("%n object(s) could not be checked and are forgotten if they still exist.", nullptr,
                   int(unchecked.size()));
    QMessageBox box(QMessageBox::Warning, tr("Forget Deployment"), text,
                    QMessageBox::Yes | QMessageBox::Cancel, this);
    QStringList details;
    if (!unchecked.isEmpty())
        details << tr("Could not be checked:") << unchecked;
    if (!present.isEmpty())
        details << tr("Still there (removed now):") << present;
    if (!details.isEmpty())
        box.setDetailedText(details.join(u'\n'));
    box.setDefaultButton(QMessageBox::Cancel);
    return box.exec() == QMessageBox::Yes;
}

void DeployPage::forgetSelected()
{
    const int row = m_ui->deploymentsView->currentIndex().row();
    if (m_activity != Activity::Idle || row < 0 || row >= m_deployments->rowCount())
        return;
    const DeploymentSummary deployment = m_deployments->deployment(row);
    if (!DeploymentListModel::canForget(deployment))
        return;
    clearMessage();
    if (m_deployJob && m_deployJob->isFinished())
        m_deployJob.reset();
    auto* job = new SurveyDeploymentJob(SurveyOptions{.id = deployment.id,
                                                      .stateDir = m_stateDir,
                                                      .ldapPassword = passwordFor(deployment),
                                                      .hypervisor = m_hypervisor,
                                                      .connectDirectory = m_connectDirectory},
                                        this);
    job->setGeneration(m_deployGeneration.next());
    m_surveyJob = job;
    connect(job, &Job::progress, this, [this](int done, int total, const QString& text) {
        m_ui->progressBar->setRange(0, std::max(total, 1));
        m_ui->progressBar->setValue(done);
        m_ui->progressLabel->setText(text);
    });
    connect(job, &Job::finished, this, [this, job, deployment] {
        job->deleteLater();
        if (!m_deployGeneration.isCurrent(job->generation()))
            return;
        setActivity(Activity::Idle);
        const Result<DeploymentSurvey> survey = *job->result();
        if (!survey) {
            if (survey.error().code != ErrorCode::Cancelled)
                showError(survey.error());
            emit destroyFinished(false);
            return;
        }
        for (const SurveyedObject& object : survey->objects)
            onLogLine(object.describe());
        if (!askConfirmForget(deployment, *survey)) {
            onLogLine(tr("%1 kept").arg(deployment.id));
            emit destroyFinished(false);
            return;
        }
        destroyDeployment(deployment.id, false, true);
    });
    m_ui->tabs->setCurrentWidget(m_ui->progressTab);
    m_ui->progressBar->setRange(0, 0);
    m_ui->progressLabel->setText(tr("Checking what is left of %1 at %2").arg(deployment.id, deployment.site));
    onLogLine(m_ui->progressLabel->text());
    setActivity(Activity::Checking);
    job->start(&m_pool);
}

} // namespace voc
