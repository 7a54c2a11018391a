// SPDX-License-Identifier: GPL-3.0-or-later
// The Sites page's connection test, its password handling and the directory browser.
#include "sitespage.h"

#include "directory/sitecredentials.h"
#include "ui_sitespage.h"

#include "passwordstore.h"
#include "sitecheckmodel.h"
#include "sitejobs.h"
#include "vcnrecordmodel.h"

#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QStringListModel>

namespace voc {

void SitesPage::setupConnection()
{
    m_ui->checkTree->setModel(m_check);
    m_ui->checkTree->header()->setSectionResizeMode(SiteCheckModel::CheckColumn,
                                                    QHeaderView::ResizeToContents);
    m_ui->checkTree->header()->setStretchLastSection(true);
    m_ui->vocList->setModel(m_vocs);
    m_ui->vocList->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_ui->vcnTable->setModel(m_vcns);
    m_ui->vcnTable->verticalHeader()->hide();
    m_ui->vcnTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->vcnTable->horizontalHeader()->setStretchLastSection(true);
    m_ui->directorySplitter->setSizes({200, 700});
    m_ui->rememberCheck->setChecked(true);
    m_ui->keychainLabel->setText(tr("The password is kept in the system keychain when you tick the box."));

    connect(m_ui->testButton, &QPushButton::clicked, this, &SitesPage::startCheck);
    connect(m_ui->cancelTestButton, &QPushButton::clicked, this, &SitesPage::cancelCheck);
    connect(m_ui->passwordEdit, &QLineEdit::returnPressed, this, &SitesPage::startCheck);
    connect(m_ui->loadDirectoryButton, &QPushButton::clicked, this, &SitesPage::loadDirectory);
    connect(m_ui->vocList->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex& current) {
                if (current.isValid())
                    selectVoc(current.data().toString());
            });
    connect(m_passwords.get(), &PasswordStore::availabilityChanged, this, [this](bool available) {
        if (available)
            return;
        m_ui->rememberCheck->setChecked(false);
        m_ui->rememberCheck->setEnabled(false);
        m_ui->keychainLabel->setText(
            m_passwordFromFile
                ? tr("No keychain is available on this system (%1); the password comes from the profile's "
                     "password file.")
                      .arg(m_passwords->unavailableReason())
                : tr("No keychain is available on this system (%1), so the password is not stored: enter it "
                     "each time.")
                      .arg(m_passwords->unavailableReason()));
    });
}

QString SitesPage::keychainText() const
{
    return m_ui->keychainLabel->text();
}

void SitesPage::readPassword()
{
    m_passwordFromFile = false;
    if (m_profile.directory.uri.isEmpty())
        return;
    // What vocctl uses, when the site gave one: VOCSTUDIO_LDAP_PASSWORD or the profile's 0600 file
    // (the VSP sandbox writes one). A few bytes from a local file: fine on the GUI thread.
    if (!m_profile.directory.passwordFile.isEmpty() || qEnvironmentVariableIsSet(ldapPasswordVariable)) {
        const Result<QString> secret =
            directoryPassword(m_profile.directory, QFileInfo(m_path).absolutePath());
        if (secret) {
            m_passwordFromFile = true;
            m_ui->passwordEdit->setText(*secret);
            m_ui->keychainLabel->setText(
                m_profile.directory.passwordFile.isEmpty()
                    ? tr("The password comes from %1.").arg(QLatin1String(ldapPasswordVariable))
                    : tr("The password comes from the profile's password file."));
            return;
        }
    }
    if (!m_passwords->isAvailable())
        return;
    const QString key = PasswordStore::keyFor(m_profile.directory.uri, m_profile.directory.bindDn);
    const QString path = m_path;
    m_passwords->read(key, [this, path](PasswordStore::Outcome outcome, const QString& text) {
        // The user moved on to another profile or typed a password meanwhile: leave it.
        if (path != m_path || !m_ui->passwordEdit->text().isEmpty())
            return;
        if (outcome == PasswordStore::Outcome::Found) {
            m_ui->passwordEdit->setText(text);
            m_ui->keychainLabel->setText(tr("The password comes from the system keychain."));
        } else if (outcome == PasswordStore::Outcome::Failed) {
            m_ui->keychainLabel->setText(
                tr("The keychain did not give the password (%1): enter it.").arg(text));
        }
    });
}

void SitesPage::storePassword()
{
    if (!m_ui->rememberCheck->isChecked() || !m_passwords->isAvailable() ||
        m_ui->passwordEdit->text().isEmpty())
        return;
    const QString key = PasswordStore::keyFor(m_profile.directory.uri, m_profile.directory.bindDn);
    m_passwords->write(
        key, m_ui->passwordEdit->text(), [this](PasswordStore::Outcome outcome, const QString& text) {
            if (outcome == PasswordStore::Outcome::Found)
                m_ui->keychainLabel->setText(tr("The password is stored in the system keychain."));
            else if (outcome == PasswordStore::Outcome::Failed)
                m_ui->keychainLabel->setText(tr("The keychain did not store the password (%1).").arg(text));
        });
}

void SitesPage::startCheck()
{
    if (isChecking() || m_profile.hosts.isEmpty())
        return;
    clearMessage();
    m_check->clearReport();
    m_ui->checkSummaryLabel->clear();
    auto* job = new SiteCheckJob(m_profile, m_ui->passwordEdit->text(), m_hypervisor, this);
    job->setDirectoryConnector(m_connectDirectory);
    job->setGeneration(m_checkGeneration.next());
    m_checkJob = job;
    connect(job, &Job::progress, this, [this, job](int done, int total, const QString& text) {
        if (!m_checkGeneration.isCurrent(job->generation()))
            return;
        m_ui->progressBar->setRange(0, qMax(total, 1));
        m_ui->progressBar->setValue(done);
        m_ui->progressLabel->setText(text);
        emit statusMessage(text);
    });
    connect(job, &Job::finished, this, [this, job] { finishCheck(job); });
    m_ui->progressBar->setRange(0, 0);
    m_ui->progressLabel->setText(tr("Connecting…"));
    updateActions();
    job->start(&m_pool);
}

void SitesPage::cancelCheck()
{
    if (m_checkJob) {
        m_checkJob->cancel();
        m_ui->progressLabel->setText(tr("Cancelling after the hosts being checked…"));
    }
}

void SitesPage::finishCheck(SiteCheckJob* job)
{
    job->deleteLater();
    if (!m_checkGeneration.isCurrent(job->generation()))
        return;
    m_checkJob = nullptr;
    updateActions();
    const Result<SiteCheckReport> report = *job->result();
    if (!report) {
        m_ui->checkSummaryLabel->setText(report.error().code == ErrorCode::Cancelled
                                             ? tr("The connection test was cancelled.")
                                             : report.error().toString());
        emit statusMessage(m_ui->checkSummaryLabel->text());
        emit checkFinished();
        return;
    }
    showReport(*report);
    if (report->directory.ok())
        storePassword();
    emit checkFinished();
}

void SitesPage::showReport(const SiteCheckReport& report)
{
    m_check->setReport(report);
    m_ui->checkTree->expandAll();
    int hostsOk = 0;
    for (const HostCheck& h : report.hosts)
        hostsOk += h.ok() ? 1 : 0;
    QString summary = tr("%1 of %n host(s) ready", nullptr, int(report.hosts.size())).arg(hostsOk);
    if (report.directory.checked)
        summary += report.directory.ok() ? tr("; directory bound as %1").arg(report.directory.info.boundAs)
                                         : tr("; the directory failed");
    m_ui->checkSummaryLabel->setText(summary);
    emit statusMessage(summary);
}

void SitesPage::loadDirectory()
{
    if (m_profile.directory.uri.isEmpty())
        return;
    m_vocs->setStringList({});
    m_vcns->setRecords({});
    m_ui->directoryStatusLabel->setText(tr("Binding to %1…").arg(m_profile.directory.uri));
    auto* job = new OpenDirectoryJob(
        DirectoryConfig::fromSite(m_profile.directory, m_ui->passwordEdit->text()), m_connectDirectory, this);
    job->setGeneration(m_directoryGeneration.next());
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        if (!m_directoryGeneration.isCurrent(job->generation()))
            return;
        const Result<DirectorySession> session = *job->result();
        if (!session) {
            m_ui->directoryStatusLabel->setText(session.error().what);
            showError(session.error());
            emit directoryLoaded();
            return;
        }
        showDirectorySession(*session);
    });
    job->start(&m_directoryPool);
}

void SitesPage::showDirectorySession(const DirectorySession& session)
{
    m_directory = session.directory;
    m_vocs->setStringList(session.vocs);
    m_ui->directoryStatusLabel->setText(tr("%n VOC(s)", nullptr, int(session.vocs.size())));
    if (!session.vocs.isEmpty())
        m_ui->vocList->setCurrentIndex(m_vocs->index(0));
    else
        emit directoryLoaded();
}

void SitesPage::selectVoc(const QString& voc)
{
    if (!m_directory || voc.isEmpty())
        return;
    m_vcns->setRecords({});
    auto* job = new ListVcnsJob(m_directory, voc, this);
    job->setGeneration(m_directoryGeneration.next());
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        if (!m_directoryGeneration.isCurrent(job->generation()))
            return;
        const Result<QList<VcnRecord>> records = *job->result();
        if (!records) {
            showError(records.error());
        } else {
            m_vcns->setRecords(*records);
            m_ui->directoryStatusLabel->setText(
                tr("%1: %n VCN(s)", nullptr, int(records->size())).arg(job->voc()));
        }
        emit directoryLoaded();
    });
    job->start(&m_directoryPool);
}

} // namespace voc
