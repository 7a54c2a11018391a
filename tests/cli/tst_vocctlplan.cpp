// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real vocctl for `hpl-size` and `plan`: exit codes, text, JSON, and agreement with the core.
#include "bench/hplsizing.h"
#include "model/designfile.h"
#include "model/plan.h"
#include "vocctlrunner.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QTest>

#include <algorithm>

using namespace voc;
using namespace Qt::StringLiterals;

namespace {

using voc::test::vocctl;
using voc::test::VocctlRun;

QString fixture(const QString& name)
{
    return QStringLiteral(VOC_FIXTURES_DIR "/plan/") + name;
}

QStringList lines(const QString& text)
{
    return text.split(QLatin1Char('\n'), Qt::SkipEmptyParts);
}

} // namespace

class TestVocctlPlan : public QObject
{
    Q_OBJECT

private slots:
    void hplSizeText_data();
    void hplSizeText();
    void hplSizeJson_data();
    void hplSizeJson();
    void hplSizeBadArguments_data();
    void hplSizeBadArguments();
    void hplSizeHelp();
    void planTable();
    void planJson();
    void planErrors_data();
    void planErrors();
};

void TestVocctlPlan::hplSizeText_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QStringList>("expected");
    // Table III of the paper: 28 compute VCNs and one node, 1 GiB each, U = 0.8.
    QTest::newRow("paper 28 x 1 GiB")
        << QStringList{u"--nodes"_s, u"28"_s, u"--memory-per-node"_s, u"1GiB"_s, u"--step"_s, u"100"_s}
        << QStringList{
               u"N = 54800 (sqrt(28 x 134217728 doubles x 0.80) = 54831.3, rounded down to a multiple of 100)"_s,
               u"grid P x Q = 4 x 7 (28 processes)"_s, u"memory used per node: 0.80 GiB of 1.00 GiB"_s};
    QTest::newRow("paper 1 x 1 GiB") << QStringList{u"--nodes"_s, u"1"_s,      u"--memory-per-node"_s,
                                                    u"1024MiB"_s, u"--step"_s, u"100"_s}
                                     << QStringList{
                                            u"N = 10300 (sqrt(1 x 134217728 doubles x 0.80) = 10362.1, "
                                            u"rounded down to a multiple of 100)"_s,
                                            u"grid P x Q = 1 x 1 (1 process)"_s};
    // Table II: 14 hosts of 4 GiB. sqrt gives 77543.2; the paper's 77000 is a multiple of 1000.
    QTest::newRow("paper 14 x 4 GiB, step 1000")
        << QStringList{u"--nodes"_s, u"14"_s,   u"--memory-per-node"_s,    u"4GiB"_s,
                       u"--step"_s,  u"1000"_s, u"--processes-per-node"_s, u"2"_s,
                       u"--grid"_s,  u"14x2"_s}
        << QStringList{
               u"N = 77000 (sqrt(14 x 536870912 doubles x 0.80) = 77543.2, rounded down to a multiple "
               u"of 1000)"_s,
               u"grid P x Q = 14 x 2 (28 processes)"_s};
    QTest::newRow("default step is NB = 192")
        << QStringList{u"--nodes"_s, u"28"_s, u"--memory-per-node"_s, u"1 GiB"_s}
        << QStringList{
               u"N = 54720 (sqrt(28 x 134217728 doubles x 0.80) = 54831.3, rounded down to a multiple of "
               u"192)"_s};
    QTest::newRow("block size sets the step")
        << QStringList{u"--nodes"_s, u"28"_s, u"--memory-per-node"_s, u"1GiB"_s, u"--block-size"_s, u"256"_s}
        << QStringList{u"N = 54784 "_s};
    QTest::newRow("small node in MiB")
        << QStringList{u"--nodes"_s,
                       u"1"_s,
                       u"--memory-per-node"_s,
                       u"512MiB"_s,
                       u"--utilization"_s,
                       u"0.5"_s,
                       u"--step"_s,
                       u"1"_s}
        << QStringList{u"N = 5792 (sqrt(1 x 67108864 doubles x 0.50) = 5792.6"_s,
                       u"memory used per node: 255.95 MiB of 512.00 MiB"_s};
}

void TestVocctlPlan::hplSizeText()
{
    QFETCH(QStringList, args);
    QFETCH(QStringList, expected);
    const VocctlRun run = vocctl(QStringList{u"hpl-size"_s} + args);
    QCOMPARE(run.exitCode, 0);
    QVERIFY2(run.err.isEmpty(), qPrintable(run.err));
    const QStringList output = lines(run.out);
    QCOMPARE(output.size(), 3);
    for (const QString& line : expected) {
        const bool found = std::any_of(output.cbegin(), output.cend(),
                                       [&line](const QString& printed) { return printed.startsWith(line); });
        QVERIFY2(found, qPrintable(u"missing \"%1\" in:\n%2"_s.arg(line, run.out)));
    }
}

void TestVocctlPlan::hplSizeJson_data()
{
    QTest::addColumn<int>("nodes");
    QTest::addColumn<QString>("memory");
    QTest::addColumn<int>("step");
    QTest::addColumn<int>("perNode");
    QTest::addColumn<qint64>("paperN");
    QTest::newRow("28 x 1 GiB") << 28 << u"1GiB"_s << 100 << 1 << qint64(54800);
    QTest::newRow("1 x 1 GiB") << 1 << u"1GiB"_s << 100 << 1 << qint64(10300);
    QTest::newRow("14 x 4 GiB, step 1000") << 14 << u"4GiB"_s << 1000 << 2 << qint64(77000);
    QTest::newRow("14 x 4 GiB, step 100") << 14 << u"4GiB"_s << 100 << 2 << qint64(77500);
}

void TestVocctlPlan::hplSizeJson()
{
    QFETCH(int, nodes);
    QFETCH(QString, memory);
    QFETCH(int, step);
    QFETCH(int, perNode);
    QFETCH(qint64, paperN);
    const VocctlRun run = vocctl({u"hpl-size"_s, u"--nodes"_s, QString::number(nodes), u"--memory-per-node"_s,
                                  memory, u"--step"_s, QString::number(step), u"--processes-per-node"_s,
                                  QString::number(perNode), u"--json"_s});
    QCOMPARE(run.exitCode, 0);
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);

    const qint64 bytes = parseByteSize(memory).value();
    const HplSizingInput input{nodes, bytes, 0.8, step};
    QCOMPARE(json.value(u"nodes"_s).toInt(), nodes);
    QCOMPARE(json.value(u"memoryPerNodeBytes"_s).toInteger(), bytes);
    QCOMPARE(json.value(u"utilization"_s).toDouble(), 0.8);
    QCOMPARE(json.value(u"step"_s).toInt(), step);
    QCOMPARE(json.value(u"n"_s).toInteger(), paperN);
    QCOMPARE(json.value(u"n"_s).toInteger(), hplProblemSize(input).value());
    QVERIFY(qAbs(json.value(u"exact"_s).toDouble() - hplUnroundedProblemSize(input).value()) < 0.1);
    const HplGrid grid = hplGrid(nodes * perNode).value();
    QCOMPARE(json.value(u"grid"_s).toObject().value(u"p"_s).toInt(), grid.p);
    QCOMPARE(json.value(u"grid"_s).toObject().value(u"q"_s).toInt(), grid.q);
    QCOMPARE(json.value(u"processes"_s).toInt(), nodes * perNode);
}

void TestVocctlPlan::hplSizeBadArguments_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("mentions");
    const QStringList base{u"--nodes"_s, u"28"_s, u"--memory-per-node"_s, u"1GiB"_s};
    QTest::newRow("no nodes") << QStringList{u"--memory-per-node"_s, u"1GiB"_s} << u"--nodes"_s;
    QTest::newRow("no memory") << QStringList{u"--nodes"_s, u"2"_s} << u"--memory-per-node"_s;
    QTest::newRow("zero nodes") << QStringList{u"--nodes"_s, u"0"_s, u"--memory-per-node"_s, u"1GiB"_s}
                                << u"--nodes"_s;
    QTest::newRow("nodes not a number")
        << QStringList{u"--nodes"_s, u"many"_s, u"--memory-per-node"_s, u"1GiB"_s} << u"'many'"_s;
    QTest::newRow("bad unit") << QStringList{u"--nodes"_s, u"2"_s, u"--memory-per-node"_s, u"4XB"_s}
                              << u"--memory-per-node"_s;
    QTest::newRow("negative memory") << QStringList{u"--nodes"_s, u"2"_s, u"--memory-per-node"_s, u"-1GiB"_s}
                                     << u"--memory-per-node"_s;
    QTest::newRow("utilization above 1")
        << base + QStringList{u"--utilization"_s, u"1.5"_s} << u"--utilization"_s;
    QTest::newRow("utilization zero") << base + QStringList{u"--utilization"_s, u"0"_s} << u"--utilization"_s;
    QTest::newRow("utilization text")
        << base + QStringList{u"--utilization"_s, u"most"_s} << u"--utilization"_s;
    QTest::newRow("step zero") << base + QStringList{u"--step"_s, u"0"_s} << u"--step"_s;
    QTest::newRow("block size negative")
        << base + QStringList{u"--block-size"_s, u"-192"_s} << u"--block-size"_s;
    QTest::newRow("processes zero") << base + QStringList{u"--processes-per-node"_s, u"0"_s}
                                    << u"--processes-per-node"_s;
    QTest::newRow("grid malformed") << base + QStringList{u"--grid"_s, u"4by7"_s} << u"--grid"_s;
    QTest::newRow("grid mismatch") << base + QStringList{u"--grid"_s, u"4x8"_s} << u"4 x 8"_s;
    QTest::newRow("unknown option") << base + QStringList{u"--nodez"_s, u"3"_s} << u"nodez"_s;
    QTest::newRow("stray argument") << base + QStringList{u"extra"_s} << u"'extra'"_s;
    QTest::newRow("below one step") << QStringList{u"--nodes"_s, u"1"_s, u"--memory-per-node"_s, u"64KiB"_s}
                                    << u"step"_s;
}

void TestVocctlPlan::hplSizeBadArguments()
{
    QFETCH(QStringList, args);
    QFETCH(QString, mentions);
    const VocctlRun run = vocctl(QStringList{u"hpl-size"_s} + args);
    QCOMPARE(run.exitCode, 2);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    QVERIFY2(run.err.startsWith(u"vocctl hpl-size: "_s), qPrintable(run.err));
    QVERIFY2(run.err.contains(mentions), qPrintable(run.err));
}

void TestVocctlPlan::hplSizeHelp()
{
    const VocctlRun run = vocctl({u"hpl-size"_s, u"--help"_s});
    QCOMPARE(run.exitCode, 0);
    QVERIFY(run.out.startsWith(u"Usage: vocctl hpl-size"_s));
    for (const QString& option : {u"--nodes"_s, u"--memory-per-node"_s, u"--utilization"_s, u"--block-size"_s,
                                  u"--step"_s, u"--processes-per-node"_s, u"--grid"_s, u"--json"_s})
        QVERIFY2(run.out.contains(option), qPrintable(option));
}

void TestVocctlPlan::planTable()
{
    const VocctlRun run = vocctl({u"plan"_s, fixture(u"five.voc"_s), u"--local"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    const QStringList output = lines(run.out);
    QVERIFY(output.size() >= 7);
    const QString header = output.at(0);
    const QStringList columns{u"HOSTNAME"_s, u"ROLE"_s, u"VCPUS"_s, u"MEMORY"_s, u"MAC"_s, u"IP"_s};
    for (const QString& column : columns)
        QVERIFY2(header.contains(column), qPrintable(header));

    const Plan plan = planLocal(loadDesignFile(fixture(u"five.voc"_s))->design).value();
    QCOMPARE(plan.entries.size(), 5);
    const qsizetype macColumn = header.indexOf(u"MAC"_s);
    const qsizetype ipColumn = header.indexOf(u"IP"_s);
    for (int i = 0; i < plan.entries.size(); ++i) {
        const PlanEntry& entry = plan.entries.at(i);
        const QString row = output.at(i + 1);
        QVERIFY2(row.startsWith(entry.hostname + u' '), qPrintable(row));
        // Aligned: every value starts under its heading.
        QCOMPARE(row.indexOf(entry.mac), macColumn);
        QCOMPARE(row.indexOf(entry.ip), ipColumn);
        QCOMPARE(row.mid(ipColumn), entry.ip);
    }
    QCOMPARE(output.at(1).section(u' ', 0, 0), u"demo-head"_s);
    QCOMPARE(output.at(6), u"5 VCNs, 10 vCPUs, 6.0 GiB"_s);
}

void TestVocctlPlan::planJson()
{
    const VocctlRun run = vocctl({u"plan"_s, fixture(u"five.voc"_s), u"--local"_s, u"--json"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err));
    QJsonParseError error;
    const QJsonObject json = QJsonDocument::fromJson(run.out.toUtf8(), &error).object();
    QCOMPARE(error.error, QJsonParseError::NoError);
    QCOMPARE(json.value(u"target"_s).toString(), u"local"_s);
    QCOMPARE(json.value(u"subnet"_s).toString(), u"10.77.0.0/24"_s);
    QCOMPARE(json.value(u"gateway"_s).toString(), u"10.77.0.1"_s);
    QCOMPARE(json.value(u"domain"_s).toString(), u"voc.test"_s);

    const Plan plan = planLocal(loadDesignFile(fixture(u"five.voc"_s))->design).value();
    const QJsonArray vcns = json.value(u"vcns"_s).toArray();
    QCOMPARE(vcns.size(), plan.entries.size());
    const QStringList names{u"demo-head"_s, u"demo-compute01"_s, u"demo-compute02"_s, u"demo-compute03"_s,
                            u"demo-compute04"_s};
    for (int i = 0; i < vcns.size(); ++i) {
        const QJsonObject vcn = vcns.at(i).toObject();
        const PlanEntry& entry = plan.entries.at(i);
        QCOMPARE(vcn.value(u"hostname"_s).toString(), names.at(i));
        QCOMPARE(vcn.value(u"role"_s).toString(), i == 0 ? u"head"_s : u"compute"_s);
        QCOMPARE(vcn.value(u"vcpus"_s).toInt(), 2);
        QCOMPARE(vcn.value(u"memoryMiB"_s).toInt(), i == 0 ? 2048 : 1024);
        QCOMPARE(vcn.value(u"nic"_s).toString(), i == 0 ? u"virtio"_s : u"e1000"_s);
        QCOMPARE(vcn.value(u"mac"_s).toString(), entry.mac);
        QCOMPARE(vcn.value(u"ip"_s).toString(), u"10.77.0.%1"_s.arg(i + 2));
        QCOMPARE(vcn.value(u"image"_s).toString(),
                 i == 0 ? u"images/head.qcow2"_s : u"images/compute.qcow2"_s);
    }
}

void TestVocctlPlan::planErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QStringList>("mentions");
    QTest::newRow("without --local") << QStringList{fixture(u"five.voc"_s)} << 2
                                     << QStringList{u"only --local is supported until site profiles exist"_s};
    QTest::newRow("no file") << QStringList{u"--local"_s} << 2 << QStringList{u"FILE"_s};
    QTest::newRow("two files") << QStringList{fixture(u"five.voc"_s), fixture(u"five.voc"_s), u"--local"_s}
                               << 2 << QStringList{u"one FILE"_s};
    QTest::newRow("missing file") << QStringList{fixture(u"does-not-exist.voc"_s), u"--local"_s} << 2
                                  << QStringList{u"does-not-exist.voc"_s};
    QTest::newRow("invalid design") << QStringList{fixture(u"invalid-memory.voc"_s), u"--local"_s} << 1
                                    << QStringList{u"roles[1].memoryMiB: "_s};
    QTest::newRow("duplicate hostnames") << QStringList{fixture(u"duplicate-hostnames.voc"_s), u"--local"_s}
                                         << 1 << QStringList{u"roles[2]"_s, u"demo-node1"_s};
}

void TestVocctlPlan::planErrors()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QStringList, mentions);
    const VocctlRun run = vocctl(QStringList{u"plan"_s} + args);
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.out.isEmpty(), qPrintable(run.out));
    for (const QString& text : mentions)
        QVERIFY2(run.err.contains(text), qPrintable(run.err));
}

QTEST_GUILESS_MAIN(TestVocctlPlan)
#include "tst_vocctlplan.moc"
