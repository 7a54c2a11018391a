// SPDX-License-Identifier: GPL-3.0-or-later
// What the e2e tests on a VSP sandbox share: running a tool with a timeout, a /24 of the test's own
// for scripts/vsp-sandbox, bringing a sandbox up and down, what they need before they start one, and
// the demo images of the build-images fixture (copied, so a rebuild of the cache cannot touch them)
// in a demo design.
#pragma once

#include "images/imageinfo.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>

#include <functional>
#include <optional>
#include <unistd.h>

#ifndef VOC_SOURCE_DIR
#error "VOC_SOURCE_DIR must name the source tree (voc_add_test defines it)"
#endif

namespace voc::test {

struct ProcessRun
{
    int exitCode = -1; // -1 also for a crash or the timeout
    QString out;
    QString err;
};

inline ProcessRun runProcess(const QString& program, const QStringList& args, int timeoutMs = 60000,
                             const QProcessEnvironment& env = QProcessEnvironment::systemEnvironment())
{
    QProcess p;
    p.setProcessEnvironment(env);
    p.start(program, args);
    if (!p.waitForFinished(timeoutMs)) {
        p.kill();
        p.waitForFinished();
        return {-1, QString::fromLocal8Bit(p.readAllStandardOutput()),
                QString::fromLocal8Bit(p.readAllStandardError()) + QStringLiteral("\n(timed out)")};
    }
    return {p.exitStatus() == QProcess::NormalExit ? p.exitCode() : -1,
            QString::fromLocal8Bit(p.readAllStandardOutput()),
            QString::fromLocal8Bit(p.readAllStandardError())};
}

inline QString vspSandboxScript()
{
    return QStringLiteral(VOC_SOURCE_DIR "/scripts/vsp-sandbox");
}

// The first tool a sandbox needs that is missing (scripts/setup installs them); empty when all are.
inline QString missingSandboxTool(const QStringList& extra = {})
{
    for (const QString& tool :
         QStringList{QStringLiteral("busybox"), QStringLiteral("slapd"), QStringLiteral("dnsmasq"),
                     QStringLiteral("libvirtd"), QStringLiteral("ssh")} +
             extra) {
        if (runProcess(
                QStringLiteral("sh"),
                {QStringLiteral("-c"), QStringLiteral("command -v %1 || test -x /usr/sbin/%1").arg(tool)},
                10000)
                .exitCode != 0)
            return tool;
    }
    return {};
}

// The first two octets of the sandboxes' /24s: 10.213, or VOC_E2E_SANDBOX_NET (or VOC_E2E_NET_BASE;
// e.g. 10.223) where several people run sandboxes on one machine.
inline QString sandboxNetBase()
{
    QString base = qEnvironmentVariable("VOC_E2E_SANDBOX_NET");
    if (base.isEmpty())
        base = qEnvironmentVariable("VOC_E2E_NET_BASE");
    static const QRegularExpression twoOctets(
        QStringLiteral("^(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])\\.(25[0-5]|2[0-4][0-9]|1?[0-9]?[0-9])$"));
    return twoOctets.match(base).hasMatch() ? base : QStringLiteral("10.213");
}

// "10.213.X" with a /24 no route of this machine uses yet (several sandboxes may run at once);
// `excluding` holds prefixes already chosen by this test. Empty when none is free.
inline QString freeSandboxNet(const QStringList& excluding = {})
{
    const QString routes = runProcess(QStringLiteral("ip"),
                                      {QStringLiteral("-4"), QStringLiteral("route"), QStringLiteral("show"),
                                       QStringLiteral("table"), QStringLiteral("all")},
                                      10000)
                               .out;
    for (int tries = 0; tries < 50; ++tries) {
        const QString candidate =
            QStringLiteral("%1.%2").arg(sandboxNetBase()).arg(100 + QRandomGenerator::global()->bounded(150));
        if (!routes.contains(candidate + QLatin1Char('.')) && !excluding.contains(candidate))
            return candidate;
    }
    return {};
}

// What an e2e test on a VSP sandbox starts from: a name of its own (`prefix` and the pid; the
// environment's VOC_E2E_SANDBOX_PREFIX replaces the prefix), a free /24 (freeSandboxNet), the state
// folder "state" in the test's temporary directory, and an environment with XDG_DATA_HOME there
// ("data") and VOCCTL (when the test runs vocctl). `error` says why there is none (no free /24).
struct SandboxSetup
{
    QString name;
    QString net; // "10.213.X"
    QString dir;
    QProcessEnvironment env;
    QString error;
};

inline SandboxSetup sandboxSetup(const QTemporaryDir& tmp, const QString& prefix = QStringLiteral("e2e"))
{
    SandboxSetup setup;
    const QString chosen = qEnvironmentVariable("VOC_E2E_SANDBOX_PREFIX");
    static const QRegularExpression namePrefix(QStringLiteral("^[a-z][a-z0-9]{0,6}$"));
    setup.name =
        (namePrefix.match(chosen).hasMatch() ? chosen : prefix) + QString::number(::getpid() % 100000);
    setup.net = freeSandboxNet();
    if (setup.net.isEmpty())
        setup.error = QStringLiteral("no free %1.x.0/24 for the test").arg(sandboxNetBase());
    setup.dir = tmp.filePath(QStringLiteral("state"));
    setup.env = QProcessEnvironment::systemEnvironment();
    setup.env.insert(QStringLiteral("XDG_DATA_HOME"), tmp.filePath(QStringLiteral("data")));
#ifdef VOC_VOCCTL
    setup.env.insert(QStringLiteral("VOCCTL"), QStringLiteral(VOC_VOCCTL));
#endif
    return setup;
}

// A sandbox site of the test's own: `up` in a directory of the test's temporary dir, `down` removes
// exactly what `up` made (also from cleanupTestCase after a failed up: the directory tells).
class VspSandbox
{
public:
    // `up` with VOs makes accounts, homes and pools on every host too: on a busy 2-core machine that
    // took 230 s, and 240 s ran out (as did `down`'s 120 s after it).
    static constexpr int upTimeoutMs = 600000;

    // net: "10.213.X" (see freeSandboxNet); extra: more options of `up`, such as --vo alpha, or
    // --no-vos for a single-tenant site without VOs (the suites of the provider's own profile).
    ProcessRun up(const QString& name, const QString& dir, const QString& net, int hosts,
                  const QProcessEnvironment& env, const QStringList& extra = {})
    {
        m_dir = dir;
        m_net = net;
        m_env = env;
        const ProcessRun ran = runProcess(
            vspSandboxScript(),
            QStringList{QStringLiteral("up"), QStringLiteral("--dir"), dir, QStringLiteral("--name"), name,
                        QStringLiteral("--hosts"), QString::number(hosts), QStringLiteral("--subnet"),
                        net + QStringLiteral(".0/24")} +
                extra,
            upTimeoutMs, env);
        m_up = QFileInfo::exists(dir);
        return ran;
    }

    ProcessRun up(const SandboxSetup& setup, int hosts, const QStringList& extra = {})
    {
        return up(setup.name, setup.dir, setup.net, hosts, setup.env, extra);
    }

    ProcessRun down()
    {
        if (!m_up)
            return {0, {}, {}};
        m_up = false;
        return runProcess(vspSandboxScript(), {QStringLiteral("down"), QStringLiteral("--dir"), m_dir},
                          300000, m_env);
    }

    bool isUp() const { return m_up; }
    QString dir() const { return m_dir; }
    QString net() const { return m_net; }
    // The provider's own (single-tenant) profile: root on the hosts, the site's service account.
    QString profilePath() const { return m_dir + QStringLiteral("/site.json"); }
    // The provider admin profile (`vocctl site vo ... --site`), and the profile of a VO made by `up`:
    // its account and session on the hosts, its pool, its directory account; its password file and
    // ssh wrapper are beside it.
    QString adminProfilePath() const { return m_dir + QStringLiteral("/admin-site.json"); }
    QString voProfilePath(const QString& vo) const
    {
        return m_dir + QStringLiteral("/vos/%1/site.json").arg(vo);
    }
    // The shared pool's directory itself: what every host sees.
    QStringList poolFiles() const
    {
        return QDir(m_dir + QStringLiteral("/images")).entryList(QDir::Files | QDir::Hidden);
    }
    // A VO's pool on the shared storage (only the VO may read it on the hosts; the test runs as root).
    QStringList voPoolFiles(const QString& vo) const
    {
        return QDir(m_dir + QStringLiteral("/vopools/") + vo).entryList(QDir::Files | QDir::Hidden);
    }
    // The uid of a VO's account (the owner of its pool); 0 when there is none.
    uint voUid(const QString& vo) const
    {
        const QFileInfo pool(m_dir + QStringLiteral("/vopools/") + vo);
        return pool.isDir() ? pool.ownerId() : 0;
    }

private:
    QString m_dir;
    QString m_net;
    QProcessEnvironment m_env;
    bool m_up = false;
};

// The value of KEY in the KEY=value lines a script printed (build-vcn-image --print-paths).
inline QString printedValue(const QString& printed, const QString& key)
{
    for (const QString& line : printed.split(QLatin1Char('\n'))) {
        if (line.startsWith(key + QLatin1Char('=')))
            return line.mid(key.size() + 1);
    }
    return {};
}

// scripts/build-vcn-image --role tiny into `cache` (seconds; a no-op when it is up to date there);
// the manifest's path is printedValue(out, "manifest").
inline ProcessRun buildTinyImage(const QString& cache)
{
    return runProcess(QStringLiteral(VOC_SOURCE_DIR "/scripts/build-vcn-image"),
                      {QStringLiteral("--role"), QStringLiteral("tiny"), QStringLiteral("--cache"), cache,
                       QStringLiteral("--print-paths")},
                      300000);
}

// resources/demo/demo.voc with every role changed by `edit` (true for the head), renamed to `name`
// unless it is empty, written to `path`.
inline bool writeDemoVariant(const QString& path, const QString& name,
                             const std::function<void(QJsonObject& role, bool isHead)>& edit)
{
    QFile demo(QStringLiteral(VOC_SOURCE_DIR "/resources/demo/demo.voc"));
    if (!demo.open(QIODevice::ReadOnly))
        return false;
    QJsonObject design = QJsonDocument::fromJson(demo.readAll()).object();
    if (!name.isEmpty())
        design.insert(QStringLiteral("name"), name);
    QJsonArray roles = design.value(QLatin1String("roles")).toArray();
    for (qsizetype i = 0; i < roles.size(); ++i) {
        QJsonObject role = roles[i].toObject();
        edit(role, role.value(QLatin1String("kind")).toString() == QLatin1String("head"));
        roles[i] = role;
    }
    design.insert(QStringLiteral("roles"), roles);
    QFile out(path);
    return out.open(QIODevice::WriteOnly) && out.write(QJsonDocument(design).toJson()) > 0 && out.flush();
}

// A role's "image" that boots `kernel` and `initrd` with the disk at `disk`, as the image builder
// makes them.
inline QJsonObject kernelBootImage(const QString& disk, const QString& sha256, const QString& kernel,
                                   const QString& initrd, const QString& cmdline)
{
    return QJsonObject{{QStringLiteral("path"), disk},
                       {QStringLiteral("sha256"), sha256},
                       {QStringLiteral("bootMode"), QStringLiteral("kernel")},
                       {QStringLiteral("kernel"), kernel},
                       {QStringLiteral("initrd"), initrd},
                       {QStringLiteral("cmdline"), cmdline}};
}

// The resources/demo design renamed, with `computes` compute VCNs of one vCPU and 256 MiB, every role
// booting the tiny image's kernel.
inline bool writeTinyDesign(const QString& path, const QString& name, int computes, const ImageInfo& image)
{
    return writeDemoVariant(path, name, [&](QJsonObject& role, bool isHead) {
        if (!isHead)
            role.insert(QStringLiteral("count"), computes);
        role.insert(QStringLiteral("vcpus"), 1);
        role.insert(QStringLiteral("memoryMiB"), 256);
        role.insert(QStringLiteral("nic"), QStringLiteral("virtio"));
        role.insert(QStringLiteral("image"),
                    kernelBootImage(image.path, image.sha256, image.kernel, image.initrd, image.cmdline));
    });
}

// A demo image of the build-images fixture: its manifest's files.
struct DemoImage
{
    QString disk, kernel, initrd, cmdline, sha256, voKey;
};

inline std::optional<DemoImage> builtDemoImage(const QString& role)
{
    const QString cache = QStringLiteral("/var/cache/vocstudio/images");
    for (const QString& dir : QDir(cache).entryList({role + QStringLiteral("-*")}, QDir::Dirs)) {
        QFile f(cache + QLatin1Char('/') + dir + QStringLiteral("/manifest.json"));
        if (!f.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject m = QJsonDocument::fromJson(f.readAll()).object();
        return DemoImage{
            m.value(QLatin1String("disk")).toString(),   m.value(QLatin1String("kernel")).toString(),
            m.value(QLatin1String("initrd")).toString(), m.value(QLatin1String("cmdline")).toString(),
            m.value(QLatin1String("sha256")).toString(), m.value(QLatin1String("voKey")).toString()};
    }
    return std::nullopt;
}

// Copies an image's files (sparse) into `dir`, so a rebuild of the cache cannot touch them.
inline std::optional<DemoImage> copyDemoImage(const DemoImage& image, const QString& dir)
{
    QDir().mkpath(dir);
    DemoImage copy = image;
    for (QString* file : {&copy.disk, &copy.kernel, &copy.initrd}) {
        const QString target = dir + QLatin1Char('/') + QFileInfo(*file).fileName();
        if (runProcess(QStringLiteral("cp"), {QStringLiteral("--sparse=always"), *file, target}, 120000)
                .exitCode != 0)
            return std::nullopt;
        *file = target;
    }
    return copy;
}

struct DemoImages
{
    DemoImage head;
    DemoImage compute;
};

// Both demo images of the build-images fixture copied under `dir` (head/, compute/); nullopt with
// `why` set when they are not built or could not be copied.
inline std::optional<DemoImages> copyDemoImages(const QString& dir, QString* why)
{
    const std::optional<DemoImage> head = builtDemoImage(QStringLiteral("head"));
    const std::optional<DemoImage> compute = builtDemoImage(QStringLiteral("compute"));
    if (!head || !compute || head->voKey.isEmpty()) {
        *why = QStringLiteral("the demo images are not built (scripts/build-vcn-image --role all)");
        return std::nullopt;
    }
    const std::optional<DemoImage> headCopy = copyDemoImage(*head, dir + QStringLiteral("/head"));
    const std::optional<DemoImage> computeCopy = copyDemoImage(*compute, dir + QStringLiteral("/compute"));
    if (!headCopy || !computeCopy) {
        *why = QStringLiteral("could not copy the demo images to %1").arg(dir);
        return std::nullopt;
    }
    return DemoImages{*headCopy, *computeCopy};
}

// What a test on VSP sandboxes with the demo images needs before it brings one up.
struct DemoSandboxCheck
{
    QString skip;  // why the test cannot run here: not root (fatal in CI all the same)
    QString error; // why it could not get ready (a tool or the demo images missing): a failure
};

// Checks, in this order, root, the tools of scripts/setup, the test's temporary directory and the
// build-images fixture, and copies the demo images to `subdir` of `tmp`, into *head and *compute.
inline DemoSandboxCheck requireDemoSandbox(const QTemporaryDir& tmp, const QString& subdir, DemoImage* head,
                                           DemoImage* compute)
{
    if (::geteuid() != 0)
        return {QStringLiteral("needs root: a VSP sandbox makes namespaces and starts libvirtd, sshd, slapd "
                               "and dnsmasq (run ctest as root)"),
                {}};
    if (const QString tool = missingSandboxTool(); !tool.isEmpty())
        return {{}, QStringLiteral("%1 is missing: run scripts/setup").arg(tool)};
    if (!tmp.isValid())
        return {{}, QStringLiteral("no temporary directory: ") + tmp.errorString()};
    QString why;
    const std::optional<DemoImages> images = copyDemoImages(tmp.filePath(subdir), &why);
    if (!images)
        return {{}, why};
    *head = images->head;
    *compute = images->compute;
    return {};
}

// resources/demo/demo.voc with its images set to `head` and `compute` (kernel boot, as the image
// builder makes them), `computes` compute nodes, the given memory and `vcpus` per VCN, written to
// `path`. One vCPU by default: under TCG on a 2-core machine the demo's 2 vCPUs per VCN make 10 vCPU
// threads for 2 cores, and a guest whose lock holder is descheduled spins (measured: see
// tst_deploy_e2e), so the suites boot the demo's topology with one vCPU per VCN.
inline bool writeDemoDesign(const QString& path, const DemoImage& head, const DemoImage& compute,
                            int computes, int headMiB = 1024, int computeMiB = 512, int vcpus = 1)
{
    return writeDemoVariant(path, {}, [&](QJsonObject& role, bool isHead) {
        const DemoImage& image = isHead ? head : compute;
        role.insert(QStringLiteral("memoryMiB"), isHead ? headMiB : computeMiB);
        role.insert(QStringLiteral("vcpus"), vcpus);
        if (!isHead)
            role.insert(QStringLiteral("count"), computes);
        role.insert(QStringLiteral("image"),
                    kernelBootImage(image.disk, image.sha256, image.kernel, image.initrd, image.cmdline));
    });
}

} // namespace voc::test
