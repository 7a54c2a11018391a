// SPDX-License-Identifier: GPL-3.0-or-later
// Runs the real vocctl chart without a display: every kind to PNG (valid, the requested size, not
// blank), PDF, SVG and CSV from a store of fixture runs, and the errors (exit 2, a clear message).
#include "bench/resultsstore.h"
#include "vocctlrunner.h"

#include <QFile>
#include <QImage>
#include <QTemporaryDir>
#include <QTest>
#include <QXmlStreamReader>

#include <set>

using namespace voc;
using namespace Qt::StringLiterals;

namespace {

using test::VocctlRun;

// No display: vocctl chart must get along on its own (offscreen).
VocctlRun vocctl(const QStringList& args)
{
    return test::vocctl(args, {.unsetVariables = {u"VOCSTUDIO_RESULTS_DB"_s, u"DISPLAY"_s,
                                                  u"WAYLAND_DISPLAY"_s, u"QT_QPA_PLATFORM"_s},
                               .timeoutMs = 60000});
}

QByteArray fileBytes(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

HplRow row(qint64 n, int p, int q, double gflops)
{
    return HplRow{.n = n,
                  .nb = 128,
                  .p = p,
                  .q = q,
                  .seconds = 3,
                  .gflops = gflops,
                  .residual = 0.002,
                  .passed = true,
                  .variant = u"WR11C2R4"_s};
}

} // namespace

class TestVocctlChart : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void png_data();
    void png();
    void vectorAndCsv_data();
    void vectorAndCsv();
    void errors_data();
    void errors();

private:
    QTemporaryDir m_dir;
    QString m_store;
    QMap<QString, QStringList> m_runsOfKind; // chart kind -> run ids
};

void TestVocctlChart::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_store = m_dir.filePath(u"results.sqlite"_s);
    auto store = ResultsStore::open(m_store);
    QVERIFY(store.ok());

    Run bare;
    bare.kind = RunKind::Hpl;
    bare.target = RunTarget::BareMetal;
    bare.design = u"workstation"_s;
    bare.hplRows = {row(2000, 1, 1, 8.5), row(4000, 1, 1, 9.25), row(4000, 1, 2, 16.5)};
    Run voc = bare;
    voc.target = RunTarget::Local;
    voc.design = u"demo"_s;
    voc.hplRows = {row(2000, 1, 1, 6.5), row(4000, 1, 1, 7.4), row(4000, 1, 2, 4.125)};
    Run boot;
    boot.kind = RunKind::Boot;
    boot.design = u"demo"_s;
    for (int i = 0; i < 5; ++i) {
        const QString vcn = i == 0 ? u"demo-head"_s : u"demo-compute%1"_s.arg(i);
        boot.bootSamples += {{vcn, BootPhase::Running, 300 + i * 10},
                             {vcn, BootPhase::Kernel, 2000 + i * 100},
                             {vcn, BootPhase::Init, 9000 + i * 200},
                             {vcn, BootPhase::Network, 15000 + i * 300},
                             {vcn, BootPhase::Ready, 21000 + i * 500}};
    }
    Run net;
    net.kind = RunKind::Net;
    net.design = u"demo"_s;
    net.netSamples = {{u"virtio"_s, u"c1 <-> c2"_s, 45.5, 950}, {u"e1000"_s, u"c1 <-> c2"_s, 130, 105}};

    QStringList ids;
    for (const Run& run : {bare, voc, boot}) {
        const Result<qint64> id = (*store)->addRun(run);
        QVERIFY2(id.ok(), qPrintable(id.ok() ? QString() : id.error().toString()));
        ids.append(QString::number(*id));
    }
    m_runsOfKind = {{u"gflops"_s, ids.mid(0, 2)},
                    {u"penalty"_s, ids.mid(0, 2)},
                    {u"scaling"_s, ids.mid(0, 2)},
                    {u"boot"_s, ids.mid(2, 1)},
                    {u"timeline"_s, ids.mid(2, 1)}};
    const Result<qint64> netId = (*store)->addRun(net);
    QVERIFY2(netId.ok(), qPrintable(netId.ok() ? QString() : netId.error().toString()));
    m_runsOfKind.insert(u"net"_s, {QString::number(*netId)});
}

void TestVocctlChart::png_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<bool>("paper");
    QTest::addColumn<QSize>("size");
    for (const char* kind : {"gflops", "penalty", "boot", "timeline", "scaling", "net"})
        QTest::newRow(kind) << QString::fromLatin1(kind) << false << QSize(900, 560);
    QTest::newRow("gflops with the paper") << u"gflops"_s << true << QSize(1280, 800);
    QTest::newRow("penalty, small") << u"penalty"_s << true << QSize(400, 300);
}

void TestVocctlChart::png()
{
    QFETCH(QString, kind);
    QFETCH(bool, paper);
    QFETCH(QSize, size);
    const QString path = m_dir.filePath(kind + u".png"_s);
    QStringList args{u"chart"_s};
    args += m_runsOfKind.value(kind);
    args +=
        {u"--kind"_s,  kind,   u"-o"_s, path, u"--size"_s, u"%1x%2"_s.arg(size.width()).arg(size.height()),
         u"--store"_s, m_store};
    if (paper)
        args.append(u"--paper"_s);
    QVERIFY2(m_runsOfKind.contains(kind), qPrintable(u"no run of kind "_s + kind));
    const VocctlRun result = vocctl(args);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    QVERIFY(result.out.contains(path));

    const QByteArray bytes = fileBytes(path);
    QVERIFY(bytes.startsWith("\x89PNG\r\n\x1a\n"));
    const QImage image = QImage::fromData(bytes, "PNG");
    QVERIFY(!image.isNull());
    QCOMPARE(image.size(), size);
    std::set<QRgb> colours;
    for (int y = 0; y < image.height() && colours.size() < 16; y += 3) {
        for (int x = 0; x < image.width(); x += 3)
            colours.insert(image.pixel(x, y));
    }
    QVERIFY2(colours.size() > 4, "the chart is (nearly) blank");
}

void TestVocctlChart::vectorAndCsv_data()
{
    QTest::addColumn<QString>("kind");
    QTest::addColumn<QString>("suffix");
    QTest::addColumn<QByteArrayList>("expected"); // prefix, or lines the CSV holds
    QTest::newRow("penalty pdf") << u"penalty"_s << u"pdf"_s << QByteArrayList{"%PDF-"};
    QTest::newRow("boot pdf") << u"boot"_s << u"PDF"_s << QByteArrayList{"%PDF-"};
    QTest::newRow("gflops svg") << u"gflops"_s << u"svg"_s << QByteArrayList{};
    QTest::newRow("timeline svg") << u"timeline"_s << u"svg"_s << QByteArrayList{};
    // (9.25 - 7.4) / 9.25 = 20 %, (16.5 - 4.125) / 16.5 = 75 %
    QTest::newRow("penalty csv") << u"penalty"_s << u"csv"_s
                                 << QByteArrayList{"series,grid,percent",
                                                   "local demo #2 vs baremetal workstation #1,1x1,20",
                                                   "local demo #2 vs baremetal workstation #1,1x2,75"};
    QTest::newRow("scaling csv") << u"scaling"_s << u"csv"_s
                                 << QByteArrayList{"series,x,gflops", "baremetal workstation #1 1x1,2000,8.5",
                                                   "local demo #2 1x2,4000,4.125"};
    QTest::newRow("net csv") << u"net"_s << u"csv"_s
                             << QByteArrayList{"series,nic,value", "local demo #4: latency,virtio,45.5",
                                               "local demo #4: bandwidth,e1000,105"};
    QTest::newRow("timeline csv") << u"timeline"_s << u"csv"_s
                                  << QByteArrayList{"phase,vcn,start_ms,end_ms",
                                                    "ready,demo-compute4,16200,23000"};
}

void TestVocctlChart::vectorAndCsv()
{
    QFETCH(QString, kind);
    QFETCH(QString, suffix);
    QFETCH(QByteArrayList, expected);
    const QString path = m_dir.filePath(kind + u"."_s + suffix);
    QStringList args{u"chart"_s};
    args += m_runsOfKind.value(kind);
    args += {u"--kind"_s, kind, u"-o"_s, path, u"--store"_s, m_store};
    QVERIFY2(m_runsOfKind.contains(kind), qPrintable(u"no run of kind "_s + kind));
    const VocctlRun result = vocctl(args);
    QVERIFY2(result.exitCode == 0, qPrintable(result.err));
    const QByteArray bytes = fileBytes(path);
    if (suffix.compare(u"svg"_s, Qt::CaseInsensitive) == 0) {
        QXmlStreamReader xml(bytes);
        QVERIFY(xml.readNextStartElement());
        QCOMPARE(xml.name(), u"svg"_s);
        int elements = 0;
        while (!xml.atEnd()) {
            if (xml.readNext() == QXmlStreamReader::StartElement)
                ++elements;
        }
        QVERIFY2(!xml.hasError(), qPrintable(xml.errorString()));
        QVERIFY(elements > 20); // axes, bars, text: more than an empty page
    } else if (suffix == u"csv"_s) {
        QCOMPARE(bytes.split('\r').first(), expected.first());
        for (const QByteArray& line : expected.mid(1))
            QVERIFY2(bytes.contains(QByteArray(line + "\r\n")), bytes.constData());
    } else {
        QVERIFY(bytes.startsWith(expected.first()));
        QVERIFY(bytes.size() > 1000);
    }
}

void TestVocctlChart::errors_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<QString>("message");
    QTest::newRow("unknown run id") << QStringList{u"999"_s, u"--kind"_s, u"gflops"_s, u"-o"_s, u"@/x.png"_s}
                                    << u"999"_s;
    QTest::newRow("not a run id") << QStringList{u"abc"_s, u"--kind"_s, u"gflops"_s, u"-o"_s, u"@/x.png"_s}
                                  << u"'abc' is not a run id"_s;
    QTest::newRow("unknown kind") << QStringList{u"1"_s, u"--kind"_s, u"pie"_s, u"-o"_s, u"@/x.png"_s}
                                  << u"unknown chart kind 'pie'"_s;
    QTest::newRow("unknown suffix") << QStringList{u"1"_s, u"--kind"_s, u"gflops"_s, u"-o"_s, u"@/x.gif"_s}
                                    << u"cannot write a chart as"_s;
    QTest::newRow("unwritable output")
        << QStringList{u"1"_s, u"--kind"_s, u"gflops"_s, u"-o"_s, u"@/missing-dir/x.png"_s}
        << u"missing-dir"_s;
    QTest::newRow("wrong kind of run") << QStringList{u"3"_s, u"--kind"_s, u"gflops"_s, u"-o"_s, u"@/x.png"_s}
                                       << u"cannot be drawn as a gflops chart"_s;
    QTest::newRow("nothing to pair") << QStringList{u"1"_s, u"--kind"_s, u"penalty"_s, u"-o"_s, u"@/x.png"_s}
                                     << u"Select a bare-metal run and a VOC run"_s;
    QTest::newRow("bad size") << QStringList{u"1"_s,       u"--kind"_s, u"gflops"_s, u"-o"_s,
                                             u"@/x.png"_s, u"--size"_s, u"big"_s}
                              << u"bad --size 'big'"_s;
    QTest::newRow("no runs") << QStringList{u"--kind"_s, u"gflops"_s, u"-o"_s, u"@/x.png"_s}
                             << u"no runs given"_s;
}

void TestVocctlChart::errors()
{
    QFETCH(QStringList, args);
    QFETCH(QString, message);
    for (QString& arg : args)
        arg.replace(u"@"_s, m_dir.path());
    const VocctlRun result = vocctl(QStringList{u"chart"_s} + args + QStringList{u"--store"_s, m_store});
    QCOMPARE(result.exitCode, 2);
    QVERIFY2(result.err.contains(message), qPrintable(result.err));
    QVERIFY(!QFile::exists(m_dir.filePath(u"x.png"_s)));
    QVERIFY(!QFile::exists(m_dir.filePath(u"x.gif"_s)));
}

QTEST_GUILESS_MAIN(TestVocctlChart)
#include "tst_vocctlchart.moc"
