// SPDX-License-Identifier: GPL-3.0-or-later
#include "overlay.h"

#include "common/logging.h"
#include "hypervisor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QXmlStreamReader>

namespace voc {

namespace {

struct OverlayText
{
    Q_DECLARE_TR_FUNCTIONS(voc::OverlayStore)
};
using Text = OverlayText;

// qemu-img's own message for the conditions a user can act on.
Error qemuImgError(const QString& what, const QString& where, const QString& message)
{
    const QString text = message.isEmpty() ? what : what + QLatin1String(": ") + message;
    if (message.contains(QLatin1String("No space left on device")))
        return makeError(ErrorCode::Exhausted, text, where,
                         Text::tr("free some space on the disk that holds %1").arg(where));
    if (message.contains(QLatin1String("Permission denied")))
        return makeError(ErrorCode::Io, text, where, Text::tr("check the permissions of %1").arg(where));
    return makeError(ErrorCode::External, text, where);
}

QString firstLine(const QString& text)
{
    return text.trimmed().section(QLatin1Char('\n'), 0, 0);
}

} // namespace

OverlayStore::OverlayStore(QString qemuImg, int timeoutMs)
    : m_qemuImg(std::move(qemuImg))
    , m_timeoutMs(timeoutMs)
{}

Result<OverlayStore::Output> OverlayStore::runQemuImg(const QStringList& arguments,
                                                      const QString& where) const
{
    QProcess process;
    process.start(m_qemuImg, arguments);
    if (!process.waitForStarted())
        return makeError(ErrorCode::External,
                         Text::tr("could not run %1: %2").arg(m_qemuImg, process.errorString()), where,
                         Text::tr("install qemu-utils (scripts/setup)"));
    if (!process.waitForFinished(m_timeoutMs)) {
        process.kill();
        process.waitForFinished();
        return makeError(ErrorCode::External, Text::tr("%1 did not finish in time").arg(m_qemuImg), where);
    }
    Output output{process.readAllStandardOutput(), QString::fromLocal8Bit(process.readAllStandardError())};
    if (process.exitStatus() != QProcess::NormalExit || process.exitCode() != 0)
        return qemuImgError(Text::tr("%1 %2 failed").arg(m_qemuImg, arguments.value(0)), where,
                            firstLine(output.standardError));
    return output;
}

Result<QString> OverlayStore::baseFormat(const QString& baseImage) const
{
    const QFileInfo info(baseImage);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, Text::tr("the base image does not exist"), baseImage,
                         Text::tr("check the image path of the role, or build the image first"));
    if (!info.isFile() || !info.isReadable())
        return makeError(ErrorCode::Io, Text::tr("the base image is not a readable file"), baseImage);
    // -U: reading the header is safe while running VCNs hold the base open read-only.
    Result<Output> output = runQemuImg({QStringLiteral("info"), QStringLiteral("-U"),
                                        QStringLiteral("--output=json"), info.absoluteFilePath()},
                                       baseImage);
    if (!output)
        return output.error();
    const QString format =
        QJsonDocument::fromJson(output->standardOutput).object().value(QLatin1String("format")).toString();
    if (format != QLatin1String("qcow2") && format != QLatin1String("raw"))
        return makeError(
            ErrorCode::UnsupportedFormat,
            Text::tr("the base image is in %1 format; VCNs boot from qcow2 or raw images")
                .arg(format.isEmpty() ? Text::tr("an unknown") : format),
            baseImage, Text::tr("convert it: qemu-img convert -O qcow2 %1 <new file>.qcow2").arg(baseImage));
    return format;
}

QString OverlayStore::overlayPath(const QString& dir, const QString& prefix, const PlanEntry& entry)
{
    return QDir(dir).absoluteFilePath(prefix + entry.hostname + QLatin1String(".qcow2"));
}

Result<QString> OverlayStore::createFor(const PlanEntry& entry, const QString& baseImage, const QString& dir,
                                        const QString& prefix) const
{
    Result<QString> format = baseFormat(baseImage);
    if (!format)
        return format.error();
    if (!QDir().mkpath(dir))
        return makeError(ErrorCode::Io, Text::tr("could not create the overlay folder"), dir,
                         Text::tr("check that its parent is writable"));
    const QString overlay = overlayPath(dir, prefix, entry);
    // qemu-img create would truncate it: that could be the disk of a VCN that is running now.
    if (QFileInfo::exists(overlay))
        return makeError(ErrorCode::Conflict, Text::tr("the overlay exists already"), overlay,
                         Text::tr("another run of this VOC is up, or a crashed run left it: stop or clean "
                                  "that run first (vocctl down)"));
    Result<Output> output = runQemuImg(
        {QStringLiteral("create"), QStringLiteral("-f"), QStringLiteral("qcow2"), QStringLiteral("-F"),
         *format, QStringLiteral("-b"), QFileInfo(baseImage).absoluteFilePath(), overlay},
        overlay);
    if (!output) {
        QFile::remove(overlay); // a partial file would look like a leftover
        return output.error();
    }
    qCDebug(lcVirt) << "overlay" << overlay << "on" << baseImage << *format;
    return overlay;
}

Status OverlayStore::remove(const QString& overlayPath) const
{
    QFile file(overlayPath);
    if (!file.exists())
        return Ok{};
    if (!file.remove())
        return makeError(ErrorCode::Io, Text::tr("could not remove the overlay: %1").arg(file.errorString()),
                         overlayPath, Text::tr("check the folder's permissions"));
    return Ok{};
}

Result<QStringList> OverlayStore::sweep(const QString& dir, const QString& prefix,
                                        const QSet<QString>& inUse) const
{
    QStringList removed;
    const QDir folder(dir);
    if (!folder.exists())
        return removed;
    const QStringList names = folder.entryList({prefix + QLatin1String("*.qcow2")}, QDir::Files, QDir::Name);
    for (const QString& name : names) {
        const QString path = folder.absoluteFilePath(name);
        if (inUse.contains(path))
            continue;
        if (Status status = remove(path); !status)
            return status.error();
        removed.append(path);
    }
    return removed;
}

Result<QSet<QString>> OverlayStore::overlaysInUse(HypervisorConnection& connection,
                                                  const QString& domainPrefix)
{
    Result<QList<DomainInfo>> domains = connection.listDomains(domainPrefix);
    if (!domains)
        return domains.error();
    QSet<QString> files;
    for (const DomainInfo& domain : *domains) {
        Result<QString> xml = connection.domainXml(domain.name);
        if (!xml) {
            if (xml.error().code == ErrorCode::NotFound)
                continue; // it stopped meanwhile: its overlay is a leftover now
            return xml.error();
        }
        // <devices><disk><source file='...'/></disk>: backing files are listed deeper, inside
        // <backingStore>, and are base images, never ours to remove anyway.
        QXmlStreamReader reader(*xml);
        int diskDepth = 0;
        while (!reader.atEnd()) {
            reader.readNext();
            if (reader.isStartElement()) {
                if (reader.name() == QLatin1String("disk"))
                    diskDepth = 1;
                else if (diskDepth > 0)
                    ++diskDepth;
                if (diskDepth == 2 && reader.name() == QLatin1String("source")) {
                    const QString file = reader.attributes().value(QLatin1String("file")).toString();
                    if (!file.isEmpty())
                        files.insert(file);
                }
            } else if (reader.isEndElement() && diskDepth > 0) {
                --diskDepth;
            }
        }
    }
    return files;
}

} // namespace voc
