// SPDX-License-Identifier: GPL-3.0-or-later
// `vocctl destroy --forget` on a deployment whose site is gone (every host and the directory
// unreachable): refused without a terminal and without --yes (nothing changed, the hint names the
// command), asked on a terminal, done with --yes: what could not be checked is named by host and
// item, the journal is moved aside and `vocctl deployments` no longer lists it.
#include "deploy/deployjournal.h"
#include "directory/sitecredentials.h"
#include "vocctlrunner.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace voc;
using namespace Qt::StringLiterals;

namespace {

const QString id = u"demo-gone-20260101-100000"_s;

} // namespace

class TestVocctlDestroy : public QObject
{
    Q_OBJECT

private slots:
    void init();
    void forgetNeedsConfirmation_data();
    void forgetNeedsConfirmation();
    void forgetAsksOnTerminal_data();
    void forgetAsksOnTerminal();
    void forgetWithYes();

private:
    void writeJournal();
    test::VocctlRun destroy(const QStringList& extra, const QByteArray& input = {});
    QString journalPath() const { return DeployJournal::pathFor(id, m_dir->path()); }

    std::unique_ptr<QTemporaryDir> m_dir;
};

void TestVocctlDestroy::init()
{
    m_dir = std::make_unique<QTemporaryDir>();
    writeJournal();
}

void TestVocctlDestroy::writeJournal()
{
    QVERIFY(QDir().mkpath(DeployJournal::folder(m_dir->path())));
    SiteProfile profile;
    profile.name = u"gone"_s;
    // Hosts that do not exist any more: libvirt's test driver on a file that is not there.
    profile.hosts = {{u"kvm1"_s, u"test:///nonexistent/kvm1.xml"_s, 0, 0},
                     {u"kvm2"_s, u"test:///nonexistent/kvm2.xml"_s, 0, 0}};
    profile.storage.pool = u"vocstudio"_s;
    profile.network.bridge = u"vspbr0"_s;
    profile.directory.uri = u"ldap://127.0.0.1:1"_s;
    profile.directory.baseDn = u"dc=vsp,dc=test"_s;
    profile.directory.bindDn = u"cn=vocstudio,dc=vsp,dc=test"_s;
    DeployJournal journal(journalPath());
    QVERIFY(journal.open(true).ok());
    QVERIFY(journal
                .append({{JournalStep::Deployment,
                          false,
                          u"demo"_s,
                          {{u"site"_s, u"gone"_s},
                           {u"profile"_s, QJsonDocument::fromJson(siteProfileToJson(profile)).object()},
                           {u"pid"_s, 0.0},
                           {u"started"_s, u"2026-01-01T10:00:00.000Z"_s}}},
                         {JournalStep::DirectoryEntry, true, u"demo-head"_s, {{u"voc"_s, u"demo"_s}}},
                         {JournalStep::Domain, true, u"voc-demo-demo-head"_s, {{u"host"_s, u"kvm1"_s}}},
                         {JournalStep::Domain, true, u"voc-demo-demo-compute01"_s, {{u"host"_s, u"kvm2"_s}}},
                         {JournalStep::Outcome, true, u"failed"_s, {{u"error"_s, u"kvm2: lost"_s}}}})
                .ok());
    journal.close();
}

test::VocctlRun TestVocctlDestroy::destroy(const QStringList& extra, const QByteArray& input)
{
    return test::vocctl(QStringList{u"destroy"_s, id, u"--state-dir"_s, m_dir->path()} + extra,
                        {.unsetVariables = {QLatin1String(ldapPasswordVariable)}, .input = input});
}

void TestVocctlDestroy::forgetNeedsConfirmation_data()
{
    QTest::addColumn<QStringList>("args");
    QTest::addColumn<int>("exitCode");
    QTest::addColumn<QString>("message");

    QTest::newRow("no terminal, no --yes") << QStringList{u"--forget"_s} << 1 << u"--forget --yes"_s;
    QTest::newRow("an answer on a pipe is no confirmation")
        << QStringList{u"--forget"_s} << 1 << u"no terminal"_s;
    QTest::newRow("--yes alone") << QStringList{u"--yes"_s} << 2 << u"--yes goes with --forget"_s;
}

void TestVocctlDestroy::forgetNeedsConfirmation()
{
    QFETCH(QStringList, args);
    QFETCH(int, exitCode);
    QFETCH(QString, message);
    const test::VocctlRun run = destroy(args, "y\n");
    QCOMPARE(run.exitCode, exitCode);
    QVERIFY2(run.err.contains(message), qPrintable(run.err));
    // Nothing changed: the journal is where it was, with its state.
    QVERIFY(QFileInfo::exists(journalPath()));
    const Result<DeploymentSummary> summary = DeployJournal::load(journalPath());
    QVERIFY(summary);
    QCOMPARE(int(summary->state), int(DeploymentState::Failed));
}

void TestVocctlDestroy::forgetAsksOnTerminal_data()
{
    QTest::addColumn<QByteArray>("answer");
    QTest::addColumn<bool>("forgotten");
    QTest::newRow("declined") << QByteArray("n\n") << false;
    QTest::newRow("confirmed") << QByteArray("y\n") << true;
}

void TestVocctlDestroy::forgetAsksOnTerminal()
{
    QFETCH(QByteArray, answer);
    QFETCH(bool, forgotten);
    // util-linux script(1) gives vocctl a terminal: the prompt is what a user sees.
    const QString script = QStandardPaths::findExecutable(u"script"_s);
    QVERIFY2(!script.isEmpty(), "script(1) is not installed (util-linux's bsdutils): no terminal to answer "
                                "the prompt on");
    const QString command =
        u"'%1' destroy %2 --state-dir '%3' --forget"_s.arg(QStringLiteral(VOCCTL_PATH), id, m_dir->path());
    QProcess process;
    QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
    environment.remove(QLatin1String(ldapPasswordVariable));
    process.setProcessEnvironment(environment);
    process.start(script, {u"-qefc"_s, command, u"/dev/null"_s});
    QVERIFY(process.waitForStarted());
    // Answer once the question is there (the survey of the unreachable site comes first).
    QByteArray seen;
    QElapsedTimer clock;
    clock.start();
    while (!seen.contains("[y/N]") && clock.elapsed() < 30000) {
        process.waitForReadyRead(1000);
        seen += process.readAll();
    }
    QVERIFY2(seen.contains("[y/N]"), seen.constData());
    // What could not be checked is named by host and item before the question.
    QVERIFY2(
        seen.contains("kvm2: domain voc-demo-demo-compute01 (could not be checked: host kvm2 unreachable"),
        seen.constData());
    QVERIFY2(seen.contains("directory entry demo-head (could not be checked"), seen.constData());
    process.write(answer);
    QVERIFY(process.waitForFinished(30000));
    seen += process.readAll();
    QCOMPARE(process.exitCode(), forgotten ? 0 : 1);
    QCOMPARE(QFileInfo::exists(journalPath()), !forgotten);
    QVERIFY2(seen.contains(forgotten ? "journal moved to" : "Nothing changed"), seen.constData());
}

void TestVocctlDestroy::forgetWithYes()
{
    const test::VocctlRun run = destroy({u"--forget"_s, u"--yes"_s});
    QVERIFY2(run.exitCode == 0, qPrintable(run.err + run.out));
    // No password for a directory that is gone: a warning, not a stop.
    QVERIFY2(run.err.contains(u"warning: no directory password"_s), qPrintable(run.err));
    QVERIFY2(run.out.contains(u"journal moved to"_s), qPrintable(run.out));
    // Each item that could not be removed, with its host and why.
    QVERIFY2(run.out.contains(u"kvm1: domain voc-demo-demo-head (host unreachable: "_s), qPrintable(run.out));
    QVERIFY2(run.out.contains(u"kvm2: domain voc-demo-demo-compute01 (host unreachable: "_s),
             qPrintable(run.out));
    QVERIFY2(run.out.contains(u"directory entry demo-head (directory unreachable: "_s), qPrintable(run.out));
    QVERIFY(!QFileInfo::exists(journalPath()));
    QVERIFY(QFileInfo::exists(DeployJournal::forgottenFolder(m_dir->path()) + u'/' + id + u".jsonl"_s));

    const test::VocctlRun list =
        test::vocctl({u"deployments"_s, u"--json"_s, u"--state-dir"_s, m_dir->path()});
    QCOMPARE(list.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(list.out.toUtf8()).array().size(), 0);
    // Gone from the list, so the id names nothing any more.
    QCOMPARE(destroy({u"--forget"_s, u"--yes"_s}).exitCode, 1);
}

QTEST_GUILESS_MAIN(TestVocctlDestroy)
#include "tst_vocctldestroy.moc"
