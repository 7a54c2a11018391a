// SPDX-License-Identifier: GPL-3.0-or-later
// Issue 14's deployments as a VO, for real: on a sandbox made with --vo alpha --vo beta, alpha
// deploys a small VOC (head + 1 compute on the tiny image) with `vocctl deploy` and alpha's own
// profile: its session URIs, its pool, the directory bound as alpha, while beta's own deployment (made
// first, with beta's profile) runs beside it. The deploy is killed after its overlays and `vocctl
// resume` finishes it: every VCN ready, in alpha's sessions, records below ou=alpha,ou=vocs, images
// and overlays in alpha's pool, nothing of it in root's libvirt or pool. From inside alpha's VCNs
// (their serial console shells): alpha's other VCN answers ping and its port 22, beta's does not; an
// alpha VCN that takes beta's address is cut off, and beta's VCN still reaches the site. A
// second deploy beyond alpha's grant is refused by its preflight with the numbers and the
// deployment that holds the rest (also by --dry-run, which shows the grant of one that fits); a
// profile whose range is beta's is refused naming the VCN and alpha's range. `vocctl push` as alpha
// verifies on the host. Destroy leaves nothing of alpha on the hosts, in the directory or in its pool,
// and beta's domain, record and files are the same from before the first step to after the last.
#include "directory/sitecredentials.h"
#include "images/imageinfo.h"
#include "model/siteprofile.h"
#include "sitedeployments.h"
#include "vcnshell.h"
#include "virt/domainxml.h"
#include "virt/libvirthypervisor.h"
#include "vspsandbox.h"

#include <QDateTime>
#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QTemporaryDir>
#include <QTest>

#include <csignal>
#include <map>
#include <memory>
#include <unistd.h>

using namespace voc;

namespace {

using Ran = test::ProcessRun;

const QString alpha = QStringLiteral("alpha");
const QString beta = QStringLiteral("beta");
const QString pool = QStringLiteral("vocstudio");

template<typename T> QString errorText(const Result<T>& result)
{
    return result.ok() ? QString() : result.error().toString();
}

// The uid of the processes of a libvirt domain's QEMU (its command line carries guest=<name>,); 0 when
// none runs.
uint qemuUid(const QString& domain)
{
    const QByteArray needle = "guest=" + domain.toUtf8() + ",";
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile cmdline(QStringLiteral("/proc/%1/cmdline").arg(entry));
        if (!cmdline.open(QIODevice::ReadOnly) || !cmdline.readAll().replace('\0', ' ').contains(needle))
            continue;
        return QFileInfo(QStringLiteral("/proc/") + entry).ownerId();
    }
    return 0;
}

// Every file below `dir` with size, modification time, mode and owner: what "unchanged" compares.
QStringList filesBelow(const QString& dir)
{
    QStringList files;
    QDirIterator it(dir, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QFileInfo file(it.next());
        files.append(QStringLiteral("%1 %2 %3 %4 %5")
                         .arg(file.absoluteFilePath())
                         .arg(file.size())
                         .arg(file.lastModified().toMSecsSinceEpoch())
                         .arg(int(file.permissions()), 0, 16)
                         .arg(file.ownerId()));
    }
    files.sort();
    return files;
}

} // namespace

class TestVoDeployE2e : public QObject
{
    Q_OBJECT

public:
    // A deployment under TCG on a busy two-core machine may outlast Qt Test's 5 minutes per function.
    TestVoDeployE2e() { qputenv("QTEST_FUNCTION_TIMEOUT", "1500000"); }

private slots:
    void initTestCase();
    void alphaDeploysKilledAndResumed();
    void alphaVcnsReachOnlyAlpha();
    void betasAddressTakenByAlphaIsCutOff();
    void beyondTheGrantRefused();
    void addressesOutsideTheGrantRefused();
    void pushAsAlphaVerifiesOnTheHost();
    void destroyLeavesNothingOfAlpha();
    void betaUnchanged();
    void cleanupTestCase();

private:
    struct Vo
    {
        SiteProfile profile;
        QString profilePath;
        std::unique_ptr<HypervisorConnection> hosts[2]; // its sessions on kvm1, kvm2
    };
    // What beta holds, as beta sees it (domains, records) and as the shared storage holds it (files).
    struct BetaState
    {
        QStringList domains;
        QList<VcnRecord> records;
        QStringList files;
    };

    Ran vocctl(const QStringList& args, int timeoutMs = 120000);
    QString voDir(const QString& vo) const { return m_dir + QStringLiteral("/vos/") + vo; }
    QString poolDir(const QString& vo) const { return m_dir + QStringLiteral("/vopools/") + vo; }
    // "kvmK: name" of every domain in the VO's sessions (errors as entries, so they show).
    QStringList domainsOf(const QString& vo);
    QList<VcnRecord> recordsOf(const QString& vo);
    BetaState betaState();
    void deployBeta();
    // A shell on the console of one of the VO's deployed VCNs (found on whichever host runs it).
    QString openShell(test::VcnShell& shell, const QString& vo, const QJsonObject& vcn);
    // The deployment's VCN of that hostname, from its --json result.
    static QJsonObject vcnOf(const QJsonObject& deployment, const QString& hostname);

    QTemporaryDir m_tmp;
    QString m_name;
    QString m_dir;
    QString m_stateDir;
    QProcessEnvironment m_env;
    test::VspSandbox m_sandbox;
    ImageInfo m_image;
    std::map<QString, Vo> m_vos;
    LibvirtHypervisor m_hypervisor;
    BetaState m_betaBefore;
    QString m_id;
    QJsonObject m_result;
    QString m_betaId;
    QJsonObject m_betaResult;
};

Ran TestVoDeployE2e::vocctl(const QStringList& args, int timeoutMs)
{
    return test::runProcess(QStringLiteral(VOC_VOCCTL), args, timeoutMs, m_env);
}

QStringList TestVoDeployE2e::domainsOf(const QString& vo)
{
    QStringList names;
    for (int k = 0; k < 2; ++k) {
        const Result<QList<DomainInfo>> domains = m_vos.at(vo).hosts[k]->listDomains();
        if (!domains) {
            names.append(QStringLiteral("error: ") + domains.error().toString());
            continue;
        }
        for (const DomainInfo& domain : *domains) {
            const DomainState state =
                m_vos.at(vo).hosts[k]->domainState(domain.name).valueOr(DomainState::NoState);
            names.append(
                QStringLiteral("kvm%1: %2 %3 %4").arg(k + 1).arg(domain.name, domain.uuid).arg(int(state)));
        }
    }
    names.sort();
    return names;
}

QList<VcnRecord> TestVoDeployE2e::recordsOf(const QString& vo)
{
    // Every VOC of the VO (an empty name), as the VO's own account reads them.
    return test::directoryRecords(m_vos.at(vo).profile, voDir(vo), QString());
}

TestVoDeployE2e::BetaState TestVoDeployE2e::betaState()
{
    return {domainsOf(beta), recordsOf(beta), filesBelow(poolDir(beta))};
}

// Beta's own deployment (head + 1 compute), made with beta's profile and state folder before alpha
// starts: both VOs' VCNs run at once from here to the end.
void TestVoDeployE2e::deployBeta()
{
    const QString design = m_tmp.filePath(QStringLiteral("betavoc.voc"));
    QVERIFY(test::writeTinyDesign(design, QStringLiteral("betavoc"), 1, m_image));
    QElapsedTimer timer;
    timer.start();
    const Ran deployed = vocctl(
        {QStringLiteral("deploy"), design, QStringLiteral("--site"), m_vos.at(beta).profilePath,
         QStringLiteral("--yes"), QStringLiteral("--accel"), QStringLiteral("tcg"), QStringLiteral("--json"),
         QStringLiteral("--state-dir"), m_tmp.filePath(QStringLiteral("beta-deployments"))},
        1200000);
    QVERIFY2(deployed.exitCode == 0, qPrintable(deployed.err.right(4000)));
    m_betaResult = QJsonDocument::fromJson(deployed.out.toUtf8()).object();
    m_betaId = m_betaResult.value(QLatin1String("id")).toString();
    QVERIFY(!m_betaId.isEmpty());
    for (const QJsonValue& vcn : m_betaResult.value(QLatin1String("vcns")).toArray())
        QVERIFY2(vcn.toObject().value(QLatin1String("ready")).toBool(), qPrintable(deployed.out));
    qInfo("beta deployed in %lld ms", static_cast<long long>(timer.elapsed()));
}

QJsonObject TestVoDeployE2e::vcnOf(const QJsonObject& deployment, const QString& hostname)
{
    for (const QJsonValue& vcn : deployment.value(QLatin1String("vcns")).toArray()) {
        if (vcn.toObject().value(QLatin1String("hostname")).toString() == hostname)
            return vcn.toObject();
    }
    return {};
}

QString TestVoDeployE2e::openShell(test::VcnShell& shell, const QString& vo, const QJsonObject& vcn)
{
    const QString domain = vcn.value(QLatin1String("domain")).toString();
    QString errors;
    for (const auto& host : m_vos.at(vo).hosts) {
        if (!host->domainState(domain).ok())
            continue;
        const QString error = shell.open(*host, domain);
        if (error.isEmpty())
            return {};
        errors += error + QLatin1Char('\n');
    }
    return errors.isEmpty() ? QStringLiteral("no host of %1 runs %2").arg(vo, domain) : errors;
}

void TestVoDeployE2e::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root: the VSP sandbox makes namespaces and accounts on its hosts and starts libvirtd, "
              "sshd, slapd and dnsmasq (run ctest as root)");
    if (const QString tool = test::missingSandboxTool(
            {QStringLiteral("nsenter"), QStringLiteral("slappasswd"), QStringLiteral("ldapadd")});
        !tool.isEmpty())
        QFAIL(qPrintable(QStringLiteral("%1 is missing: run scripts/setup").arg(tool)));
    QVERIFY(m_tmp.isValid());
    const Ran build = test::buildTinyImage(m_tmp.filePath(QStringLiteral("cache")));
    QVERIFY2(build.exitCode == 0, qPrintable(build.err));
    const Result<ImageInfo> image = loadManifest(test::printedValue(build.out, QStringLiteral("manifest")));
    QVERIFY2(image.ok(), qPrintable(errorText(image)));
    m_image = *image;
    QVERIFY(m_image.bootMode == BootMode::Kernel && !m_image.sha256.isEmpty());

    const test::SandboxSetup setup = test::sandboxSetup(m_tmp, QStringLiteral("vd"));
    QVERIFY2(setup.error.isEmpty(), qPrintable(setup.error));
    m_name = setup.name;
    const QString net = setup.net;
    m_dir = setup.dir;
    m_stateDir = m_tmp.filePath(QStringLiteral("deployments"));
    m_env = setup.env;
    m_env.remove(QStringLiteral("VOCSTUDIO_LDAP_PASSWORD"));
    QElapsedTimer timer;
    timer.start();
    const Ran up = m_sandbox.up(m_name, m_dir, net, 2, m_env,
                                {QStringLiteral("--vo"), alpha, QStringLiteral("--vo"), beta});
    QVERIFY2(up.exitCode == 0, qPrintable(up.out + up.err));
    qInfo("sandbox %s with VOs alpha and beta up in %lld ms", qPrintable(m_name),
          static_cast<long long>(timer.elapsed()));
    for (const QString& name : {alpha, beta}) {
        Vo& vo = m_vos[name];
        vo.profilePath = voDir(name) + QStringLiteral("/site.json");
        const Result<SiteProfile> profile = loadSiteProfile(vo.profilePath);
        QVERIFY2(profile.ok(), qPrintable(errorText(profile)));
        QCOMPARE(profile->directory.vo, name);
        vo.profile = *profile;
        for (int k = 0; k < 2; ++k) {
            Result<std::unique_ptr<HypervisorConnection>> c =
                m_hypervisor.connect(vo.profile.hosts.at(k).uri);
            QVERIFY2(c.ok(), qPrintable(errorText(c)));
            vo.hosts[k] = std::move(c).value();
        }
    }
    deployBeta();
    if (QTest::currentTestFailed())
        return;
    m_betaBefore = betaState();
    QCOMPARE(m_betaBefore.domains.size(), 2);
    QCOMPARE(m_betaBefore.records.size(), 2);
    QVERIFY2(m_betaBefore.files.size() == 5,
             qPrintable(m_betaBefore.files.join(u'\n'))); // 3 images, 2 overlays
    QVERIFY2(domainsOf(alpha).isEmpty(), qPrintable(domainsOf(alpha).join(u' ')));
}

// The deploy as alpha is SIGKILLed once its overlays exist; `vocctl resume` checks what is there and
// finishes: both VCNs ready, each on the site network with its planned address. Everything is
// alpha's: its sessions run the domains (QEMU as alpha's uid), its pool holds images and overlays,
// its subtree the records; root's libvirt and pool have nothing.
void TestVoDeployE2e::alphaDeploysKilledAndResumed()
{
    QVERIFY(m_sandbox.isUp());
    const QString design = m_tmp.filePath(QStringLiteral("small.voc"));
    QVERIFY(test::writeTinyDesign(design, QStringLiteral("small"), 1, m_image));
    QElapsedTimer timer;
    timer.start();
    QProcess deploy;
    deploy.setProcessEnvironment(m_env);
    deploy.start(QStringLiteral(VOC_VOCCTL),
                 {QStringLiteral("deploy"), design, QStringLiteral("--site"), m_vos.at(alpha).profilePath,
                  QStringLiteral("--yes"), QStringLiteral("--accel"), QStringLiteral("tcg"),
                  QStringLiteral("--json"), QStringLiteral("--state-dir"), m_stateDir});
    QVERIFY(deploy.waitForStarted());
    const QString id = test::waitForJournal(
        m_stateDir, QStringLiteral("\"state\":\"done\",\"step\":\"overlay\""), {}, 300000);
    if (id.isEmpty()) {
        deploy.waitForFinished(1000);
        QFAIL(qPrintable(QString::fromLocal8Bit(deploy.readAllStandardError()).right(4000)));
    }
    ::kill(pid_t(deploy.processId()), SIGKILL);
    QVERIFY(deploy.waitForFinished(30000));
    const QString before = QString::fromLocal8Bit(deploy.readAllStandardError());
    qInfo("killed after %lld ms with its overlays made", static_cast<long long>(timer.elapsed()));
    // The preflight read alpha's grant: nothing else of alpha's is held.
    QVERIFY2(before.contains(QStringLiteral("within the grant of VO alpha: 2 VCNs (0 in use, grant 4)")),
             qPrintable(before.right(4000)));

    const Ran resumed = vocctl(
        {QStringLiteral("resume"), id, QStringLiteral("--json"), QStringLiteral("--state-dir"), m_stateDir},
        1200000);
    QVERIFY2(resumed.exitCode == 0, qPrintable(resumed.err.right(4000)));
    m_id = id;
    m_result = QJsonDocument::fromJson(resumed.out.toUtf8()).object();
    QCOMPARE(m_result.value(QLatin1String("id")).toString(), id);
    qInfo("deployed and resumed as alpha in %lld ms", static_cast<long long>(timer.elapsed()));
    const QJsonArray vcns = m_result.value(QLatin1String("vcns")).toArray();
    QCOMPARE(vcns.size(), 2);
    QStringList hostnames;
    for (const QJsonValue& v : vcns) {
        const QJsonObject o = v.toObject();
        hostnames.append(o.value(QLatin1String("hostname")).toString());
        QVERIFY2(o.value(QLatin1String("ready")).toBool(),
                 qPrintable(o.value(QLatin1String("hostname")).toString()));
        QCOMPARE(o.value(QLatin1String("address")).toString(), o.value(QLatin1String("ip")).toString());
        QCOMPARE(qemuUid(o.value(QLatin1String("domain")).toString()), QFileInfo(poolDir(alpha)).ownerId());
    }
    hostnames.sort();
    QCOMPARE(hostnames, (QStringList{QStringLiteral("small-compute01"), QStringLiteral("small-head")}));

    // Alpha's: 2 domains in its sessions, 2 records below ou=small,ou=alpha,ou=vocs, 3 images (disk,
    // kernel, initrd) and 2 overlays in its pool.
    const QStringList domains = domainsOf(alpha);
    QCOMPARE(domains.size(), 2);
    QVERIFY2(domains.filter(QStringLiteral("voc-small-")).size() == 2, qPrintable(domains.join(u' ')));
    const QList<VcnRecord> records = recordsOf(alpha);
    QCOMPARE(records.size(), 2);
    for (const VcnRecord& record : records)
        QVERIFY2(
            record.dn.startsWith(QStringLiteral("cn=%1,ou=small,ou=alpha,ou=vocs,").arg(record.hostname)),
            qPrintable(record.dn));
    const QStringList files = QDir(poolDir(alpha)).entryList(QDir::Files);
    QCOMPARE(files.filter(QStringLiteral("vocimg-")).size(), 3);
    QCOMPARE(files.filter(QStringLiteral("voc-small-")).size(), 2);
    // Root's side has none of it.
    QVERIFY2(m_sandbox.poolFiles().isEmpty(), qPrintable(m_sandbox.poolFiles().join(u' ')));
    const Result<SiteProfile> root = loadSiteProfile(m_sandbox.profilePath());
    QVERIFY2(root.ok(), qPrintable(errorText(root)));
    for (const SiteHost& host : root->hosts) {
        Result<std::unique_ptr<HypervisorConnection>> system = m_hypervisor.connect(host.uri);
        QVERIFY2(system.ok(), qPrintable(errorText(system)));
        const Result<QList<DomainInfo>> listed = (*system)->listDomains();
        QVERIFY2(listed.ok() && listed->isEmpty(), qPrintable(errorText(listed)));
    }
}

// From alpha's head (a shell on its serial console): alpha's compute answers ping and port 22 by
// address; beta's head, on the same bridge, answers neither (the site's nftables drop frames between
// VOs), while both reach the site's own address.
void TestVoDeployE2e::alphaVcnsReachOnlyAlpha()
{
    QVERIFY(!m_id.isEmpty() && !m_betaId.isEmpty());
    const QString alphaCompute =
        vcnOf(m_result, QStringLiteral("small-compute01")).value(QLatin1String("ip")).toString();
    const QString betaHead =
        vcnOf(m_betaResult, QStringLiteral("betavoc-head")).value(QLatin1String("ip")).toString();
    const QString site = m_vos.at(alpha).profile.network.dnsServer;
    QVERIFY(!alphaCompute.isEmpty() && !betaHead.isEmpty() && !site.isEmpty());
    test::VcnShell shell;
    const QString opened = openShell(shell, alpha, vcnOf(m_result, QStringLiteral("small-head")));
    QVERIFY2(opened.isEmpty(), qPrintable(opened));

    const auto banner = [&](const QString& address) {
        return shell.run(QStringLiteral("nc -w 5 %1 22 </dev/null").arg(address));
    };
    const test::VcnShell::Answer toSite = shell.ping(site);
    QVERIFY2(toSite.exitCode == 0, qPrintable(toSite.error + toSite.output));
    const test::VcnShell::Answer toAlpha = shell.ping(alphaCompute);
    QVERIFY2(toAlpha.exitCode == 0, qPrintable(toAlpha.error + toAlpha.output));
    const test::VcnShell::Answer alphaSsh = banner(alphaCompute);
    QVERIFY2(alphaSsh.output.contains(QLatin1String("SSH-2.0-vocstudio-tiny")),
             qPrintable(alphaSsh.error + alphaSsh.output));

    const test::VcnShell::Answer toBeta = shell.ping(betaHead);
    QVERIFY2(toBeta.exitCode > 0, qPrintable(toBeta.error + toBeta.output));
    const test::VcnShell::Answer betaSsh = banner(betaHead);
    QVERIFY2(betaSsh.exitCode >= 0 && !betaSsh.output.contains(QLatin1String("SSH-")),
             qPrintable(betaSsh.error + betaSsh.output));
    qInfo("from small-head: site and small-compute01 answer; betavoc-head (%s): ping exit %d, port 22 \"%s\"",
          qPrintable(betaHead), toBeta.exitCode, qPrintable(betaSsh.output));
}

// Alpha's compute gives itself beta's head's address (root in its own VCN may): from then on its
// frames carry an address the directory does not give its MAC, and the site drops them; beta's head,
// the address's owner, still reaches the site and alpha's head.
void TestVoDeployE2e::betasAddressTakenByAlphaIsCutOff()
{
    QVERIFY(!m_id.isEmpty() && !m_betaId.isEmpty());
    const QString betaHead =
        vcnOf(m_betaResult, QStringLiteral("betavoc-head")).value(QLatin1String("ip")).toString();
    const QString site = m_vos.at(alpha).profile.network.dnsServer;
    const QString prefix = m_vos.at(alpha).profile.network.subnet.section(u'/', 1);
    test::VcnShell compute;
    const QString opened = openShell(compute, alpha, vcnOf(m_result, QStringLiteral("small-compute01")));
    QVERIFY2(opened.isEmpty(), qPrintable(opened));
    const test::VcnShell::Answer before = compute.ping(site);
    QVERIFY2(before.exitCode == 0, qPrintable(before.error + before.output));
    const test::VcnShell::Answer moved = compute.run(
        QStringLiteral("for i in /sys/class/net/*; do [ \"${i##*/}\" = lo ] || IF=${i##*/}; done; "
                       "ip addr flush dev $IF && ip addr add %1/%2 dev $IF && ip -o -4 addr show dev $IF")
            .arg(betaHead, prefix));
    QVERIFY2(moved.exitCode == 0 && moved.output.contains(betaHead), qPrintable(moved.error + moved.output));
    const test::VcnShell::Answer after = compute.ping(site, 3);
    QVERIFY2(after.exitCode > 0, qPrintable(after.error + after.output));

    test::VcnShell head;
    const QString betaOpened = openShell(head, beta, vcnOf(m_betaResult, QStringLiteral("betavoc-head")));
    QVERIFY2(betaOpened.isEmpty(), qPrintable(betaOpened));
    const test::VcnShell::Answer betaToSite = head.ping(site);
    QVERIFY2(betaToSite.exitCode == 0, qPrintable(betaToSite.error + betaToSite.output));
    const QString betaCompute =
        vcnOf(m_betaResult, QStringLiteral("betavoc-compute01")).value(QLatin1String("ip")).toString();
    const test::VcnShell::Answer betaToBeta = head.ping(betaCompute);
    QVERIFY2(betaToBeta.exitCode == 0, qPrintable(betaToBeta.error + betaToBeta.output));
    qInfo("small-compute01 as %s: ping of the site exit %d; betavoc-head still reaches the site and "
          "betavoc-compute01",
          qPrintable(betaHead), after.exitCode);
}

// A VOC of 5 VCNs while 2 of alpha's 4 run: refused before anything is made, with the numbers and
// the deployment that holds the rest; --dry-run says the same, and for a VOC that fits shows the grant.
void TestVoDeployE2e::beyondTheGrantRefused()
{
    QVERIFY(!m_id.isEmpty());
    const QString big = m_tmp.filePath(QStringLiteral("big.voc"));
    QVERIFY(test::writeTinyDesign(big, QStringLiteral("big"), 4, m_image));
    const QStringList site{QStringLiteral("--site"), m_vos.at(alpha).profilePath,   QStringLiteral("--accel"),
                           QStringLiteral("tcg"),    QStringLiteral("--state-dir"), m_stateDir};
    const QStringList expected{
        QStringLiteral("the deployment does not fit the grant of VO alpha at %1").arg(m_name),
        QStringLiteral("needs 5 VCNs, grant 4, 2 in use by small"),
        QStringLiteral("needs 5 vCPUs, grant 4, 2 in use by small")};
    for (const QString& mode : {QStringLiteral("--yes"), QStringLiteral("--dry-run")}) {
        const Ran refused = vocctl(QStringList{QStringLiteral("deploy"), big, mode} + site, 300000);
        QVERIFY2(refused.exitCode != 0, qPrintable(refused.out));
        qInfo("%s: %s", qPrintable(mode), qPrintable(refused.err.trimmed().section(u'\n', -2)));
        for (const QString& text : expected)
            QVERIFY2(refused.err.contains(text), qPrintable(refused.err.right(3000)));
        QVERIFY2(!refused.err.contains(QStringLiteral("memory")), qPrintable(refused.err.right(3000)));
    }
    // Nothing of it anywhere: no deployment, domain, record or file.
    const Ran listed = vocctl(
        {QStringLiteral("deployments"), QStringLiteral("--json"), QStringLiteral("--state-dir"), m_stateDir});
    QCOMPARE(listed.exitCode, 0);
    QCOMPARE(QJsonDocument::fromJson(listed.out.toUtf8()).array().size(), 1);
    QVERIFY(domainsOf(alpha).filter(QStringLiteral("voc-big-")).isEmpty());
    QCOMPARE(recordsOf(alpha).size(), 2);
    QVERIFY(QDir(poolDir(alpha)).entryList(QDir::Files).filter(QStringLiteral("voc-big-")).isEmpty());

    // Another VOC just as small fits in what is left, to the last VCN and vCPU.
    const QString two = m_tmp.filePath(QStringLiteral("two.voc"));
    QVERIFY(test::writeTinyDesign(two, QStringLiteral("two"), 1, m_image));
    const Ran fits =
        vocctl(QStringList{QStringLiteral("deploy"), two, QStringLiteral("--dry-run")} + site, 300000);
    QVERIFY2(fits.exitCode == 0, qPrintable(fits.err.right(3000)));
    QVERIFY2(
        fits.out.contains(QStringLiteral("within the grant of VO alpha: 2 VCNs (2 in use, grant 4), 2 vCPUs "
                                         "(2 in use, grant 4), 512 MiB of memory (512 MiB in use, grant 4096 "
                                         "MiB)")),
        qPrintable(fits.out));
    QCOMPARE(QJsonDocument::fromJson(vocctl({QStringLiteral("deployments"), QStringLiteral("--json"),
                                             QStringLiteral("--state-dir"), m_stateDir})
                                         .out.toUtf8())
                 .array()
                 .size(),
             1);
}

// A profile of alpha's whose VCN range is beta's: the planned address is refused before it reaches the
// directory, naming the VCN and alpha's granted range.
void TestVoDeployE2e::addressesOutsideTheGrantRefused()
{
    QVERIFY(m_sandbox.isUp());
    SiteProfile wrong = m_vos.at(alpha).profile;
    wrong.network.rangeStart = m_vos.at(beta).profile.network.rangeStart;
    wrong.network.rangeEnd = m_vos.at(beta).profile.network.rangeEnd;
    const QString path = voDir(alpha) + QStringLiteral("/site-beta-range.json");
    QVERIFY(saveSiteProfile(path, wrong).ok());
    const QString two = m_tmp.filePath(QStringLiteral("two.voc"));
    QVERIFY(test::writeTinyDesign(two, QStringLiteral("two"), 1, m_image));
    const Ran refused =
        vocctl({QStringLiteral("deploy"), two, QStringLiteral("--site"), path, QStringLiteral("--yes"),
                QStringLiteral("--accel"), QStringLiteral("tcg"), QStringLiteral("--state-dir"), m_stateDir});
    QFile::remove(path);
    QVERIFY(refused.exitCode != 0);
    const QString alphaRange = m_vos.at(alpha).profile.network.rangeStart + QLatin1Char('-') +
                               m_vos.at(alpha).profile.network.rangeEnd;
    QVERIFY2(
        refused.err.contains(QStringLiteral("the address %1 of two-head is outside the ranges granted to VO "
                                            "alpha (%2)")
                                 .arg(wrong.network.rangeStart, alphaRange)),
        qPrintable(refused.err.right(3000)));
    QCOMPARE(recordsOf(alpha).size(), 2);
}

// vocctl push with alpha's profile: the deployment's disk image is in alpha's pool already, and the
// host's sha256sum, run as alpha over its own key, says so.
void TestVoDeployE2e::pushAsAlphaVerifiesOnTheHost()
{
    QVERIFY(!m_id.isEmpty());
    const Ran push = vocctl({QStringLiteral("push"), m_image.path, QStringLiteral("--site"),
                             m_vos.at(alpha).profilePath, QStringLiteral("--sha256"), m_image.sha256});
    QVERIFY2(push.exitCode == 0, qPrintable(push.out + push.err));
    QVERIFY2(push.out.contains(QStringLiteral("holds the image already (verified by sha256 on host)")),
             qPrintable(push.out));
}

void TestVoDeployE2e::destroyLeavesNothingOfAlpha()
{
    QVERIFY(!m_id.isEmpty());
    const Ran destroy =
        vocctl({QStringLiteral("destroy"), m_id, QStringLiteral("--state-dir"), m_stateDir}, 300000);
    QVERIFY2(destroy.exitCode == 0, qPrintable(destroy.out + destroy.err));
    m_id.clear();
    QVERIFY2(domainsOf(alpha).isEmpty(), qPrintable(domainsOf(alpha).join(u' ')));
    const QList<VcnRecord> records = recordsOf(alpha);
    QVERIFY2(records.isEmpty(), qPrintable(records.isEmpty() ? QString() : records.first().hostname));
    QVERIFY2(filesBelow(poolDir(alpha)).isEmpty(), qPrintable(filesBelow(poolDir(alpha)).join(u'\n')));
    const uint alphaUid = QFileInfo(poolDir(alpha)).ownerId();
    for (const QString& entry : QDir(QStringLiteral("/proc")).entryList(QDir::Dirs)) {
        QFile comm(QStringLiteral("/proc/%1/comm").arg(entry));
        if (comm.open(QIODevice::ReadOnly) && comm.readAll().startsWith("qemu-system"))
            QVERIFY2(QFileInfo(QStringLiteral("/proc/") + entry).ownerId() != alphaUid, qPrintable(entry));
    }
}

void TestVoDeployE2e::betaUnchanged()
{
    QVERIFY(m_sandbox.isUp());
    const BetaState after = betaState();
    QCOMPARE(after.domains, m_betaBefore.domains);
    QCOMPARE(after.records, m_betaBefore.records);
    QCOMPARE(after.files, m_betaBefore.files);
}

void TestVoDeployE2e::cleanupTestCase()
{
    if (!m_id.isEmpty())
        (void)vocctl({QStringLiteral("destroy"), m_id, QStringLiteral("--state-dir"), m_stateDir}, 300000);
    if (!m_betaId.isEmpty())
        (void)vocctl({QStringLiteral("destroy"), m_betaId, QStringLiteral("--state-dir"),
                      m_tmp.filePath(QStringLiteral("beta-deployments"))},
                     300000);
    for (auto& [name, vo] : m_vos) {
        vo.hosts[0].reset();
        vo.hosts[1].reset();
    }
    if (m_sandbox.isUp()) {
        const Ran down = m_sandbox.down();
        if (down.exitCode != 0)
            qWarning("vsp-sandbox down: %s", qPrintable(down.out + down.err));
    }
}

QTEST_GUILESS_MAIN(TestVoDeployE2e)
#include "tst_vodeploy_e2e.moc"
