// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real vocctl for `bench`: usage errors (exit 2 with a message) and a bare-metal HPL run with a
// tiny N on this machine, stored in a temporary results store.
#include "bench/resultsstore.h"
#include "vocctlrunner.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace voc;

namespace {

using voc::test::vocctl;
using voc::test::VocctlRun;

} // namespace

class TestVocctlBench : public QObject
{
    Q_OBJECT

private slots:
    void usageErrors_data();
    void usageErrors();
    void bareMetalTinyRun();

private:
    QTemporaryDir m_dir;
};

void TestVocctlBench::usageErrors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("expected"); // in stderr
    QTest::newRow("no subcommand") << QStringList{QStringLiteral("bench")}
                                   << QStringLiteral("Usage: vocctl bench");
    QTest::newRow("unknown subcommand") << QStringList{QStringLiteral("bench"), QStringLiteral("lint")}
                                        << QStringLiteral("Usage: vocctl bench");
    QTest::newRow("unknown target") << QStringList{QStringLiteral("bench"), QStringLiteral("hpl"),
                                                   QStringLiteral("--target"), QStringLiteral("cloud")}
                                    << QStringLiteral("unknown target 'cloud'");
    QTest::newRow("bad grid") << QStringList{QStringLiteral("bench"),    QStringLiteral("hpl"),
                                             QStringLiteral("--target"), QStringLiteral("baremetal"),
                                             QStringLiteral("--n"),      QStringLiteral("400"),
                                             QStringLiteral("--grid"),   QStringLiteral("3x")}
                              << QStringLiteral("--grid: '3x'");
    QTest::newRow("bad n") << QStringList{QStringLiteral("bench"),    QStringLiteral("hpl"),
                                          QStringLiteral("--target"), QStringLiteral("baremetal"),
                                          QStringLiteral("--n"),      QStringLiteral("-5")}
                           << QStringLiteral("--n: '-5'");
    QTest::newRow("local without design") << QStringList{QStringLiteral("bench"), QStringLiteral("hpl")}
                                          << QStringLiteral("--target local needs the design file");
    QTest::newRow("missing design file") << QStringList{QStringLiteral("bench"), QStringLiteral("hpl"),
                                                        QStringLiteral("/nonexistent/demo.voc")}
                                         << QStringLiteral("/nonexistent/demo.voc");
    QTest::newRow("baremetal without n or design")
        << QStringList{QStringLiteral("bench"), QStringLiteral("hpl"), QStringLiteral("--target"),
                       QStringLiteral("baremetal")}
        << QStringLiteral("--n is needed without a design");
    QTest::newRow("site without deployment")
        << QStringList{QStringLiteral("bench"), QStringLiteral("hpl"), QStringLiteral("--target"),
                       QStringLiteral("site")}
        << QStringLiteral("--deployment");
    QTest::newRow("net without between")
        << QStringList{QStringLiteral("bench"), QStringLiteral("net"), QStringLiteral("--target"),
                       QStringLiteral("baremetal")}
        << QStringLiteral("--between needs two nodes");
    QTest::newRow("hostile node")
        << QStringList{QStringLiteral("bench"),    QStringLiteral("hpl"),
                       QStringLiteral("--target"), QStringLiteral("baremetal"),
                       QStringLiteral("--nodes"),  QStringLiteral("-oProxyCommand=id"),
                       QStringLiteral("--n"),      QStringLiteral("400"),
                       QStringLiteral("--grid"),   QStringLiteral("1x1"),
                       QStringLiteral("--store"),  m_dir.filePath(QStringLiteral("x.db"))}
        << QStringLiteral("is not a host name");
    QTest::newRow("site with a VOC target")
        << QStringList{QStringLiteral("bench"), QStringLiteral("hpl"),      QStringLiteral("--target"),
                       QStringLiteral("local"), QStringLiteral("demo.voc"), QStringLiteral("--site"),
                       QStringLiteral("vsp")}
        << QStringLiteral("--site is for --target baremetal");
    QTest::newRow("missing site profile")
        << QStringList{QStringLiteral("bench"),     QStringLiteral("net"),
                       QStringLiteral("--target"),  QStringLiteral("baremetal"),
                       QStringLiteral("--site"),    QStringLiteral("/nonexistent/site.json"),
                       QStringLiteral("--between"), QStringLiteral("kvm1,kvm2")}
        << QStringLiteral("/nonexistent/site.json");
    // A site of two hosts: naming a third is refused before anything runs.
    const QString site = m_dir.filePath(QStringLiteral("vsp.json"));
    QFile profile(site);
    if (profile.open(QIODevice::WriteOnly))
        profile.write(R"({"format": "vocstudio-site/1", "name": "vsp",
 "hosts": [{"name": "kvm1", "uri": "qemu+ssh://root@10.213.0.11/system"},
           {"name": "kvm2", "uri": "qemu+ssh://root@10.213.0.12/system"}],
 "network": {"bridge": "vocbr0", "subnet": "10.213.0.0/24", "rangeStart": "10.213.0.100",
             "rangeEnd": "10.213.0.200"},
 "directory": {"uri": "ldap://10.213.0.1", "baseDn": "dc=vsp,dc=test"}})");
    profile.close();
    QTest::newRow("unknown site host")
        << QStringList{QStringLiteral("bench"),     QStringLiteral("net"),      QStringLiteral("--target"),
                       QStringLiteral("baremetal"), QStringLiteral("--site"),   site,
                       QStringLiteral("--between"), QStringLiteral("kvm1,kvm9")}
        << QStringLiteral("kvm9 is not a host of site vsp");
    QTest::newRow("site hosts listed twice")
        << QStringList{QStringLiteral("bench"),     QStringLiteral("hpl"),       QStringLiteral("--target"),
                       QStringLiteral("baremetal"), QStringLiteral("--site"),    site,
                       QStringLiteral("--nodes"),   QStringLiteral("kvm1,kvm1"), QStringLiteral("--n"),
                       QStringLiteral("400")}
        << QStringLiteral("host kvm1 is listed twice");
}

void TestVocctlBench::usageErrors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, expected);
    const VocctlRun output = vocctl(args);
    QCOMPARE(output.exitCode, 2);
    QVERIFY2(output.err.contains(expected), qPrintable(output.err));
    QVERIFY(output.out.isEmpty());
}

void TestVocctlBench::bareMetalTinyRun()
{
    if (QStandardPaths::findExecutable(QStringLiteral("mpirun")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("hpcc")).isEmpty())
        QFAIL("mpirun or hpcc is missing (scripts/setup installs openmpi-bin and hpcc)");
    const QString store = m_dir.filePath(QStringLiteral("results.sqlite"));
    const VocctlRun output = vocctl(
        {QStringLiteral("bench"), QStringLiteral("hpl"), QStringLiteral("--target"),
         QStringLiteral("baremetal"), QStringLiteral("--slots"), QStringLiteral("2"), QStringLiteral("--n"),
         QStringLiteral("400,600"), QStringLiteral("--nb"), QStringLiteral("64"), QStringLiteral("--grid"),
         QStringLiteral("1x2"), QStringLiteral("--store"), store, QStringLiteral("--json")},
        {.timeoutMs = 300000});
    QVERIFY2(output.exitCode == 0, qPrintable(output.err.right(2000)));
    // Progress and hpcc's own lines on stderr; stdout is the JSON of the stored run.
    QVERIFY(output.err.contains(QLatin1String("End of HPC Challenge tests.")));
    const QJsonObject run = QJsonDocument::fromJson(output.out.toUtf8()).object();
    QCOMPARE(run.value(QLatin1String("kind")).toString(), QStringLiteral("hpl"));
    QCOMPARE(run.value(QLatin1String("target")).toString(), QStringLiteral("baremetal"));
    const QJsonArray rows = run.value(QLatin1String("hplRows")).toArray();
    QCOMPARE(rows.size(), 2);
    QCOMPARE(rows.at(0).toObject().value(QLatin1String("n")).toInt(), 400);
    QCOMPARE(rows.at(1).toObject().value(QLatin1String("n")).toInt(), 600);
    for (const QJsonValue& row : rows) {
        QVERIFY(row.toObject().value(QLatin1String("passed")).toBool());
        QVERIFY(row.toObject().value(QLatin1String("gflops")).toDouble() > 0);
    }
    const qint64 id = qint64(run.value(QLatin1String("id")).toDouble());
    QVERIFY(id > 0);
    Result<std::unique_ptr<ResultsStore>> opened = ResultsStore::open(store);
    QVERIFY(opened.ok());
    const Result<Run> stored = (*opened)->run(id);
    QVERIFY(stored.ok());
    QCOMPARE(stored->hplRows.size(), 2);
    QCOMPARE(stored->hosts, QStringList{QStringLiteral("localhost")});
}

QTEST_GUILESS_MAIN(TestVocctlBench)

#include "tst_vocctlbench.moc"
