// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export Bundle… / Import Bundle…: the jobs run off the GUI thread behind a progress dialog;
// an import opens its design; Cancel leaves nothing behind; errors reach the window's error dialog.
#include "bundle/bundleactions.h"
#include "design/designdocument.h"
#include "mainwindow.h"
#include "model/designfile.h"

#include <QAction>
#include <QDirIterator>
#include <QFile>
#include <QMenu>
#include <QMenuBar>
#include <QProcess>
#include <QProgressDialog>
#include <QPushButton>
#include <QRandomGenerator>
#include <QSignalSpy>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace voc;

namespace {

class ScriptedWindow : public MainWindow
{
public:
    using MainWindow::MainWindow;
    QList<Error> errors;

protected:
    UnsavedChoice askUnsaved() override { return UnsavedChoice::Discard; }
    void showError(const QString&, const Error& error) override { errors.append(error); }
};

QStringList filesBelow(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden, QDirIterator::Subdirectories);
    while (it.hasNext())
        files.append(it.next());
    return files;
}

} // namespace

class TestBundleActions : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void actionsInFileMenu();
    void exportThenImport();
    void cancel_data();
    void cancel();
    void errorShown();

private:
    QTemporaryDir m_dir;
    QString m_design;
    QString m_bundle;
    AutosaveStore autosave() const { return AutosaveStore(m_dir.filePath(QStringLiteral("autosave"))); }
};

void TestBundleActions::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
    QVERIFY(m_dir.isValid());
    // Random data, so extraction takes long enough for Cancel to land mid-way.
    const QString disk = m_dir.filePath(QStringLiteral("base.raw"));
    QFile file(disk);
    QVERIFY(file.open(QIODevice::WriteOnly));
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (int i = 0; i < 48; ++i) {
        QRandomGenerator::global()->fillRange(reinterpret_cast<quint32*>(block.data()), block.size() / 4);
        file.write(block);
    }
    file.close();
    Design design = makeDefaultDesign(QStringLiteral("moving"));
    for (Role& role : design.roles)
        role.image.path = QStringLiteral("base.raw");
    m_design = m_dir.filePath(QStringLiteral("moving.voc"));
    QVERIFY(saveDesignFile(design, m_design).ok());
}

void TestBundleActions::actionsInFileMenu()
{
    ScriptedWindow window(autosave());
    BundleActions* actions = window.bundleActions();
    QVERIFY(actions);
    const auto* fileMenu = window.menuBar()->findChild<QMenu*>(QStringLiteral("fileMenu"));
    QVERIFY(fileMenu);
    QVERIFY(fileMenu->actions().contains(actions->exportAction()));
    QVERIFY(fileMenu->actions().contains(actions->importAction()));
    QVERIFY(actions->exportAction()->text().contains(QStringLiteral("Export Bundle")));
    QVERIFY(actions->exportAction()->isEnabled());
}

void TestBundleActions::exportThenImport()
{
    ScriptedWindow window(autosave());
    BundleActions* actions = window.bundleActions();
    m_bundle = m_dir.filePath(QStringLiteral("moving.vocbundle"));
    QSignalSpy exported(actions, &BundleActions::exported);
    actions->exportDesign(m_design, m_bundle, false);
    QVERIFY(actions->isBusy());
    QVERIFY(!actions->exportAction()->isEnabled()); // one job at a time
    QVERIFY(exported.wait(60000));
    QCOMPARE(exported.first().first().toString(), m_bundle);
    QVERIFY(!actions->isBusy());
    QVERIFY(actions->exportAction()->isEnabled());
    QVERIFY(window.errors.isEmpty());

    const QString target = m_dir.filePath(QStringLiteral("imported"));
    QSignalSpy imported(actions, &BundleActions::imported);
    actions->importBundle(m_bundle, target, false);
    QVERIFY(imported.wait(60000));
    const QString designPath = target + QStringLiteral("/moving.voc");
    QCOMPARE(imported.first().first().toString(), designPath);
    // The window opened the imported design.
    QCOMPARE(window.document()->filePath(), designPath);
    QCOMPARE(window.document()->design().name, QStringLiteral("moving"));
    QCOMPARE(window.document()->design().roles.at(0).image.path, QStringLiteral("images/base.raw"));
    QVERIFY(QFileInfo::exists(target + QStringLiteral("/images/base.raw")));
}

void TestBundleActions::cancel_data()
{
    QTest::addColumn<bool>("isExport");
    QTest::newRow("export") << true;
    QTest::newRow("import") << false;
}

void TestBundleActions::cancel()
{
    QFETCH(bool, isExport);
    QVERIFY2(!m_bundle.isEmpty(), "exportThenImport runs first");
    ScriptedWindow window(autosave());
    BundleActions* actions = window.bundleActions();
    QSignalSpy status(actions, &BundleActions::statusMessage);
    const QString folder = m_dir.filePath(isExport ? QStringLiteral("out") : QStringLiteral("cancelled"));
    QVERIFY(QDir().mkpath(folder));
    if (isExport)
        actions->exportDesign(m_design, folder + QStringLiteral("/x.vocbundle"), false);
    else
        actions->importBundle(m_bundle, folder, false);
    QVERIFY(actions->progressDialog());
    auto* cancelButton = actions->progressDialog()->findChild<QPushButton*>();
    QVERIFY(cancelButton);
    cancelButton->click();
    QTRY_VERIFY_WITH_TIMEOUT(!actions->isBusy(), 30000);
    QVERIFY2(status.last().first().toString().contains(QStringLiteral("cancelled")),
             qPrintable(status.last().first().toString()));
    QVERIFY(window.errors.isEmpty());
    QCOMPARE(filesBelow(folder), QStringList());
}

void TestBundleActions::errorShown()
{
    ScriptedWindow window(autosave());
    BundleActions* actions = window.bundleActions();
    const QString notABundle = m_design;
    actions->importBundle(notABundle, m_dir.filePath(QStringLiteral("never")), false);
    QTRY_VERIFY_WITH_TIMEOUT(!actions->isBusy(), 30000);
    QCOMPARE(window.errors.size(), 1);
    QCOMPARE(window.errors.first().code, ErrorCode::Parse);
    QCOMPARE(window.errors.first().where, m_design);
    QVERIFY(!QFileInfo::exists(m_dir.filePath(QStringLiteral("never"))));
}

QTEST_MAIN(TestBundleActions)
#include "tst_bundleactions.moc"
