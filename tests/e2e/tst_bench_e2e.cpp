// SPDX-License-Identifier: GPL-3.0-or-later
// `vocctl bench` for real, against a private libvirtd (tests/e2e/libvirt-sandbox) under TCG: the demo
// images as a VOC of a virtio head, two e1000 compute nodes (the paper's NIC) and one virtio compute
// node; HPL with a small N on the two e1000 nodes and the same on this machine's bare metal; ping-pong
// between the e1000 nodes and between the virtio head and the virtio node; then the store holds it
// all: passed rows, GFLOPS, the virtualization penalty, latency and bandwidth per NIC; `down` at the end.
#include "bench/chartdata.h"
#include "bench/resultsstore.h"
#include "sandboxmain.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

#include <tuple>

#include <unistd.h>

using namespace voc;

namespace {

struct Ran
{
    int exitCode = -1;
    QString out;
    QString err;
};

QJsonObject readJson(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(file.readAll()).object() : QJsonObject();
}

// The newest manifest of a role in build-vcn-image's cache.
QJsonObject cachedManifest(const QString& role)
{
    const QString cache = QStringLiteral("/var/cache/vocstudio/images");
    QJsonObject found;
    for (const QString& dir :
         QDir(cache).entryList({role + QStringLiteral("-*")}, QDir::Dirs, QDir::Time | QDir::Reversed))
        if (const QJsonObject m = readJson(cache + QLatin1Char('/') + dir + QStringLiteral("/manifest.json"));
            !m.isEmpty())
            found = m;
    return found;
}

} // namespace

class TestBenchE2e : public QObject
{
    Q_OBJECT

public:
    // Booting four VCNs under TCG alone takes minutes: more than Qt Test's 5 minutes a function.
    TestBenchE2e() { qputenv("QTEST_FUNCTION_TIMEOUT", "1500000"); }

private slots:
    void initTestCase();
    void benchLocalVocAgainstBareMetal();
    void cleanupTestCase();

private:
    Ran vocctl(const QStringList& args, int timeoutMs = 900000);
    QString copyImage(const QJsonObject& manifest, const QString& role);
    QJsonObject benchJson(const QStringList& args, const QString& what);

    QTemporaryDir m_dir{QStringLiteral("/tmp/voc-bench-e2e.XXXXXX")};
    QString m_design;
    bool m_up = false;
};

Ran TestBenchE2e::vocctl(const QStringList& args, int timeoutMs)
{
    QProcess process;
    process.start(QStringLiteral(VOC_VOCCTL), args);
    Ran ran;
    if (!process.waitForFinished(timeoutMs)) {
        process.terminate(); // vocctl bench cancels and stops the remote mpirun on SIGTERM
        if (!process.waitForFinished(60000)) {
            process.kill();
            process.waitForFinished();
        }
    }
    ran.exitCode = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    ran.out = QString::fromUtf8(process.readAllStandardOutput());
    ran.err = QString::fromUtf8(process.readAllStandardError());
    return ran;
}

// The disk, kernel and initrd in a private folder QEMU can read, with the manifest beside the disk (the
// VO key for vocctl bench).
QString TestBenchE2e::copyImage(const QJsonObject& manifest, const QString& role)
{
    const QString dir = m_dir.filePath(role);
    QDir().mkpath(dir);
    QFile::setPermissions(dir, QFile::permissions(dir) | QFileDevice::ReadOther | QFileDevice::ExeOther);
    for (const char* key : {"disk", "kernel", "initrd"}) {
        const QString file = manifest.value(QLatin1String(key)).toString();
        const QString copy = dir + QLatin1Char('/') + QFileInfo(file).fileName();
        if (!file.isEmpty() && !QFile::exists(copy) && !QFile::copy(file, copy))
            return {};
    }
    QFile out(dir + QStringLiteral("/manifest.json"));
    if (!out.open(QIODevice::WriteOnly))
        return {};
    out.write(QJsonDocument(manifest).toJson());
    return dir;
}

void TestBenchE2e::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root: the e2e tests start their own libvirtd in private namespaces (run ctest as root)");
    if (qEnvironmentVariableIsEmpty("VOC_LIBVIRT_SANDBOX"))
        QSKIP("run through tests/e2e/libvirt-sandbox, so the host's libvirt is never touched");
    if (QStandardPaths::findExecutable(QStringLiteral("mpirun")).isEmpty() ||
        QStandardPaths::findExecutable(QStringLiteral("hpcc")).isEmpty())
        QFAIL("the bare-metal baseline needs openmpi-bin and hpcc here (scripts/setup)");
    const QJsonObject head = cachedManifest(QStringLiteral("head"));
    const QJsonObject compute = cachedManifest(QStringLiteral("compute"));
    if (head.isEmpty() || compute.isEmpty() || head.value(QLatin1String("voKey")).toString().isEmpty())
        QFAIL("the demo images are not built (scripts/build-vcn-image --role all)");
    QVERIFY(m_dir.isValid());
    QFile::setPermissions(m_dir.path(), QFile::permissions(m_dir.path()) | QFileDevice::ReadOther |
                                            QFileDevice::ExeOther | QFileDevice::ReadGroup |
                                            QFileDevice::ExeGroup);
    qputenv("VOCSTUDIO_RESULTS_DB", QFile::encodeName(m_dir.filePath(QStringLiteral("results.sqlite"))));
    const QString headDir = copyImage(head, QStringLiteral("head"));
    const QString computeDir = copyImage(compute, QStringLiteral("compute"));
    QVERIFY(!headDir.isEmpty() && !computeDir.isEmpty());

    auto role = [](const QString& kind, int count, const QString& nic, const QString& pattern,
                   const QString& dir, const QJsonObject& m) {
        const auto local = [&](const char* key) -> QString {
            return dir + QLatin1Char('/') + QFileInfo(m.value(QLatin1String(key)).toString()).fileName();
        };
        return QJsonObject{
            {QStringLiteral("kind"), kind},
            {QStringLiteral("count"), count},
            {QStringLiteral("vcpus"), 1},
            {QStringLiteral("memoryMiB"), 512},
            {QStringLiteral("nic"), nic},
            {QStringLiteral("hostnamePattern"), pattern},
            {QStringLiteral("image"),
             QJsonObject{{QStringLiteral("path"), local("disk")},
                         {QStringLiteral("sha256"), m.value(QLatin1String("sha256")).toString()},
                         {QStringLiteral("bootMode"), QStringLiteral("kernel")},
                         {QStringLiteral("kernel"), local("kernel")},
                         {QStringLiteral("initrd"), local("initrd")},
                         {QStringLiteral("cmdline"), m.value(QLatin1String("cmdline")).toString()}}}};
    };
    const QJsonObject design{
        {QStringLiteral("format"), QStringLiteral("vocstudio-design/1")},
        {QStringLiteral("name"), QStringLiteral("benchvoc")},
        {QStringLiteral("vo"), QStringLiteral("e2e-vo")},
        {QStringLiteral("network"), QJsonObject{{QStringLiteral("subnet"), QStringLiteral("10.77.11.0/24")},
                                                {QStringLiteral("domain"), QStringLiteral("voc.test")}}},
        {QStringLiteral("roles"),
         QJsonArray{role(QStringLiteral("head"), 1, QStringLiteral("virtio"), QStringLiteral("{voc}-head"),
                         headDir, head),
                    role(QStringLiteral("compute"), 2, QStringLiteral("e1000"),
                         QStringLiteral("{voc}-compute{index:02}"), computeDir, compute),
                    role(QStringLiteral("compute"), 1, QStringLiteral("virtio"),
                         QStringLiteral("{voc}-vnode{index:02}"), computeDir, compute)}}};
    m_design = m_dir.filePath(QStringLiteral("benchvoc.voc"));
    QFile file(m_design);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(QJsonDocument(design).toJson());
}

QJsonObject TestBenchE2e::benchJson(const QStringList& args, const QString& what)
{
    QElapsedTimer clock;
    clock.start();
    const Ran ran =
        vocctl(QStringList{QStringLiteral("bench")} + args + QStringList{QStringLiteral("--json")});
    qInfo("%s: exit %d after %lld s", qPrintable(what), ran.exitCode, clock.elapsed() / 1000);
    if (ran.exitCode != 0) {
        qWarning("%s", qPrintable(ran.err.right(3000)));
        return {};
    }
    return QJsonDocument::fromJson(ran.out.toUtf8()).object();
}

void TestBenchE2e::benchLocalVocAgainstBareMetal()
{
    const QStringList state{QStringLiteral("--state-dir"), m_dir.filePath(QStringLiteral("state"))};
    QElapsedTimer clock;
    clock.start();
    const Ran up =
        vocctl(QStringList{QStringLiteral("up"), m_design, QStringLiteral("--local"),
                           QStringLiteral("--accel"), QStringLiteral("tcg"), QStringLiteral("--timeout"),
                           QStringLiteral("900"), QStringLiteral("--watchdog"), QStringLiteral("120"),
                           QStringLiteral("--overlay-dir"), m_dir.filePath(QStringLiteral("overlays"))} +
                   state,
               1200000);
    m_up = true;
    QVERIFY2(up.exitCode == 0, qPrintable(up.err.right(2000)));
    qInfo("vocctl up (4 VCNs, TCG): %lld s", clock.elapsed() / 1000);

    // The same small problem in the VOC (one rank on each e1000 compute node) and on bare metal.
    const QStringList hpl{QStringLiteral("--n"),       QStringLiteral("1000"),   QStringLiteral("--nb"),
                          QStringLiteral("100"),       QStringLiteral("--grid"), QStringLiteral("1x2"),
                          QStringLiteral("--timeout"), QStringLiteral("900")};
    const QJsonObject voc = benchJson(
        QStringList{QStringLiteral("hpl"), QStringLiteral("--target"), QStringLiteral("local"), m_design,
                    QStringLiteral("--nodes"), QStringLiteral("benchvoc-compute01,benchvoc-compute02"),
                    QStringLiteral("--slots"), QStringLiteral("1")} +
            hpl + state,
        QStringLiteral("HPL in the VOC"));
    QVERIFY(!voc.isEmpty());
    const QJsonObject bare =
        benchJson(QStringList{QStringLiteral("hpl"), QStringLiteral("--target"), QStringLiteral("baremetal"),
                              m_design, QStringLiteral("--slots"), QStringLiteral("2")} +
                      hpl,
                  QStringLiteral("HPL on bare metal"));
    QVERIFY(!bare.isEmpty());
    const QJsonObject e1000 = benchJson(
        QStringList{QStringLiteral("net"), QStringLiteral("--target"), QStringLiteral("local"), m_design,
                    QStringLiteral("--between"), QStringLiteral("benchvoc-compute01,benchvoc-compute02")} +
            state,
        QStringLiteral("ping-pong e1000"));
    QVERIFY(!e1000.isEmpty());
    const QJsonObject virtio = benchJson(
        QStringList{QStringLiteral("net"), QStringLiteral("--target"), QStringLiteral("local"), m_design,
                    QStringLiteral("--between"), QStringLiteral("benchvoc-head,benchvoc-vnode01")} +
            state,
        QStringLiteral("ping-pong virtio"));
    QVERIFY(!virtio.isEmpty());

    // What the store says, through vocctl results.
    const Ran list =
        vocctl({QStringLiteral("results"), QStringLiteral("list"), QStringLiteral("--json")}, 60000);
    QCOMPARE(list.exitCode, 0);
    const QJsonDocument listed = QJsonDocument::fromJson(list.out.toUtf8());
    const QJsonArray runs =
        listed.isArray() ? listed.array() : listed.object().value(QLatin1String("runs")).toArray();
    QStringList kinds;
    for (const QJsonValue& run : runs)
        kinds.append(run.toObject().value(QLatin1String("kind")).toString() + QLatin1Char('/') +
                     run.toObject().value(QLatin1String("target")).toString());
    for (const char* expected : {"hpl/local", "hpl/baremetal", "net/local", "boot/local"})
        QVERIFY2(kinds.contains(QLatin1String(expected)), qPrintable(kinds.join(QLatin1Char(' '))));

    QList<Run> hplRuns;
    Result<std::unique_ptr<ResultsStore>> store = ResultsStore::open(ResultsStore::defaultPath());
    QVERIFY(store.ok());
    for (const QJsonObject& result : {voc, bare}) {
        const qint64 id = qint64(result.value(QLatin1String("id")).toDouble());
        const Ran show = vocctl({QStringLiteral("results"), QStringLiteral("show"), QString::number(id),
                                 QStringLiteral("--json")},
                                60000);
        QCOMPARE(show.exitCode, 0);
        const QJsonArray rows =
            QJsonDocument::fromJson(show.out.toUtf8()).object().value(QLatin1String("hplRows")).toArray();
        QCOMPARE(rows.size(), 1);
        QVERIFY(rows.first().toObject().value(QLatin1String("passed")).toBool());
        QVERIFY(rows.first().toObject().value(QLatin1String("gflops")).toDouble() > 0);
        const Result<Run> run = (*store)->run(id);
        QVERIFY(run.ok());
        hplRuns.append(*run);
    }
    const double vocGflops = hplRuns.at(0).hplRows.first().gflops;
    const double bareGflops = hplRuns.at(1).hplRows.first().gflops;
    const double penalty = (bareGflops - vocGflops) / bareGflops * 100.0;
    qInfo("HPL N=1000 NB=100 1x2: VOC (TCG, e1000) %.4f GFLOPS, bare metal %.4f GFLOPS, penalty %.2f%%",
          vocGflops, bareGflops, penalty);
    // The penalty chart pairs them by grid and gives the same figure.
    const Result<ChartData> chart = chartData(ChartKind::Penalty, hplRuns);
    QVERIFY2(chart.ok(), qPrintable(chart.ok() ? QString() : chart.error().toString()));
    QVERIFY(!chart->series.isEmpty() && !chart->series.first().y.isEmpty());
    QVERIFY(qAbs(chart->series.first().y.first() - penalty) < 0.01);

    for (const auto& [result, nic] :
         {std::pair{e1000, QStringLiteral("e1000")}, std::pair{virtio, QStringLiteral("virtio")}}) {
        const qint64 id = qint64(result.value(QLatin1String("id")).toDouble());
        const Ran show = vocctl({QStringLiteral("results"), QStringLiteral("show"), QString::number(id),
                                 QStringLiteral("--json")},
                                60000);
        QCOMPARE(show.exitCode, 0);
        const QJsonArray samples =
            QJsonDocument::fromJson(show.out.toUtf8()).object().value(QLatin1String("netSamples")).toArray();
        QCOMPARE(samples.size(), 1);
        const QJsonObject sample = samples.first().toObject();
        QCOMPARE(sample.value(QLatin1String("nic")).toString(), nic);
        QVERIFY(sample.value(QLatin1String("latencyUs")).toDouble() > 0);
        QVERIFY(sample.value(QLatin1String("bandwidthMBps")).toDouble() > 0);
        qInfo("ping-pong %s (%s): latency %.1f us, bandwidth %.2f MB/s",
              qPrintable(sample.value(QLatin1String("endpoints")).toString()), qPrintable(nic),
              sample.value(QLatin1String("latencyUs")).toDouble(),
              sample.value(QLatin1String("bandwidthMBps")).toDouble());
    }

    // The charts of these runs rendered by `vocctl chart` (the Benchmarks page's code, no display).
    const QString ids[] = {QString::number(qint64(voc.value(QLatin1String("id")).toDouble())),
                           QString::number(qint64(bare.value(QLatin1String("id")).toDouble())),
                           QString::number(qint64(e1000.value(QLatin1String("id")).toDouble())),
                           QString::number(qint64(virtio.value(QLatin1String("id")).toDouble()))};
    for (const auto& [kind, file, runs, magic] :
         {std::tuple{QStringLiteral("penalty"), QStringLiteral("penalty.png"), QStringList{ids[0], ids[1]},
                     QByteArray("\x89PNG")},
          std::tuple{QStringLiteral("gflops"), QStringLiteral("gflops.pdf"), QStringList{ids[0], ids[1]},
                     QByteArray("%PDF")},
          std::tuple{QStringLiteral("net"), QStringLiteral("net.svg"), QStringList{ids[2], ids[3]},
                     QByteArray("<?xml")}}) {
        const QString path = m_dir.filePath(file);
        const Ran chartRun =
            vocctl(QStringList{QStringLiteral("chart")} + runs +
                       QStringList{QStringLiteral("--kind"), kind, QStringLiteral("-o"), path},
                   120000);
        QVERIFY2(chartRun.exitCode == 0, qPrintable(chartRun.err));
        QFile rendered(path);
        QVERIFY(rendered.open(QIODevice::ReadOnly));
        QVERIFY2(rendered.size() > 1000, qPrintable(file));
        QVERIFY2(rendered.read(magic.size()) == magic, qPrintable(file));
    }
}

void TestBenchE2e::cleanupTestCase()
{
    if (!m_up)
        return;
    const Ran down = vocctl({QStringLiteral("down"), m_design, QStringLiteral("--state-dir"),
                             m_dir.filePath(QStringLiteral("state")), QStringLiteral("--overlay-dir"),
                             m_dir.filePath(QStringLiteral("overlays"))},
                            300000);
    QVERIFY2(down.exitCode == 0, qPrintable(down.err));
}

VOC_E2E_MAIN(TestBenchE2e)

#include "tst_bench_e2e.moc"
