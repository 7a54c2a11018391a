// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagecatalogue.h"

#include "common/atomicfile.h"
#include "common/jsonfile.h"
#include "common/jsonwriter.h"
#include "images/checksumjob.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

namespace voc {

namespace {

struct CatalogueText
{
    Q_DECLARE_TR_FUNCTIONS(voc::ImageCatalogue)
};

const QLatin1String catalogueFormat("vocstudio-images/1");

QString absolutePath(const QString& path)
{
    return path.isEmpty() ? path : QDir::cleanPath(QFileInfo(path).absoluteFilePath());
}

Result<ImageInfo> entryFromJson(const QJsonObject& json, const QString& where)
{
    ImageInfo info;
    info.path = json.value(QLatin1String("path")).toString();
    info.format = json.value(QLatin1String("format")).toString();
    info.sizeBytes = json.value(QLatin1String("sizeBytes")).toInteger();
    info.virtualSizeBytes = json.value(QLatin1String("virtualSizeBytes")).toInteger();
    info.sha256 = json.value(QLatin1String("sha256")).toString();
    info.kernel = json.value(QLatin1String("kernel")).toString();
    info.initrd = json.value(QLatin1String("initrd")).toString();
    info.cmdline = json.value(QLatin1String("cmdline")).toString();
    info.role = json.value(QLatin1String("role")).toString();
    const QString bootMode = json.value(QLatin1String("bootMode")).toString(QStringLiteral("disk"));
    if (!fromString(bootMode, &info.bootMode))
        return makeError(ErrorCode::Parse, CatalogueText::tr("unknown boot mode \"%1\"").arg(bootMode),
                         where);
    if (info.path.isEmpty())
        return makeError(ErrorCode::Parse, CatalogueText::tr("an image entry has no path"), where);
    return info;
}

} // namespace

ImageCatalogue::ImageCatalogue(QString filePath)
    : m_filePath(std::move(filePath))
{}

QString ImageCatalogue::defaultPath()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation) + QLatin1String("/images.json");
}

Status ImageCatalogue::load()
{
    if (!QFileInfo::exists(m_filePath)) {
        m_entries.clear();
        return Ok{};
    }
    const Result<QJsonObject> read = readFormattedJsonFile(
        m_filePath, qint64(16) * 1024 * 1024,
        {CatalogueText::tr("the image catalogue"), QString(catalogueFormat),
         CatalogueText::tr("fix or remove the file; the images themselves are not affected"),
         CatalogueText::tr("use the VOC Studio version that wrote it, or remove the file")});
    if (!read)
        return read.error();
    const QJsonObject& json = *read;
    QList<ImageInfo> entries;
    const QJsonArray images = json.value(QLatin1String("images")).toArray();
    for (qsizetype i = 0; i < images.size(); ++i) {
        const QString where = m_filePath + QStringLiteral(": images[%1]").arg(i);
        Result<ImageInfo> info = entryFromJson(images.at(i).toObject(), where);
        if (!info)
            return info.error();
        entries.append(*info);
    }
    m_entries = entries;
    return Ok{};
}

Status ImageCatalogue::save() const
{
    const QString dir = QFileInfo(m_filePath).absolutePath();
    if (!QDir().mkpath(dir))
        return makeError(ErrorCode::Io,
                         CatalogueText::tr("could not create the folder of the image catalogue"), dir,
                         CatalogueText::tr("check that its parent is writable"));
    JsonWriter writer;
    writer.beginObject();
    writer.field("format", QString(catalogueFormat));
    writer.beginArray("images");
    for (const ImageInfo& info : m_entries) {
        writer.beginObject();
        writer.field("path", info.path);
        writer.field("format", info.format);
        writer.field("sizeBytes", QJsonValue(info.sizeBytes));
        writer.field("virtualSizeBytes", QJsonValue(info.virtualSizeBytes));
        writer.field("sha256", info.sha256);
        writer.field("bootMode", toString(info.bootMode));
        if (info.bootMode == BootMode::Kernel) {
            writer.field("kernel", info.kernel);
            writer.field("initrd", info.initrd);
            writer.field("cmdline", info.cmdline);
        }
        if (!info.role.isEmpty())
            writer.field("role", info.role);
        writer.endObject();
    }
    writer.endArray();
    writer.endObject();
    return writeFileAtomically(m_filePath, writer.result());
}

Status ImageCatalogue::add(const ImageInfo& info)
{
    ImageInfo entry = info;
    entry.path = absolutePath(info.path);
    if (entry.path.isEmpty())
        return makeError(ErrorCode::InvalidInput, CatalogueText::tr("an image needs a path"), m_filePath);
    if (find(entry.path))
        return makeError(ErrorCode::Conflict, CatalogueText::tr("the image is in the catalogue already"),
                         entry.path, CatalogueText::tr("remove the old entry first, or refresh it"));
    m_entries.append(entry);
    return Ok{};
}

void ImageCatalogue::replace(const ImageInfo& info)
{
    ImageInfo entry = info;
    entry.path = absolutePath(info.path);
    for (ImageInfo& existing : m_entries) {
        if (existing.path == entry.path) {
            existing = entry;
            return;
        }
    }
    m_entries.append(entry);
}

bool ImageCatalogue::remove(const QString& path)
{
    const QString absolute = absolutePath(path);
    return m_entries.removeIf([&](const ImageInfo& info) { return info.path == absolute; }) > 0;
}

std::optional<ImageInfo> ImageCatalogue::find(const QString& path) const
{
    const QString absolute = absolutePath(path);
    for (const ImageInfo& info : m_entries) {
        if (info.path == absolute)
            return info;
    }
    return std::nullopt;
}

Status ImageCatalogue::verify(const ImageInfo& entry)
{
    ChecksumJob job(entry.path);
    job.exec();
    const std::optional<Result<QString>> result = job.result();
    if (!result->ok())
        return result->error();
    return compareChecksum(entry, result->value());
}

Status ImageCatalogue::compareChecksum(const ImageInfo& entry, const QString& actualSha256)
{
    if (entry.sha256.isEmpty())
        return makeError(ErrorCode::InvalidInput, CatalogueText::tr("no checksum is recorded for the image"),
                         entry.path, CatalogueText::tr("compute its checksum first"));
    if (entry.sha256.compare(actualSha256, Qt::CaseInsensitive) != 0)
        return makeError(
            ErrorCode::InvalidInput,
            CatalogueText::tr("the image's checksum does not match: expected sha256 %1, the file has %2")
                .arg(entry.sha256, actualSha256),
            entry.path,
            CatalogueText::tr("the file changed since it was added (a base image must never be written): "
                              "restore or rebuild it, then add it again"));
    return Ok{};
}

} // namespace voc
