// SPDX-License-Identifier: GPL-3.0-or-later
// The Design page end to end: edits through the roles model and by typing, the live problem list,
// undo/redo, save and reload, jumping from a problem to its editor, and the modified state.
#include "design/designdocument.h"
#include "design/designfields.h"
#include "design/designpage.h"
#include "design/problemsmodel.h"
#include "design/rolesmodel.h"
#include "design/vcnplanmodel.h"

#include "model/designfile.h"

#include <QAbstractItemView>
#include <QDoubleSpinBox>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QSignalSpy>
#include <QStackedWidget>
#include <QTableView>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace voc;
using namespace Qt::StringLiterals;

namespace {

// The rows of the problem list whose path is `path`.
int problemRows(const ProblemsModel* model, const QString& path)
{
    int rows = 0;
    for (int row = 0; row < model->rowCount(); ++row)
        rows += model->index(row).data(ProblemsModel::PathRole).toString() == path ? 1 : 0;
    return rows;
}

bool waitForPlan(const DesignDocument& document)
{
    return QTest::qWaitFor([&document] { return !document.isPlanPending(); }, 30000);
}

} // namespace

class TestDesignPage : public QObject
{
    Q_OBJECT

private slots:
    void editThroughModel_data();
    void editThroughModel();
    void typeIntoName_data();
    void typeIntoName();
    void activateProblemFocusesEditor_data();
    void activateProblemFocusesEditor();
    void enterOnProblemJumps();
    void modifiedTracking_data();
    void modifiedTracking();
    void openFileWithProblems_data();
    void openFileWithProblems();
    void planErrorShown();
    void kernelFieldsFollowBootMode();
};

void TestDesignPage::editThroughModel_data()
{
    QTest::addColumn<int>("row");
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QString>("problemPath");

    QTest::newRow("memory 0") << 1 << int(RolesModel::Memory) << QVariant(0) << u"roles[1].memoryMiB"_s;
    QTest::newRow("vcpus 0") << 1 << int(RolesModel::Vcpus) << QVariant(0) << u"roles[1].vcpus"_s;
    QTest::newRow("head count 2") << 0 << int(RolesModel::Count) << QVariant(2) << u"roles[0].count"_s;
    QTest::newRow("no image") << 0 << int(RolesModel::Image) << QVariant(QString())
                              << u"roles[0].image.path"_s;
    QTest::newRow("bad hostname pattern")
        << 1 << int(RolesModel::Hostname) << QVariant(u"{voc"_s) << u"roles[1].hostnamePattern"_s;
    QTest::newRow("kernel boot without kernel")
        << 1 << int(RolesModel::Boot) << QVariant(int(BootMode::Kernel)) << u"roles[1].image.kernel"_s;
}

void TestDesignPage::editThroughModel()
{
    QFETCH(int, row);
    QFETCH(int, column);
    QFETCH(QVariant, value);
    QFETCH(QString, problemPath);

    DesignDocument document;
    document.newDesign(makeDefaultDesign(u"pagetest"_s));
    DesignPage page(&document);
    const Design original = document.design();
    ProblemsModel* problems = page.problemsModel();
    QCOMPARE(problemRows(problems, problemPath), 0);
    QVERIFY(!document.isModified());

    // Edit: the document changes, the problem appears.
    QSignalSpy changed(&document, &DesignDocument::designChanged);
    QVERIFY(page.rolesModel()->setData(page.rolesModel()->index(row, column), value));
    QCOMPARE(changed.count(), 1);
    const FieldRef field{RolesModel::fieldOfColumn(column), row};
    QCOMPARE(fieldValue(document.design(), field), value);
    QVERIFY(document.isModified());
    QCOMPARE(problemRows(problems, problemPath), 1);
    const Design edited = document.design();

    // Undo: gone. Redo: back.
    document.undoStack()->undo();
    QCOMPARE(document.design(), original);
    QCOMPARE(problemRows(problems, problemPath), 0);
    QVERIFY(!document.isModified());
    document.undoStack()->redo();
    QCOMPARE(document.design(), edited);
    QCOMPARE(problemRows(problems, problemPath), 1);

    // Save, reload in a new document: the same design, the same problem.
    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    const QString path = dir.filePath(u"edited.voc"_s);
    const Status saved = document.saveAs(path);
    QVERIFY2(saved.ok(), qPrintable(saved.ok() ? QString() : saved.error().toString()));
    QVERIFY(!document.isModified());
    QCOMPARE(document.filePath(), path);

    DesignDocument reloaded;
    const Status loaded = reloaded.load(path);
    QVERIFY2(loaded.ok(), qPrintable(loaded.ok() ? QString() : loaded.error().toString()));
    QCOMPARE(reloaded.design(), document.design());
    QCOMPARE(reloaded.problems(), document.problems());
    QVERIFY(!reloaded.isModified());
}

void TestDesignPage::typeIntoName_data()
{
    QTest::addColumn<QString>("typed");
    QTest::addColumn<bool>("problem");

    QTest::newRow("valid suffix") << u"-2"_s << false;
    QTest::newRow("underscore") << u"_x"_s << true;
    QTest::newRow("too long") << QString(70, u'a') << true;
    QTest::newRow("space") << u" lab"_s << true;
}

void TestDesignPage::typeIntoName()
{
    QFETCH(QString, typed);
    QFETCH(bool, problem);

    DesignDocument document;
    document.newDesign(makeDefaultDesign(u"typed"_s));
    DesignPage page(&document);
    auto* nameEdit = page.findChild<QLineEdit*>(u"nameEdit"_s);
    QVERIFY(nameEdit);
    QCOMPARE(nameEdit->text(), u"typed"_s);

    nameEdit->setFocus();
    nameEdit->end(false);
    QTest::keyClicks(nameEdit, typed);
    QCOMPARE(document.design().name, u"typed"_s + typed);
    // The field was not reset under the cursor while typing.
    QCOMPARE(nameEdit->text(), u"typed"_s + typed);
    QCOMPARE(nameEdit->cursorPosition(), nameEdit->text().size());
    QCOMPARE(problemRows(page.problemsModel(), u"name"_s), problem ? 1 : 0);
    // Typing a name is one undo step.
    QCOMPARE(document.undoStack()->count(), 1);

    document.undoStack()->undo();
    QCOMPARE(document.design().name, u"typed"_s);
    QCOMPARE(nameEdit->text(), u"typed"_s);
    QCOMPARE(problemRows(page.problemsModel(), u"name"_s), 0);
    document.undoStack()->redo();
    QCOMPARE(nameEdit->text(), u"typed"_s + typed);
}

void TestDesignPage::activateProblemFocusesEditor_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<QString>("editor");
    QTest::addColumn<int>("role");   // selected role afterwards, -1: any
    QTest::addColumn<int>("column"); // current column of the roles table, -1: not the table

    QTest::newRow("name") << u"name"_s << u"nameEdit"_s << -1 << -1;
    QTest::newRow("vo") << u"vo"_s << u"voEdit"_s << -1 << -1;
    QTest::newRow("subnet") << u"network.subnet"_s << u"subnetEdit"_s << -1 << -1;
    QTest::newRow("gateway") << u"network.gateway"_s << u"gatewayEdit"_s << -1 << -1;
    QTest::newRow("utilization") << u"hpl.utilization"_s << u"utilizationSpin"_s << -1 << -1;
    QTest::newRow("grid") << u"hpl.grid"_s << u"gridPSpin"_s << -1 << -1;
    QTest::newRow("grid q") << u"hpl.grid.q"_s << u"gridQSpin"_s << -1 << -1;
    QTest::newRow("memory of role 1")
        << u"roles[1].memoryMiB"_s << u"rolesView"_s << 1 << int(RolesModel::Memory);
    QTest::newRow("count of role 0") << u"roles[0].count"_s << u"rolesView"_s << 0 << int(RolesModel::Count);
    QTest::newRow("hostname of role 1")
        << u"roles[1].hostnamePattern"_s << u"rolesView"_s << 1 << int(RolesModel::Hostname);
    QTest::newRow("image of role 0") << u"roles[0].image.path"_s << u"imagePathEdit"_s << 0 << -1;
    QTest::newRow("checksum of role 1") << u"roles[1].image.sha256"_s << u"sha256Edit"_s << 1 << -1;
    QTest::newRow("role list") << u"roles"_s << u"rolesView"_s << -1 << -1;
}

void TestDesignPage::activateProblemFocusesEditor()
{
    QFETCH(QString, path);
    QFETCH(QString, editor);
    QFETCH(int, role);
    QFETCH(int, column);

    DesignDocument document;
    document.newDesign(makeDefaultDesign(u"focus"_s));
    DesignPage page(&document);
    page.resize(1100, 740);
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));

    auto* expected = page.findChild<QWidget*>(editor);
    QVERIFY(expected);
    QCOMPARE(page.editorForPath(path), expected);
    QVERIFY(page.focusPath(path));
    QTRY_VERIFY(expected->hasFocus());
    if (role >= 0)
        QCOMPARE(page.selectedRole(), role);
    if (column >= 0) {
        auto* table = qobject_cast<QTableView*>(expected);
        QVERIFY(table);
        QCOMPARE(table->currentIndex().row(), role);
        QCOMPARE(table->currentIndex().column(), column);
    }
}

void TestDesignPage::enterOnProblemJumps()
{
    DesignDocument document;
    document.newDesign(makeDefaultDesign(u"enter"_s));
    DesignPage page(&document);
    page.resize(1100, 740);
    page.show();
    page.activateWindow();
    QVERIFY(QTest::qWaitForWindowActive(&page));

    // Memory 0 on the compute role, through the model as the table's delegate would.
    QVERIFY(page.rolesModel()->setData(page.rolesModel()->index(1, RolesModel::Memory), 0));
    page.selectRole(0);
    auto* problemsView = page.findChild<QListView*>(u"problemsView"_s);
    QVERIFY(problemsView);
    QTRY_VERIFY(problemsView->isVisible());
    int row = -1;
    for (int r = 0; r < page.problemsModel()->rowCount(); ++r)
        if (page.problemsModel()->index(r).data(ProblemsModel::PathRole).toString() ==
            u"roles[1].memoryMiB"_s)
            row = r;
    QVERIFY(row >= 0);

    problemsView->setFocus();
    problemsView->setCurrentIndex(page.problemsModel()->index(row));
    QTest::keyClick(problemsView, Qt::Key_Return);
    auto* rolesView = page.findChild<QTableView*>(u"rolesView"_s);
    QTRY_VERIFY(rolesView->hasFocus());
    QCOMPARE(page.selectedRole(), 1);
    QCOMPARE(rolesView->currentIndex().column(), int(RolesModel::Memory));
}

void TestDesignPage::modifiedTracking_data()
{
    // e: edit the name, m: edit a role's memory, u: undo, r: redo, s: save, a: add a role,
    // d: remove the last role; expected: the modified state after each step.
    QTest::addColumn<QString>("steps");
    QTest::addColumn<QString>("expected");

    QTest::newRow("edit, undo") << u"eu"_s << u"10"_s;
    QTest::newRow("edit, undo, redo") << u"eur"_s << u"101"_s;
    QTest::newRow("edit, save, undo, redo") << u"esur"_s << u"1010"_s;
    QTest::newRow("save, edit, save") << u"ses"_s << u"010"_s;
    QTest::newRow("two fields, one undo") << u"emu"_s << u"111"_s;
    QTest::newRow("add, remove") << u"ad"_s << u"11"_s;
    QTest::newRow("add, undo, edit") << u"aue"_s << u"101"_s;
    QTest::newRow("undo past the saved state") << u"esuu"_s << u"1011"_s;
}

void TestDesignPage::modifiedTracking()
{
    QFETCH(QString, steps);
    QFETCH(QString, expected);
    QCOMPARE(steps.size(), expected.size());

    QTemporaryDir dir;
    QVERIFY(dir.isValid());
    DesignDocument document;
    document.newDesign(makeDefaultDesign(u"tracked"_s));
    QSignalSpy modifiedChanged(&document, &DesignDocument::modifiedChanged);
    bool last = false;
    int changes = 0;
    for (qsizetype i = 0; i < steps.size(); ++i) {
        switch (steps.at(i).unicode()) {
        case 'e':
            QVERIFY(document.setField(FieldRef{Field::Name}, QString(document.design().name + u'x')));
            break;
        case 'm':
            QVERIFY(
                document.setField(FieldRef{Field::RoleMemory, 1}, document.design().roles[1].memoryMiB + 1));
            break;
        case 'u':
            document.undoStack()->undo();
            break;
        case 'r':
            document.undoStack()->redo();
            break;
        case 's':
            QVERIFY(document.saveAs(dir.filePath(u"tracked.voc"_s)).ok());
            break;
        case 'a':
            document.addRole(RoleKind::Compute);
            break;
        case 'd':
            QVERIFY(document.removeRole(int(document.design().roles.size()) - 1));
            break;
        }
        const bool modified = expected.at(i) == u'1';
        QVERIFY2(document.isModified() == modified, qPrintable(u"after step %1"_s.arg(i + 1)));
        changes += modified != last ? 1 : 0;
        last = modified;
    }
    // The signal fires once per change of state, not per edit.
    QCOMPARE(modifiedChanged.count(), changes);
}

void TestDesignPage::openFileWithProblems_data()
{
    QTest::addColumn<QByteArray>("content");
    QTest::addColumn<bool>("opens");
    QTest::addColumn<QString>("problemPath");

    QByteArray wrongType = serializeDesign(makeDefaultDesign(u"typed"_s));
    wrongType.replace("\"vcpus\": 2", "\"vcpus\": \"two\"");
    QTest::newRow("wrong type still opens") << wrongType << true << u"roles[0].vcpus"_s;
    QTest::newRow("valid") << serializeDesign(makeDefaultDesign(u"fine"_s)) << true << QString();
    QTest::newRow("not JSON") << QByteArray("{ \"format\": ") << false << QString();
    QTest::newRow("unknown format") << QByteArray(R"({"format": "vocstudio-design/99"})") << false
                                    << QString();
}

void TestDesignPage::openFileWithProblems()
{
    QFETCH(QByteArray, content);
    QFETCH(bool, opens);
    QFETCH(QString, problemPath);

    QTemporaryDir dir;
    const QString path = dir.filePath(u"input.voc"_s);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(content);
    file.close();

    DesignDocument document;
    DesignPage page(&document);
    const Design before = document.design();
    const Status loaded = document.load(path);
    QCOMPARE(loaded.ok(), opens);
    if (!opens) {
        // The error says what and where; the document is untouched.
        QVERIFY(!loaded.error().what.isEmpty());
        QCOMPARE(document.design(), before);
        QVERIFY(document.filePath().isEmpty());
        return;
    }
    QCOMPARE(document.filePath(), path);
    QVERIFY(!document.isModified());
    if (problemPath.isEmpty())
        QCOMPARE(page.problemsModel()->rowCount(), 0);
    else
        QCOMPARE(problemRows(page.problemsModel(), problemPath), 1);
}

void TestDesignPage::planErrorShown()
{
    DesignDocument document;
    document.newDesign(makeDefaultDesign(u"plan"_s));
    DesignPage page(&document);
    auto* stack = page.findChild<QStackedWidget*>(u"vcnStack"_s);
    auto* vcnView = page.findChild<QTableView*>(u"vcnView"_s);
    auto* errorLabel = page.findChild<QLabel*>(u"planErrorLabel"_s);
    QVERIFY(stack && vcnView && errorLabel);
    QVERIFY(waitForPlan(document));
    QCOMPARE(stack->currentWidget(), vcnView);
    QCOMPARE(page.vcnPlanModel()->rowCount(), document.design().vcnCount());

    QVERIFY(document.setField(FieldRef{Field::Subnet}, u"10.0.0.0/30"_s));
    QVERIFY(waitForPlan(document));
    QVERIFY(document.planError());
    QVERIFY(stack->currentWidget() != vcnView);
    QVERIFY(errorLabel->text().contains(document.planError()->what));

    document.undoStack()->undo();
    QVERIFY(waitForPlan(document));
    QCOMPARE(stack->currentWidget(), vcnView);
}

void TestDesignPage::kernelFieldsFollowBootMode()
{
    DesignDocument document;
    document.newDesign(makeDefaultDesign(u"boot"_s));
    DesignPage page(&document);
    auto* kernelEdit = page.findChild<QLineEdit*>(u"kernelEdit"_s);
    auto* cmdlineEdit = page.findChild<QLineEdit*>(u"cmdlineEdit"_s);
    QVERIFY(kernelEdit && cmdlineEdit);
    page.selectRole(1);
    QVERIFY(!kernelEdit->isEnabled());
    QVERIFY(document.setField(FieldRef{Field::RoleBootMode, 1}, int(BootMode::Kernel)));
    QVERIFY(kernelEdit->isEnabled());
    QVERIFY(cmdlineEdit->isEnabled());
    // The form edits the selected role.
    kernelEdit->setFocus();
    QTest::keyClicks(kernelEdit, u"vmlinuz"_s);
    QCOMPARE(document.design().roles[1].image.kernel, u"vmlinuz"_s);
    QCOMPARE(document.design().roles[0].image.kernel, QString());
    document.undoStack()->undo();
    document.undoStack()->undo();
    QVERIFY(!kernelEdit->isEnabled());
    // A kernel left over under disk boot stays editable, so the warning about it can be fixed.
    QVERIFY(document.setField(FieldRef{Field::RoleKernel, 1}, u"old-vmlinuz"_s));
    QVERIFY(kernelEdit->isEnabled());
    QCOMPARE(kernelEdit->text(), u"old-vmlinuz"_s);
}

QTEST_MAIN(TestDesignPage)
#include "tst_designpage.moc"
