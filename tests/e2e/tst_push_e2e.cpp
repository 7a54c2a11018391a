// SPDX-License-Identifier: GPL-3.0-or-later
// vocctl push on a real two-host VSP sandbox (scripts/vsp-sandbox, under a name and subnet of the
// test's own): a sparse image lands once in the shared pool, byte for byte and still sparse, both
// hosts see it, the host-side SHA-256 matches, a second push is skipped, a push stopped with SIGTERM
// mid-upload leaves no volume, and RemoteShell carries hostile arguments to kvm1 unchanged while an
// unknown host key is refused. All as the VO alpha (its host accounts, its pool on the shared storage),
// on a sandbox with alpha and beta.
#include "images/imagepush.h"
#include "model/siteprofile.h"
#include "remote/opensshshell.h"
#include "testfiles.h"
#include "virt/libvirthypervisor.h"
#include "vspsandbox.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QTemporaryDir>
#include <QTest>
#include <QUrl>

#include <fcntl.h>
#include <signal.h>
#include <unistd.h>

using namespace voc;

namespace {

using voc::test::allocatedBytes;
using voc::test::sha256Of;

const QString vocctl = QStringLiteral(VOC_VOCCTL);
const QString vo = QStringLiteral("alpha");
constexpr qint64 MiB = 1024 * 1024;

using Run = test::ProcessRun;

Run run(const QString& program, const QStringList& args, int timeoutMs = 60000,
        const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    return test::runProcess(program, args, timeoutMs, env);
}

// `size` bytes with pseudo-random data (seeded) in `extents` and holes elsewhere.
bool makeImage(const QString& path, qint64 size, const QList<QPair<qint64, qint64>>& extents, quint32 seed)
{
    const int fd = ::open(path.toLocal8Bit().constData(), O_WRONLY | O_CREAT | O_TRUNC, 0644);
    if (fd < 0 || ::ftruncate(fd, off_t(size)) < 0)
        return false;
    QRandomGenerator random(seed);
    bool ok = true;
    for (const auto& [offset, length] : extents) {
        QByteArray data(length, Qt::Uninitialized);
        random.fillRange(reinterpret_cast<quint32*>(data.data()), data.size() / 4);
        ok = ok && ::pwrite(fd, data.constData(), std::size_t(data.size()), off_t(offset)) == data.size();
    }
    return ::close(fd) == 0 && ok;
}

} // namespace

class TestPushE2e : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void pushLandsOnceInTheSharedPool();
    void secondPushIsSkipped();
    void stoppedPushLeavesNoVolume();
    void remoteShellCarriesHostileArguments();
    void unknownHostKeyIsRefused();
    void cleanupTestCase();

private:
    Run push(const QStringList& extra);
    // alpha's pool folder on the shared storage, as root sees it.
    QStringList imageFiles() const;
    QString poolDir() const { return m_dir + QStringLiteral("/vopools/") + vo; }
    QString profilePath() const
    {
        return m_dir + QStringLiteral("/vos/") + vo + QStringLiteral("/site.json");
    }

    QTemporaryDir m_tmp;
    QString m_name;
    QString m_dir;
    QProcessEnvironment m_env;
    SiteProfile m_profile;
    QString m_image;
    QString m_sha;
    test::VspSandbox m_sandbox;
    bool m_up = false;
};

Run TestPushE2e::push(const QStringList& extra)
{
    return run(vocctl, QStringList{QStringLiteral("push"), QStringLiteral("--site"), profilePath()} + extra,
               120000, m_env);
}

QStringList TestPushE2e::imageFiles() const
{
    return QDir(poolDir()).entryList(QDir::Files | QDir::Hidden);
}

void TestPushE2e::initTestCase()
{
    if (::geteuid() != 0)
        QSKIP("needs root: the VSP sandbox makes network, mount and pid namespaces and starts libvirtd, "
              "sshd, slapd and dnsmasq in them (run ctest as root)");
    if (const QString tool = test::missingSandboxTool(); !tool.isEmpty())
        QFAIL(qPrintable(QStringLiteral("%1 is missing: run scripts/setup").arg(tool)));
    QVERIFY(m_tmp.isValid());
    m_name = QStringLiteral("push%1").arg(::getpid() % 100000);
    const QString net = test::freeSandboxNet();
    QVERIFY2(!net.isEmpty(), "no free 10.213.x.0/24 for the test");
    m_dir = m_tmp.filePath(QStringLiteral("state"));
    m_env = QProcessEnvironment::systemEnvironment();
    m_env.insert(QStringLiteral("XDG_DATA_HOME"), m_tmp.filePath(QStringLiteral("data")));
    m_env.insert(QStringLiteral("VOCCTL"), vocctl);

    QElapsedTimer timer;
    timer.start();
    const Run up = m_sandbox.up(m_name, m_dir, net, 2, m_env,
                                {QStringLiteral("--vo-grant"), QStringLiteral("4,8,8192,40960")});
    m_up = m_sandbox.isUp();
    QVERIFY2(up.exitCode == 0, qPrintable(up.out + up.err));
    qInfo("sandbox up in %lld ms", static_cast<long long>(timer.elapsed()));
    const Result<SiteProfile> profile = loadSiteProfile(profilePath());
    QVERIFY2(profile.ok(), qPrintable(profile.ok() ? QString() : profile.error().toString()));
    m_profile = *profile;
    QCOMPARE(m_profile.directory.vo, vo);
    QVERIFY2(m_profile.hosts.first().uri.startsWith(QStringLiteral("qemu+ssh://alpha@")),
             qPrintable(m_profile.hosts.first().uri));
    QCOMPARE(m_profile.hosts.size(), 2);
    QVERIFY(m_profile.storage.sharing == StorageSharing::Shared);

    // 1 GiB holding 40 MiB of data in three extents, the last one unaligned.
    m_image = m_tmp.filePath(QStringLiteral("sparse.raw"));
    QVERIFY(makeImage(m_image, 1024 * MiB,
                      {{0, 8 * MiB}, {300 * MiB, 16 * MiB}, {900 * MiB + 4097, 16 * MiB}}, 1));
    m_sha = sha256Of(m_image);
}

void TestPushE2e::pushLandsOnceInTheSharedPool()
{
    const Run pushed = push({m_image, QStringLiteral("--json")});
    QVERIFY2(pushed.exitCode == 0, qPrintable(pushed.out + pushed.err));
    QVERIFY2(pushed.err.contains(QStringLiteral("kvm1: ")), qPrintable(pushed.err)); // progress lines
    const QJsonObject json = QJsonDocument::fromJson(pushed.out.toUtf8()).object();
    QCOMPARE(json.value(QLatin1String("sha256")).toString(), m_sha);
    const QString volume = imageVolumeName(m_sha, QStringLiteral("raw"));
    QCOMPARE(json.value(QLatin1String("volume")).toString(), volume);
    const QJsonArray targets = json.value(QLatin1String("targets")).toArray();
    QCOMPARE(targets.size(), 1); // a shared pool: once in all
    const QJsonObject target = targets.first().toObject();
    QCOMPARE(target.value(QLatin1String("uploaded")).toBool(), true);
    QCOMPARE(target.value(QLatin1String("verification")).toString(), QStringLiteral("sha256 on host"));
    qInfo("pushed 1 GiB (40 MiB data) in %.2f s, host-side sha256 %.2f s",
          target.value(QLatin1String("uploadSeconds")).toDouble(),
          target.value(QLatin1String("verifySeconds")).toDouble());

    // The shared directory holds exactly that volume, identical and still sparse.
    QCOMPARE(imageFiles(), QStringList{volume});
    const QString file = poolDir() + u'/' + volume;
    QCOMPARE(QFileInfo(file).size(), 1024 * MiB);
    QCOMPARE(QProcess::execute(QStringLiteral("cmp"), {QStringLiteral("-s"), m_image, file}), 0);
    QVERIFY2(allocatedBytes(file) <= 44 * MiB, qPrintable(QString::number(allocatedBytes(file))));

    // Both hosts see it in their pool, and kvm2 hashes it to the same SHA-256.
    LibvirtHypervisor hypervisor;
    for (const SiteHost& host : m_profile.hosts) {
        Result<std::unique_ptr<HypervisorConnection>> connection = hypervisor.connect(host.uri);
        QVERIFY2(connection.ok(), qPrintable(connection.ok() ? QString() : connection.error().toString()));
        const Result<std::optional<VolumeInfo>> found =
            (*connection)->findVolume(m_profile.storage.pool, volume);
        QVERIFY2(found.ok() && found->has_value(), qPrintable(host.name));
        QCOMPARE((*found)->capacityBytes, 1024 * MiB);
    }
    Result<std::unique_ptr<RemoteShell>> kvm2 = remoteShellForUri(m_profile.hosts.at(1).uri);
    QVERIFY(kvm2.ok());
    const Result<QString> sha = hostSha256(**kvm2, target.value(QLatin1String("path")).toString());
    QVERIFY2(sha.ok(), qPrintable(sha.ok() ? QString() : sha.error().toString()));
    QCOMPARE(*sha, m_sha);
}

void TestPushE2e::secondPushIsSkipped()
{
    for (const QString& host : {QString(), QStringLiteral("kvm2")}) {
        QStringList args{m_image, QStringLiteral("--sha256"), m_sha};
        if (!host.isEmpty())
            args << QStringLiteral("--host") << host;
        const Run again = push(args);
        QVERIFY2(again.exitCode == 0, qPrintable(again.out + again.err));
        QVERIFY2(again.out.contains(QStringLiteral("skipped")) &&
                     again.out.contains(QStringLiteral("verified by sha256 on host")),
                 qPrintable(again.out));
        QVERIFY(again.out.startsWith(host.isEmpty() ? QStringLiteral("kvm1:") : host + QLatin1Char(':')));
    }
    const Run unknown = push({m_image, QStringLiteral("--host"), QStringLiteral("kvm9")});
    QCOMPARE(unknown.exitCode, 1);
    QVERIFY2(unknown.err.contains(QStringLiteral("kvm9")), qPrintable(unknown.err));
}

void TestPushE2e::stoppedPushLeavesNoVolume()
{
    // Dense, so that the upload lasts long enough to be stopped in the middle.
    const QString image = m_tmp.filePath(QStringLiteral("other.raw"));
    QVERIFY(makeImage(image, 1024 * MiB, {{0, 4 * MiB}}, 2));
    const QStringList before = imageFiles();
    QProcess process;
    process.setProcessEnvironment(m_env);
    process.start(vocctl, {QStringLiteral("push"), QStringLiteral("--site"), profilePath(), image,
                           QStringLiteral("--dense")});
    QVERIFY(process.waitForStarted());
    QByteArray err;
    QElapsedTimer timer;
    timer.start();
    // The first progress line of the upload ("kvm1: 12 MiB of 1.0 GiB, ..."), after the local sha256.
    while (!err.contains(" of 1.0 GiB") && timer.elapsed() < 60000 && process.state() == QProcess::Running) {
        process.waitForReadyRead(100);
        err += process.readAllStandardError();
    }
    QVERIFY2(err.contains(" of 1.0 GiB"), err.constData());
    ::kill(pid_t(process.processId()), SIGTERM);
    QVERIFY(process.waitForFinished(30000));
    err += process.readAllStandardError();
    QCOMPARE(process.exitCode(), 1);
    QVERIFY2(err.contains("cancelled"), err.constData());
    QCOMPARE(imageFiles(), before);
    LibvirtHypervisor hypervisor;
    Result<std::unique_ptr<HypervisorConnection>> connection =
        hypervisor.connect(m_profile.hosts.first().uri);
    QVERIFY(connection.ok());
    const Result<QList<VolumeInfo>> volumes = (*connection)->listVolumes(m_profile.storage.pool);
    QVERIFY(volumes.ok());
    QCOMPARE(volumes->size(), 1); // the first test's image only
}

void TestPushE2e::remoteShellCarriesHostileArguments()
{
    Result<std::unique_ptr<RemoteShell>> kvm1 = remoteShellForUri(m_profile.hosts.first().uri);
    QVERIFY(kvm1.ok());
    const QStringList hostile{QStringLiteral("a b"),
                              QStringLiteral("it's"),
                              QStringLiteral("$(touch /tmp/pwned)"),
                              QStringLiteral("`id`"),
                              QStringLiteral("; reboot"),
                              QStringLiteral("*"),
                              QStringLiteral("line\nbreak"),
                              QString(),
                              QStringLiteral("-n"),
                              QStringLiteral("Grüße")};
    const Result<QByteArray> out =
        (*kvm1)->runChecked(QStringList{QStringLiteral("printf"), QStringLiteral("%s\\0")} + hostile);
    QVERIFY2(out.ok(), qPrintable(out.ok() ? QString() : out.error().toString()));
    QList<QByteArray> got = out->split('\0');
    got.removeLast();
    QList<QByteArray> expected;
    for (const QString& arg : hostile)
        expected << arg.toUtf8();
    QCOMPARE(got, expected);

    // A file with a hostile name made on kvm1 (as alpha, in its pool) appears under exactly that name
    // in the shared directory.
    const QString name = QStringLiteral("x'; rm -rf $HOME; echo '");
    const QString onHost = QStringLiteral("/var/lib/libvirt/images/vos/%1/").arg(vo);
    QVERIFY((*kvm1)->runChecked({QStringLiteral("touch"), QStringLiteral("--"), onHost + name}).ok());
    QVERIFY(QFileInfo::exists(poolDir() + u'/' + name));
    QVERIFY((*kvm1)->runChecked({QStringLiteral("rm"), QStringLiteral("--"), onHost + name}).ok());
    QVERIFY(!QFileInfo::exists(poolDir() + u'/' + name));
    // alpha is not root there: the provider's pool and beta's are out of its reach.
    const Result<QByteArray> id = (*kvm1)->runChecked({QStringLiteral("id"), QStringLiteral("-u")});
    QVERIFY(id.ok());
    QVERIFY2(id->trimmed() != "0", id->constData());
    QVERIFY(!(*kvm1)
                 ->runChecked({QStringLiteral("touch"), QStringLiteral("/var/lib/libvirt/images/vos/beta/x")})
                 .ok());
    QVERIFY(!QFileInfo::exists(m_dir + QStringLiteral("/vopools/beta/x")));

    const Result<RemoteCommandResult> failing =
        (*kvm1)->run({QStringLiteral("sh"), QStringLiteral("-c"), QStringLiteral("exit 7")});
    QVERIFY(failing.ok());
    QCOMPARE(failing->exitCode, 7);
}

void TestPushE2e::unknownHostKeyIsRefused()
{
    Result<SshTarget> target = sshTargetFromUri(m_profile.hosts.first().uri);
    QVERIFY(target.ok());
    const QString empty = m_tmp.filePath(QStringLiteral("empty_known_hosts"));
    QFile file(empty);
    QVERIFY(file.open(QIODevice::WriteOnly));
    file.close();
    target->knownHostsFile = empty; // on the command line, it wins over the wrapper's config
    OpenSshShell shell(*target);
    const Result<RemoteCommandResult> refused = shell.run({QStringLiteral("true")});
    QVERIFY(!refused.ok());
    QCOMPARE(refused.error().code, ErrorCode::External);
    QVERIFY2(refused.error().hint.contains(empty), qPrintable(refused.error().toString()));
    QVERIFY(QFileInfo(empty).size() == 0); // nothing was learnt
}

void TestPushE2e::cleanupTestCase()
{
    const Run down = m_sandbox.down();
    if (down.exitCode != 0)
        qWarning("vsp-sandbox down: %s", qPrintable(down.out + down.err));
}

QTEST_GUILESS_MAIN(TestPushE2e)
#include "tst_push_e2e.moc"
