// SPDX-License-Identifier: GPL-3.0-or-later
// The deployment journal: records written with RunJournal's writer read back into a summary of what
// might exist (per host), the deployment's state from its outcome and its process, and the list.
#include "deploy/deployjournal.h"

#include <QJsonDocument>
#include <QTemporaryDir>
#include <QTest>

#include <unistd.h>

using namespace voc;

namespace {

using Records = QList<JournalRecord>;

JournalRecord rec(JournalStep step, bool done, const QString& name, const QJsonObject& extra = {})
{
    return JournalRecord{step, done, name, extra};
}

QJsonObject on(const QString& host, const QString& vcn = {})
{
    QJsonObject o{{QStringLiteral("host"), host}, {QStringLiteral("pool"), QStringLiteral("vocstudio")}};
    if (!vcn.isEmpty())
        o.insert(QStringLiteral("vcn"), vcn);
    return o;
}

QJsonObject gone(const QString& host, const QString& kind)
{
    QJsonObject o{{QStringLiteral("kind"), kind}};
    if (!host.isEmpty())
        o.insert(QStringLiteral("host"), host);
    return o;
}

SitePlan smallPlan()
{
    SitePlan plan;
    plan.site = QStringLiteral("sandbox");
    plan.design = QStringLiteral("demo");
    plan.pool = QStringLiteral("vocstudio");
    SiteVcn head;
    head.entry.hostname = QStringLiteral("demo-head");
    head.entry.role = RoleKind::Head;
    head.host = QStringLiteral("kvm1");
    plan.vcns.append(head);
    plan.uploads.append(ImageUpload{.localPath = QStringLiteral("/i/head.qcow2"),
                                    .sha256 = QString(64, QLatin1Char('a')),
                                    .format = QStringLiteral("qcow2"),
                                    .bytes = 10,
                                    .volume = QStringLiteral("vocimg-aaaaaaaaaaaaaaaa.qcow2"),
                                    .hosts = {QStringLiteral("kvm1")},
                                    .vcns = {QStringLiteral("demo-head")}});
    return plan;
}

// A deployment that registered two VCNs and launched one domain on each host before `pid` stopped.
Records launched(qint64 pid)
{
    SiteProfile profile;
    profile.name = QStringLiteral("sandbox");
    profile.hosts = {{QStringLiteral("kvm1"), QStringLiteral("qemu+ssh://root@10.0.0.11/system"), 2, 4096}};
    return {
        rec(JournalStep::Deployment, false, QStringLiteral("demo"),
            {{QStringLiteral("site"), QStringLiteral("sandbox")},
             {QStringLiteral("profile"), QJsonDocument::fromJson(siteProfileToJson(profile)).object()},
             {QStringLiteral("plan"), sitePlanToJson(smallPlan())},
             {QStringLiteral("pid"), double(pid)},
             {QStringLiteral("started"), QStringLiteral("2026-11-25T10:00:00.000Z")}}),
        rec(JournalStep::Stage, true, QStringLiteral("preflight")),
        rec(JournalStep::Volume, false, QStringLiteral("vocimg-a.qcow2"), on(QStringLiteral("kvm1"))),
        rec(JournalStep::Volume, true, QStringLiteral("vocimg-a.qcow2"), on(QStringLiteral("kvm1"))),
        rec(JournalStep::Stage, true, QStringLiteral("push-images")),
        rec(JournalStep::DirectoryEntry, false, QStringLiteral("demo-head")),
        rec(JournalStep::DirectoryEntry, false, QStringLiteral("demo-compute01")),
        rec(JournalStep::DirectoryEntry, true, QStringLiteral("demo-head")),
        rec(JournalStep::DirectoryEntry, true, QStringLiteral("demo-compute01")),
        rec(JournalStep::Overlay, false, QStringLiteral("voc-demo-demo-head.qcow2"),
            on(QStringLiteral("kvm1"), QStringLiteral("demo-head"))),
        rec(JournalStep::Overlay, false, QStringLiteral("voc-demo-demo-compute01.qcow2"),
            on(QStringLiteral("kvm2"), QStringLiteral("demo-compute01"))),
        rec(JournalStep::Overlay, true, QStringLiteral("voc-demo-demo-head.qcow2"),
            on(QStringLiteral("kvm1"))),
        rec(JournalStep::Overlay, true, QStringLiteral("voc-demo-demo-compute01.qcow2"),
            on(QStringLiteral("kvm2"))),
        rec(JournalStep::Domain, false, QStringLiteral("voc-demo-demo-head"),
            on(QStringLiteral("kvm1"), QStringLiteral("demo-head"))),
        rec(JournalStep::Domain, false, QStringLiteral("voc-demo-demo-compute01"),
            on(QStringLiteral("kvm2"))),
        rec(JournalStep::Domain, true, QStringLiteral("voc-demo-demo-head"), on(QStringLiteral("kvm1"))),
        rec(JournalStep::Phase, true, QStringLiteral("demo-head"),
            {{QStringLiteral("phase"), QStringLiteral("running")}, {QStringLiteral("ms"), 120}}),
    };
}

Records removedAll(bool keepVolume)
{
    return {
        rec(JournalStep::Removed, true, QStringLiteral("voc-demo-demo-head"),
            gone(QStringLiteral("kvm1"), QStringLiteral("domain"))),
        rec(JournalStep::Removed, true, QStringLiteral("voc-demo-demo-compute01"),
            gone(QStringLiteral("kvm2"), QStringLiteral("domain"))),
        rec(JournalStep::Removed, true, QStringLiteral("voc-demo-demo-head.qcow2"),
            gone(QStringLiteral("kvm1"), QStringLiteral("overlay"))),
        rec(JournalStep::Removed, true, QStringLiteral("voc-demo-demo-compute01.qcow2"),
            gone(QStringLiteral("kvm2"), QStringLiteral("overlay"))),
        rec(JournalStep::Removed, true, QStringLiteral("demo-head"), gone({}, QStringLiteral("entry"))),
        rec(JournalStep::Removed, true, QStringLiteral("demo-compute01"), gone({}, QStringLiteral("entry"))),
        rec(JournalStep::Removed, true, QStringLiteral("vocimg-a.qcow2"),
            keepVolume ? QJsonObject{{QStringLiteral("kind"), QStringLiteral("volume")},
                                     {QStringLiteral("host"), QStringLiteral("kvm1")},
                                     {QStringLiteral("kept"), true}}
                       : gone(QStringLiteral("kvm1"), QStringLiteral("volume"))),
    };
}

} // namespace

class TestDeployJournal : public QObject
{
    Q_OBJECT

private slots:
    void summary_data();
    void summary();
    void names_data();
    void names();
    void listAndFind();
    void resumeTakesOver();
    void ownerAlive_data();
    void ownerAlive();
};

void TestDeployJournal::summary_data()
{
    QTest::addColumn<Records>("records");
    QTest::addColumn<bool>("alive");
    QTest::addColumn<DeploymentState>("state");
    QTest::addColumn<QStringList>("domains"); // "host:name[*]" (* = only the intent)
    QTest::addColumn<int>("overlays");
    QTest::addColumn<int>("entries");
    QTest::addColumn<int>("volumes");

    const qint64 me = qint64(::getpid());
    QTest::newRow("crashed mid-launch") << launched(me) << false << DeploymentState::Interrupted
                                        << QStringList{QStringLiteral("kvm1:voc-demo-demo-head"),
                                                       QStringLiteral("kvm2:voc-demo-demo-compute01*")}
                                        << 2 << 2 << 1;
    QTest::newRow("still deploying") << launched(me) << true << DeploymentState::Deploying
                                     << QStringList{QStringLiteral("kvm1:voc-demo-demo-head"),
                                                    QStringLiteral("kvm2:voc-demo-demo-compute01*")}
                                     << 2 << 2 << 1;
    QTest::newRow("running") << launched(me) +
                                    Records{rec(JournalStep::Deployment, true, QStringLiteral("demo"))}
                             << false << DeploymentState::Running
                             << QStringList{QStringLiteral("kvm1:voc-demo-demo-head"),
                                            QStringLiteral("kvm2:voc-demo-demo-compute01*")}
                             << 2 << 2 << 1;
    QTest::newRow("rolled back") << launched(me) + removedAll(false) +
                                        Records{
                                            rec(JournalStep::Outcome, true, QStringLiteral("rolled-back"),
                                                {{QStringLiteral("error"), QStringLiteral("kvm2: lost")}})}
                                 << false << DeploymentState::RolledBack << QStringList{} << 0 << 0 << 0;
    // A removal on another host of the same name is not this one.
    Records partial = launched(me);
    partial.append(rec(JournalStep::Removed, true, QStringLiteral("voc-demo-demo-head"),
                       gone(QStringLiteral("kvm2"), QStringLiteral("domain"))));
    partial.append(
        rec(JournalStep::Removed, true, QStringLiteral("demo-head"), gone({}, QStringLiteral("entry"))));
    partial.append(rec(JournalStep::Outcome, true, QStringLiteral("failed"),
                       {{QStringLiteral("error"), QStringLiteral("kvm2 unreachable")}}));
    QTest::newRow("rollback incomplete") << partial << false << DeploymentState::Failed
                                         << QStringList{QStringLiteral("kvm1:voc-demo-demo-head"),
                                                        QStringLiteral("kvm2:voc-demo-demo-compute01*")}
                                         << 2 << 1 << 1;
    QTest::newRow("destroyed, image kept")
        << launched(me) + removedAll(true) +
               Records{rec(JournalStep::Outcome, true, QStringLiteral("destroyed"))}
        << false << DeploymentState::Destroyed << QStringList{} << 0 << 0 << 0;
}

void TestDeployJournal::summary()
{
    QFETCH(Records, records);
    QFETCH(bool, alive);
    QFETCH(DeploymentState, state);
    QFETCH(QStringList, domains);
    QFETCH(int, overlays);
    QFETCH(int, entries);
    QFETCH(int, volumes);

    // Through the file, as rollback and destroy read it.
    QTemporaryDir dir;
    const QString id = QStringLiteral("demo-sandbox-20261125-100000");
    DeployJournal journal(DeployJournal::pathFor(id, dir.path()));
    QVERIFY(journal.open(true).ok());
    QVERIFY(journal.append(records).ok());
    journal.close();
    const Result<QList<JournalRecord>> read = RunJournal::read(journal.path());
    QVERIFY(read.ok());
    QCOMPARE(read->size(), records.size());

    const DeploymentSummary s = DeployJournal::summarize(id, *read, alive);
    QCOMPARE(s.id, id);
    QCOMPARE(s.design, QStringLiteral("demo"));
    QCOMPARE(s.site, QStringLiteral("sandbox"));
    QCOMPARE(s.pid, qint64(::getpid()));
    QCOMPARE(s.profile.hosts.size(), 1);
    QVERIFY(s.plan.has_value());
    QCOMPARE(s.plan->vcns.first().entry.hostname, QStringLiteral("demo-head"));
    QCOMPARE(s.started, QDateTime(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC));
    QVERIFY2(s.state == state, qPrintable(toString(s.state)));
    QStringList seen;
    for (const DeployedObject& domain : s.domains)
        seen.append(domain.host + QLatin1Char(':') + domain.name +
                    (domain.done ? QString() : QStringLiteral("*")));
    QCOMPARE(seen, domains);
    QCOMPARE(s.overlays.size(), overlays);
    QCOMPARE(s.entries.size(), entries);
    QCOMPARE(s.volumes.size(), volumes);
    if (volumes)
        QCOMPARE(s.volumes.first().pool, QStringLiteral("vocstudio"));
    QVERIFY(s.stagesDone == (QList<DeployStage>{DeployStage::Preflight, DeployStage::PushImages}));
    QVERIFY(s.samples == (QList<BootSample>{{QStringLiteral("demo-head"), BootPhase::Running, 120}}));
    QCOMPARE(s.hasLiveObjects(), volumes + entries + overlays > 0);
}

void TestDeployJournal::names_data()
{
    QTest::addColumn<DeployStage>("stage");
    QTest::addColumn<QString>("name");
    QTest::newRow("preflight") << DeployStage::Preflight << QStringLiteral("preflight");
    QTest::newRow("push") << DeployStage::PushImages << QStringLiteral("push-images");
    QTest::newRow("register") << DeployStage::Register << QStringLiteral("register");
    QTest::newRow("publish") << DeployStage::Publish << QStringLiteral("publish");
    QTest::newRow("launch") << DeployStage::Launch << QStringLiteral("launch");
    QTest::newRow("boot") << DeployStage::Boot << QStringLiteral("boot");
    QTest::newRow("ready") << DeployStage::Ready << QStringLiteral("ready");
}

void TestDeployJournal::names()
{
    QFETCH(DeployStage, stage);
    QFETCH(QString, name);
    QCOMPARE(toString(stage), name);
    DeployStage back = DeployStage::Ready;
    QVERIFY(fromString(name, &back));
    QVERIFY(back == stage);
    QVERIFY(!deployStageTitle(stage).isEmpty());
    for (JournalStep step : {JournalStep::Deployment, JournalStep::Stage, JournalStep::Volume,
                             JournalStep::DirectoryEntry, JournalStep::Outcome}) {
        JournalStep parsed = JournalStep::Run;
        QVERIFY(fromString(voc::toString(step), &parsed));
        QVERIFY(parsed == step);
    }
}

void TestDeployJournal::listAndFind()
{
    QTemporaryDir dir;
    const QDateTime t0(QDate(2026, 11, 25), QTime(10, 0), Qt::UTC);
    const QString older = DeployJournal::makeId(QStringLiteral("demo"), QStringLiteral("sandbox"), t0);
    const QString newer =
        DeployJournal::makeId(QStringLiteral("demo"), QStringLiteral("other"), t0.addSecs(60));
    QCOMPARE(older, QStringLiteral("demo-sandbox-20261125-100000"));
    for (const QString& id : {older, newer}) {
        DeployJournal journal(DeployJournal::pathFor(id, dir.path()));
        QVERIFY(journal.open(true).ok());
        Records records = launched(0); // pid 0: no process, so interrupted
        QJsonObject first = records[0].extra;
        first.insert(QStringLiteral("started"),
                     (id == older ? t0 : t0.addSecs(60)).toString(Qt::ISODateWithMs));
        records[0].extra = first;
        QVERIFY(journal.append(records).ok());
    }
    const Result<QList<DeploymentSummary>> list = listDeployments(dir.path());
    QVERIFY(list.ok());
    QCOMPARE(list->size(), 2);
    QCOMPARE(list->at(0).id, newer); // newest first
    QCOMPARE(list->at(1).id, older);
    QVERIFY(list->at(1).state == DeploymentState::Interrupted);

    const Result<DeploymentSummary> exact = findDeployment(older, dir.path());
    QVERIFY(exact.ok());
    QCOMPARE(exact->journalPath, DeployJournal::pathFor(older, dir.path()));
    QVERIFY(findDeployment(QStringLiteral("demo-other"), dir.path()).ok()); // a unique prefix
    const Result<DeploymentSummary> ambiguous = findDeployment(QStringLiteral("demo-"), dir.path());
    QVERIFY(!ambiguous.ok());
    QVERIFY(ambiguous.error().code == ErrorCode::InvalidInput);
    const Result<DeploymentSummary> missing = findDeployment(QStringLiteral("nope"), dir.path());
    QVERIFY(!missing.ok());
    QVERIFY(missing.error().code == ErrorCode::NotFound);
    QVERIFY(listDeployments(dir.path() + QStringLiteral("/none")).ok());
}

// A resumed deployment belongs to the process that resumed it: alive, so deploying, not interrupted.
void TestDeployJournal::resumeTakesOver()
{
    QTemporaryDir dir;
    const QString path = DeployJournal::pathFor(QStringLiteral("demo-sandbox-1"), dir.path());
    DeployJournal journal(path);
    QVERIFY(journal.open(true).ok());
    QVERIFY(journal.append(launched(0)).ok());
    Result<DeploymentSummary> before = DeployJournal::load(path);
    QVERIFY(before.ok());
    QVERIFY(before->state == DeploymentState::Interrupted);
    QVERIFY(journal
                .intent(JournalStep::Stage, QStringLiteral("preflight"),
                        {{QStringLiteral("resumedBy"), double(::getpid())}})
                .ok());
    Result<DeploymentSummary> after = DeployJournal::load(path);
    QVERIFY(after.ok());
    QCOMPARE(after->pid, qint64(::getpid()));
    QVERIFY(after->state == DeploymentState::Deploying);
    QCOMPARE(after->domains.size(), 2); // what the first process made is still listed
}

void TestDeployJournal::ownerAlive_data()
{
    QTest::addColumn<qint64>("pid");
    QTest::addColumn<QDateTime>("since");
    QTest::addColumn<bool>("alive");
    const qint64 me = qint64(::getpid());
    const QDateTime now = QDateTime::currentDateTimeUtc();
    QTest::newRow("this process, deploying since now") << me << now << true;
    QTest::newRow("since unknown (older journals)") << me << QDateTime() << true;
    // This process started after the deployment did: it only got a dead owner's pid.
    QTest::newRow("pid reused after a reboot") << me << now.addDays(-30) << false;
    QTest::newRow("no process") << qint64(0) << now << false;
}

void TestDeployJournal::ownerAlive()
{
    QFETCH(qint64, pid);
    QFETCH(QDateTime, since);
    QFETCH(bool, alive);
    QCOMPARE(DeployJournal::ownerAlive(pid, since), alive);
    // Through a journal: an owner whose pid was reused leaves the deployment interrupted.
    QTemporaryDir dir;
    const QString path = DeployJournal::pathFor(QStringLiteral("demo-sandbox-1"), dir.path());
    DeployJournal journal(path);
    QVERIFY(journal.open(true).ok());
    QVERIFY(journal.append(launched(0)).ok());
    QVERIFY(journal
                .intent(JournalStep::Stage, QStringLiteral("preflight"),
                        {{QStringLiteral("resumedBy"), double(pid)},
                         {QStringLiteral("at"), since.toString(Qt::ISODateWithMs)}})
                .ok());
    const Result<DeploymentSummary> summary = DeployJournal::load(path);
    QVERIFY(summary.ok());
    QVERIFY2(summary->state == (alive ? DeploymentState::Deploying : DeploymentState::Interrupted),
             qPrintable(toString(summary->state)));
}

QTEST_GUILESS_MAIN(TestDeployJournal)
#include "tst_deployjournal.moc"
