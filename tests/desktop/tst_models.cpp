// SPDX-License-Identifier: GPL-3.0-or-later
// Every item model of the desktop, driven through edits, undo/redo, plan failures and document
// replacement under QAbstractItemModelTester, and compared with the document after each step.
#include "design/designdocument.h"
#include "design/designfields.h"
#include "design/problemsmodel.h"
#include "design/rolesmodel.h"
#include "design/vcnplanmodel.h"

#include <QAbstractItemModelTester>
#include <QSignalSpy>
#include <QTest>
#include <QUndoStack>

using namespace voc;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(voc::Design)

namespace {

Design designWithCompute(int count, const QString& subnet = u"10.77.0.0/24"_s)
{
    Design design = makeDefaultDesign(u"models"_s);
    design.roles[1].count = count;
    design.network.subnet = subnet;
    return design;
}

bool waitForPlan(const DesignDocument& document)
{
    return QTest::qWaitFor([&document] { return !document.isPlanPending(); }, 60000);
}

} // namespace

class TestModels : public QObject
{
    Q_OBJECT

private slots:
    void drive_data();
    void drive();
    void cellEditIsNoReset_data();
    void cellEditIsNoReset();
    void planFailureEmptiesTheTable_data();
    void planFailureEmptiesTheTable();

private:
    // The models show exactly what the document holds.
    void verifyConsistent(const DesignDocument& document, const RolesModel& roles,
                          const ProblemsModel& problems, const VcnPlanModel& vcns);
    void editEveryCell(DesignDocument& document, RolesModel& roles, ProblemsModel& problems,
                       VcnPlanModel& vcns);
};

void TestModels::verifyConsistent(const DesignDocument& document, const RolesModel& roles,
                                  const ProblemsModel& problems, const VcnPlanModel& vcns)
{
    const Design& design = document.design();
    QCOMPARE(roles.rowCount(), design.roles.size());
    QCOMPARE(roles.columnCount(), int(RolesModel::ColumnCount));
    for (int row = 0; row < roles.rowCount(); ++row)
        for (int column = 0; column < RolesModel::ColumnCount; ++column) {
            const QModelIndex index = roles.index(row, column);
            QCOMPARE(index.data(Qt::EditRole),
                     fieldValue(design, FieldRef{RolesModel::fieldOfColumn(column), row}));
            QVERIFY(index.data(Qt::DisplayRole).isValid());
        }

    QCOMPARE(problems.rowCount(), document.problems().size());
    for (int row = 0; row < problems.rowCount(); ++row) {
        const Problem& expected = document.problems().at(row);
        const QModelIndex index = problems.index(row);
        QCOMPARE(index.data(ProblemsModel::PathRole).toString(), expected.path);
        QCOMPARE(index.data(Qt::DisplayRole).toString(), expected.toString());
        QCOMPARE(index.data(ProblemsModel::SeverityRole).toInt(), int(expected.severity));
        QVERIFY(!index.data(Qt::DecorationRole).value<QIcon>().isNull());
    }

    if (document.planError()) {
        QCOMPARE(vcns.rowCount(), 0);
        return;
    }
    const QList<PlanEntry>& entries = document.plan().entries;
    QCOMPARE(vcns.rowCount(), entries.size());
    // Every row would be slow for 4096 VCNs under the sanitizers; the ends and a middle row
    // catch rows that shifted.
    for (const qsizetype row : {qsizetype(0), entries.size() / 2, entries.size() - 1}) {
        if (row < 0 || row >= entries.size())
            continue;
        const PlanEntry& entry = entries.at(row);
        const int r = int(row);
        QCOMPARE(vcns.index(r, VcnPlanModel::Hostname).data().toString(), entry.hostname);
        QCOMPARE(vcns.index(r, VcnPlanModel::Mac).data().toString(), entry.mac);
        QCOMPARE(vcns.index(r, VcnPlanModel::Ip).data().toString(), entry.ip);
        QCOMPARE(vcns.index(r, VcnPlanModel::Vcpus).data().toInt(), entry.vcpus);
        QCOMPARE(vcns.index(r, VcnPlanModel::Memory).data().toInt(), entry.memoryMiB);
        QCOMPARE(vcns.index(r, VcnPlanModel::Role).data().toString(), RolesModel::kindText(entry.role));
    }
}

void TestModels::editEveryCell(DesignDocument& document, RolesModel& roles, ProblemsModel& problems,
                               VcnPlanModel& vcns)
{
    for (int row = 0; row < roles.rowCount(); ++row) {
        const Role role = document.design().roles.at(row);
        // Valid and invalid values alike: problems come and go, the plan fails and recovers.
        const QList<QPair<int, QVariant>> edits{
            {RolesModel::Count, role.count + 1},
            {RolesModel::Vcpus, 0},
            {RolesModel::Vcpus, role.vcpus + 2},
            {RolesModel::Memory, 0},
            {RolesModel::Memory, role.memoryMiB * 2},
            {RolesModel::Nic, int(role.nic == NicModel::Virtio ? NicModel::E1000 : NicModel::Virtio)},
            {RolesModel::Boot, int(BootMode::Kernel)},
            {RolesModel::Image, u"changed.qcow2"_s},
            {RolesModel::Hostname, u"{voc}-r%1-{index}"_s.arg(row)},
            {RolesModel::Kind, int(role.kind == RoleKind::Head ? RoleKind::Compute : RoleKind::Head)},
            {RolesModel::Kind, int(role.kind)},
        };
        for (const auto& [column, value] : edits) {
            QVERIFY(roles.setData(roles.index(row, column), value));
            QCOMPARE(roles.index(row, column).data(Qt::EditRole), value);
            QVERIFY(waitForPlan(document));
            verifyConsistent(document, roles, problems, vcns);
        }
    }
}

void TestModels::drive_data()
{
    QTest::addColumn<Design>("design");

    Design headOnly = designWithCompute(4);
    headOnly.roles.removeLast();
    QTest::newRow("empty compute (no compute role)") << headOnly;
    QTest::newRow("empty compute (count 0)") << designWithCompute(0);
    QTest::newRow("1+4") << designWithCompute(4);
    QTest::newRow("1+4096") << designWithCompute(4096, u"10.64.0.0/19"_s);
}

void TestModels::drive()
{
    QFETCH(Design, design);

    DesignDocument document;
    document.newDesign(design);
    RolesModel roles(&document);
    ProblemsModel problems(&document);
    VcnPlanModel vcns(&document);
    const auto mode = QAbstractItemModelTester::FailureReportingMode::QtTest;
    QAbstractItemModelTester rolesTester(&roles, mode);
    QAbstractItemModelTester problemsTester(&problems, mode);
    QAbstractItemModelTester vcnsTester(&vcns, mode);

    QVERIFY(waitForPlan(document));
    verifyConsistent(document, roles, problems, vcns);

    editEveryCell(document, roles, problems, vcns);
    if (QTest::currentTestFailed())
        return;

    // Roles added at the end and removed from the front.
    QSignalSpy inserted(&roles, &QAbstractItemModel::rowsInserted);
    document.addRole(RoleKind::Compute);
    QCOMPARE(inserted.count(), 1);
    QCOMPARE(inserted.first().at(1).toInt(), roles.rowCount() - 1);
    document.addRole(RoleKind::Head);
    QVERIFY(waitForPlan(document));
    verifyConsistent(document, roles, problems, vcns);
    QSignalSpy removed(&roles, &QAbstractItemModel::rowsRemoved);
    QVERIFY(document.removeRole(0));
    QCOMPARE(removed.count(), 1);
    QCOMPARE(removed.first().at(1).toInt(), 0);
    QVERIFY(waitForPlan(document));
    verifyConsistent(document, roles, problems, vcns);

    // All the way back, checking each step, then all the way forward again.
    QUndoStack* stack = document.undoStack();
    const Design edited = document.design();
    while (stack->canUndo()) {
        stack->undo();
        QVERIFY(waitForPlan(document));
        verifyConsistent(document, roles, problems, vcns);
    }
    QCOMPARE(document.design(), design);
    while (stack->canRedo()) {
        stack->redo();
        QVERIFY(waitForPlan(document));
        verifyConsistent(document, roles, problems, vcns);
    }
    QCOMPARE(document.design(), edited);

    // A different document replaces everything.
    document.newDesign(designWithCompute(2));
    QVERIFY(waitForPlan(document));
    verifyConsistent(document, roles, problems, vcns);
    QCOMPARE(stack->count(), 0);
}

void TestModels::cellEditIsNoReset_data()
{
    QTest::addColumn<int>("column");
    QTest::addColumn<QVariant>("value");
    QTest::newRow("count") << int(RolesModel::Count) << QVariant(6);
    QTest::newRow("memory") << int(RolesModel::Memory) << QVariant(0);
    QTest::newRow("hostname") << int(RolesModel::Hostname) << QVariant(u"c{index:03}"_s);
}

void TestModels::cellEditIsNoReset()
{
    QFETCH(int, column);
    QFETCH(QVariant, value);

    DesignDocument document;
    document.newDesign(designWithCompute(4));
    RolesModel roles(&document);
    QSignalSpy reset(&roles, &QAbstractItemModel::modelReset);
    QSignalSpy inserted(&roles, &QAbstractItemModel::rowsInserted);
    QSignalSpy changed(&roles, &QAbstractItemModel::dataChanged);

    QVERIFY(roles.setData(roles.index(1, column), value));
    QCOMPARE(reset.count(), 0);
    QCOMPARE(inserted.count(), 0);
    QVERIFY(changed.count() >= 1);
    const QModelIndex topLeft = changed.first().at(0).toModelIndex();
    const QModelIndex bottomRight = changed.first().at(1).toModelIndex();
    QCOMPARE(topLeft.row(), 1);
    QCOMPARE(bottomRight.row(), 1); // only the edited role repaints
}

void TestModels::planFailureEmptiesTheTable_data()
{
    QTest::addColumn<int>("computeCount");
    QTest::addColumn<QString>("subnet");
    QTest::newRow("4 in a /30") << 4 << u"10.0.0.0/30"_s;
    QTest::newRow("300 in a /24") << 300 << u"10.77.0.0/24"_s;
    QTest::newRow("not a subnet") << 4 << u"ten.zero"_s;
}

void TestModels::planFailureEmptiesTheTable()
{
    QFETCH(int, computeCount);
    QFETCH(QString, subnet);

    DesignDocument document;
    document.newDesign(designWithCompute(computeCount, u"10.77.0.0/16"_s));
    VcnPlanModel vcns(&document);
    QAbstractItemModelTester tester(&vcns, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(waitForPlan(document));
    QVERIFY(!document.planError());
    QCOMPARE(vcns.rowCount(), computeCount + 1);

    QVERIFY(document.setField(FieldRef{Field::Subnet}, subnet));
    QVERIFY(waitForPlan(document));
    QVERIFY(document.planError());
    QVERIFY(!document.planError()->what.isEmpty());
    QCOMPARE(vcns.rowCount(), 0);

    document.undoStack()->undo();
    QVERIFY(waitForPlan(document));
    QVERIFY(!document.planError());
    QCOMPARE(vcns.rowCount(), computeCount + 1);
}

QTEST_MAIN(TestModels)
#include "tst_models.moc"
