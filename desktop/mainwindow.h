// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: page sidebar, menus, file handling, autosave and crash recovery.
#pragma once

#include "autosave.h"

#include "common/result.h"

#include <QMainWindow>
#include <QSet>

#include <memory>
#include <optional>

class QLabel;
class QTimer;

namespace voc {

namespace Ui {
class MainWindow;
}

class BenchmarksPage;
class DeployPage;
class BundleActions;
class DesignDocument;
class DesignPage;
class ImagesPage;
class LocalRunPage;
class SitesPage;

class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    enum class Page
    {
        Design,
        Images,
        TestLocally,
        Sites,
        Deploy,
        Benchmarks
    };
    enum class UnsavedChoice
    {
        Save,
        Discard,
        Cancel
    };

    explicit MainWindow(QWidget* parent = nullptr);
    // Tests pass a store in a temporary folder.
    explicit MainWindow(const AutosaveStore& autosave, QWidget* parent = nullptr);
    ~MainWindow() override;

    DesignDocument* document() const { return m_document; }
    DesignPage* designPage() const { return m_designPage; }
    ImagesPage* imagesPage() const { return m_imagesPage; }
    LocalRunPage* localRunPage() const { return m_localRunPage; }
    SitesPage* sitesPage() const { return m_sitesPage; }
    BundleActions* bundleActions() const { return m_bundleActions; }
    DeployPage* deployPage() const { return m_deployPage; }
    BenchmarksPage* benchmarksPage() const { return m_benchmarksPage; }

    void showPage(Page page);
    Page currentPage() const;
    QWidget* pageWidget(Page page) const;
    static std::optional<Page> pageFromName(const QString& name); // "design", "images", ...
    static QList<Page> allPages();

    // File handling. Each returns whether the action was carried out (not cancelled, no error).
    bool newDesign();
    bool open();
    bool openFile(const QString& path);
    // The demo design bundled in the program, as a new untitled design.
    bool openDemo();
    static QString demoDesignPath();
    bool save();
    bool saveAs();
    // Asks about unsaved changes; false when the user cancels.
    bool maybeSave();

    // Crash recovery.
    const AutosaveStore& autosaveStore() const { return m_autosave; }
    QString autosavePath() const;
    int autosaveIntervalMs() const;
    bool autosaveNow();
    // Offers the newest design left by a crash (one per start, so nothing is lost).
    void offerRecovery();
    bool recover(const RecoverableDesign& file);

    void applySettings();

protected:
    void closeEvent(QCloseEvent* event) override;

    // Dialogs, behind virtual functions so tests answer them without blocking.
    virtual UnsavedChoice askUnsaved();
    virtual QString askOpenFileName();
    virtual QString askSaveFileName();
    virtual bool askRecover(const RecoverableDesign& file);
    virtual void showError(const QString& title, const Error& error);

private:
    void setupPages();
    void setupActions();
    void updateWindowTitle();
    void updateStatus();
    void showPreferences();
    void showAbout();
    void removeOwnedAutosaves();
    void restoreWindowState();
    void saveWindowState();

    std::unique_ptr<Ui::MainWindow> m_ui;
    AutosaveStore m_autosave;
    DesignDocument* m_document;
    DesignPage* m_designPage = nullptr;
    ImagesPage* m_imagesPage = nullptr;
    LocalRunPage* m_localRunPage = nullptr;
    SitesPage* m_sitesPage = nullptr;
    BundleActions* m_bundleActions = nullptr;
    DeployPage* m_deployPage = nullptr;
    BenchmarksPage* m_benchmarksPage = nullptr;
    QTimer* m_autosaveTimer;
    QLabel* m_problemsStatus;
    QLabel* m_planStatus;
    // Autosave copies this window wrote or adopted (keyed by document path); only these are removed.
    QSet<QString> m_ownedAutosaves;
};

} // namespace voc
