// SPDX-License-Identifier: GPL-3.0-or-later
#include "imageinfo.h"

#include "common/atomicfile.h"
#include "common/jsonfile.h"
#include "common/logging.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>

namespace voc {

namespace {

struct ImageInfoText
{
    Q_DECLARE_TR_FUNCTIONS(voc::ImageInfo)
};

const QLatin1String manifestFormat("vocstudio-image-manifest/1");

QString flattenHint(const QString& path)
{
    return ImageInfoText::tr("make a stand-alone copy: qemu-img convert -O qcow2 %1 <new file>.qcow2")
        .arg(path);
}

bool isSha256(const QString& text)
{
    if (text.size() != 64)
        return false;
    return std::all_of(text.cbegin(), text.cend(), [](QChar c) {
        return (c >= QLatin1Char('0') && c <= QLatin1Char('9')) ||
               (c >= QLatin1Char('a') && c <= QLatin1Char('f'));
    });
}

} // namespace

Result<ImageInfo> inspectImage(const QString& path, const QemuImg& qemuImg)
{
    const QFileInfo file(path);
    if (!file.exists())
        return makeError(
            ErrorCode::NotFound, ImageInfoText::tr("the image does not exist"), path,
            ImageInfoText::tr("check the path, or build the image first (scripts/build-vcn-image)"));
    if (!file.isFile() || !file.isReadable())
        return makeError(ErrorCode::Io, ImageInfoText::tr("the image is not a readable file"), path,
                         ImageInfoText::tr("check that the path names a file and that you may read it"));
    const QString absolute = file.absoluteFilePath();
    // -U: reading the header is safe while running VCNs hold the image open.
    Result<QemuImg::Output> output = qemuImg.run(
        {QStringLiteral("info"), QStringLiteral("-U"), QStringLiteral("--output=json"), absolute}, absolute);
    if (!output)
        return output.error();
    const QJsonObject json = QJsonDocument::fromJson(output->standardOutput).object();
    const QString format = json.value(QLatin1String("format")).toString();
    if (format.isEmpty())
        return makeError(ErrorCode::Parse,
                         ImageInfoText::tr("%1 info gave no image format").arg(qemuImg.program()), absolute);
    if (format != QLatin1String("qcow2") && format != QLatin1String("raw"))
        return makeError(
            ErrorCode::UnsupportedFormat,
            ImageInfoText::tr("the image is in %1 format; VCNs boot from qcow2 or raw images").arg(format),
            absolute,
            ImageInfoText::tr("convert it: qemu-img convert -O qcow2 %1 <new file>.qcow2").arg(absolute));
    const QString backing = json.value(QLatin1String("backing-filename")).toString();
    if (!backing.isEmpty())
        return makeError(
            ErrorCode::InvalidInput,
            ImageInfoText::tr("the image is an overlay on %1; a base image must stand alone").arg(backing),
            absolute, flattenHint(absolute));

    ImageInfo info;
    info.path = absolute;
    info.format = format;
    info.virtualSizeBytes = json.value(QLatin1String("virtual-size")).toInteger();
    info.sizeBytes = json.value(QLatin1String("actual-size")).toInteger(file.size());
    qCDebug(lcVirt) << "image" << absolute << format << info.virtualSizeBytes << "virtual bytes";
    return info;
}

Result<ImageInfo> loadManifest(const QString& manifestPath)
{
    const Result<QJsonObject> read = readFormattedJsonFile(
        manifestPath, 1024 * 1024,
        {ImageInfoText::tr("the image manifest"), QString(manifestFormat),
         ImageInfoText::tr("build the image again (scripts/build-vcn-image --force)"),
         ImageInfoText::tr("build the image with this version's scripts/build-vcn-image")});
    if (!read)
        return read.error();
    const QJsonObject& json = *read;

    const QDir dir = QFileInfo(manifestPath).absoluteDir();
    const auto pathOf = [&](const char* key) {
        const QString value = json.value(QLatin1String(key)).toString();
        return value.isEmpty() ? QString() : QDir::cleanPath(dir.absoluteFilePath(value));
    };

    ImageInfo info;
    info.path = pathOf("disk");
    info.format = json.value(QLatin1String("diskFormat")).toString();
    info.sizeBytes = json.value(QLatin1String("sizeBytes")).toInteger();
    info.virtualSizeBytes = json.value(QLatin1String("virtualSizeBytes")).toInteger();
    info.sha256 = json.value(QLatin1String("sha256")).toString().toLower();
    info.role = json.value(QLatin1String("role")).toString();
    info.kernel = pathOf("kernel");
    info.initrd = pathOf("initrd");
    info.cmdline = json.value(QLatin1String("cmdline")).toString();
    const QString bootMode = json.value(QLatin1String("bootMode")).toString();
    if (!fromString(bootMode, &info.bootMode))
        return makeError(ErrorCode::Parse,
                         ImageInfoText::tr("unknown boot mode \"%1\" in the image manifest").arg(bootMode),
                         manifestPath);

    if (info.path.isEmpty())
        return makeError(ErrorCode::Parse, ImageInfoText::tr("the image manifest names no disk"),
                         manifestPath);
    if (info.format != QLatin1String("qcow2") && info.format != QLatin1String("raw"))
        return makeError(ErrorCode::UnsupportedFormat,
                         ImageInfoText::tr("the image manifest's disk is in \"%1\" format, not qcow2 or raw")
                             .arg(info.format),
                         manifestPath);
    if (!isSha256(info.sha256))
        return makeError(ErrorCode::Parse, ImageInfoText::tr("the image manifest has no valid sha256"),
                         manifestPath,
                         ImageInfoText::tr("build the image again (scripts/build-vcn-image --force)"));
    if (info.virtualSizeBytes <= 0)
        return makeError(ErrorCode::Parse, ImageInfoText::tr("the image manifest has no virtual size"),
                         manifestPath);

    QStringList files{info.path};
    if (info.bootMode == BootMode::Kernel) {
        if (info.kernel.isEmpty())
            return makeError(ErrorCode::Parse,
                             ImageInfoText::tr("the image boots a kernel but its manifest names none"),
                             manifestPath);
        files << info.kernel;
        if (!info.initrd.isEmpty())
            files << info.initrd;
    }
    for (const QString& file : std::as_const(files)) {
        if (!QFileInfo(file).isFile())
            return makeError(ErrorCode::NotFound,
                             ImageInfoText::tr("a file the image manifest names is missing"), file,
                             ImageInfoText::tr("build the image again (scripts/build-vcn-image --force)"));
    }
    return info;
}

ImageRef toImageRef(const ImageInfo& info)
{
    ImageRef ref;
    ref.path = info.path;
    ref.sha256 = info.sha256;
    ref.bootMode = info.bootMode;
    ref.kernel = info.kernel;
    ref.initrd = info.initrd;
    ref.cmdline = info.cmdline;
    return ref;
}

} // namespace voc
