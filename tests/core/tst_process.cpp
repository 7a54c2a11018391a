// SPDX-License-Identifier: GPL-3.0-or-later
// The one process runner: results and exit codes, the errors of starting, timing out and cancelling,
// progress ticks, and the one converter of a failed run into an Error.
#include "common/process.h"

#include <QElapsedTimer>
#include <QTest>

using namespace voc;

Q_DECLARE_METATYPE(voc::ErrorCode)

class TestProcess : public QObject
{
    Q_OBJECT

private slots:
    void run_data();
    void run();
    void notStarted();
    void timeoutAndCancel();
    void tick();
    void failure_data();
    void failure();
    void checked();
};

void TestProcess::run_data()
{
    QTest::addColumn<QString>("script");
    QTest::addColumn<QByteArray>("input");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QByteArray>("out");
    QTest::addColumn<QByteArray>("err");
    QTest::newRow("success") << QStringLiteral("echo hi") << QByteArray() << 0 << QByteArray("hi\n")
                             << QByteArray();
    QTest::newRow("non-zero exit is a result")
        << QStringLiteral("echo out; echo err >&2; exit 3") << QByteArray() << 3 << QByteArray("out\n")
        << QByteArray("err\n");
    QTest::newRow("input on stdin") << QStringLiteral("cat") << QByteArray("a\0b", 3) << 0
                                    << QByteArray("a\0b", 3) << QByteArray();
}

void TestProcess::run()
{
    QFETCH(QString, script);
    QFETCH(QByteArray, input);
    ProcessOptions options;
    options.input = input;
    const Result<ProcessResult> result = runProcess(QStringLiteral("sh"), {QStringLiteral("-c"), script},
                                                    options, QStringLiteral("here"), QStringLiteral("sh"));
    QVERIFY2(result.ok(), result.ok() ? "" : qPrintable(result.error().toString()));
    QTEST(result->exitCode, "exitCode");
    QTEST(result->standardOutput, "out");
    QTEST(result->standardError, "err");
}

void TestProcess::notStarted()
{
    ProcessOptions options;
    options.startHint = QStringLiteral("install it");
    const Result<ProcessResult> result = runProcess(QStringLiteral("/nonexistent/tool"), {}, options,
                                                    QStringLiteral("here"), QStringLiteral("tool"));
    QVERIFY(!result.ok());
    QCOMPARE(result.error().code, ErrorCode::NotFound);
    QCOMPARE(result.error().where, QStringLiteral("here"));
    QCOMPARE(result.error().hint, QStringLiteral("install it"));
}

void TestProcess::timeoutAndCancel()
{
    QElapsedTimer timer;
    timer.start();
    ProcessOptions options;
    options.timeoutMs = 300;
    const Result<ProcessResult> slow = runProcess(QStringLiteral("sleep"), {QStringLiteral("30")}, options,
                                                  QStringLiteral("here"), QStringLiteral("sleep"));
    QVERIFY(!slow.ok());
    QCOMPARE(slow.error().code, ErrorCode::External);
    QVERIFY(timer.elapsed() < 10000);

    timer.restart();
    ProcessOptions cancel;
    cancel.timeoutMs = 0; // no limit: only cancel ends it
    cancel.cancelled = [&timer] { return timer.elapsed() > 200; };
    const Result<ProcessResult> cancelled =
        runProcess(QStringLiteral("sleep"), {QStringLiteral("30")}, cancel, QStringLiteral("here"),
                   QStringLiteral("sleep"));
    QVERIFY(!cancelled.ok());
    QCOMPARE(cancelled.error().code, ErrorCode::Cancelled);
    QVERIFY(timer.elapsed() < 10000);
}

void TestProcess::tick()
{
    int ticks = 0;
    ProcessOptions options;
    options.tick = [&ticks] { ++ticks; };
    const Result<ProcessResult> result = runProcess(QStringLiteral("sleep"), {QStringLiteral("0.3")}, options,
                                                    QStringLiteral("here"), QStringLiteral("sleep"));
    QVERIFY(result.ok());
    QVERIFY(ticks >= 2);
}

void TestProcess::failure_data()
{
    QTest::addColumn<QByteArray>("err");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<QString>("what");
    QTest::addColumn<bool>("ownHint"); // the converter's hint rather than the caller's
    QTest::newRow("plain") << QByteArray("boom\n") << ErrorCode::External
                           << QStringLiteral("tool failed with exit code 2: boom") << false;
    QTest::newRow("no stderr") << QByteArray() << ErrorCode::External
                               << QStringLiteral("tool failed with exit code 2") << false;
    QTest::newRow("no space") << QByteArray("write: No space left on device") << ErrorCode::Exhausted
                              << QStringLiteral(
                                     "tool failed with exit code 2: write: No space left on device")
                              << true;
    QTest::newRow("permissions") << QByteArray("open: Permission denied") << ErrorCode::Io
                                 << QStringLiteral("tool failed with exit code 2: open: Permission denied")
                                 << true;
}

void TestProcess::failure()
{
    QFETCH(QByteArray, err);
    QFETCH(bool, ownHint);
    const Error error = processFailure(QStringLiteral("tool"), ProcessResult{2, {}, err},
                                       QStringLiteral("f.img"), QStringLiteral("caller"));
    QTEST(error.code, "code");
    QTEST(error.what, "what");
    QCOMPARE(error.where, QStringLiteral("f.img"));
    if (ownHint)
        QVERIFY2(error.hint.contains(QStringLiteral("f.img")), qPrintable(error.hint));
    else
        QCOMPARE(error.hint, QStringLiteral("caller"));

    // Pages of stderr are shortened.
    const Error longError = processFailure(QStringLiteral("tool"),
                                           ProcessResult{1, {}, QByteArray(5000, 'x')}, QStringLiteral("f"));
    QVERIFY(longError.what.size() < 600);
    QVERIFY(longError.what.endsWith(QStringLiteral("...")));
}

void TestProcess::checked()
{
    const Result<ProcessResult> ok =
        runProcessChecked(QStringLiteral("true"), {}, {}, QStringLiteral("here"), QStringLiteral("true"));
    QVERIFY(ok.ok());
    const Result<ProcessResult> failed = runProcessChecked(
        QStringLiteral("sh"), {QStringLiteral("-c"), QStringLiteral("echo bad >&2; exit 4")}, {},
        QStringLiteral("here"), QStringLiteral("sh"), QStringLiteral("try again"));
    QVERIFY(!failed.ok());
    QCOMPARE(failed.error().code, ErrorCode::External);
    QCOMPARE(failed.error().what, QStringLiteral("sh failed with exit code 4: bad"));
    QCOMPARE(failed.error().hint, QStringLiteral("try again"));
}

QTEST_GUILESS_MAIN(TestProcess)
#include "tst_process.moc"
