// SPDX-License-Identifier: GPL-3.0-or-later
#include "preflight.h"

#include "model/validation.h"
#include "virt/domainxml.h"
#include "virt/hypervisor.h"
#include "virt/overlay.h"

#include <QCoreApplication>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStorageInfo>
#include <QXmlStreamReader>

namespace voc {

namespace {

struct PreflightText
{
    Q_DECLARE_TR_FUNCTIONS(voc::LocalRun)
};

QString absoluteAgainst(const QString& dir, const QString& path)
{
    if (path.isEmpty())
        return path;
    return QDir::cleanPath(QDir(dir.isEmpty() ? QDir::currentPath() : dir).absoluteFilePath(path));
}

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

Status checkFile(const QString& path, const QString& what)
{
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, PreflightText::tr("the %1 does not exist").arg(what), path,
                         PreflightText::tr("check the image paths of the design, or build the image first "
                                           "(scripts/build-vcn-image)"));
    if (!info.isFile() || !info.isReadable())
        return makeError(ErrorCode::Io, PreflightText::tr("the %1 is not a readable file").arg(what), path);
    return Ok{};
}

} // namespace

Result<Plan> resolveLocalPlan(const Design& design, const QString& designDir)
{
    // A design may come from someone else: a host file it names (/etc/shadow as a disk) never boots
    // as a VCN's disk here either, by the same rules validate, plan, export and deploy apply.
    const Problems problems = validateDesign(design) + validateDesignFiles(design, designDir);
    for (const Problem& problem : problems) {
        if (problem.severity == Problem::Severity::Error)
            return makeError(ErrorCode::InvalidInput, problem.message, problem.path,
                             problem.hint.isEmpty() ? PreflightText::tr("run `vocctl validate` on the design")
                                                    : problem.hint);
    }
    Result<Plan> plan = planLocal(design);
    if (!plan)
        return plan.error();
    for (PlanEntry& entry : plan->entries) {
        entry.image.path = absoluteAgainst(designDir, entry.image.path);
        entry.image.kernel = absoluteAgainst(designDir, entry.image.kernel);
        entry.image.initrd = absoluteAgainst(designDir, entry.image.initrd);
    }
    return plan;
}

Result<QString> fileSha256(const QString& path, const std::function<bool()>& cancelled)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         PreflightText::tr("could not read the file: %1").arg(file.errorString()), path);
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QByteArray block(1024 * 1024, Qt::Uninitialized);
    for (;;) {
        if (cancelled && cancelled())
            return makeError(ErrorCode::Cancelled, PreflightText::tr("cancelled"), path);
        const qint64 got = file.read(block.data(), block.size());
        if (got < 0)
            return makeError(ErrorCode::Io,
                             PreflightText::tr("could not read the file: %1").arg(file.errorString()), path);
        if (got == 0)
            break;
        hash.addData(QByteArrayView(block.constData(), got));
    }
    return QString::fromLatin1(hash.result().toHex());
}

Status checkBaseImages(const Plan& plan, const OverlayStore& store, const std::function<bool()>& cancelled)
{
    QSet<QString> seen;
    for (const PlanEntry& entry : plan.entries) {
        const ImageRef& image = entry.image;
        if (image.bootMode == BootMode::Kernel) {
            if (Status kernel = checkFile(image.kernel, PreflightText::tr("kernel")); !kernel)
                return kernel;
            if (!image.initrd.isEmpty()) {
                if (Status initrd = checkFile(image.initrd, PreflightText::tr("initrd")); !initrd)
                    return initrd;
            }
        }
        if (seen.contains(image.path))
            continue;
        seen.insert(image.path);
        if (Status base = checkFile(image.path, PreflightText::tr("base image")); !base)
            return base;
        Result<QString> format = store.baseFormat(image.path);
        if (!format)
            return format.error();
        if (image.sha256.isEmpty())
            continue;
        Result<QString> actual = fileSha256(image.path, cancelled);
        if (!actual)
            return actual.error();
        if (actual->compare(image.sha256, Qt::CaseInsensitive) != 0)
            return makeError(
                ErrorCode::InvalidInput,
                PreflightText::tr("the base image's sha256 is %1, the design expects %2")
                    .arg(*actual, image.sha256.toLower()),
                image.path,
                PreflightText::tr("the image changed since the design recorded it: rebuild or re-checksum "
                                  "it, or fix the path"));
    }
    return Ok{};
}

Status checkDiskSpace(const QString& overlayDir, int vcnCount, qint64 perVcnMiB)
{
    // The folder may not exist yet: its nearest existing parent is on the same file system.
    QDir dir(QDir::cleanPath(QDir(overlayDir).absolutePath()));
    while (!dir.exists() && !dir.isRoot())
        dir.setPath(QFileInfo(dir.path()).path());
    const QStorageInfo storage(dir.path());
    if (!storage.isValid())
        return makeError(ErrorCode::Io, PreflightText::tr("could not read the free space"), overlayDir);
    const qint64 needed = qint64(vcnCount) * perVcnMiB * 1024 * 1024;
    const qint64 available = storage.bytesAvailable();
    if (available < needed)
        return makeError(ErrorCode::Exhausted,
                         PreflightText::tr("no disk space for the overlays: %1 MiB free, %2 VCNs need %3 MiB")
                             .arg(mib(available), QString::number(vcnCount), mib(needed)),
                         overlayDir,
                         PreflightText::tr("free some space on %1, or choose another overlay folder")
                             .arg(storage.rootPath()));
    return Ok{};
}

QString designOfDomainXml(const QString& xml)
{
    QXmlStreamReader reader(xml);
    while (!reader.atEnd()) {
        reader.readNext();
        if (reader.isStartElement() && reader.name() == QLatin1String("vcn") &&
            reader.namespaceUri() == QStringView(vcnMetadataNamespace))
            return reader.attributes().value(QLatin1String("design")).toString();
    }
    return {};
}

Result<LiveObjects> liveObjects(HypervisorConnection& connection, const QString& designName,
                                const QStringList& hostnames)
{
    LiveObjects live;
    QSet<QString> exact;
    for (const QString& hostname : hostnames)
        exact.insert(domainName(designName, hostname));
    Result<QList<DomainInfo>> domains = connection.listDomains(domainName(designName, QString()));
    if (!domains)
        return domains.error();
    for (const DomainInfo& domain : *domains) {
        if (exact.contains(domain.name)) {
            live.domains.append(domain.name);
            continue;
        }
        Result<QString> xml = connection.domainXml(domain.name);
        if (xml && designOfDomainXml(*xml) == designName)
            live.domains.append(domain.name);
    }
    const QString network = networkName(designName);
    Result<QStringList> networks = connection.listNetworks(network);
    if (!networks)
        return networks.error();
    if (networks->contains(network))
        live.networks.append(network);
    return live;
}

} // namespace voc
