// SPDX-License-Identifier: GPL-3.0-or-later
#include "mainwindow.h"
#include "ui_mainwindow.h"

#include "appsettings.h"
#include "bench/benchmarkspage.h"
#include "bundle/bundleactions.h"
#include "deploy/deploypage.h"
#include "design/designdocument.h"
#include "design/designpage.h"
#include "icons.h"
#include "images/imagespage.h"
#include "localrun/localrunpage.h"
#include "model/designfile.h"
#include "placeholderpage.h"
#include "recentfilesmenu.h"
#include "sites/sitespage.h"

#include <QCloseEvent>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QScreen>
#include <QSettings>
#include <QTimer>
#include <QUndoStack>

namespace voc {

MainWindow::MainWindow(QWidget* parent)
    : MainWindow(AutosaveStore(), parent)
{}

MainWindow::MainWindow(const AutosaveStore& autosave, QWidget* parent)
    : QMainWindow(parent)
    , m_ui(std::make_unique<Ui::MainWindow>())
    , m_autosave(autosave)
    , m_document(new DesignDocument(this))
    , m_autosaveTimer(new QTimer(this))
    , m_problemsStatus(new QLabel(this))
    , m_planStatus(new QLabel(this))
{
    m_ui->setupUi(this);
    setupPages();
    setupActions();
    statusBar()->addPermanentWidget(m_problemsStatus);
    statusBar()->addPermanentWidget(m_planStatus);

    connect(m_document, &DesignDocument::modifiedChanged, this, [this](bool modified) {
        updateWindowTitle();
        if (modified) {
            m_autosaveTimer->start();
        } else {
            // Saved, or undone back to the file's content: nothing left to recover.
            m_autosaveTimer->stop();
            removeOwnedAutosaves();
        }
    });
    connect(m_document, &DesignDocument::filePathChanged, this, &MainWindow::updateWindowTitle);
    connect(m_document, &DesignDocument::problemsChanged, this, &MainWindow::updateStatus);
    connect(m_document, &DesignDocument::planChanged, this, &MainWindow::updateStatus);
    connect(m_autosaveTimer, &QTimer::timeout, this, &MainWindow::autosaveNow);

    applySettings();
    restoreWindowState();
    updateWindowTitle();
    updateStatus();
}

MainWindow::~MainWindow() = default;

QList<MainWindow::Page> MainWindow::allPages()
{
    return {Page::Design, Page::Images, Page::TestLocally, Page::Sites, Page::Deploy, Page::Benchmarks};
}

void MainWindow::setupPages()
{
    struct PageInfo
    {
        QString title;
        QIcon icon;
        QString description; // placeholders only
    };
    const QList<PageInfo> pages{
        {tr("Design"),
         themeIcon({"accessories-text-editor", "document-edit"}, QStyle::SP_FileDialogDetailedView),
         {}},
        {tr("Images"), themeIcon({"drive-harddisk"}, QStyle::SP_DriveHDIcon),
         tr("Add your VO's disk images, verify their checksums and build the demo images.")},
        {tr("Test locally"), themeIcon({"computer"}, QStyle::SP_ComputerIcon),
         tr("Boot the whole cluster on this workstation in an isolated network, watch every VCN start and "
            "run "
            "HPL on it.")},
        {tr("Sites"), themeIcon({"network-server", "network-workgroup"}, QStyle::SP_DriveNetIcon),
         tr("Describe the Virtualization Service Providers you can deploy to: their KVM hosts, storage, "
            "network and LDAP directory.")},
        {tr("Deploy"), themeIcon({"system-software-install", "document-send"}, QStyle::SP_ArrowUp),
         tr("Push the images to a site, register the VCNs in its directory and launch them, with progress, "
            "resume and rollback.")},
        {tr("Benchmarks"),
         themeIcon({"utilities-system-monitor", "x-office-spreadsheet"}, QStyle::SP_FileIcon),
         tr("Run HPL on a cluster or on bare metal and compare the results with the paper's measurements.")},
    };

    int widest = 0;
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const PageInfo& info = pages.at(i);
        auto* item = new QListWidgetItem(info.icon, info.title, m_ui->pageList);
        item->setToolTip(tr("%1 (Ctrl+%2)").arg(info.title).arg(i + 1));
        widest = std::max(widest, m_ui->pageList->fontMetrics().horizontalAdvance(info.title));
        if (i == 0) {
            m_designPage = new DesignPage(m_document, m_ui->pageStack);
            m_ui->pageStack->addWidget(m_designPage);
            connect(m_designPage, &DesignPage::statusMessage, this,
                    [this](const QString& message) { statusBar()->showMessage(message, 5000); });
        } else if (i == int(Page::Images)) {
            m_imagesPage = new ImagesPage(m_document, ImageCatalogue::defaultPath(), m_ui->pageStack);
            m_ui->pageStack->addWidget(m_imagesPage);
            connect(m_imagesPage, &ImagesPage::statusMessage, this,
                    [this](const QString& message) { statusBar()->showMessage(message, 5000); });
        } else if (i == int(Page::TestLocally)) {
            m_localRunPage = new LocalRunPage(m_document, m_ui->pageStack);
            m_ui->pageStack->addWidget(m_localRunPage);
            connect(m_localRunPage, &LocalRunPage::statusMessage, this,
                    [this](const QString& message) { statusBar()->showMessage(message, 5000); });
        } else if (i == int(Page::Sites)) {
            m_sitesPage = new SitesPage({}, SitesPage::defaultSitesDir(), m_ui->pageStack);
            m_ui->pageStack->addWidget(m_sitesPage);
            connect(m_sitesPage, &SitesPage::statusMessage, this,
                    [this](const QString& message) { statusBar()->showMessage(message, 5000); });
        } else if (i == int(Page::Deploy)) {
            m_deployPage = new DeployPage(m_document, {}, {}, m_ui->pageStack);
            m_ui->pageStack->addWidget(m_deployPage);
            connect(m_deployPage, &DeployPage::statusMessage, this,
                    [this](const QString& message) { statusBar()->showMessage(message, 5000); });
        } else if (i == int(Page::Benchmarks)) {
            m_benchmarksPage = new BenchmarksPage(m_document, {}, m_ui->pageStack);
            m_ui->pageStack->addWidget(m_benchmarksPage);
            connect(m_benchmarksPage, &BenchmarksPage::statusMessage, this,
                    [this](const QString& message) { statusBar()->showMessage(message, 5000); });
        } else {
            m_ui->pageStack->addWidget(new PlaceholderPage(info.icon, info.title, info.description));
        }
        // Ctrl+1..6 reach the pages from anywhere; the list itself follows the arrow keys.
        auto* go = new QAction(this);
        go->setShortcut(QKeySequence(Qt::CTRL | Qt::Key(Qt::Key_1 + i)));
        connect(go, &QAction::triggered, this, [this, i] { m_ui->pageList->setCurrentRow(int(i)); });
        addAction(go);
    }
    m_ui->pageList->setFixedWidth(widest + m_ui->pageList->iconSize().width() + 48);
    connect(m_ui->pageList, &QListWidget::currentRowChanged, m_ui->pageStack,
            &QStackedWidget::setCurrentIndex);
    m_ui->pageList->setCurrentRow(0);
}

void MainWindow::setupActions()
{
    const auto setup = [](QAction* action, QKeySequence::StandardKey key, const char* icon) {
        action->setShortcut(key);
        action->setIcon(QIcon::fromTheme(QLatin1String(icon)));
    };
    setup(m_ui->newAction, QKeySequence::New, "document-new");
    setup(m_ui->openAction, QKeySequence::Open, "document-open");
    setup(m_ui->saveAction, QKeySequence::Save, "document-save");
    setup(m_ui->saveAsAction, QKeySequence::SaveAs, "document-save-as");
    setup(m_ui->quitAction, QKeySequence::Quit, "application-exit");
    setup(m_ui->preferencesAction, QKeySequence::Preferences, "preferences-system");
    setup(m_ui->aboutAction, QKeySequence::UnknownKey, "help-about");
    m_ui->recentMenu->setIcon(QIcon::fromTheme(QStringLiteral("document-open-recent")));

    connect(m_ui->newAction, &QAction::triggered, this, &MainWindow::newDesign);
    connect(m_ui->openAction, &QAction::triggered, this, &MainWindow::open);
    connect(m_ui->openDemoAction, &QAction::triggered, this, &MainWindow::openDemo);
    connect(m_ui->saveAction, &QAction::triggered, this, &MainWindow::save);
    connect(m_ui->saveAsAction, &QAction::triggered, this, &MainWindow::saveAs);
    connect(m_ui->quitAction, &QAction::triggered, this, &QWidget::close);
    connect(m_ui->preferencesAction, &QAction::triggered, this, &MainWindow::showPreferences);
    connect(m_ui->aboutAction, &QAction::triggered, this, &MainWindow::showAbout);
    // Migration bundles, just above Quit.
    m_bundleActions = new BundleActions(this);
    m_ui->fileMenu->insertActions(m_ui->quitAction,
                                  {m_bundleActions->exportAction(), m_bundleActions->importAction()});
    m_ui->fileMenu->insertSeparator(m_ui->quitAction);
    connect(m_bundleActions, &BundleActions::failed, this, &MainWindow::showError);
    connect(m_bundleActions, &BundleActions::statusMessage, this,
            [this](const QString& message) { statusBar()->showMessage(message, 10000); });
    connect(m_bundleActions, &BundleActions::imported, this, [this](const QString& path) {
        if (maybeSave())
            openFile(path);
    });
    auto* recent = new RecentFilesMenu(m_ui->recentMenu);
    connect(recent, &RecentFilesMenu::openRequested, this, [this](const QString& path) {
        if (maybeSave())
            openFile(path);
    });

    QUndoStack* stack = m_document->undoStack();
    QAction* undo = stack->createUndoAction(this, tr("&Undo"));
    setup(undo, QKeySequence::Undo, "edit-undo");
    undo->setObjectName(QStringLiteral("undoAction"));
    QAction* redo = stack->createRedoAction(this, tr("&Redo"));
    setup(redo, QKeySequence::Redo, "edit-redo");
    redo->setObjectName(QStringLiteral("redoAction"));
    m_ui->editMenu->addAction(undo);
    m_ui->editMenu->addAction(redo);
}

void MainWindow::showPage(Page page)
{
    m_ui->pageList->setCurrentRow(static_cast<int>(page));
}

MainWindow::Page MainWindow::currentPage() const
{
    return static_cast<Page>(m_ui->pageStack->currentIndex());
}

QWidget* MainWindow::pageWidget(Page page) const
{
    return m_ui->pageStack->widget(static_cast<int>(page));
}

std::optional<MainWindow::Page> MainWindow::pageFromName(const QString& name)
{
    static const QStringList names{QStringLiteral("design"), QStringLiteral("images"),
                                   QStringLiteral("test"),   QStringLiteral("sites"),
                                   QStringLiteral("deploy"), QStringLiteral("benchmarks")};
    const qsizetype index = names.indexOf(name.toLower());
    if (index < 0)
        return std::nullopt;
    return static_cast<Page>(index);
}

bool MainWindow::newDesign()
{
    if (!maybeSave())
        return false;
    m_document->newDesign();
    removeOwnedAutosaves();
    showPage(Page::Design);
    return true;
}

bool MainWindow::open()
{
    if (!maybeSave())
        return false;
    const QString path = askOpenFileName();
    return !path.isEmpty() && openFile(path);
}

bool MainWindow::openDemo()
{
    if (!maybeSave())
        return false;
    // The demo lives inside the program: it opens as a new, untitled design to save anywhere.
    const Result<ParsedDesign> demo = loadDesignFile(demoDesignPath());
    if (!demo.ok()) {
        showError(tr("Could Not Open the Demo Design"), demo.error());
        return false;
    }
    m_document->newDesign(demo->design);
    removeOwnedAutosaves();
    showPage(Page::Design);
    return true;
}

QString MainWindow::demoDesignPath()
{
    return QStringLiteral(":/demo/demo.voc");
}

bool MainWindow::openFile(const QString& path)
{
    const Status loaded = m_document->load(path);
    if (!loaded.ok()) {
        if (!QFileInfo::exists(path))
            settings::removeRecentFile(QFileInfo(path).absoluteFilePath());
        showError(tr("Could Not Open the Design"), loaded.error());
        return false;
    }
    // The previous document's changes were saved or discarded in maybeSave().
    removeOwnedAutosaves();
    settings::addRecentFile(m_document->filePath());
    statusBar()->showMessage(
        m_document->problems().isEmpty()
            ? tr("Opened %1").arg(m_document->displayName())
            : tr("Opened %1; see its problems on the Design page").arg(m_document->displayName()),
        5000);
    showPage(Page::Design);
    return true;
}

bool MainWindow::save()
{
    if (m_document->filePath().isEmpty())
        return saveAs();
    const Status saved = m_document->save();
    if (!saved.ok()) {
        showError(tr("Could Not Save the Design"), saved.error());
        return false;
    }
    removeOwnedAutosaves();
    settings::addRecentFile(m_document->filePath());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())), 5000);
    return true;
}

bool MainWindow::saveAs()
{
    QString path = askSaveFileName();
    if (path.isEmpty())
        return false;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1String(".voc");
    const Status saved = m_document->saveAs(path);
    if (!saved.ok()) {
        showError(tr("Could Not Save the Design"), saved.error());
        return false;
    }
    removeOwnedAutosaves();
    settings::addRecentFile(m_document->filePath());
    statusBar()->showMessage(tr("Saved %1").arg(QDir::toNativeSeparators(m_document->filePath())), 5000);
    return true;
}

bool MainWindow::maybeSave()
{
    if (!m_document->isModified())
        return true;
    switch (askUnsaved()) {
    case UnsavedChoice::Save:
        return save();
    case UnsavedChoice::Discard:
        removeOwnedAutosaves();
        return true;
    case UnsavedChoice::Cancel:
        return false;
    }
    return false;
}

QString MainWindow::autosavePath() const
{
    return m_autosave.pathFor(m_document->filePath());
}

int MainWindow::autosaveIntervalMs() const
{
    return m_autosaveTimer->interval();
}

bool MainWindow::autosaveNow()
{
    if (!m_document->isModified())
        return true;
    const Status written = m_autosave.write(m_document->design(), m_document->filePath());
    if (!written.ok()) {
        // Not a dialog: it would come back every interval. The status bar says it once per try.
        statusBar()->showMessage(tr("Autosave failed: %1").arg(written.error().toString()), 10000);
        return false;
    }
    m_ownedAutosaves.insert(m_document->filePath());
    return true;
}

void MainWindow::offerRecovery()
{
    const QList<RecoverableDesign> files = m_autosave.findRecoverable();
    if (files.isEmpty())
        return;
    const RecoverableDesign& newest = files.first();
    if (askRecover(newest))
        recover(newest);
    else
        m_autosave.discard(newest);
}

bool MainWindow::recover(const RecoverableDesign& file)
{
    const Result<Design> design = m_autosave.read(file);
    if (!design.ok()) {
        showError(tr("Could Not Recover the Design"), design.error());
        m_autosave.discard(file); // unreadable: asking again at every start would not help
        return false;
    }
    m_document->recover(design.value(), file.originalPath);
    // The copy now belongs to this window; rewrite it under the name this document autosaves to.
    m_ownedAutosaves.insert(m_document->filePath());
    if (autosaveNow() && file.autosavePath != autosavePath())
        m_autosave.discard(file);
    showPage(Page::Design);
    statusBar()->showMessage(tr("Recovered unsaved changes to %1").arg(m_document->displayName()), 10000);
    return true;
}

void MainWindow::applySettings()
{
    m_autosaveTimer->setInterval(settings::autosaveSeconds() * 1000);
}

void MainWindow::closeEvent(QCloseEvent* event)
{
    if (!maybeSave()) {
        event->ignore();
        return;
    }
    saveWindowState();
    removeOwnedAutosaves();
    event->accept();
}

void MainWindow::updateWindowTitle()
{
    setWindowTitle(tr("%1[*] — VOC Studio").arg(m_document->displayName()));
    setWindowModified(m_document->isModified());
}

void MainWindow::updateStatus()
{
    const Problems& problems = m_document->problems();
    const int errors = int(std::count_if(problems.cbegin(), problems.cend(), [](const Problem& p) {
        return p.severity == Problem::Severity::Error;
    }));
    const int warnings = int(problems.size()) - errors;
    if (problems.isEmpty())
        m_problemsStatus->setText(tr("No problems"));
    else
        m_problemsStatus->setText(tr("Errors: %1, warnings: %2").arg(errors).arg(warnings));
    if (m_document->planError())
        m_planStatus->setText(tr("No local plan"));
    else
        m_planStatus->setText(tr("VCNs planned: %1").arg(m_document->plan().entries.size()));
}

void MainWindow::removeOwnedAutosaves()
{
    for (const QString& documentPath : std::as_const(m_ownedAutosaves))
        m_autosave.remove(documentPath);
    m_ownedAutosaves.clear();
}

void MainWindow::restoreWindowState()
{
    const QSettings store;
    const QByteArray geometry = store.value(settings::windowGeometryKey()).toByteArray();
    if (!geometry.isEmpty())
        restoreGeometry(geometry);
    else if (const QScreen* screen = this->screen())
        // First start: the designed 1280x800, or what a smaller screen has room for.
        resize(size().boundedTo(screen->availableSize()));
    restoreState(store.value(settings::windowStateKey()).toByteArray());
    m_designPage->restoreLayout(store.value(settings::splitterStateKey()).toByteArray());
}

void MainWindow::saveWindowState()
{
    QSettings store;
    store.setValue(settings::windowGeometryKey(), saveGeometry());
    store.setValue(settings::windowStateKey(), saveState());
    store.setValue(settings::splitterStateKey(), m_designPage->saveLayout());
}

} // namespace voc
