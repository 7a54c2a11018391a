// SPDX-License-Identifier: GPL-3.0-or-later
// The field vocabulary: paths of problems map to fields, and field values read and write.
#include "design/designfields.h"

#include <QTest>

using namespace voc;
using namespace Qt::StringLiterals;

Q_DECLARE_METATYPE(voc::Field)

class TestDesignFields : public QObject
{
    Q_OBJECT

private slots:
    void fieldForPath_data();
    void fieldForPath();
    void pathRoundTrip_data();
    void pathRoundTrip();
    void setAndRead_data();
    void setAndRead();
    void rejects_data();
    void rejects();
};

void TestDesignFields::fieldForPath_data()
{
    QTest::addColumn<QString>("path");
    QTest::addColumn<bool>("known");
    QTest::addColumn<Field>("field");
    QTest::addColumn<int>("role");

    QTest::newRow("name") << u"name"_s << true << Field::Name << -1;
    QTest::newRow("vo") << u"vo"_s << true << Field::Vo << -1;
    QTest::newRow("subnet") << u"network.subnet"_s << true << Field::Subnet << -1;
    QTest::newRow("network object") << u"network"_s << true << Field::Subnet << -1;
    QTest::newRow("utilization") << u"hpl.utilization"_s << true << Field::HplUtilization << -1;
    QTest::newRow("grid p") << u"hpl.grid.p"_s << true << Field::HplGridP << -1;
    QTest::newRow("grid q") << u"hpl.grid.q"_s << true << Field::HplGridQ << -1;
    QTest::newRow("grid as a whole") << u"hpl.grid"_s << true << Field::HplGridP << -1;
    QTest::newRow("memory of role 1") << u"roles[1].memoryMiB"_s << true << Field::RoleMemory << 1;
    QTest::newRow("count of role 12") << u"roles[12].count"_s << true << Field::RoleCount << 12;
    QTest::newRow("image path") << u"roles[0].image.path"_s << true << Field::RoleImagePath << 0;
    QTest::newRow("boot mode") << u"roles[2].image.bootMode"_s << true << Field::RoleBootMode << 2;
    QTest::newRow("image object") << u"roles[2].image"_s << true << Field::RoleImagePath << 2;
    QTest::newRow("unknown image key") << u"roles[2].image.colour"_s << true << Field::RoleImagePath << 2;
    QTest::newRow("whole role") << u"roles[3]"_s << true << Field::Role << 3;
    QTest::newRow("unknown role key") << u"roles[3].flavour"_s << true << Field::Role << 3;
    QTest::newRow("role list") << u"roles"_s << true << Field::Roles << -1;
    QTest::newRow("unknown top-level") << u"colour"_s << false << Field::Name << -1;
    QTest::newRow("empty") << QString() << false << Field::Name << -1;
    QTest::newRow("format") << u"format"_s << false << Field::Name << -1;
}

void TestDesignFields::fieldForPath()
{
    QFETCH(QString, path);
    QFETCH(bool, known);
    QFETCH(Field, field);
    QFETCH(int, role);

    const std::optional<FieldRef> ref = voc::fieldForPath(path);
    QCOMPARE(ref.has_value(), known);
    if (!known)
        return;
    QCOMPARE(ref->field, field);
    QCOMPARE(ref->role, role);
}

void TestDesignFields::pathRoundTrip_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<int>("role");
    for (int f = int(Field::Name); f <= int(Field::RoleHostnamePattern); ++f) {
        const FieldRef ref{Field(f), FieldRef{Field(f)}.isRoleField() ? 3 : -1};
        QTest::newRow(qPrintable(fieldPath(ref))) << ref.field << ref.role;
    }
}

void TestDesignFields::pathRoundTrip()
{
    QFETCH(Field, field);
    QFETCH(int, role);
    const FieldRef ref{field, role};
    const std::optional<FieldRef> back = voc::fieldForPath(fieldPath(ref));
    QVERIFY(back);
    QCOMPARE(back->field, field);
    QCOMPARE(back->role, role);
    QVERIFY(!fieldLabel(field).isEmpty());
}

void TestDesignFields::setAndRead_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("value");
    QTest::addColumn<QVariant>("expected");

    QTest::newRow("name") << Field::Name << -1 << QVariant(u"other"_s) << QVariant(u"other"_s);
    QTest::newRow("domain") << Field::Domain << -1 << QVariant(u"lab.example"_s)
                            << QVariant(u"lab.example"_s);
    QTest::newRow("utilization") << Field::HplUtilization << -1 << QVariant(0.5) << QVariant(0.5);
    QTest::newRow("block size") << Field::HplBlockSize << -1 << QVariant(256) << QVariant(256);
    QTest::newRow("memory") << Field::RoleMemory << 1 << QVariant(4096) << QVariant(4096);
    QTest::newRow("memory zero") << Field::RoleMemory << 1 << QVariant(0) << QVariant(0);
    QTest::newRow("kind by number") << Field::RoleKind << 1 << QVariant(int(RoleKind::Head))
                                    << QVariant(int(RoleKind::Head));
    QTest::newRow("nic by name") << Field::RoleNic << 0 << QVariant(u"e1000"_s)
                                 << QVariant(int(NicModel::E1000));
    QTest::newRow("boot by number") << Field::RoleBootMode << 0 << QVariant(int(BootMode::Kernel))
                                    << QVariant(int(BootMode::Kernel));
    QTest::newRow("hostname pattern")
        << Field::RoleHostnamePattern << 1 << QVariant(u"n{index}"_s) << QVariant(u"n{index}"_s);
}

void TestDesignFields::setAndRead()
{
    QFETCH(Field, field);
    QFETCH(int, role);
    QFETCH(QVariant, value);
    QFETCH(QVariant, expected);

    Design design = makeDefaultDesign();
    const Design before = design;
    QVERIFY(setFieldValue(&design, FieldRef{field, role}, value));
    QCOMPARE(fieldValue(design, FieldRef{field, role}), expected);
    // Nothing but that field changed: writing the old value back restores the design.
    QVERIFY(setFieldValue(&design, FieldRef{field, role}, fieldValue(before, FieldRef{field, role})));
    QCOMPARE(design, before);
}

void TestDesignFields::rejects_data()
{
    QTest::addColumn<Field>("field");
    QTest::addColumn<int>("role");
    QTest::addColumn<QVariant>("value");

    QTest::newRow("role out of range") << Field::RoleMemory << 7 << QVariant(1024);
    QTest::newRow("negative role") << Field::RoleVcpus << -1 << QVariant(2);
    QTest::newRow("text for a number") << Field::RoleCount << 1 << QVariant(u"many"_s);
    QTest::newRow("unknown enum name") << Field::RoleNic << 0 << QVariant(u"rtl8139"_s);
    QTest::newRow("enum number out of range") << Field::RoleKind << 0 << QVariant(5);
    QTest::newRow("navigation only") << Field::Roles << -1 << QVariant(1);
}

void TestDesignFields::rejects()
{
    QFETCH(Field, field);
    QFETCH(int, role);
    QFETCH(QVariant, value);

    Design design = makeDefaultDesign();
    const Design before = design;
    QVERIFY(!setFieldValue(&design, FieldRef{field, role}, value));
    QCOMPARE(design, before);
}

QTEST_GUILESS_MAIN(TestDesignFields)
#include "tst_designfields.moc"
