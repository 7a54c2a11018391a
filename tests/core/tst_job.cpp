// SPDX-License-Identifier: GPL-3.0-or-later
// Jobs: progress in order, one finished() with the typed result, cancellation, stale results dropped.
#include "common/job.h"

#include <QSignalSpy>
#include <QTest>
#include <QThreadPool>

#include <atomic>

using namespace voc;

namespace {

// Sums 1..count, one step per progress report; fails on `failAt`; cancels itself at `cancelAt`
// (as a user pressing Cancel mid-way would).
class SumJob : public TypedJob<int>
{
public:
    SumJob(int count, int failAt = -1, int cancelAt = -1)
        : m_count(count)
        , m_failAt(failAt)
        , m_cancelAt(cancelAt)
    {}

protected:
    Result<int> run() override
    {
        int sum = 0;
        for (int i = 1; i <= m_count; ++i) {
            if (i == m_cancelAt)
                cancel();
            if (Status s = checkCancelled(QStringLiteral("step %1").arg(i)); !s)
                return s.error();
            if (i == m_failAt)
                return makeError(ErrorCode::Io, QStringLiteral("step failed"),
                                 QStringLiteral("step %1").arg(i));
            sum += i;
            reportProgress(i, m_count, QStringLiteral("step %1").arg(i));
        }
        return sum;
    }

private:
    int m_count;
    int m_failAt;
    int m_cancelAt;
};

} // namespace

class TestJob : public QObject
{
    Q_OBJECT

private slots:
    void exec_data();
    void exec();
    void cancelBeforeStart();
    void startOnPool();
    void generation_data();
    void generation();
};

void TestJob::exec_data()
{
    QTest::addColumn<int>("count");
    QTest::addColumn<int>("failAt");
    QTest::addColumn<int>("cancelAt");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<int>("value");
    QTest::addColumn<ErrorCode>("code");
    QTest::addColumn<int>("progressReports");

    QTest::newRow("sum 1..10") << 10 << -1 << -1 << true << 55 << ErrorCode::Internal << 10;
    QTest::newRow("nothing to do") << 0 << -1 << -1 << true << 0 << ErrorCode::Internal << 0;
    QTest::newRow("fails at 4") << 10 << 4 << -1 << false << 0 << ErrorCode::Io << 3;
    QTest::newRow("cancelled at 7") << 10 << -1 << 7 << false << 0 << ErrorCode::Cancelled << 6;
}

void TestJob::exec()
{
    QFETCH(int, count);
    QFETCH(int, failAt);
    QFETCH(int, cancelAt);
    QFETCH(bool, ok);
    QFETCH(int, value);
    QFETCH(ErrorCode, code);
    QFETCH(int, progressReports);

    SumJob job(count, failAt, cancelAt);
    QSignalSpy progress(&job, &Job::progress);
    QSignalSpy finished(&job, &Job::finished);
    QVERIFY(!job.isFinished());
    QVERIFY(!job.result().has_value());
    job.exec();

    QVERIFY(job.isFinished());
    QCOMPARE(finished.size(), 1);
    QCOMPARE(progress.size(), progressReports);
    for (int i = 0; i < progress.size(); ++i) {
        QCOMPARE(progress.at(i).at(0).toInt(), i + 1);
        QCOMPARE(progress.at(i).at(1).toInt(), count);
    }
    const std::optional<Result<int>> result = job.result();
    QVERIFY(result.has_value());
    QCOMPARE(result->ok(), ok);
    if (ok) {
        QCOMPARE(result->value(), value);
        QVERIFY(!job.failure().has_value());
    } else {
        QCOMPARE(result->error().code, code);
        QVERIFY(job.failure().has_value());
        QCOMPARE(job.failure()->code, code);
    }
}

void TestJob::cancelBeforeStart()
{
    SumJob job(1000);
    QSignalSpy progress(&job, &Job::progress);
    job.cancel();
    job.cancel(); // idempotent
    job.exec();
    QCOMPARE(progress.size(), 0); // the work never ran
    QCOMPARE(job.failure()->code, ErrorCode::Cancelled);
}

void TestJob::startOnPool()
{
    SumJob job(100);
    QSignalSpy finished(&job, &Job::finished);
    QThreadPool pool;
    job.start(&pool);
    QVERIFY(finished.wait(5000) || finished.size() == 1);
    pool.waitForDone();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(job.result()->value(), 5050);
}

void TestJob::generation_data()
{
    QTest::addColumn<int>("requests");
    QTest::newRow("one request") << 1;
    QTest::newRow("three quick requests") << 3;
}

void TestJob::generation()
{
    QFETCH(int, requests);
    // The owner bumps the generation per request; only the newest job's result is used.
    Generation generation;
    std::vector<std::unique_ptr<SumJob>> jobs;
    for (int i = 0; i < requests; ++i) {
        jobs.push_back(std::make_unique<SumJob>(i + 1));
        jobs.back()->setGeneration(generation.next());
    }
    int used = 0;
    int usedValue = 0;
    // Finish them in reverse order: the stale ones arrive late.
    for (auto it = jobs.rbegin(); it != jobs.rend(); ++it) {
        (*it)->exec();
        if (generation.isCurrent((*it)->generation())) {
            ++used;
            usedValue = (*it)->result()->value();
        }
    }
    QCOMPARE(used, 1);
    QCOMPARE(usedValue, requests * (requests + 1) / 2);
    QCOMPARE(generation.current(), quint64(requests));
}

QTEST_GUILESS_MAIN(TestJob)
#include "tst_job.moc"
