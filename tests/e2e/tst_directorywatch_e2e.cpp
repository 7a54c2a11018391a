// SPDX-License-Identifier: GPL-3.0-or-later
// The RFC 4533 watch against a real slapd with syncprov (scripts/slapd-instance, no root): the
// refresh delivers the current records keyed by entryUUID, adds and deletes arrive within a second,
// stop() returns at once, and a run restarted from the saved cookie after the server went away
// catches up with what changed meanwhile, deletes included, with and without syncprov's session log
// (a delete phase or a present phase).
#include "directory/directory.h"
#include "slapdinstance.h"

#include <QElapsedTimer>
#include <QMutex>
#include <QTemporaryDir>
#include <QTest>
#include <QWaitCondition>

#include <thread>

using namespace voc;
using namespace voc::test;

namespace {

QString u(const char* text)
{
    return QString::fromUtf8(text);
}

VcnRecord vcn(const QString& voc, int index)
{
    return VcnRecord{voc,
                     QStringLiteral("%1-node%2").arg(voc).arg(index),
                     QStringLiteral("10.9.0.%1").arg(index),
                     QStringLiteral("02:00:00:00:09:%1").arg(index, 2, 16, QLatin1Char('0')),
                     {},
                     {}};
}

QStringList hostnamesOf(const DirectorySyncState& state)
{
    QStringList names;
    for (const VcnRecord& record : state.entries)
        names << record.hostname;
    names.sort();
    return names;
}

// Runs a watch on its own thread and keeps what onChange saw.
class WatchRunner
{
public:
    explicit WatchRunner(const DirectoryConfig& config, DirectorySyncState state = {})
        : m_watch(createLdapWatch(config))
        , m_state(std::move(state))
    {
        m_thread = std::thread([this] {
            const Status result = m_watch->run(m_state, [this](const DirectorySyncState& state) {
                QMutexLocker lock(&m_mutex);
                m_snapshots << state;
                m_changed.wakeAll();
            });
            QMutexLocker lock(&m_mutex);
            m_result = result;
            m_done = true;
            m_changed.wakeAll();
        });
    }
    ~WatchRunner() { stopAndJoin(); }

    // The first snapshot whose hostnames equal `expected`, within `timeoutMs`; how long it took.
    std::optional<qint64> waitFor(const QStringList& expected, int timeoutMs)
    {
        QElapsedTimer timer;
        timer.start();
        QMutexLocker lock(&m_mutex);
        for (;;) {
            for (qsizetype i = m_seen; i < m_snapshots.size(); ++i) {
                if (hostnamesOf(m_snapshots.at(i)) == expected) {
                    m_seen = i + 1;
                    return timer.elapsed();
                }
            }
            m_seen = m_snapshots.size();
            if (m_done || timer.elapsed() >= timeoutMs)
                return std::nullopt;
            m_changed.wait(&m_mutex, QDeadlineTimer(timeoutMs - timer.elapsed()));
        }
    }
    bool waitDone(int timeoutMs)
    {
        QMutexLocker lock(&m_mutex);
        if (!m_done)
            m_changed.wait(&m_mutex, QDeadlineTimer(timeoutMs));
        return m_done;
    }
    qint64 stopAndJoin()
    {
        QElapsedTimer timer;
        timer.start();
        if (m_thread.joinable()) {
            m_watch->stop();
            m_thread.join();
        }
        return timer.elapsed();
    }
    DirectorySyncState lastState()
    {
        QMutexLocker lock(&m_mutex);
        return m_snapshots.isEmpty() ? DirectorySyncState{} : m_snapshots.last();
    }
    Status result()
    {
        QMutexLocker lock(&m_mutex);
        return m_result;
    }

private:
    std::unique_ptr<DirectoryWatch> m_watch;
    DirectorySyncState m_state; // owned by the thread while it runs
    std::thread m_thread;
    QMutex m_mutex;
    QWaitCondition m_changed;
    QList<DirectorySyncState> m_snapshots;
    qsizetype m_seen = 0;
    bool m_done = false;
    Status m_result = Ok{};
};

} // namespace

class TestDirectoryWatchE2e : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void refreshThenLiveChanges();
    void catchesUpFromCookie_data();
    void catchesUpFromCookie();

private:
    QTemporaryDir m_tmp;
};

void TestDirectoryWatchE2e::initTestCase()
{
    if (const QString missing = missingSlapdTools(); !missing.isEmpty())
        QFAIL(qPrintable(
            QStringLiteral("%1 is not installed; scripts/setup installs slapd, ldap-utils and openssl")
                .arg(missing)));
    QVERIFY(m_tmp.isValid());
}

void TestDirectoryWatchE2e::refreshThenLiveChanges()
{
    SlapdInstance slapd;
    QVERIFY2(slapd.start(m_tmp.filePath(u("live"))), slapd.log().constData());
    auto directory = connectLdapDirectory(slapd.serviceConfig());
    QVERIFY2(directory, directory ? "" : qPrintable(directory.error().toString()));
    QVERIFY((*directory)->addVcns({vcn(u("w"), 1), vcn(u("w"), 2), vcn(u("w"), 3)}));

    WatchRunner runner(slapd.netsyncConfig());
    const auto refreshed = runner.waitFor({u("w-node1"), u("w-node2"), u("w-node3")}, 5000);
    QVERIFY2(refreshed, qPrintable(runner.result() ? QString() : runner.result().error().toString()));
    const DirectorySyncState first = runner.lastState();
    QVERIFY(!first.cookie.isEmpty());
    for (auto it = first.entries.cbegin(); it != first.entries.cend(); ++it) {
        QCOMPARE(it.key().size(), 16); // entryUUID, binary
        QVERIFY(it->dn.startsWith(u("cn=") + it->hostname + u(",ou=w,ou=vocs,")));
        QCOMPARE(it->ip, vcn(u("w"), it->hostname.back().digitValue()).ip);
    }

    // Measured from the start of the write (which includes its conflict check) to onChange.
    QElapsedTimer timer;
    timer.start();
    QVERIFY((*directory)->addVcns({vcn(u("w"), 4)}));
    QVERIFY2(runner.waitFor({u("w-node1"), u("w-node2"), u("w-node3"), u("w-node4")}, 1000),
             "an added record did not arrive within 1 s");
    const qint64 added = timer.restart();
    QVERIFY((*directory)->removeVcn(u("w"), u("w-node2")));
    QVERIFY2(runner.waitFor({u("w-node1"), u("w-node3"), u("w-node4")}, 1000),
             "a removed record did not go within 1 s");
    const qint64 removed = timer.elapsed();
    qInfo("refresh %lld ms; from the write to onChange: add %lld ms, delete %lld ms", *refreshed, added,
          removed);
    QVERIFY(added < 1000 && removed < 1000);

    const qint64 stopMs = runner.stopAndJoin();
    qInfo("stop() returned after %lld ms", stopMs);
    QVERIFY2(stopMs < 500, qPrintable(QString::number(stopMs)));
    QVERIFY(runner.result());
}

void TestDirectoryWatchE2e::catchesUpFromCookie_data()
{
    QTest::addColumn<QString>("dir");
    QTest::addColumn<QStringList>("options");
    QTest::newRow("delete phase (session log)") << u("deletephase") << QStringList{};
    QTest::newRow("present phase (no session log)") << u("presentphase") << QStringList{u("--no-sessionlog")};
}

void TestDirectoryWatchE2e::catchesUpFromCookie()
{
    QFETCH(QString, dir);
    QFETCH(QStringList, options);
    SlapdInstance slapd;
    QVERIFY2(slapd.start(m_tmp.filePath(dir), options), slapd.log().constData());
    auto directory = connectLdapDirectory(slapd.serviceConfig());
    QVERIFY(directory);
    QVERIFY((*directory)->addVcns({vcn(u("c"), 1), vcn(u("c"), 2), vcn(u("c"), 3)}));

    DirectorySyncState saved;
    {
        WatchRunner runner(slapd.netsyncConfig());
        QVERIFY(runner.waitFor({u("c-node1"), u("c-node2"), u("c-node3")}, 5000));
        // The server goes away under the watch: run() ends with an error naming it.
        slapd.stop();
        QVERIFY2(runner.waitDone(3000), "run() did not notice that the server stopped");
        const Status result = runner.result();
        QVERIFY(!result);
        qInfo("%s", qPrintable(result.error().toString()));
        QCOMPARE(result.error().where, slapd.url());
        saved = runner.lastState();
    }
    QVERIFY(!saved.cookie.isEmpty());

    // Changes while nobody watches: one added, one removed, one changed (removed and added again).
    QVERIFY2(slapd.restart(), slapd.log().constData());
    QVERIFY((*directory)->addVcns({vcn(u("c"), 4)}));
    QVERIFY((*directory)->removeVcn(u("c"), u("c-node1")));
    QVERIFY((*directory)->removeVcn(u("c"), u("c-node3")));
    VcnRecord moved = vcn(u("c"), 3);
    moved.ip = u("10.9.1.3");
    QVERIFY((*directory)->addVcns({moved}));

    WatchRunner again(slapd.netsyncConfig(), saved);
    const auto caughtUp = again.waitFor({u("c-node2"), u("c-node3"), u("c-node4")}, 5000);
    QVERIFY2(caughtUp, qPrintable(hostnamesOf(again.lastState()).join(u(","))));
    const DirectorySyncState state = again.lastState();
    QCOMPARE(state.entries.size(), 3);
    for (const VcnRecord& record : state.entries) {
        if (record.hostname == u("c-node3"))
            QCOMPARE(record.ip, u("10.9.1.3"));
    }
    QVERIFY(state.cookie != saved.cookie);
    QVERIFY(again.stopAndJoin() < 500);
    QVERIFY(again.result());
}

QTEST_GUILESS_MAIN(TestDirectoryWatchE2e)
#include "tst_directorywatch_e2e.moc"
