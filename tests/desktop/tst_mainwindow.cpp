// SPDX-License-Identifier: GPL-3.0-or-later
// The main window: pages, recent files, unsaved-changes prompts, autosave and crash recovery.
// Dialogs are answered by a subclass, so no test ever blocks on a modal window.
#include "appsettings.h"
#include "autosave.h"
#include "bench/benchmarkspage.h"
#include "deploy/deploypage.h"
#include "design/designdocument.h"
#include "design/designpage.h"
#include "images/imagespage.h"
#include "localrun/localrunpage.h"
#include "mainwindow.h"
#include "placeholderpage.h"
#include "sites/sitespage.h"

#include "model/designfile.h"

#include <QFile>
#include <QListWidget>
#include <QMenu>
#include <QSettings>
#include <QStackedWidget>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace voc;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(voc::MainWindow::Page)
Q_DECLARE_METATYPE(voc::MainWindow::UnsavedChoice)

namespace {

// Answers every dialog from what the test put in, and records what was asked.
class ScriptedWindow : public MainWindow
{
public:
    using MainWindow::MainWindow;

    UnsavedChoice unsavedAnswer = UnsavedChoice::Cancel;
    QString openAnswer;
    QString saveAnswer;
    bool recoverAnswer = false;
    int unsavedAsked = 0;
    QList<RecoverableDesign> recoverAsked;
    QList<Error> errors;

protected:
    UnsavedChoice askUnsaved() override
    {
        ++unsavedAsked;
        return unsavedAnswer;
    }
    QString askOpenFileName() override { return openAnswer; }
    QString askSaveFileName() override { return saveAnswer; }
    bool askRecover(const RecoverableDesign& file) override
    {
        recoverAsked.append(file);
        return recoverAnswer;
    }
    void showError(const QString&, const Error& error) override { errors.append(error); }
};

QString writeDesign(const QTemporaryDir& dir, const QString& name)
{
    const QString path = dir.filePath(name + u".voc"_s);
    const Status saved = saveDesignFile(makeDefaultDesign(name), path);
    return saved.ok() ? path : QString();
}

} // namespace

class TestMainWindow : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void init();

    void pages_data();
    void pages();
    void pageFromName_data();
    void pageFromName();
    void titleFollowsDocument();
    void recentFiles_data();
    void recentFiles();
    void recentMenuAndClear();
    void unsavedPrompt_data();
    void unsavedPrompt();
    void autosaveWrittenAndRemoved_data();
    void autosaveWrittenAndRemoved();
    void autosaveIntervalFromSettings();
    void recovery_data();
    void recovery();
    void openErrorIsShown();
    void demoDesignBundled();
    void autosaveRemovedWhenUndoneToSaved();

private:
    QTemporaryDir m_settingsDir;
    std::unique_ptr<QTemporaryDir> m_work; // fresh per test function
    AutosaveStore store() const { return AutosaveStore(m_work->filePath(u"autosave"_s)); }
};

void TestMainWindow::initTestCase()
{
    // Never the user's settings or data.
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication::setOrganizationName(u"vocstudio-tests"_s);
    QCoreApplication::setApplicationName(u"tst_mainwindow"_s);
    QSettings::setPath(QSettings::NativeFormat, QSettings::UserScope, m_settingsDir.path());
    QSettings::setPath(QSettings::IniFormat, QSettings::UserScope, m_settingsDir.path());
}

void TestMainWindow::init()
{
    QSettings().clear();
    m_work = std::make_unique<QTemporaryDir>();
    QVERIFY(m_work->isValid());
}

void TestMainWindow::pages_data()
{
    QTest::addColumn<MainWindow::Page>("page");
    for (const MainWindow::Page page : MainWindow::allPages())
        QTest::newRow(qPrintable(u"page %1"_s.arg(int(page)))) << page;
}

void TestMainWindow::pages()
{
    QFETCH(MainWindow::Page, page);
    ScriptedWindow window(store());
    auto* list = window.findChild<QListWidget*>(u"pageList"_s);
    auto* stack = window.findChild<QStackedWidget*>(u"pageStack"_s);
    QVERIFY(list && stack);
    QCOMPARE(list->count(), MainWindow::allPages().size());
    QCOMPARE(stack->count(), MainWindow::allPages().size());

    window.showPage(page);
    QCOMPARE(window.currentPage(), page);
    QCOMPARE(list->currentRow(), int(page));
    QCOMPARE(stack->currentWidget(), window.pageWidget(page));
    QVERIFY(!list->item(int(page))->text().isEmpty());
    QVERIFY(!list->item(int(page))->icon().isNull());

    if (page == MainWindow::Page::Design) {
        QVERIFY(qobject_cast<DesignPage*>(window.pageWidget(page)));
    } else if (page == MainWindow::Page::Images) {
        QVERIFY(qobject_cast<ImagesPage*>(window.pageWidget(page)));
    } else if (page == MainWindow::Page::TestLocally) {
        QVERIFY(qobject_cast<LocalRunPage*>(window.pageWidget(page)));
    } else if (page == MainWindow::Page::Sites) {
        QVERIFY(qobject_cast<SitesPage*>(window.pageWidget(page)));
    } else if (page == MainWindow::Page::Deploy) {
        QVERIFY(qobject_cast<DeployPage*>(window.pageWidget(page)));
        QCOMPARE(window.deployPage(), window.pageWidget(page));
    } else if (page == MainWindow::Page::Benchmarks) {
        QVERIFY(qobject_cast<BenchmarksPage*>(window.pageWidget(page)));
        QCOMPARE(window.benchmarksPage(), window.pageWidget(page));
    } else {
        // Not built yet: a placeholder that says what the page will do.
        auto* placeholder = qobject_cast<PlaceholderPage*>(window.pageWidget(page));
        QVERIFY(placeholder);
        QCOMPARE(placeholder->title(), list->item(int(page))->text());
        QVERIFY(placeholder->description().size() > 30);
    }

    // The sidebar follows the keyboard: from here, Down moves to the next page.
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    list->setFocus();
    QTest::keyClick(list, Qt::Key_Down);
    const int next = std::min(int(page) + 1, list->count() - 1);
    QCOMPARE(stack->currentIndex(), next);
}

void TestMainWindow::pageFromName_data()
{
    QTest::addColumn<QString>("name");
    QTest::addColumn<int>("page"); // -1: unknown
    QTest::newRow("design") << u"design"_s << int(MainWindow::Page::Design);
    QTest::newRow("images") << u"images"_s << int(MainWindow::Page::Images);
    QTest::newRow("test") << u"test"_s << int(MainWindow::Page::TestLocally);
    QTest::newRow("sites") << u"sites"_s << int(MainWindow::Page::Sites);
    QTest::newRow("deploy") << u"deploy"_s << int(MainWindow::Page::Deploy);
    QTest::newRow("benchmarks") << u"benchmarks"_s << int(MainWindow::Page::Benchmarks);
    QTest::newRow("case") << u"Sites"_s << int(MainWindow::Page::Sites);
    QTest::newRow("unknown") << u"settings"_s << -1;
    QTest::newRow("empty") << QString() << -1;
}

void TestMainWindow::pageFromName()
{
    QFETCH(QString, name);
    QFETCH(int, page);
    const std::optional<MainWindow::Page> found = MainWindow::pageFromName(name);
    QCOMPARE(found.has_value(), page >= 0);
    if (found)
        QCOMPARE(int(*found), page);
}

void TestMainWindow::titleFollowsDocument()
{
    ScriptedWindow window(store());
    QVERIFY(window.windowTitle().startsWith(u"Untitled[*]"_s));
    QVERIFY(!window.isWindowModified());
    QVERIFY(window.document()->setField(FieldRef{Field::Name}, u"renamed"_s));
    QVERIFY(window.isWindowModified());

    window.saveAnswer = m_work->filePath(u"titled"_s); // ".voc" is added
    QVERIFY(window.save());
    QCOMPARE(window.document()->filePath(), m_work->filePath(u"titled.voc"_s));
    QVERIFY(window.windowTitle().startsWith(u"titled.voc[*]"_s));
    QVERIFY(!window.isWindowModified());
}

void TestMainWindow::recentFiles_data()
{
    QTest::addColumn<int>("files");
    QTest::addColumn<int>("reopened"); // index of a file opened again at the end, -1: none
    QTest::newRow("one") << 1 << -1;
    QTest::newRow("three, first again") << 3 << 0;
    QTest::newRow("ten keeps eight") << 10 << -1;
    QTest::newRow("ten, second again") << 10 << 1;
}

void TestMainWindow::recentFiles()
{
    QFETCH(int, files);
    QFETCH(int, reopened);

    ScriptedWindow window(store());
    QStringList paths;
    for (int i = 0; i < files; ++i) {
        paths << writeDesign(*m_work, u"recent%1"_s.arg(i));
        QVERIFY(!paths.last().isEmpty());
        QVERIFY(window.openFile(paths.last()));
        QCOMPARE(settings::recentFiles().first(), paths.last());
    }
    if (reopened >= 0) {
        QVERIFY(window.openFile(paths.at(reopened)));
        paths.move(reopened, paths.size() - 1);
    }
    QStringList expected;
    for (qsizetype i = paths.size() - 1; i >= 0 && expected.size() < settings::maxRecentFiles; --i)
        expected << paths.at(i);
    QCOMPARE(settings::recentFiles(), expected);
    QVERIFY(window.errors.isEmpty());
}

void TestMainWindow::recentMenuAndClear()
{
    ScriptedWindow window(store());
    const QString first = writeDesign(*m_work, u"first"_s);
    const QString second = writeDesign(*m_work, u"second"_s);
    QVERIFY(window.openFile(first));
    QVERIFY(window.openFile(second));

    auto* menu = window.findChild<QMenu*>(u"recentMenu"_s);
    QVERIFY(menu);
    emit menu->aboutToShow();
    QStringList shown;
    for (QAction* action : menu->actions())
        if (action->data().isValid())
            shown << action->data().toString();
    QCOMPARE(shown, QStringList({second, first}));

    // Choosing an entry opens it.
    for (QAction* action : menu->actions())
        if (action->data().toString() == first)
            action->trigger();
    QCOMPARE(window.document()->filePath(), first);

    auto* clear = menu->findChild<QAction*>(u"clearRecentAction"_s);
    if (!clear)
        for (QAction* action : menu->actions())
            if (action->objectName() == u"clearRecentAction"_s)
                clear = action;
    QVERIFY(clear);
    QVERIFY(clear->isEnabled());
    clear->trigger();
    QVERIFY(settings::recentFiles().isEmpty());
    emit menu->aboutToShow();
    for (QAction* action : menu->actions())
        QVERIFY(!action->data().isValid());
}

void TestMainWindow::unsavedPrompt_data()
{
    QTest::addColumn<MainWindow::UnsavedChoice>("answer");
    QTest::addColumn<bool>("proceeds");
    QTest::addColumn<bool>("savedFileExists");
    QTest::newRow("cancel") << MainWindow::UnsavedChoice::Cancel << false << false;
    QTest::newRow("discard") << MainWindow::UnsavedChoice::Discard << true << false;
    QTest::newRow("save") << MainWindow::UnsavedChoice::Save << true << true;
}

void TestMainWindow::unsavedPrompt()
{
    QFETCH(MainWindow::UnsavedChoice, answer);
    QFETCH(bool, proceeds);
    QFETCH(bool, savedFileExists);

    ScriptedWindow window(store());
    window.unsavedAnswer = answer;
    window.saveAnswer = m_work->filePath(u"prompted.voc"_s);

    // Unmodified: nobody is asked.
    QVERIFY(window.newDesign());
    QCOMPARE(window.unsavedAsked, 0);

    QVERIFY(window.document()->setField(FieldRef{Field::Name}, u"changed"_s));
    QVERIFY(window.autosaveNow());
    QVERIFY(QFile::exists(window.autosavePath()));
    const QString autosave = window.autosavePath();

    QCOMPARE(window.newDesign(), proceeds);
    QCOMPARE(window.unsavedAsked, 1);
    QCOMPARE(window.document()->design().name == u"changed"_s, !proceeds);
    QCOMPARE(QFile::exists(window.saveAnswer), savedFileExists);
    // Saved or discarded, the autosave is gone; cancelled, it stays.
    QCOMPARE(QFile::exists(autosave), !proceeds);

    // Closing asks the same way.
    window.unsavedAsked = 0;
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));
    QVERIFY(window.document()->setField(FieldRef{Field::Vo}, u"other-vo"_s));
    QCOMPARE(window.close(), proceeds);
    QCOMPARE(window.unsavedAsked, 1);
}

void TestMainWindow::autosaveWrittenAndRemoved_data()
{
    QTest::addColumn<bool>("savedBefore");
    QTest::newRow("untitled") << false;
    QTest::newRow("saved before") << true;
}

void TestMainWindow::autosaveWrittenAndRemoved()
{
    QFETCH(bool, savedBefore);

    ScriptedWindow window(store());
    window.saveAnswer = m_work->filePath(u"autosaved.voc"_s);
    if (savedBefore)
        QVERIFY(window.saveAs());

    // Nothing to keep while unmodified.
    QVERIFY(window.autosaveNow());
    QVERIFY(!QFile::exists(window.autosavePath()));

    QVERIFY(window.document()->setField(FieldRef{Field::RoleMemory, 1}, 4096));
    QVERIFY(window.autosaveNow());
    const QString autosave = window.autosavePath();
    QVERIFY(autosave.startsWith(store().directory()));
    QVERIFY(QFile::exists(autosave));
    const Result<ParsedDesign> copy = loadDesignFile(autosave);
    QVERIFY(copy.ok());
    QCOMPARE(copy->design, window.document()->design());
    // The document itself is still modified and still where it was.
    QVERIFY(window.document()->isModified());
    QCOMPARE(window.document()->filePath().isEmpty(), !savedBefore);

    QVERIFY(window.save());
    QVERIFY(!QFile::exists(autosave));
    QVERIFY(!QFile::exists(window.autosavePath()));
    QVERIFY(store().findRecoverable().isEmpty());
}

void TestMainWindow::autosaveIntervalFromSettings()
{
    {
        ScriptedWindow window(store());
        QCOMPARE(window.autosaveIntervalMs(), settings::defaultAutosaveSeconds * 1000);
    }
    settings::setAutosaveSeconds(7);
    ScriptedWindow window(store());
    QCOMPARE(window.autosaveIntervalMs(), 7000);
    settings::setAutosaveSeconds(1); // below the minimum
    window.applySettings();
    QCOMPARE(window.autosaveIntervalMs(), settings::minAutosaveSeconds * 1000);
}

void TestMainWindow::recovery_data()
{
    QTest::addColumn<bool>("hadPath");
    QTest::addColumn<bool>("recover");
    QTest::newRow("untitled, recover") << false << true;
    QTest::newRow("saved file, recover") << true << true;
    QTest::newRow("saved file, discard") << true << false;
}

void TestMainWindow::recovery()
{
    QFETCH(bool, hadPath);
    QFETCH(bool, recover);

    // A crashed session left a modified design behind.
    const QString original = hadPath ? writeDesign(*m_work, u"crashed"_s) : QString();
    Design unsaved = makeDefaultDesign(u"crashed"_s);
    unsaved.roles[1].count = 12;
    QVERIFY(store().write(unsaved, original).ok());
    const QList<RecoverableDesign> found = store().findRecoverable();
    QCOMPARE(found.size(), 1);
    QCOMPARE(found.first().originalPath, original);

    ScriptedWindow window(store());
    window.recoverAnswer = recover;
    window.offerRecovery();
    QCOMPARE(window.recoverAsked.size(), 1);
    QCOMPARE(window.recoverAsked.first().originalPath, original);

    if (!recover) {
        QVERIFY(store().findRecoverable().isEmpty());
        QVERIFY(window.document()->design() != unsaved);
        QVERIFY(!window.document()->isModified());
        return;
    }
    QCOMPARE(window.document()->design(), unsaved);
    QCOMPARE(window.document()->filePath(), original);
    QVERIFY(window.document()->isModified());
    QVERIFY(window.isWindowModified());
    // Kept until saved: a second crash must not lose it.
    QCOMPARE(store().findRecoverable().size(), 1);

    window.saveAnswer = m_work->filePath(u"recovered.voc"_s);
    QVERIFY(window.save());
    QVERIFY(store().findRecoverable().isEmpty());
    const Result<ParsedDesign> saved = loadDesignFile(window.document()->filePath());
    QVERIFY(saved.ok());
    QCOMPARE(saved->design, unsaved);
    // Nothing left: the next start asks nothing.
    ScriptedWindow next(store());
    next.offerRecovery();
    QVERIFY(next.recoverAsked.isEmpty());
}

void TestMainWindow::openErrorIsShown()
{
    ScriptedWindow window(store());
    const QString missing = m_work->filePath(u"missing.voc"_s);
    QVERIFY(!window.openFile(missing));
    QCOMPARE(window.errors.size(), 1);
    QVERIFY(!window.errors.first().what.isEmpty());
    QVERIFY(window.document()->filePath().isEmpty());

    const QString broken = m_work->filePath(u"broken.voc"_s);
    QFile file(broken);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write("not json at all");
    file.close();
    QVERIFY(!window.openFile(broken));
    QCOMPARE(window.errors.size(), 2);
    QVERIFY(!settings::recentFiles().contains(broken));
}

void TestMainWindow::demoDesignBundled()
{
    QVERIFY(QFile::exists(u":/icons/vocstudio.svg"_s));
    const Result<ParsedDesign> demo = loadDesignFile(MainWindow::demoDesignPath());
    QVERIFY(demo.ok());
    QVERIFY(demo->problems.isEmpty());

    ScriptedWindow window(store());
    window.showPage(MainWindow::Page::Sites);
    QVERIFY(window.openDemo());
    QCOMPARE(window.document()->design(), demo->design);
    // Untitled, so saving asks where instead of writing into the program.
    QVERIFY(window.document()->filePath().isEmpty());
    QCOMPARE(window.currentPage(), MainWindow::Page::Design);
}

void TestMainWindow::autosaveRemovedWhenUndoneToSaved()
{
    ScriptedWindow window(store());
    QVERIFY(window.document()->setField(FieldRef{Field::Name}, u"undone"_s));
    QVERIFY(window.autosaveNow());
    const QString autosave = window.autosavePath();
    QVERIFY(QFile::exists(autosave));
    window.document()->undoStack()->undo();
    QVERIFY(!window.document()->isModified());
    QVERIFY(!QFile::exists(autosave));
}

QTEST_MAIN(TestMainWindow)
#include "tst_mainwindow.moc"
