// SPDX-License-Identifier: GPL-3.0-or-later
// The Sites page: the site profiles VOC Studio knows, a form to edit one with its problems shown
// live, "Test connection" (every host's libvirt, pool and bridge, and the directory) as a job off
// the GUI thread, and a browser of the directory's VCN records per VOC.
#pragma once

#include "common/job.h"
#include "common/result.h"
#include "model/siteprofile.h"
#include "site/sitecheck.h"
#include "sites/passwordstore.h"

#include <QPointer>
#include <QThreadPool>
#include <QWidget>

#include <memory>

class QLineEdit;
class QStringListModel;

namespace voc {

namespace Ui {
class SitesPage;
}

class SiteCheckModel;
class SiteHostsModel;
class SiteListModel;
class VcnRecordModel;
struct DirectorySession;

class SitesPage : public QWidget
{
    Q_OBJECT

public:
    // ~/.local/share/vocstudio/sites: where scripts/vsp-sandbox and new profiles put their files.
    static QString defaultSitesDir();

    // passwords: null means the OS keychain (qtkeychain). sitesDir: tests pass a temporary folder.
    explicit SitesPage(std::unique_ptr<PasswordStore> passwords = {},
                       const QString& sitesDir = defaultSitesDir(), QWidget* parent = nullptr);
    ~SitesPage() override;

    SiteListModel* siteListModel() const { return m_sites; }
    SiteHostsModel* hostsModel() const { return m_hosts; }
    SiteCheckModel* checkModel() const { return m_check; }
    QStringListModel* vocModel() const { return m_vocs; }
    VcnRecordModel* vcnModel() const { return m_vcns; }
    Ui::SitesPage* ui() const { return m_ui.get(); }

    // Reads the remembered profiles and the sites folder again (off the GUI thread).
    void reload();
    // Adds a profile file to the list (remembered in the settings) and selects it.
    void addProfile(const QString& path);
    // Adds (when new) and selects the profile, then tests its connection (vocstudio --test-site).
    void testProfile(const QString& path);
    // A new, unsaved profile with sensible defaults.
    void newProfile();
    void selectProfile(const QString& path);
    void forgetSelected();
    // The profile as edited in the form, its file (empty for a new one) and whether it has changes.
    const SiteProfile& profile() const { return m_profile; }
    QString profilePath() const { return m_path; }
    bool isModified() const { return m_modified; }
    const Problems& problems() const { return m_problems; }
    // Writes the profile (asks where for a new one); the result arrives as saved() or an error message.
    void save();
    void revert();

    // "Test connection" with the password in the page; cancel() stops between hosts.
    void startCheck();
    void cancelCheck();
    bool isChecking() const { return bool(m_checkJob); }
    // Renders a report as the tree and summary line (what a finished check does).
    void showReport(const SiteCheckReport& report);
    // Tests replace the LDAP connection and the hypervisor (not owned).
    void setDirectoryConnector(DirectoryConnector connector) { m_connectDirectory = std::move(connector); }
    void setHypervisor(Hypervisor* hypervisor) { m_hypervisor = hypervisor; }

    // The directory browser: binds, lists the VOCs, then the VCNs of the selected VOC.
    void loadDirectory();
    void selectVoc(const QString& voc);

    // What the Kind row says of a profile: single-tenant (root), a VO's (session) or the provider's admin.
    static QString kindText(const SiteProfile& profile);
    static QString kindToolTip(const SiteProfile& profile);

    // The message shown for the last error (empty when none), and the keychain line.
    QString messageText() const;
    QString keychainText() const;

signals:
    void statusMessage(const QString& message);
    void saved(const QString& path);
    void checkFinished();
    void directoryLoaded();

protected:
    // Dialogs behind virtual functions, so tests answer them without blocking.
    virtual QString askOpenFileName();
    virtual QString askSaveFileName();

private:
    void setupForm();
    void setupConnection();
    void connectEdit(QLineEdit* edit, QString SiteProfile::*field);
    void connectEdit(QLineEdit* edit, QString SiteNetwork::*field);
    void connectEdit(QLineEdit* edit, QString SiteDirectory::*field);
    void connectEdit(QLineEdit* edit, QString SiteStorage::*field);
    void showProfile(const QString& path, const SiteProfile& profile);
    void fillForm();
    void edited();
    void validate();
    void rememberPaths();
    void readPassword();
    void storePassword();
    void finishCheck(SiteCheckJob* job);
    void showDirectorySession(const DirectorySession& session);
    void updateActions();
    void showError(const Error& error);
    void clearMessage();

    std::unique_ptr<Ui::SitesPage> m_ui;
    std::unique_ptr<PasswordStore> m_passwords;
    QString m_sitesDir;
    SiteListModel* m_sites;
    SiteHostsModel* m_hosts;
    SiteCheckModel* m_check;
    QStringListModel* m_vocs;
    VcnRecordModel* m_vcns;

    QString m_path;
    SiteProfile m_profile;
    SiteProfile m_savedProfile;
    Problems m_problems;
    bool m_modified = false;
    bool m_filling = false; // the form is being filled from a profile: no edits to record

    QThreadPool m_pool;          // site checks and file work; the destructor waits for them
    QThreadPool m_directoryPool; // one thread: a Directory is used by one thread at a time
    Generation m_loadGeneration;
    Generation m_checkGeneration;
    Generation m_directoryGeneration;
    QPointer<SiteCheckJob> m_checkJob;
    Hypervisor* m_hypervisor = nullptr;
    DirectoryConnector m_connectDirectory;
    std::shared_ptr<Directory> m_directory;
    QString m_pendingSelection; // selected once the list has loaded
    bool m_checkWhenLoaded = false;
    bool m_passwordFromFile = false; // filled in by readPassword() from the profile's password file
};

} // namespace voc
