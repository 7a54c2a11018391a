// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagejobs.h"

#include <QFileInfo>

namespace voc {

InspectImageJob::InspectImageJob(QString path, QObject* parent)
    : TypedJob<ImageInfo>(parent)
    , m_path(std::move(path))
{}

Result<ImageInfo> InspectImageJob::run()
{
    reportProgress(0, 1, tr("Inspecting %1").arg(QFileInfo(m_path).fileName()));
    if (QFileInfo(m_path).fileName() == QLatin1String("manifest.json"))
        return loadManifest(m_path);
    return inspectImage(m_path);
}

ImportManifestsJob::ImportManifestsJob(QStringList manifests, QObject* parent)
    : TypedJob<QList<ImageInfo>>(parent)
    , m_manifests(std::move(manifests))
{}

Result<QList<ImageInfo>> ImportManifestsJob::run()
{
    QList<ImageInfo> images;
    for (qsizetype i = 0; i < m_manifests.size(); ++i) {
        reportProgress(int(i), int(m_manifests.size()), tr("Importing %1").arg(m_manifests.at(i)));
        Result<ImageInfo> info = loadManifest(m_manifests.at(i));
        if (!info)
            return info.error();
        images.append(*info);
    }
    return images;
}

LoadCatalogueJob::LoadCatalogueJob(QString filePath, QObject* parent)
    : TypedJob<LoadedCatalogue>(parent)
    , m_filePath(std::move(filePath))
{}

Result<LoadedCatalogue> LoadCatalogueJob::run()
{
    LoadedCatalogue loaded{ImageCatalogue(m_filePath), {}};
    if (Status status = loaded.catalogue.load(); !status)
        return status.error();
    for (const ImageInfo& info : loaded.catalogue.entries()) {
        if (!QFileInfo::exists(info.path))
            loaded.missing.append(info.path);
    }
    return loaded;
}

SaveCatalogueJob::SaveCatalogueJob(ImageCatalogue catalogue, QObject* parent)
    : TypedJob<Ok>(parent)
    , m_catalogue(std::move(catalogue))
{}

Result<Ok> SaveCatalogueJob::run()
{
    return m_catalogue.save();
}

} // namespace voc
