// SPDX-License-Identifier: GPL-3.0-or-later
// SiteCheckJob without daemons: hosts on libvirt's in-process test driver with a node file that has
// a bridge and a dir pool (tests/fixtures/sites/testnode.xml), and a fake directory. The same job
// against a real libvirtd and slapd is tests/e2e/tst_sitecheck_e2e.cpp.
#include "site/sitecheck.h"

#include <QSignalSpy>
#include <QTest>

using namespace voc;

namespace {

const QString nodeUri = QStringLiteral("test://" VOC_FIXTURES_DIR "/sites/testnode.xml");

class FakeDirectory final : public Directory
{
public:
    explicit FakeDirectory(Result<DirectoryInfo> info)
        : m_info(std::move(info))
    {}
    QString uri() const override { return QStringLiteral("ldap://fake"); }
    Result<DirectoryInfo> info() override { return m_info; }
    Result<QStringList> listVocs() override { return QStringList{}; }
    Result<QList<VcnRecord>> listVcns(const QString&) override { return QList<VcnRecord>{}; }
    Status addVcns(const QList<VcnRecord>&) override { return Ok{}; }
    Status removeVcn(const QString&, const QString&) override { return Ok{}; }
    Result<int> removeVoc(const QString&) override { return 0; }
    Result<VoGrant> grant() override
    {
        return makeError(ErrorCode::InvalidInput, QStringLiteral("no VO"), {}, {});
    }

private:
    Result<DirectoryInfo> m_info;
};

SiteProfile profile(const QString& pool, const QString& bridge)
{
    SiteProfile p;
    p.name = QStringLiteral("unit");
    p.hosts = {{QStringLiteral("kvm1"), nodeUri, 0, 0}};
    p.storage.pool = pool;
    p.network.bridge = bridge;
    p.directory.uri = QStringLiteral("ldap://ldap.vsp.test");
    p.directory.baseDn = QStringLiteral("dc=vsp,dc=test");
    p.directory.bindDn = QStringLiteral("cn=vocstudio,dc=vsp,dc=test");
    return p;
}

DirectoryInfo directoryInfo()
{
    return DirectoryInfo{QStringLiteral("ldap://ldap.vsp.test"),
                         QStringLiteral("dn:cn=vocstudio,dc=vsp,dc=test"),
                         QStringLiteral("dc=vsp,dc=test"),
                         true,
                         3,
                         17};
}

} // namespace

class TestSiteCheck : public QObject
{
    Q_OBJECT

private slots:
    void hosts_data();
    void hosts();
    void directory_data();
    void directory();
    void unreachableHostIsItsOwnError();
    void cancelledBeforeStart();
};

void TestSiteCheck::hosts_data()
{
    QTest::addColumn<QString>("pool");
    QTest::addColumn<QString>("bridge");
    QTest::addColumn<bool>("poolFound");
    QTest::addColumn<bool>("bridgeFound");

    QTest::newRow("all there") << QStringLiteral("vocstudio") << QStringLiteral("vspbr0") << true << true;
    QTest::newRow("no pool") << QStringLiteral("images") << QStringLiteral("vspbr0") << false << true;
    QTest::newRow("no bridge") << QStringLiteral("vocstudio") << QStringLiteral("br9") << true << false;
    QTest::newRow("ethernet, not bridge")
        << QStringLiteral("vocstudio") << QStringLiteral("eth1") << true << false;
}

void TestSiteCheck::hosts()
{
    QFETCH(QString, pool);
    QFETCH(QString, bridge);
    QFETCH(bool, poolFound);
    QFETCH(bool, bridgeFound);

    SiteProfile p = profile(pool, bridge);
    p.hosts.append({QStringLiteral("kvm2"), nodeUri, 0, 0});
    SiteCheckJob job(p, {});
    job.setCheckDirectory(false);
    QSignalSpy progress(&job, &Job::progress);
    QSignalSpy finished(&job, &Job::finished);
    job.exec();
    QCOMPARE(finished.size(), 1);
    QCOMPARE(progress.last().at(0).toInt(), 2);
    QCOMPARE(progress.last().at(1).toInt(), 2);

    const Result<SiteCheckReport> report = *job.result();
    QVERIFY(report.ok());
    QCOMPARE(report->hosts.size(), 2);
    QCOMPARE(report->pool, pool);
    QCOMPARE(report->bridge, bridge);
    QVERIFY(!report->directory.checked);
    for (const HostCheck& host : report->hosts) {
        QVERIFY2(host.connected(), qPrintable(host.connectError ? host.connectError->toString() : QString()));
        QCOMPARE(host.host.cpus, 16);
        QCOMPARE(host.host.memoryKiB, qint64(33554432));
        QCOMPARE(host.host.driver, QStringLiteral("TEST"));
        QVERIFY(!host.host.libvirtVersion.isEmpty());
        QCOMPARE(bool(host.pool), poolFound);
        if (poolFound) {
            QVERIFY(host.pool->active);
            QCOMPARE(host.pool->type, QStringLiteral("dir"));
            QCOMPARE(host.pool->targetPath, QStringLiteral("/srv/vocstudio/images"));
            QCOMPARE(host.pool->capacityBytes, qint64(107374182400));
            QVERIFY(host.pool->availableBytes > 0);
        } else {
            QCOMPARE(host.poolError->code, ErrorCode::NotFound);
            QVERIFY(host.poolError->where.contains(pool));
        }
        QVERIFY(!host.bridgeError);
        QCOMPARE(host.bridge, std::optional<bool>(bridgeFound));
        QCOMPARE(host.ok(), poolFound && bridgeFound);
    }
    QCOMPARE(report->ok(), poolFound && bridgeFound);
    QCOMPARE(report->failures().size(), poolFound && bridgeFound ? 0 : 2);
}

void TestSiteCheck::directory_data()
{
    QTest::addColumn<bool>("connects");
    QTest::addColumn<bool>("infoWorks");
    QTest::newRow("bound") << true << true;
    QTest::newRow("bind refused") << false << true;
    QTest::newRow("base missing") << true << false;
}

void TestSiteCheck::directory()
{
    QFETCH(bool, connects);
    QFETCH(bool, infoWorks);
    SiteCheckJob job(profile(QStringLiteral("vocstudio"), QStringLiteral("vspbr0")), QStringLiteral("pw"));
    DirectoryConfig seen;
    job.setDirectoryConnector([&](const DirectoryConfig& config) -> Result<std::unique_ptr<Directory>> {
        seen = config;
        if (!connects)
            return makeError(ErrorCode::External, QStringLiteral("invalid credentials"), config.uri,
                             QStringLiteral("check the password"));
        Result<DirectoryInfo> info =
            infoWorks ? Result<DirectoryInfo>(directoryInfo())
                      : Result<DirectoryInfo>(makeError(ErrorCode::NotFound, QStringLiteral("no such object"),
                                                        QStringLiteral("dc=vsp,dc=test")));
        return std::unique_ptr<Directory>(new FakeDirectory(info));
    });
    QSignalSpy progress(&job, &Job::progress);
    job.exec();
    QCOMPARE(progress.last().at(0).toInt(), 2);
    QCOMPARE(progress.last().at(1).toInt(), 2);
    QCOMPARE(seen.uri, QStringLiteral("ldap://ldap.vsp.test"));
    QCOMPARE(seen.bindDn, QStringLiteral("cn=vocstudio,dc=vsp,dc=test"));
    QCOMPARE(seen.password, QStringLiteral("pw"));
    QVERIFY(seen.startTls);

    const Result<SiteCheckReport> report = *job.result();
    QVERIFY(report.ok());
    QVERIFY(report->directory.checked);
    QCOMPARE(report->directory.ok(), connects && infoWorks);
    QCOMPARE(report->ok(), connects && infoWorks);
    if (connects && infoWorks) {
        QCOMPARE(report->directory.info.vcnCount, 17);
        QVERIFY(report->failures().isEmpty());
    } else {
        QCOMPARE(report->failures().size(), 1);
        QVERIFY(report->failures().first().startsWith(QStringLiteral("directory: ")));
    }
}

void TestSiteCheck::unreachableHostIsItsOwnError()
{
    SiteProfile p = profile(QStringLiteral("vocstudio"), QStringLiteral("vspbr0"));
    // Nothing listens on loopback port 1: refused at once.
    p.hosts.prepend({QStringLiteral("gone"), QStringLiteral("qemu+tcp://127.0.0.1:1/system"), 0, 0});
    SiteCheckJob job(p, {});
    job.setCheckDirectory(false);
    job.exec();
    const Result<SiteCheckReport> report = *job.result();
    QVERIFY(report.ok());
    QCOMPARE(report->hosts.size(), 2);
    QVERIFY(report->hosts[0].connectError);
    QVERIFY(report->hosts[0].connectError->where.contains(QStringLiteral("127.0.0.1")));
    QVERIFY(report->hosts[1].ok());
    QCOMPARE(report->failures().size(), 1);
    QVERIFY(report->failures().first().startsWith(QStringLiteral("gone: ")));
}

void TestSiteCheck::cancelledBeforeStart()
{
    SiteCheckJob job(profile(QStringLiteral("vocstudio"), QStringLiteral("vspbr0")), {});
    bool directoryAsked = false;
    job.setDirectoryConnector([&](const DirectoryConfig&) -> Result<std::unique_ptr<Directory>> {
        directoryAsked = true;
        return makeError(ErrorCode::Internal, QStringLiteral("not reached"));
    });
    job.cancel();
    job.exec();
    QCOMPARE(job.result()->error().code, ErrorCode::Cancelled);
    QVERIFY(!directoryAsked);
}

QTEST_GUILESS_MAIN(TestSiteCheck)
#include "tst_sitecheck.moc"
