// SPDX-License-Identifier: GPL-3.0-or-later
// The run journal: records round-trip, intents are on disk before the step, a torn last line is
// skipped, a broken line in the middle is an error, and the summary says what might exist.
#include "run/runjournal.h"

#include <QFile>
#include <QTemporaryDir>
#include <QTest>

using namespace voc;

namespace {

JournalRecord rec(JournalStep step, bool done, const QString& name, const QJsonObject& extra = {})
{
    return JournalRecord{step, done, name, extra};
}

QByteArray lines(const QList<JournalRecord>& records)
{
    QByteArray bytes;
    for (const JournalRecord& record : records)
        bytes += RunJournal::encode(record) + '\n';
    return bytes;
}

// A launch that got as far as one domain: the journal a SIGKILL leaves behind.
QList<JournalRecord> crashedLaunch()
{
    return {
        rec(JournalStep::Run, false, QStringLiteral("demo"),
            {{QStringLiteral("uri"), QStringLiteral("qemu:///system")},
             {QStringLiteral("overlayDir"), QStringLiteral("/var/tmp/ov")},
             {QStringLiteral("pid"), 4242}}),
        rec(JournalStep::Network, false, QStringLiteral("voc-demo")),
        rec(JournalStep::Network, true, QStringLiteral("voc-demo")),
        rec(JournalStep::Overlay, false, QStringLiteral("/var/tmp/ov/voc-demo-demo-head.qcow2")),
        rec(JournalStep::Overlay, false, QStringLiteral("/var/tmp/ov/voc-demo-demo-compute01.qcow2")),
        rec(JournalStep::Overlay, true, QStringLiteral("/var/tmp/ov/voc-demo-demo-head.qcow2")),
        rec(JournalStep::Overlay, true, QStringLiteral("/var/tmp/ov/voc-demo-demo-compute01.qcow2")),
        rec(JournalStep::Domain, false, QStringLiteral("voc-demo-demo-head")),
        rec(JournalStep::Domain, false, QStringLiteral("voc-demo-demo-compute01")),
    };
}

} // namespace

class TestRunJournal : public QObject
{
    Q_OBJECT

private slots:
    void stepNames();
    void roundTrip_data();
    void roundTrip();
    void writtenBeforeTheStep();
    void tornLastLine_data();
    void tornLastLine();
    void brokenMiddleLine();
    void missingFile();
    void summary_data();
    void summary();
    void truncateAndRemove();
    void paths();
};

void TestRunJournal::stepNames()
{
    for (JournalStep step :
         {JournalStep::Run, JournalStep::Network, JournalStep::Overlay, JournalStep::Domain,
          JournalStep::SerialLog, JournalStep::Phase, JournalStep::Removed, JournalStep::Deployment,
          JournalStep::Stage, JournalStep::Volume, JournalStep::DirectoryEntry, JournalStep::Outcome}) {
        JournalStep back = JournalStep::Run;
        QVERIFY(fromString(toString(step), &back));
        QCOMPARE(toString(back), toString(step));
    }
    JournalStep unused;
    QVERIFY(!fromString(QStringLiteral("snapshot"), &unused));
}

void TestRunJournal::roundTrip_data()
{
    QTest::addColumn<JournalRecord>("record");
    QTest::newRow("network intent") << rec(JournalStep::Network, false, QStringLiteral("voc-demo"));
    QTest::newRow("overlay done, path with spaces")
        << rec(JournalStep::Overlay, true, QStringLiteral("/tmp/a b/voc-x-h.qcow2"),
               {{QStringLiteral("vcn"), QStringLiteral("h")}});
    QTest::newRow("phase") << rec(
        JournalStep::Phase, true, QStringLiteral("demo-head"),
        {{QStringLiteral("phase"), QStringLiteral("kernel")}, {QStringLiteral("ms"), 1234}});
    QTest::newRow("unicode and quotes") << rec(JournalStep::Domain, false, QStringLiteral("voc-\"ä\"\n"));
}

void TestRunJournal::roundTrip()
{
    QFETCH(JournalRecord, record);
    const QByteArray line = RunJournal::encode(record);
    QVERIFY(!line.contains('\n'));
    const Result<JournalRecord> back = RunJournal::decode(line);
    QVERIFY2(back.ok(), qPrintable(back.ok() ? QString() : back.error().toString()));
    QCOMPARE(*back, record);
}

void TestRunJournal::writtenBeforeTheStep()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("runs/demo.jsonl"));
    RunJournal journal(path);
    QVERIFY(journal.open(true).ok());
    QVERIFY(journal.intent(JournalStep::Network, QStringLiteral("voc-demo")).ok());
    // Another reader (a `down` in another process) sees the intent at once, before any done.
    Result<QList<JournalRecord>> read = RunJournal::read(path);
    QVERIFY(read.ok());
    QCOMPARE(read->size(), 1);
    QCOMPARE(read->first(), rec(JournalStep::Network, false, QStringLiteral("voc-demo")));
    QVERIFY(journal
                .append({rec(JournalStep::Overlay, false, QStringLiteral("/a")),
                         rec(JournalStep::Overlay, false, QStringLiteral("/b"))})
                .ok());
    QVERIFY(journal.done(JournalStep::Network, QStringLiteral("voc-demo")).ok());
    read = RunJournal::read(path);
    QVERIFY(read.ok());
    QCOMPARE(read->size(), 4);
    QCOMPARE(read->at(3).done, true);
}

void TestRunJournal::tornLastLine_data()
{
    QTest::addColumn<int>("cut"); // bytes of the last line that made it to disk
    const int lastLength = int(RunJournal::encode(crashedLaunch().last()).size());
    for (int cut : {1, 2, 10, lastLength / 2, lastLength - 1})
        QTest::newRow(qPrintable(QStringLiteral("%1 of %2 bytes").arg(cut).arg(lastLength))) << cut;
}

void TestRunJournal::tornLastLine()
{
    QFETCH(int, cut);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.jsonl"));
    const QList<JournalRecord> records = crashedLaunch();
    QByteArray bytes = lines(records.mid(0, records.size() - 1));
    bytes += RunJournal::encode(records.last()).left(cut);
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const Result<QList<JournalRecord>> read = RunJournal::read(path);
    QVERIFY2(read.ok(), qPrintable(read.ok() ? QString() : read.error().toString()));
    QCOMPARE(*read, records.mid(0, records.size() - 1));

    // A `down` that appends to it drops the fragment first, so the journal stays readable.
    RunJournal journal(path);
    QVERIFY(journal.open().ok());
    QVERIFY(journal.done(JournalStep::Removed, QStringLiteral("voc-demo")).ok());
    const Result<QList<JournalRecord>> again = RunJournal::read(path);
    QVERIFY2(again.ok(), qPrintable(again.ok() ? QString() : again.error().toString()));
    QCOMPARE(again->size(), records.size());
    QCOMPARE(again->last(), rec(JournalStep::Removed, true, QStringLiteral("voc-demo")));
}

void TestRunJournal::brokenMiddleLine()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.jsonl"));
    QByteArray bytes =
        lines(crashedLaunch().mid(0, 2)) + "{\"step\":\"network\",\"sta\n" + lines(crashedLaunch().mid(2, 2));
    QFile file(path);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.write(bytes);
    file.close();
    const Result<QList<JournalRecord>> read = RunJournal::read(path);
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, ErrorCode::Parse);
    QCOMPARE(read.error().where, path + QStringLiteral(":3"));
    QVERIFY(!read.error().hint.isEmpty());
}

void TestRunJournal::missingFile()
{
    const Result<QList<JournalRecord>> read = RunJournal::read(QStringLiteral("/nonexistent/demo.jsonl"));
    QVERIFY(!read.ok());
    QCOMPARE(read.error().code, ErrorCode::NotFound);
}

void TestRunJournal::summary_data()
{
    QTest::addColumn<QList<JournalRecord>>("records");
    QTest::addColumn<QStringList>("domains");
    QTest::addColumn<QStringList>("overlays");
    QTest::addColumn<QStringList>("networks");
    QTest::addColumn<bool>("upReached");

    const QList<JournalRecord> crashed = crashedLaunch();
    const QStringList overlays{QStringLiteral("/var/tmp/ov/voc-demo-demo-head.qcow2"),
                               QStringLiteral("/var/tmp/ov/voc-demo-demo-compute01.qcow2")};
    const QStringList domains{QStringLiteral("voc-demo-demo-head"),
                              QStringLiteral("voc-demo-demo-compute01")};
    QTest::newRow("killed while creating domains")
        << crashed << domains << overlays << QStringList{QStringLiteral("voc-demo")} << false;
    QTest::newRow("up") << crashed + QList<JournalRecord>{rec(JournalStep::Run, true, QStringLiteral("demo"))}
                        << domains << overlays << QStringList{QStringLiteral("voc-demo")} << true;
    QTest::newRow("a failed create is not ours")
        << crashed + QList<JournalRecord>{rec(JournalStep::Removed, true,
                                              QStringLiteral("voc-demo-demo-compute01"))}
        << QStringList{domains.first()} << overlays << QStringList{QStringLiteral("voc-demo")} << false;
    QTest::newRow("only the run record")
        << crashed.mid(0, 1) << QStringList{} << QStringList{} << QStringList{} << false;
}

void TestRunJournal::summary()
{
    QFETCH(QList<JournalRecord>, records);
    QFETCH(QStringList, domains);
    QFETCH(QStringList, overlays);
    QFETCH(QStringList, networks);
    QFETCH(bool, upReached);
    const JournalSummary summary = RunJournal::summarize(records);
    QCOMPARE(summary.design, QStringLiteral("demo"));
    QCOMPARE(summary.uri, QStringLiteral("qemu:///system"));
    QCOMPARE(summary.overlayDir, QStringLiteral("/var/tmp/ov"));
    QCOMPARE(summary.pid, qint64(4242));
    QCOMPARE(summary.domains, domains);
    QCOMPARE(summary.overlays, overlays);
    QCOMPARE(summary.networks, networks);
    QCOMPARE(summary.upReached, upReached);
}

void TestRunJournal::truncateAndRemove()
{
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("demo.jsonl"));
    {
        RunJournal journal(path);
        QVERIFY(journal.open().ok());
        QVERIFY(journal.append(crashedLaunch()).ok());
    }
    RunJournal journal(path);
    QVERIFY(journal.open(true).ok()); // a new run starts from an empty journal
    QVERIFY(journal.intent(JournalStep::Run, QStringLiteral("demo")).ok());
    QCOMPARE(RunJournal::read(path)->size(), 1);
    QVERIFY(journal.remove().ok());
    QVERIFY(!QFile::exists(path));
    QVERIFY(journal.remove().ok());                                                       // idempotent
    QVERIFY(!journal.append({rec(JournalStep::Run, true, QStringLiteral("demo"))}).ok()); // closed
}

void TestRunJournal::paths()
{
    QCOMPARE(RunJournal::pathFor(QStringLiteral("demo"), QStringLiteral("/s")),
             QStringLiteral("/s/runs/demo.jsonl"));
    QCOMPARE(RunJournal::serialLogPathFor(QStringLiteral("demo"), QStringLiteral("demo-head"),
                                          QStringLiteral("/s")),
             QStringLiteral("/s/runs/demo/demo-head.serial.log"));
    qputenv("VOC_STATE_DIR", "/custom/state");
    QCOMPARE(RunJournal::defaultStateDir(), QStringLiteral("/custom/state"));
    qunsetenv("VOC_STATE_DIR");
    QVERIFY(RunJournal::defaultStateDir().endsWith(QLatin1String("/vocstudio")));
}

QTEST_GUILESS_MAIN(TestRunJournal)
#include "tst_runjournal.moc"
