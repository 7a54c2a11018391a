// SPDX-License-Identifier: GPL-3.0-or-later
#include "overlay.h"

#include "virt/domainxml.h"

#include "common/logging.h"
#include "hypervisor.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QJsonObject>
#include <QXmlStreamReader>

namespace voc {

namespace {

struct OverlayText
{
    Q_DECLARE_TR_FUNCTIONS(voc::OverlayStore)
};

} // namespace

OverlayStore::OverlayStore(QString qemuImg, int timeoutMs)
    : m_qemuImg(std::move(qemuImg), timeoutMs)
{}

Result<QString> OverlayStore::baseFormat(const QString& baseImage) const
{
    const QFileInfo info(baseImage);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, OverlayText::tr("the base image does not exist"), baseImage,
                         OverlayText::tr("check the image path of the role, or build the image first"));
    if (!info.isFile() || !info.isReadable())
        return makeError(ErrorCode::Io, OverlayText::tr("the base image is not a readable file"), baseImage);
    // -U: reading the header is safe while running VCNs hold the base open read-only.
    Result<QemuImg::Output> output = m_qemuImg.run({QStringLiteral("info"), QStringLiteral("-U"),
                                                    QStringLiteral("--output=json"), info.absoluteFilePath()},
                                                   baseImage);
    if (!output)
        return output.error();
    const QString format =
        QJsonDocument::fromJson(output->standardOutput).object().value(QLatin1String("format")).toString();
    if (format != QLatin1String("qcow2") && format != QLatin1String("raw"))
        return makeError(
            ErrorCode::UnsupportedFormat,
            OverlayText::tr("the base image is in %1 format; VCNs boot from qcow2 or raw images")
                .arg(format.isEmpty() ? OverlayText::tr("an unknown") : format),
            baseImage,
            OverlayText::tr("convert it: qemu-img convert -O qcow2 %1 <new file>.qcow2").arg(baseImage));
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
        return makeError(ErrorCode::Io, OverlayText::tr("could not create the overlay folder"), dir,
                         OverlayText::tr("check that its parent is writable"));
    const QString overlay = overlayPath(dir, prefix, entry);
    // qemu-img create would truncate it: that could be the disk of a VCN that is running now.
    if (QFileInfo::exists(overlay))
        return makeError(
            ErrorCode::Conflict, OverlayText::tr("the overlay exists already"), overlay,
            OverlayText::tr("another run of this VOC is up, or a crashed run left it: stop or clean "
                            "that run first (vocctl down)"));
    Result<QemuImg::Output> output = m_qemuImg.run(
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
        return makeError(ErrorCode::Io,
                         OverlayText::tr("could not remove the overlay: %1").arg(file.errorString()),
                         overlayPath, OverlayText::tr("check the folder's permissions"));
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
        for (const QString& file : diskFilesOfDomainXml(*xml))
            files.insert(file);
    }
    return files;
}

} // namespace voc
