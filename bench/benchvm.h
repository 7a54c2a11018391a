// SPDX-License-Identifier: GPL-3.0-or-later
// What bench_launch and bench_boot share: running inside the private libvirtd of
// tests/e2e/libvirt-sandbox, the VCN images of scripts/build-vcn-image, and designs made of them.
#pragma once

#include "model/design.h"
#include "run/preflight.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <cstdio>
#include <optional>
#include <unistd.h>
#include <vector>

namespace voc::bench {

struct BenchVmText
{
    Q_DECLARE_TR_FUNCTIONS(voc::BenchVm)
};

// As root outside the sandbox: builds the images of `roles` first (the sandbox has no network for
// debootstrap; inside, the build finds them in its cache), then runs the benchmark again inside the
// sandbox (private namespaces and libvirtd), so the host's libvirt is never touched. Returns only
// when no re-exec happened.
inline void reexecInSandbox(int argc, char** argv, const char* sandboxScript, const QString& sourceDir,
                            const QStringList& roles)
{
    if (::geteuid() != 0 || !qEnvironmentVariableIsEmpty("VOC_LIBVIRT_SANDBOX"))
        return;
    for (const QString& role : roles) {
        QProcess build;
        build.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        build.start(sourceDir + QStringLiteral("/scripts/build-vcn-image"), {QStringLiteral("--role"), role});
        if (!build.waitForFinished(3600 * 1000) || build.exitStatus() != QProcess::NormalExit ||
            build.exitCode() != 0) {
            std::fprintf(stderr, "%s\n",
                         qPrintable(BenchVmText::tr("could not build the %1 image (scripts/build-vcn-image "
                                                    "--role %1)")
                                        .arg(role)));
            std::exit(1);
        }
    }
    std::vector<char*> args;
    args.push_back(const_cast<char*>(sandboxScript));
    for (int i = 0; i < argc; ++i)
        args.push_back(argv[i]);
    args.push_back(nullptr);
    ::execv(sandboxScript, args.data());
    std::perror("could not run the libvirt sandbox");
    std::exit(1);
}

// Why the benchmark cannot run here, or nothing when it can.
inline std::optional<QString> sandboxMissing()
{
    if (::geteuid() != 0)
        return BenchVmText::tr("needs root: it starts its own libvirtd in private namespaces");
    if (qEnvironmentVariableIsEmpty("VOC_LIBVIRT_SANDBOX"))
        return BenchVmText::tr("the libvirt sandbox did not start");
    return std::nullopt;
}

struct VcnImage
{
    QString disk, kernel, initrd, cmdline, sha256;
};

// Builds (or finds in its cache) an image with scripts/build-vcn-image and copies its files into
// `dir`, so a concurrent rebuild of the cache cannot pull them from under a running VCN.
inline Result<VcnImage> buildImage(const QString& sourceDir, const QString& role, const QString& dir)
{
    const QString script = sourceDir + QStringLiteral("/scripts/build-vcn-image");
    QProcess build;
    build.start(script, {QStringLiteral("--role"), role, QStringLiteral("--print-paths")});
    if (!build.waitForFinished(3600 * 1000) || build.exitCode() != 0)
        return makeError(ErrorCode::External, BenchVmText::tr("could not build the %1 image").arg(role),
                         script, QString::fromLocal8Bit(build.readAllStandardError().right(400)).trimmed());
    VcnImage image;
    for (const QByteArray& line : build.readAllStandardOutput().split('\n')) {
        const QString text = QString::fromUtf8(line).trimmed();
        const QString key = text.section(QLatin1Char('='), 0, 0);
        const QString value = text.section(QLatin1Char('='), 1);
        if (key == QLatin1String("disk"))
            image.disk = value;
        else if (key == QLatin1String("kernel"))
            image.kernel = value;
        else if (key == QLatin1String("initrd"))
            image.initrd = value;
        else if (key == QLatin1String("cmdline"))
            image.cmdline = value;
        else if (key == QLatin1String("sha256"))
            image.sha256 = value;
    }
    if (image.disk.isEmpty() || image.kernel.isEmpty())
        return makeError(ErrorCode::Parse, BenchVmText::tr("build-vcn-image printed no disk or kernel"),
                         script);
    const QString copies = dir + QLatin1Char('/') + role;
    if (!QDir().mkpath(copies))
        return makeError(ErrorCode::Io, BenchVmText::tr("could not create the folder"), copies);
    for (QString* file : {&image.disk, &image.kernel, &image.initrd}) {
        if (file->isEmpty())
            continue;
        const QString copy = copies + QLatin1Char('/') + QFileInfo(*file).fileName();
        if (!QFile::exists(copy) && !QFile::copy(*file, copy))
            return makeError(ErrorCode::Io, BenchVmText::tr("could not copy the image"), *file);
        *file = copy;
    }
    // The copy is what the runs verify; a rebuild between build and copy would show here.
    Result<QString> sum = fileSha256(image.disk);
    if (!sum)
        return sum.error();
    if (*sum != image.sha256)
        return makeError(ErrorCode::Conflict, BenchVmText::tr("the copied image changed meanwhile"),
                         image.disk, BenchVmText::tr("run the benchmark again"));
    return image;
}

inline ImageRef imageRef(const VcnImage& image)
{
    return ImageRef{.path = image.disk,
                    .sha256 = image.sha256,
                    .bootMode = BootMode::Kernel,
                    .kernel = image.kernel,
                    .initrd = image.initrd,
                    .cmdline = image.cmdline,
                    .build = {}};
}

// 1 head + (vcns - 1) compute nodes, 1 vCPU each, on their own /24.
inline Design benchDesign(const QString& name, int vcns, const VcnImage& head, const VcnImage& compute,
                          int memoryMiB, int subnetOctet)
{
    Design design = makeDefaultDesign(name);
    design.vo = QStringLiteral("benchvo");
    design.network.subnet = QStringLiteral("10.78.%1.0/24").arg(subnetOctet);
    design.roles.clear();
    Role headRole;
    headRole.kind = RoleKind::Head;
    headRole.count = 1;
    headRole.vcpus = 1;
    headRole.memoryMiB = memoryMiB;
    headRole.image = imageRef(head);
    headRole.hostnamePattern = QStringLiteral("{voc}-head");
    design.roles.append(headRole);
    Role computeRole = headRole;
    computeRole.kind = RoleKind::Compute;
    computeRole.count = qMax(1, vcns - 1);
    computeRole.image = imageRef(compute);
    computeRole.hostnamePattern = QStringLiteral("{voc}-compute{index:02}");
    design.roles.append(computeRole);
    return design;
}

} // namespace voc::bench
