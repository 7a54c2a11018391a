// SPDX-License-Identifier: GPL-3.0-or-later
// The grant check wired into the plan preview (PlanSiteJob, whose check DeployJob's preflight shares):
// with a VO's profile, what the VO's session shows (libvirt's test driver: a running VCN of its VOC
// "old") and its directory records count against the grant the directory returns; the refusal names
// the quota, its numbers and "old", or the VCN outside the granted range; a plan that fits carries the
// grant in its summary; a single-tenant profile never asks for a grant.
#include "deploy/deployjob.h"
#include "directory/directory.h"

#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <memory>

using namespace voc;
using namespace Qt::StringLiterals;

namespace {

// The directory as the VO's account reads it: one record of "old", and the grant.
class GrantDirectory final : public Directory
{
public:
    GrantDirectory(VoGrant grant, std::shared_ptr<int> grantReads)
        : m_grant(std::move(grant))
        , m_grantReads(std::move(grantReads))
    {}

    QString uri() const override { return u"ldap://fake"_s; }
    Result<DirectoryInfo> info() override { return makeError(ErrorCode::Internal, u"not asked"_s); }
    Result<QStringList> listVocs() override { return QStringList{u"old"_s}; }
    Result<QList<VcnRecord>> listVcns(const QString&) override
    {
        return QList<VcnRecord>{VcnRecord{.voc = u"old"_s,
                                          .hostname = u"old-head"_s,
                                          .ip = u"10.213.0.160"_s,
                                          .mac = u"02:00:00:00:01:01"_s,
                                          .description = u"head of alpha"_s,
                                          .dn = u"cn=old-head,ou=old,ou=alpha,ou=vocs,dc=vsp,dc=test"_s,
                                          .vo = u"alpha"_s}};
    }
    Status addVcns(const QList<VcnRecord>&) override
    {
        return makeError(ErrorCode::Internal, u"no writes"_s);
    }
    Status removeVcn(const QString&, const QString&) override
    {
        return makeError(ErrorCode::Internal, u"no writes"_s);
    }
    Result<int> removeVoc(const QString&) override { return makeError(ErrorCode::Internal, u"no writes"_s); }
    Result<VoGrant> grant() override
    {
        ++*m_grantReads;
        return m_grant;
    }

private:
    VoGrant m_grant;
    std::shared_ptr<int> m_grantReads;
};

} // namespace

class TestDeployGrant : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void preview_data();
    void preview();

private:
    QTemporaryDir m_dir;
    QString m_image;
};

void TestDeployGrant::initTestCase()
{
    QVERIFY(m_dir.isValid());
    m_image = m_dir.filePath(u"base.qcow2"_s);
    QProcess qemuImg;
    qemuImg.start(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, u"qcow2"_s, m_image, u"64M"_s});
    QVERIFY2(qemuImg.waitForFinished(10000) && qemuImg.exitCode() == 0,
             "qemu-img could not create a qcow2 image (scripts/setup installs qemu-utils)");
}

void TestDeployGrant::preview_data()
{
    QTest::addColumn<QString>("vo");
    QTest::addColumn<qint64>("maxVcpus");
    QTest::addColumn<QString>("rangeStart");
    QTest::addColumn<bool>("planned");
    QTest::addColumn<QString>("said"); // in the plan's summary, or in the error

    QTest::newRow("single tenant: no grant")
        << QString() << qint64(0) << u"10.213.0.150"_s << true << u"VCNs: 2 on 1 of 1 hosts"_s;
    QTest::newRow("fits, the VO's VOC old counted") << u"alpha"_s << qint64(8) << u"10.213.0.150"_s << true
                                                    << u"within the grant of VO alpha: 2 VCNs (1 in use, "
                                                       u"grant 4), 2 vCPUs (2 in use, grant 8), 512 MiB of "
                                                       u"memory (512 MiB in use, grant 8192 MiB)"_s;
    QTest::newRow("over the vCPU quota")
        << u"alpha"_s << qint64(3) << u"10.213.0.150"_s << false
        << u"the deployment does not fit the grant of VO alpha at lab: needs 2 vCPUs, grant 3, 2 in use by old"_s;
    QTest::newRow("outside the granted range")
        << u"alpha"_s << qint64(8) << u"10.213.0.100"_s << false
        << u"the address 10.213.0.100 of demo-head is outside the ranges granted to VO alpha "
           u"(10.213.0.150-10.213.0.199)"_s;
}

void TestDeployGrant::preview()
{
    QFETCH(QString, vo);
    QFETCH(qint64, maxVcpus);
    QFETCH(QString, rangeStart);
    QFETCH(bool, planned);
    QFETCH(QString, said);

    Design design = makeDefaultDesign(u"demo"_s);
    design.vo = u"physics"_s;
    design.roles[0].hostnamePattern = u"{voc}-head"_s;
    design.roles[1].hostnamePattern = u"{voc}-{role}{index:02}"_s;
    design.roles[1].count = 1;
    for (Role& role : design.roles) {
        role.vcpus = 1;
        role.memoryMiB = 256;
        role.image.path = m_image;
        role.image.sha256.clear();
    }
    SiteProfile profile;
    profile.name = u"lab"_s;
    // The test driver is in-process: a host marked local.
    profile.hosts = {{u"kvm1"_s, u"test://" VOC_FIXTURES_DIR "/sites/vonode.xml"_s, 16, 32768, true}};
    profile.storage.pool = u"vocstudio"_s;
    profile.network = {u"vspbr0"_s,     u"10.213.0.0/24"_s, rangeStart,     u"10.213.0.199"_s,
                       u"10.213.0.1"_s, u"vsp.test"_s,      u"10.213.0.2"_s};
    profile.directory.uri = u"ldap://10.213.0.2"_s;
    profile.directory.baseDn = u"dc=vsp,dc=test"_s;
    profile.directory.bindDn = u"uid=alpha,ou=people,dc=vsp,dc=test"_s;
    profile.directory.vo = vo;

    VoGrant grant{.vo = u"alpha"_s,
                  .dn = u"ou=alpha,ou=vocs,dc=vsp,dc=test"_s,
                  .ranges = {},
                  .maxVcns = 4,
                  .maxVcpus = maxVcpus,
                  .maxMemoryMiB = 8192,
                  .maxStorageMiB = 10240};
    grant.ranges.emplaceBack(*Ipv4Address::parse(u"10.213.0.150"_s), *Ipv4Address::parse(u"10.213.0.199"_s));
    auto grantReads = std::make_shared<int>(0);
    DeployOptions options;
    options.design = design;
    options.profile = profile;
    options.ldapPassword = u"secret"_s;
    options.connectDirectory = [&](const DirectoryConfig& config) -> Result<std::unique_ptr<Directory>> {
        if (config.vo != vo)
            return makeError(ErrorCode::Internal, u"the profile's VO did not reach the directory"_s);
        return std::unique_ptr<Directory>(std::make_unique<GrantDirectory>(grant, grantReads));
    };
    PlanSiteJob job(options);
    job.exec();
    const Result<SitePlan> plan = *job.result();
    QCOMPARE(*grantReads, vo.isEmpty() ? 0 : 1);
    if (!planned) {
        QVERIFY2(!plan.ok(), "the plan was made");
        QVERIFY2(plan.error().what.contains(said), qPrintable(plan.error().toString()));
        return;
    }
    QVERIFY2(plan.ok(), qPrintable(plan.ok() ? QString() : plan.error().toString()));
    QVERIFY2(plan->summary.contains(said), qPrintable(plan->summary));
    QCOMPARE(plan->summary.contains(u"grant"_s), !vo.isEmpty());
    // The VO's other VOC was in the directory: its address is not planned again.
    for (const SiteVcn& vcn : plan->vcns)
        QVERIFY(vcn.entry.ip != u"10.213.0.160"_s);
}

QTEST_GUILESS_MAIN(TestDeployGrant)
#include "tst_deploygrant.moc"
