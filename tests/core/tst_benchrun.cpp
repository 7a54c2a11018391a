// SPDX-License-Identifier: GPL-3.0-or-later
// The benchmark runner without VMs: node checks, host files, the command lines run on the launcher,
// endpoints from a local run's journal, the stored settings; and real hpcc runs on this machine
// (bare metal, tiny N): a stored run, and a cancel that leaves no mpirun and no work folder.
#include "bench/benchcommand.h"
#include "bench/benchrun.h"
#include "bench/resultsstore.h"
#include "model/siteprofile.h"
#include "remote/remoteshell.h"
#include "run/runjournal.h"

#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMutex>
#include <QProcess>
#include <QScopeGuard>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <thread>

using namespace voc;

namespace {

bool haveHpcc()
{
    return !QStandardPaths::findExecutable(QStringLiteral("mpirun")).isEmpty() &&
           !QStandardPaths::findExecutable(QStringLiteral("hpcc")).isEmpty();
}

// The job's work folder, from its log of the mpirun line. Only the job's own folder is checked
// afterwards: other suites running at the same time make and remove theirs in /tmp too.
QString workDirIn(const QString& line)
{
    const qsizetype at = line.indexOf(QLatin1String("--wdir "));
    return at < 0 ? QString() : line.mid(at + 7).section(QLatin1Char(' '), 0, 0);
}

HplDatSettings tinySettings(qint64 n)
{
    HplDatSettings settings;
    settings.problemSizes = {n};
    settings.blockSizes = {64};
    settings.grids = {HplGrid{1, 2}};
    return settings;
}

} // namespace

class TestBenchRun : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void checkNode_data();
    void checkNode();
    void hostFile_data();
    void hostFile();
    void nodeCommandHops_data();
    void nodeCommandHops();
    void workDir_data();
    void workDir();
    void mpirunLine();
    void settingsJson();
    void endpointForLocalRun_data();
    void endpointForLocalRun();
    void endpointForBareMetal();
    void endpointForSiteHosts_data();
    void endpointForSiteHosts();
    void bareMetalRun();
    void cancelStopsMpirun();

private:
    QTemporaryDir m_dir;
};

void TestBenchRun::initTestCase()
{
    QVERIFY(m_dir.isValid());
    qputenv("VOC_VO_KEY", QByteArray()); // the manifest decides in these tests
}

void TestBenchRun::checkNode_data()
{
    QTest::addColumn<QString>("node");
    QTest::addColumn<bool>("valid");
    QTest::newRow("vcn name") << QStringLiteral("demo-compute01") << true;
    QTest::newRow("fqdn") << QStringLiteral("node1.voc.test") << true;
    QTest::newRow("ipv4") << QStringLiteral("10.77.0.3") << true;
    QTest::newRow("localhost") << QStringLiteral("localhost") << true;
    QTest::newRow("empty") << QString() << false;
    QTest::newRow("ssh option") << QStringLiteral("-oProxyCommand=touch /tmp/x") << false;
    QTest::newRow("space") << QStringLiteral("a b") << false;
    QTest::newRow("command") << QStringLiteral("a;rm -rf /") << false;
    QTest::newRow("substitution") << QStringLiteral("$(id)") << false;
    QTest::newRow("newline") << QStringLiteral("a\nb") << false;
    QTest::newRow("user at host") << QStringLiteral("root@node") << false;
}

void TestBenchRun::checkNode()
{
    QFETCH(QString, node);
    QFETCH(bool, valid);
    QCOMPARE(checkBenchNode(node).ok(), valid);
    QCOMPARE(mpiHostFile({node}, 1).ok(), valid);
}

void TestBenchRun::hostFile_data()
{
    QTest::addColumn<QStringList>("nodes");
    QTest::addColumn<int>("slotCount");
    QTest::addColumn<QByteArray>("expected");
    QTest::newRow("one") << QStringList{QStringLiteral("localhost")} << 2
                         << QByteArray("localhost slots=2\n");
    QTest::newRow("two vcns") << QStringList{QStringLiteral("demo-compute01"),
                                             QStringLiteral("demo-compute02")}
                              << 1 << QByteArray("demo-compute01 slots=1\ndemo-compute02 slots=1\n");
    QTest::newRow("no slots") << QStringList{QStringLiteral("a")} << 0 << QByteArray();
    QTest::newRow("no nodes") << QStringList{} << 1 << QByteArray();
}

void TestBenchRun::hostFile()
{
    QFETCH(QStringList, nodes);
    QFETCH(int, slotCount);
    QFETCH(QByteArray, expected);
    const Result<QByteArray> text = mpiHostFile(nodes, slotCount);
    QCOMPARE(text.ok(), !expected.isEmpty());
    if (text)
        QCOMPARE(*text, expected);
}

void TestBenchRun::nodeCommandHops_data()
{
    QTest::addColumn<QString>("launcher");
    QTest::addColumn<QString>("node");
    QTest::addColumn<QStringList>("expected");
    const QStringList command{QStringLiteral("dd"), QStringLiteral("of=/tmp/vocbench.abcdEFGH/x y")};
    QTest::newRow("bare metal localhost") << QString() << QStringLiteral("localhost") << command;
    QTest::newRow("head itself") << QStringLiteral("root@10.77.0.2") << QStringLiteral("demo-head")
                                 << command;
    QTest::newRow("head address") << QStringLiteral("root@10.77.0.2") << QStringLiteral("10.77.0.2")
                                  << command;
    // One string for the node's shell, quoted by us: the space stays inside the argument.
    QTest::newRow("compute by name") << QStringLiteral("root@10.77.0.2") << QStringLiteral("demo-compute01")
                                     << QStringList{QStringLiteral("ssh"),
                                                    QStringLiteral("-o"),
                                                    QStringLiteral("BatchMode=yes"),
                                                    QStringLiteral("-o"),
                                                    QStringLiteral("ConnectTimeout=20"),
                                                    QStringLiteral("-T"),
                                                    QStringLiteral("--"),
                                                    QStringLiteral("demo-compute01"),
                                                    QStringLiteral("dd 'of=/tmp/vocbench.abcdEFGH/x y'")};
}

void TestBenchRun::nodeCommandHops()
{
    QFETCH(QString, launcher);
    QFETCH(QString, node);
    QFETCH(QStringList, expected);
    BenchEndpoint endpoint;
    endpoint.launcher = launcher;
    endpoint.head = launcher.isEmpty() ? QString() : QStringLiteral("demo-head");
    QCOMPARE(
        nodeCommand(endpoint, node, {QStringLiteral("dd"), QStringLiteral("of=/tmp/vocbench.abcdEFGH/x y")}),
        expected);
}

void TestBenchRun::workDir_data()
{
    QTest::addColumn<QByteArray>("output");
    QTest::addColumn<QString>("expected"); // empty: refused
    QTest::newRow("mktemp") << QByteArray("/tmp/vocbench.a1B2c3D4\n")
                            << QStringLiteral("/tmp/vocbench.a1B2c3D4");
    QTest::newRow("root") << QByteArray("/\n") << QString();
    QTest::newRow("elsewhere") << QByteArray("/home/x\n") << QString();
    QTest::newRow("traversal") << QByteArray("/tmp/vocbench.a1B2c3D4/../..\n") << QString();
    QTest::newRow("two lines") << QByteArray("/tmp/vocbench.a1B2c3D4\n/etc\n") << QString();
    QTest::newRow("empty") << QByteArray() << QString();
}

void TestBenchRun::workDir()
{
    QFETCH(QByteArray, output);
    QFETCH(QString, expected);
    const Result<QString> dir = checkWorkDir(output, QStringLiteral("host"));
    QCOMPARE(dir.ok(), !expected.isEmpty());
    if (dir)
        QCOMPARE(*dir, expected);
}

void TestBenchRun::mpirunLine()
{
    const QStringList line = mpirunCommand({.workDir = QStringLiteral("/tmp/vocbench.abcdefgh"),
                                            .processes = 4,
                                            .timeoutSeconds = 600,
                                            .program = QStringLiteral("hpcc")});
    QCOMPARE(line.mid(0, 4), (QStringList{QStringLiteral("timeout"), QStringLiteral("--kill-after=15"),
                                          QStringLiteral("600"), QStringLiteral("mpirun")}));
    QCOMPARE(line.last(), QStringLiteral("hpcc"));
    QCOMPARE(line.at(line.indexOf(QStringLiteral("--hostfile")) + 1),
             QStringLiteral("/tmp/vocbench.abcdefgh/hosts"));
    QCOMPARE(line.at(line.indexOf(QStringLiteral("-np")) + 1), QStringLiteral("4"));
    QCOMPARE(line.at(line.indexOf(QStringLiteral("--wdir")) + 1), QStringLiteral("/tmp/vocbench.abcdefgh"));
    QCOMPARE(line.at(line.indexOf(QStringLiteral("plm_rsh_args")) + 1),
             QStringLiteral("-o BatchMode=yes -o ConnectTimeout=20"));
    QVERIFY(line.contains(QStringLiteral("--allow-run-as-root")));
    // The ssh hop quotes it into one string the remote shell splits back into exactly these words.
    QVERIFY(shellCommandLine(line).contains(QLatin1String("'-o BatchMode=yes -o ConnectTimeout=20'")));
    QCOMPARE(stopMpirunCommand(QStringLiteral("/tmp/vocbench.abcdefgh")),
             (QStringList{QStringLiteral("pkill"), QStringLiteral("-TERM"), QStringLiteral("-F"),
                          QStringLiteral("/tmp/vocbench.abcdefgh/mpirun.pid")}));
}

void TestBenchRun::settingsJson()
{
    BenchEndpoint endpoint;
    endpoint.nodes = {QStringLiteral("demo-compute01"), QStringLiteral("demo-compute02")};
    endpoint.slotsPerNode = 2;
    endpoint.nic = QStringLiteral("e1000");
    endpoint.launcher = QStringLiteral("root@10.77.0.2");
    endpoint.label = QStringLiteral("demo (local run)");
    endpoint.accel = QStringLiteral("tcg");
    HplDatSettings settings = tinySettings(2000);
    settings.grids = {HplGrid{2, 2}, HplGrid{1, 4}};
    const QJsonObject json = benchSettings(endpoint, settings, 4, QStringLiteral("1.5.0"));
    QCOMPARE(json.value(QLatin1String("problemSizes")).toArray(), QJsonArray{2000});
    QCOMPARE(json.value(QLatin1String("blockSizes")).toArray(), QJsonArray{64});
    QCOMPARE(json.value(QLatin1String("grids")).toArray(),
             (QJsonArray{QStringLiteral("2x2"), QStringLiteral("1x4")}));
    QCOMPARE(json.value(QLatin1String("nodes")).toArray().size(), 2);
    QCOMPARE(json.value(QLatin1String("slotsPerNode")).toInt(), 2);
    QCOMPARE(json.value(QLatin1String("processes")).toInt(), 4);
    QCOMPARE(json.value(QLatin1String("nic")).toString(), QStringLiteral("e1000"));
    QCOMPARE(json.value(QLatin1String("launcher")).toString(), QStringLiteral("root@10.77.0.2"));
    QCOMPARE(json.value(QLatin1String("hpccVersion")).toString(), QStringLiteral("1.5.0"));
    QCOMPARE(json.value(QLatin1String("accel")).toString(), QStringLiteral("tcg"));
    QCOMPARE(hpccVersion("####\nThis is the DARPA/DOE HPC Challenge Benchmark version 1.5.0 October 2012\n"),
             QStringLiteral("1.5.0"));
    QCOMPARE(hpccVersion("garbage"), QString());
}

void TestBenchRun::endpointForLocalRun_data()
{
    QTest::addColumn<QString>("journal"); // "up", "starting", "none", "headNotReady"
    QTest::addColumn<int>("code");        // -1: ok
    QTest::newRow("up") << QStringLiteral("up") << -1;
    QTest::newRow("not running") << QStringLiteral("none") << int(ErrorCode::NotFound);
    QTest::newRow("still starting") << QStringLiteral("starting") << int(ErrorCode::NotFound);
    QTest::newRow("head never ready") << QStringLiteral("headNotReady") << int(ErrorCode::NotFound);
}

void TestBenchRun::endpointForLocalRun()
{
    QFETCH(QString, journal);
    QFETCH(int, code);
    const QString dir = m_dir.filePath(journal);
    QVERIFY(QDir().mkpath(dir + QStringLiteral("/images")));
    // A head image with its build manifest (the VO key), a compute image, a design of 1 + 2 (e1000).
    for (const char* name : {"head.qcow2", "compute.qcow2"}) {
        QFile image(dir + QStringLiteral("/images/") + QLatin1String(name));
        QVERIFY(image.open(QIODevice::WriteOnly));
    }
    QFile manifest(dir + QStringLiteral("/images/manifest.json"));
    QVERIFY(manifest.open(QIODevice::WriteOnly));
    manifest.write(R"({"format": "vocstudio-image-manifest/1", "voKey": "/keys/vo-demo"})");
    manifest.close();
    const QByteArray design = R"({"format": "vocstudio-design/1", "name": "benchvoc", "vo": "vo",
        "network": {"subnet": "10.77.5.0/24", "domain": "voc.test"},
        "roles": [
          {"kind": "head", "count": 1, "vcpus": 1, "memoryMiB": 512, "nic": "virtio",
           "hostnamePattern": "{voc}-head", "image": {"path": "images/head.qcow2"}},
          {"kind": "compute", "count": 2, "vcpus": 2, "memoryMiB": 512, "nic": "e1000",
           "hostnamePattern": "{voc}-compute{index:02}", "image": {"path": "images/compute.qcow2"}}]})";
    const QString designFile = dir + QStringLiteral("/benchvoc.voc");
    QFile file(designFile);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(design);
    file.close();

    const QString stateDir = dir + QStringLiteral("/state");
    if (journal != QLatin1String("none")) {
        RunJournal runJournal(RunJournal::pathFor(QStringLiteral("benchvoc"), stateDir));
        QVERIFY(runJournal.open(true).ok());
        QVERIFY(runJournal
                    .intent(JournalStep::Run, QStringLiteral("benchvoc"),
                            {{QStringLiteral("accel"), QStringLiteral("tcg")}, {QStringLiteral("pid"), 4242}})
                    .ok());
        if (journal != QLatin1String("headNotReady"))
            QVERIFY(
                runJournal.append(phaseRecords({{QStringLiteral("benchvoc-head"), BootPhase::Ready, 900}}))
                    .ok());
        if (journal != QLatin1String("starting"))
            QVERIFY(runJournal.done(JournalStep::Run, QStringLiteral("benchvoc")).ok());
    }
    const Result<BenchEndpoint> endpoint = benchEndpointForLocalRun(designFile, stateDir);
    if (code >= 0) {
        QVERIFY(!endpoint.ok());
        QCOMPARE(int(endpoint.error().code), code);
        QVERIFY(!endpoint.error().hint.isEmpty());
        return;
    }
    QVERIFY2(endpoint.ok(), qPrintable(endpoint.ok() ? QString() : endpoint.error().toString()));
    QCOMPARE(toString(endpoint->target), toString(RunTarget::Local));
    QCOMPARE(endpoint->design, QStringLiteral("benchvoc"));
    QCOMPARE(endpoint->launcher, QStringLiteral("root@10.77.5.2"));
    QCOMPARE(endpoint->head, QStringLiteral("benchvoc-head"));
    QCOMPARE(endpoint->nodes,
             (QStringList{QStringLiteral("benchvoc-compute01"), QStringLiteral("benchvoc-compute02")}));
    QCOMPARE(endpoint->slotsPerNode, 2);
    QCOMPARE(endpoint->nic, QStringLiteral("e1000"));
    QCOMPARE(endpoint->nicByNode.value(QStringLiteral("benchvoc-head")), QStringLiteral("virtio"));
    QCOMPARE(endpoint->accel, QStringLiteral("tcg"));
    QCOMPARE(endpoint->sshKey, QStringLiteral("/keys/vo-demo"));
    QCOMPARE(endpoint->hypervisorHosts, QStringList{QStringLiteral("localhost")});
    QVERIFY(endpoint->knownHostsFile.startsWith(stateDir + QStringLiteral("/runs/benchvoc/")));
    QVERIFY(endpoint->knownHostsFile.endsWith(QStringLiteral("4242")));
    QVERIFY(checkBenchEndpoint(*endpoint).ok());
    QCOMPARE(nicOfNodes(*endpoint, {QStringLiteral("benchvoc-head"), QStringLiteral("benchvoc-compute01")}),
             QStringLiteral("virtio/e1000"));
}

void TestBenchRun::endpointForBareMetal()
{
    const BenchEndpoint local = benchEndpointForBareMetal({}, 2);
    QCOMPARE(toString(local.target), toString(RunTarget::BareMetal));
    QCOMPARE(local.nodes, QStringList{QStringLiteral("localhost")});
    QCOMPARE(local.slotsPerNode, 2);
    QCOMPARE(local.nic, QStringLiteral("host"));
    QVERIFY(local.launcher.isEmpty());
    QVERIFY(isLauncherNode(local, QStringLiteral("localhost")));
    QVERIFY(!isLauncherNode(local, QStringLiteral("node7")));
    BenchEndpoint bad = benchEndpointForBareMetal({QStringLiteral("a"), QStringLiteral("a")}, 1);
    QVERIFY(!checkBenchEndpoint(bad).ok());
    bad = benchEndpointForBareMetal({QStringLiteral("a;reboot")}, 1);
    QVERIFY(!checkBenchEndpoint(bad).ok());
}

void TestBenchRun::endpointForSiteHosts_data()
{
    QTest::addColumn<QStringList>("hosts");
    QTest::addColumn<QString>("uri2"); // kvm2's URI
    QTest::addColumn<QStringList>("nodes");
    QTest::addColumn<QString>("error"); // empty: valid

    const QString sandbox = QStringLiteral(
        "qemu+ssh://root@10.213.0.12/system?keyfile=/s/ssh/id_ed25519&command=/s/ssh/ssh&no_tty=1");
    QTest::newRow("every host") << QStringList() << sandbox
                                << QStringList{QStringLiteral("10.213.0.11"), QStringLiteral("10.213.0.12")}
                                << QString();
    QTest::newRow("in the order given")
        << QStringList{QStringLiteral("kvm2"), QStringLiteral("kvm1")} << sandbox
        << QStringList{QStringLiteral("10.213.0.12"), QStringLiteral("10.213.0.11")} << QString();
    QTest::newRow("a name as host") << QStringList{QStringLiteral("kvm2")}
                                    << QStringLiteral("qemu+ssh://kvm2.vsp.test:2222/system")
                                    << QStringList{QStringLiteral("kvm2.vsp.test")} << QString();
    QTest::newRow("unknown host") << QStringList{QStringLiteral("kvm9")} << sandbox << QStringList()
                                  << QStringLiteral("kvm9 is not a host of site s");
    QTest::newRow("twice") << QStringList{QStringLiteral("kvm1"), QStringLiteral("kvm1")} << sandbox
                           << QStringList() << QStringLiteral("host kvm1 is listed twice");
    QTest::newRow("not over ssh") << QStringList{QStringLiteral("kvm2")}
                                  << QStringLiteral("qemu+tcp://10.213.0.12/system") << QStringList()
                                  << QStringLiteral("not a libvirt URI over ssh");
}

void TestBenchRun::endpointForSiteHosts()
{
    QFETCH(QStringList, hosts);
    QFETCH(QString, uri2);
    QFETCH(QStringList, nodes);
    QFETCH(QString, error);
    SiteProfile site;
    site.name = QStringLiteral("s");
    site.hosts = {SiteHost{.name = QStringLiteral("kvm1"),
                           .uri = QStringLiteral("qemu+ssh://root@10.213.0.11/system?keyfile=/s/ssh/"
                                                 "id_ed25519&command=/s/ssh/ssh&no_tty=1")},
                  SiteHost{.name = QStringLiteral("kvm2"), .uri = uri2}};
    const Result<BenchEndpoint> endpoint = benchEndpointForSiteHosts(site, hosts, 2);
    if (!error.isEmpty()) {
        QVERIFY(!endpoint.ok());
        QVERIFY2(endpoint.error().what.contains(error), qPrintable(endpoint.error().toString()));
        QCOMPARE(endpoint.error().code, ErrorCode::InvalidInput);
        return;
    }
    QVERIFY2(endpoint.ok(), qPrintable(endpoint.ok() ? QString() : endpoint.error().toString()));
    QCOMPARE(endpoint->nodes, nodes);
    QCOMPARE(toString(endpoint->target), toString(RunTarget::BareMetal));
    QCOMPARE(endpoint->slotsPerNode, 2);
    QVERIFY(checkBenchEndpoint(*endpoint).ok());
    // mpirun starts on the first host without another hop; the others are reached from there.
    QVERIFY(isLauncherNode(*endpoint, nodes.first()));
    for (const QString& node : nodes.mid(1))
        QVERIFY(!isLauncherNode(*endpoint, node));
    // A site's host keys are published: never accepted on first contact.
    QVERIFY(!endpoint->acceptNewHostKey);
    QVERIFY(ensureLauncherKnown(*endpoint).ok()); // returns at once: nothing is scanned or written
    const QString first = hosts.isEmpty() ? QStringLiteral("kvm1") : hosts.first();
    if (first == QLatin1String("kvm1")) {
        QCOMPARE(endpoint->launcher, QStringLiteral("root@10.213.0.11"));
        QCOMPARE(endpoint->sshKey, QStringLiteral("/s/ssh/id_ed25519"));
        QCOMPARE(endpoint->sshWrapper, QStringLiteral("/s/ssh/ssh"));
    } else if (uri2.contains(QLatin1String("2222"))) {
        QCOMPARE(endpoint->launcher, QStringLiteral("kvm2.vsp.test"));
        QCOMPARE(endpoint->sshPort, 2222);
        QVERIFY(endpoint->sshWrapper.isEmpty());
    }
    // Shown by the names the site gives them, and found by those names.
    QStringList shown;
    for (const QString& node : endpoint->nodes) {
        shown.append(endpoint->displayName(node));
        QCOMPARE(endpoint->nodeNamed(endpoint->displayName(node)), node);
    }
    QCOMPARE(endpoint->hypervisorHosts, shown);
    QCOMPARE(nicOfNodes(*endpoint, endpoint->nodes), QStringLiteral("host"));
    QVERIFY(endpoint->label.contains(shown.join(QStringLiteral(", "))));
}

void TestBenchRun::bareMetalRun()
{
    if (!haveHpcc())
        QFAIL("mpirun or hpcc is missing (scripts/setup installs openmpi-bin and hpcc)");
    HplBenchRequest request;
    request.endpoint = benchEndpointForBareMetal({}, 2);
    request.endpoint.design = QStringLiteral("tst");
    request.settings = tinySettings(400);
    request.storePath = m_dir.filePath(QStringLiteral("results.sqlite"));
    request.timeoutMs = 300000;
    HplBenchJob job(request);
    QStringList lines;
    connect(&job, &HplBenchJob::logLine, this, [&](const QString& line) { lines.append(line); });
    job.exec();
    const Result<Run> run = *job.result();
    QVERIFY2(run.ok(), qPrintable(run.ok() ? QString() : run.error().toString()));
    QCOMPARE(run->hplRows.size(), 1);
    const HplRow& row = run->hplRows.first();
    QCOMPARE(row.n, 400);
    QCOMPARE(row.nb, 64);
    QCOMPARE(row.p * row.q, 2);
    QVERIFY(row.passed);
    QVERIFY(row.gflops > 0);
    qInfo("bare metal N=400: %.3f GFLOPS", row.gflops);
    QVERIFY(run->id > 0);
    // hpcc's own output came through the log, line by line.
    QVERIFY(lines.contains(QStringLiteral("End of HPC Challenge tests.")));
    Result<std::unique_ptr<ResultsStore>> store = ResultsStore::open(request.storePath);
    QVERIFY(store.ok());
    const Result<Run> stored = (*store)->run(run->id);
    QVERIFY(stored.ok());
    QCOMPARE(toString(stored->kind), toString(RunKind::Hpl));
    QCOMPARE(toString(stored->target), toString(RunTarget::BareMetal));
    QCOMPARE(stored->hplRows.size(), 1);
    QCOMPARE(stored->hplRows.first().n, row.n);
    QCOMPARE(stored->hplRows.first().gflops, row.gflops);
    QCOMPARE(stored->hplRows.first().passed, row.passed);
    if (!(stored->hplRows == run->hplRows))
        qWarning("stored row differs: variant '%s' vs '%s', residual %g vs %g",
                 qPrintable(stored->hplRows.first().variant), qPrintable(row.variant),
                 stored->hplRows.first().residual, row.residual);
    const QJsonObject settings = QJsonDocument::fromJson(stored->settings.toUtf8()).object();
    QCOMPARE(settings.value(QLatin1String("hpccVersion")).toString(), QStringLiteral("1.5.0"));
    QCOMPARE(settings.value(QLatin1String("processes")).toInt(), 2);
    QString workDir;
    for (const QString& line : std::as_const(lines))
        if (workDir.isEmpty())
            workDir = workDirIn(line);
    QVERIFY2(workDir.startsWith(QLatin1String("/tmp/vocbench.")), qPrintable(workDir));
    QVERIFY2(!QFileInfo::exists(workDir), qPrintable(workDir));
}

void TestBenchRun::cancelStopsMpirun()
{
    if (!haveHpcc())
        QFAIL("mpirun or hpcc is missing (scripts/setup installs openmpi-bin and hpcc)");
    HplBenchRequest request;
    request.endpoint = benchEndpointForBareMetal({}, 2);
    request.settings = tinySettings(6000); // minutes of work: the cancel comes first
    request.store = false;
    HplBenchJob job(request);
    QMutex mutex;
    QString workDir; // from the job's log of the mpirun line
    connect(&job, &HplBenchJob::logLine, [&](const QString& line) {
        QMutexLocker lock(&mutex);
        if (workDir.isEmpty())
            workDir = workDirIn(line);
    });
    const auto dir = [&] {
        QMutexLocker lock(&mutex);
        return workDir;
    };
    const auto mpirunAlive = [&] {
        QProcess pgrep;
        pgrep.start(QStringLiteral("pgrep"),
                    {QStringLiteral("-f"), QStringLiteral("--"), QStringLiteral("--wdir ") + dir()});
        return pgrep.waitForFinished(10000) && pgrep.exitCode() == 0;
    };
    std::thread worker([&job] { job.exec(); });
    // Whatever a check below says, the job is cancelled and joined before the test returns.
    const auto joinWorker = qScopeGuard([&] {
        job.cancel();
        if (worker.joinable())
            worker.join();
    });
    QTRY_VERIFY_WITH_TIMEOUT(!dir().isEmpty(), 30000);
    QTRY_VERIFY_WITH_TIMEOUT(mpirunAlive(), 30000);
    QTest::qWait(2000); // into hpcc's work
    job.cancel();
    worker.join();
    const Result<Run> run = *job.result();
    QVERIFY(!run.ok());
    QCOMPARE(run.error().code, ErrorCode::Cancelled);
    QTRY_VERIFY_WITH_TIMEOUT(!mpirunAlive(), 10000);
    QVERIFY2(!QFileInfo::exists(dir()), qPrintable(dir()));
}

QTEST_GUILESS_MAIN(TestBenchRun)

#include "tst_benchrun.moc"
