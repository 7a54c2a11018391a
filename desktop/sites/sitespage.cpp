// SPDX-License-Identifier: GPL-3.0-or-later
// The Sites page's list of profiles and the profile form. The connection test and the directory
// browser are in sitespageconnection.cpp.
#include "sitespage.h"
#include "ui_sitespage.h"

#include "design/problemsmodel.h"
#include "passwordstore.h"
#include "sitecheckmodel.h"
#include "sitehostsmodel.h"
#include "sitejobs.h"
#include "sitelistmodel.h"
#include "vcnrecordmodel.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QSettings>
#include <QStandardPaths>

#include <QStringListModel>
#include <utility>

namespace voc {

namespace {

// The profiles the user added from elsewhere; those in the sites folder are found anyway.
QString addedProfilesKey()
{
    return QStringLiteral("sites/addedProfiles");
}

// The problem paths that belong to a form field, so the field can show that it is wrong.
QString fieldPath(const QString& problemPath)
{
    return problemPath.startsWith(QLatin1String("hosts[")) ? QStringLiteral("hosts") : problemPath;
}

} // namespace

QString SitesPage::defaultSitesDir()
{
    return siteProfilesFolder();
}

SitesPage::SitesPage(std::unique_ptr<PasswordStore> passwords, const QString& sitesDir, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::SitesPage>())
    , m_passwords(passwords ? std::move(passwords) : std::make_unique<KeychainPasswordStore>())
    , m_sitesDir(sitesDir)
    , m_sites(new SiteListModel(this))
    , m_hosts(new SiteHostsModel(this))
    , m_check(new SiteCheckModel(this))
    , m_vocs(new QStringListModel(this))
    , m_vcns(new VcnRecordModel(this))
    , m_connectDirectory(connectLdapDirectory)
{
    m_ui->setupUi(this);
    m_directoryPool.setMaxThreadCount(1);
    m_ui->siteList->setModel(m_sites);
    m_ui->mainSplitter->setStretchFactor(0, 1);
    m_ui->mainSplitter->setStretchFactor(1, 4);
    m_ui->mainSplitter->setSizes({220, 900});
    m_ui->messageFrame->hide();
    m_ui->messageIcon->setPixmap(ProblemsModel::severityIcon(Problem::Severity::Error)
                                     .pixmap(style()->pixelMetric(QStyle::PM_SmallIconSize)));

    connect(m_ui->addSiteButton, &QPushButton::clicked, this, [this] {
        const QString path = askOpenFileName();
        if (!path.isEmpty())
            addProfile(path);
    });
    connect(m_ui->newSiteButton, &QPushButton::clicked, this, &SitesPage::newProfile);
    connect(m_ui->removeSiteButton, &QPushButton::clicked, this, &SitesPage::forgetSelected);
    connect(m_ui->messageCloseButton, &QToolButton::clicked, this, &SitesPage::clearMessage);
    connect(m_ui->siteList->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                if (!current.isValid() || current.data(SiteListModel::PathRole).toString() == m_path)
                    return;
                const SiteEntry& entry = m_sites->entry(current.row());
                if (!entry.error.isEmpty())
                    showError(makeError(ErrorCode::Parse, entry.error));
                showProfile(entry.path, entry.profile);
            });

    setupForm();
    setupConnection();
    newProfile();
    reload();
}

SitesPage::~SitesPage()
{
    if (m_checkJob)
        m_checkJob->cancel();
    m_pool.waitForDone();
    m_directoryPool.waitForDone();
}

QString SitesPage::askOpenFileName()
{
    return QFileDialog::getOpenFileName(this, tr("Add a Site Profile"), m_sitesDir,
                                        tr("Site profiles (*.json);;All files (*)"));
}

QString SitesPage::askSaveFileName()
{
    const QString name = m_profile.name.isEmpty() ? QStringLiteral("site") : m_profile.name;
    return QFileDialog::getSaveFileName(this, tr("Save Site Profile"),
                                        QDir(m_sitesDir).filePath(name + QStringLiteral(".json")),
                                        tr("Site profiles (*.json)"));
}

void SitesPage::reload()
{
    const QStringList added = QSettings().value(addedProfilesKey()).toStringList();
    auto* job = new LoadSitesJob(added, m_sitesDir, this);
    job->setGeneration(m_loadGeneration.next());
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        if (!m_loadGeneration.isCurrent(job->generation()))
            return;
        const Result<QList<SiteEntry>> entries = *job->result();
        if (!entries)
            return showError(entries.error());
        m_sites->setEntries(*entries);
        QString select = m_pendingSelection.isEmpty() ? m_path : m_pendingSelection;
        m_pendingSelection.clear();
        // An untouched new profile (the page just opened) gives way to the first known one.
        if (select.isEmpty() && m_path.isEmpty() && m_profile == m_savedProfile && m_sites->rowCount() > 0)
            select = m_sites->entry(0).path;
        if (!select.isEmpty())
            selectProfile(select);
        updateActions();
        if (std::exchange(m_checkWhenLoaded, false) && !m_path.isEmpty()) {
            m_ui->tabs->setCurrentWidget(m_ui->connectionTab);
            startCheck();
        }
        emit statusMessage(tr("%n site profile(s)", nullptr, m_sites->rowCount()));
    });
    job->start(&m_pool);
}

void SitesPage::addProfile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList added = QSettings().value(addedProfilesKey()).toStringList();
    if (!added.contains(absolute) &&
        !absolute.startsWith(QDir(m_sitesDir).absolutePath() + QLatin1Char('/'))) {
        added.append(absolute);
        QSettings().setValue(addedProfilesKey(), added);
    }
    m_pendingSelection = absolute;
    reload();
}

void SitesPage::testProfile(const QString& path)
{
    m_checkWhenLoaded = true;
    addProfile(path);
}

void SitesPage::rememberPaths()
{
    // Only the added ones: the sites folder is scanned on every start.
    const QString dir = QDir(m_sitesDir).absolutePath() + QLatin1Char('/');
    QStringList added;
    for (const QString& path : m_sites->paths())
        if (!path.startsWith(dir))
            added.append(path);
    QSettings().setValue(addedProfilesKey(), added);
}

void SitesPage::forgetSelected()
{
    const QModelIndex current = m_ui->siteList->currentIndex();
    if (!current.isValid())
        return;
    m_sites->remove(current.data(SiteListModel::PathRole).toString());
    rememberPaths();
    if (m_sites->rowCount() > 0)
        selectProfile(m_sites->entry(0).path);
    else
        newProfile();
}

void SitesPage::selectProfile(const QString& path)
{
    const int row = m_sites->rowOf(QFileInfo(path).absoluteFilePath());
    if (row < 0)
        return;
    m_ui->siteList->setCurrentIndex(m_sites->index(row));
    const SiteEntry& entry = m_sites->entry(row);
    if (entry.path != m_path)
        showProfile(entry.path, entry.profile);
}

void SitesPage::newProfile()
{
    SiteProfile profile;
    profile.name = tr("new-site");
    profile.hosts = {SiteHost{QStringLiteral("kvm1"), QStringLiteral("qemu+ssh://root@kvm1/system"), 0, 0}};
    profile.network.bridge = QStringLiteral("br0");
    m_ui->siteList->clearSelection();
    m_ui->siteList->setCurrentIndex({});
    showProfile({}, profile);
}

void SitesPage::showProfile(const QString& path, const SiteProfile& profile)
{
    m_path = path;
    m_profile = profile;
    m_savedProfile = profile;
    m_modified = path.isEmpty();
    m_check->clearReport();
    m_ui->checkSummaryLabel->clear();
    m_vocs->setStringList({});
    m_vcns->setRecords({});
    m_directory.reset();
    m_directoryGeneration.next();
    m_ui->directoryStatusLabel->clear();
    m_ui->passwordEdit->clear();
    fillForm();
    validate();
    readPassword();
    updateActions();
}

void SitesPage::setupForm()
{
    m_ui->hostsTable->setModel(m_hosts);
    QHeaderView* header = m_ui->hostsTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(SiteHostsModel::UriColumn, QHeaderView::Stretch);
    m_ui->hostsTable->verticalHeader()->hide();
    m_ui->sharingCombo->addItem(tr("Shared by all hosts (NFS)"), int(StorageSharing::Shared));
    m_ui->sharingCombo->addItem(tr("One pool per host"), int(StorageSharing::PerHost));

    connectEdit(m_ui->nameEdit, &SiteProfile::name);
    connectEdit(m_ui->descriptionEdit, &SiteProfile::description);
    connectEdit(m_ui->poolEdit, &SiteStorage::pool);
    connectEdit(m_ui->poolPathEdit, &SiteStorage::path);
    connectEdit(m_ui->bridgeEdit, &SiteNetwork::bridge);
    connectEdit(m_ui->subnetEdit, &SiteNetwork::subnet);
    connectEdit(m_ui->rangeStartEdit, &SiteNetwork::rangeStart);
    connectEdit(m_ui->rangeEndEdit, &SiteNetwork::rangeEnd);
    connectEdit(m_ui->gatewayEdit, &SiteNetwork::gateway);
    connectEdit(m_ui->dnsDomainEdit, &SiteNetwork::dnsDomain);
    connectEdit(m_ui->dnsServerEdit, &SiteNetwork::dnsServer);
    connectEdit(m_ui->directoryUriEdit, &SiteDirectory::uri);
    connectEdit(m_ui->baseDnEdit, &SiteDirectory::baseDn);
    connectEdit(m_ui->bindDnEdit, &SiteDirectory::bindDn);
    connectEdit(m_ui->caFileEdit, &SiteDirectory::caFile);
    connectEdit(m_ui->passwordFileEdit, &SiteDirectory::passwordFile);
    connect(m_ui->startTlsCheck, &QCheckBox::toggled, this, [this](bool on) {
        m_profile.directory.startTls = on;
        edited();
    });
    connect(m_ui->sharingCombo, &QComboBox::currentIndexChanged, this, [this] {
        m_profile.storage.sharing = StorageSharing(m_ui->sharingCombo->currentData().toInt());
        edited();
    });
    connect(m_hosts, &SiteHostsModel::hostsEdited, this, [this] {
        m_profile.hosts = m_hosts->hosts();
        edited();
    });
    connect(m_ui->addHostButton, &QPushButton::clicked, this, [this] {
        const int row = m_hosts->addHost();
        m_ui->hostsTable->setCurrentIndex(m_hosts->index(row, SiteHostsModel::UriColumn));
        m_ui->hostsTable->edit(m_ui->hostsTable->currentIndex());
    });
    connect(m_ui->removeHostButton, &QPushButton::clicked, this,
            [this] { m_hosts->removeHost(m_ui->hostsTable->currentIndex().row()); });
    connect(m_ui->problemsList, &QListWidget::itemActivated, this, [this](QListWidgetItem* item) {
        // Jump to the field the problem is about.
        const QString path = fieldPath(item->data(Qt::UserRole).toString());
        for (QWidget* w : findChildren<QWidget*>())
            if (w->property("profilePath").toString() == path) {
                w->setFocus(Qt::OtherFocusReason);
                break;
            }
    });
    connect(m_ui->saveButton, &QPushButton::clicked, this, &SitesPage::save);
    connect(m_ui->revertButton, &QPushButton::clicked, this, &SitesPage::revert);
    m_ui->hostsTable->setProperty("profilePath", QStringLiteral("hosts"));
    m_ui->startTlsCheck->setProperty("profilePath", QStringLiteral("directory.startTls"));
}

// One overload per struct of the profile, so every line edit names its field once.
void SitesPage::connectEdit(QLineEdit* edit, QString SiteProfile::*field)
{
    edit->setProperty("profilePath",
                      QString::fromLatin1(field == &SiteProfile::name ? "name" : "description"));
    connect(edit, &QLineEdit::textEdited, this, [this, field](const QString& text) {
        m_profile.*field = text;
        edited();
    });
}

void SitesPage::connectEdit(QLineEdit* edit, QString SiteStorage::*field)
{
    edit->setProperty("profilePath", field == &SiteStorage::pool ? QStringLiteral("storage.pool")
                                                                 : QStringLiteral("storage.path"));
    connect(edit, &QLineEdit::textEdited, this, [this, field](const QString& text) {
        m_profile.storage.*field = text;
        edited();
    });
}

void SitesPage::connectEdit(QLineEdit* edit, QString SiteNetwork::*field)
{
    // The JSON key is the widget's name without "Edit": bridgeEdit -> network.bridge.
    edit->setProperty("profilePath", QString(QStringLiteral("network.") + edit->objectName().chopped(4)));
    connect(edit, &QLineEdit::textEdited, this, [this, field](const QString& text) {
        m_profile.network.*field = text.trimmed();
        edited();
    });
}

void SitesPage::connectEdit(QLineEdit* edit, QString SiteDirectory::*field)
{
    QString key = edit->objectName().chopped(4);
    if (key == QLatin1String("directoryUri"))
        key = QStringLiteral("uri");
    edit->setProperty("profilePath", QString(QStringLiteral("directory.") + key));
    connect(edit, &QLineEdit::textEdited, this, [this, field](const QString& text) {
        m_profile.directory.*field = text.trimmed();
        edited();
    });
}

void SitesPage::fillForm()
{
    m_filling = true;
    const SiteProfile& p = m_profile;
    m_ui->nameEdit->setText(p.name);
    m_ui->descriptionEdit->setText(p.description);
    m_hosts->setHosts(p.hosts);
    m_ui->poolEdit->setText(p.storage.pool);
    m_ui->sharingCombo->setCurrentIndex(m_ui->sharingCombo->findData(int(p.storage.sharing)));
    m_ui->poolPathEdit->setText(p.storage.path);
    m_ui->bridgeEdit->setText(p.network.bridge);
    m_ui->subnetEdit->setText(p.network.subnet);
    m_ui->rangeStartEdit->setText(p.network.rangeStart);
    m_ui->rangeEndEdit->setText(p.network.rangeEnd);
    m_ui->gatewayEdit->setText(p.network.gateway);
    m_ui->dnsDomainEdit->setText(p.network.dnsDomain);
    m_ui->dnsServerEdit->setText(p.network.dnsServer);
    m_ui->directoryUriEdit->setText(p.directory.uri);
    m_ui->baseDnEdit->setText(p.directory.baseDn);
    m_ui->bindDnEdit->setText(p.directory.bindDn);
    m_ui->startTlsCheck->setChecked(p.directory.startTls);
    m_ui->caFileEdit->setText(p.directory.caFile);
    m_ui->passwordFileEdit->setText(p.directory.passwordFile);
    m_ui->pathLabel->setText(m_path.isEmpty() ? tr("Not saved yet") : m_path);
    m_ui->kindValueLabel->setText(kindText(p));
    m_ui->kindValueLabel->setToolTip(kindToolTip(p));
    m_filling = false;
}

QString SitesPage::kindText(const SiteProfile& profile)
{
    switch (profile.kind()) {
    case SiteProfileKind::Vo:
        return tr("VO \u201c%1\u201d (its own accounts, libvirt session)").arg(profile.directory.vo);
    case SiteProfileKind::ProviderAdmin:
        return tr("Provider admin (directory admin, hosts as root)");
    case SiteProfileKind::SingleTenant:
        break;
    }
    return tr("Single-tenant (hosts as root, system libvirt)");
}

QString SitesPage::kindToolTip(const SiteProfile& profile)
{
    switch (profile.kind()) {
    case SiteProfileKind::Vo:
        return tr("A VO's profile at a site shared by VOs: the hosts as the VO's own unprivileged account "
                  "(qemu+ssh://%1@host/session), the directory as uid=%1, only its own VCNs, within its "
                  "grant.")
            .arg(profile.directory.vo);
    case SiteProfileKind::ProviderAdmin:
        return tr("The provider's own profile for vocctl site vo (adding and removing VOs): the directory's "
                  "admin and root on every host. Never hand it to a VO.");
    case SiteProfileKind::SingleTenant:
        break;
    }
    return tr("A site with one tenant: every host as root through the system libvirt, the directory with "
              "the site's service account.");
}

void SitesPage::edited()
{
    if (m_filling)
        return;
    m_modified = !m_path.isEmpty() ? m_profile != m_savedProfile : true;
    validate();
    updateActions();
}

void SitesPage::validate()
{
    m_problems =
        validateSiteProfile(m_profile, m_path.isEmpty() ? QString() : QFileInfo(m_path).absolutePath());
    m_ui->problemsList->clear();
    QSet<QString> wrong;
    for (const Problem& p : std::as_const(m_problems)) {
        auto* item =
            new QListWidgetItem(ProblemsModel::severityIcon(p.severity), p.toString(), m_ui->problemsList);
        item->setToolTip(p.hint);
        item->setData(Qt::UserRole, p.path);
        if (p.severity == Problem::Severity::Error)
            wrong.insert(fieldPath(p.path));
    }
    if (m_problems.isEmpty())
        new QListWidgetItem(tr("No problems"), m_ui->problemsList);
    // A field with an error says so where the user looks: its tooltip and an accessible description.
    for (QWidget* w : findChildren<QWidget*>()) {
        const QString path = w->property("profilePath").toString();
        if (path.isEmpty())
            continue;
        w->setProperty("hasProblem", wrong.contains(path));
        QString tip;
        for (const Problem& p : std::as_const(m_problems))
            if (fieldPath(p.path) == path)
                tip += (tip.isEmpty() ? QString() : QStringLiteral("\n")) + p.message + QStringLiteral(": ") +
                       p.hint;
        w->setToolTip(tip);
    }
}

void SitesPage::save()
{
    QString path = m_path;
    if (path.isEmpty()) {
        path = askSaveFileName();
        if (path.isEmpty())
            return;
    }
    clearMessage();
    auto* job = new SaveSiteJob(path, m_profile, this);
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        if (std::optional<Error> error = job->failure())
            return showError(*error);
        const QString absolute = QFileInfo(job->path()).absoluteFilePath();
        m_sites->upsert(SiteEntry{absolute, job->profile(), {}});
        rememberPaths();
        if (m_path.isEmpty() || m_path == absolute) {
            m_path = absolute;
            m_savedProfile = job->profile();
            m_modified = m_profile != m_savedProfile;
            m_ui->siteList->setCurrentIndex(m_sites->index(m_sites->rowOf(absolute)));
            m_ui->pathLabel->setText(absolute);
            validate();
        }
        updateActions();
        emit statusMessage(tr("Saved %1").arg(absolute));
        emit saved(absolute);
    });
    job->start(&m_pool);
}

void SitesPage::revert()
{
    if (m_path.isEmpty())
        return newProfile();
    showProfile(m_path, m_savedProfile);
}

void SitesPage::updateActions()
{
    const bool checking = isChecking();
    m_ui->saveButton->setEnabled(m_modified);
    m_ui->revertButton->setEnabled(m_modified);
    m_ui->removeSiteButton->setEnabled(m_ui->siteList->currentIndex().isValid());
    m_ui->removeHostButton->setEnabled(m_hosts->rowCount() > 0);
    m_ui->testButton->setEnabled(!checking && !m_profile.hosts.isEmpty());
    m_ui->cancelTestButton->setVisible(checking);
    m_ui->progressRow->setVisible(checking);
    m_ui->loadDirectoryButton->setEnabled(!m_profile.directory.uri.isEmpty());
}

QString SitesPage::messageText() const
{
    return m_ui->messageFrame->isHidden() ? QString() : m_ui->messageLabel->text();
}

void SitesPage::showError(const Error& error)
{
    QString text = error.where.isEmpty() ? error.what : error.where + QStringLiteral(": ") + error.what;
    if (!error.hint.isEmpty())
        text += QLatin1Char('\n') + error.hint;
    m_ui->messageLabel->setText(text);
    m_ui->messageFrame->show();
    emit statusMessage(error.toString());
}

void SitesPage::clearMessage()
{
    m_ui->messageFrame->hide();
    m_ui->messageLabel->clear();
}

} // namespace voc
