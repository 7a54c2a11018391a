// SPDX-License-Identifier: GPL-3.0-or-later
// The Images page's file work as jobs on a worker thread: inspecting an image, importing the
// manifests of built images, and reading and writing the catalogue.
#pragma once

#include "common/job.h"
#include "images/imagecatalogue.h"
#include "images/imageinfo.h"

#include <QList>
#include <QStringList>

namespace voc {

// inspectImage(), or loadManifest() when the path is a build-vcn-image manifest.json.
class InspectImageJob : public TypedJob<ImageInfo>
{
    Q_OBJECT

public:
    explicit InspectImageJob(QString path, QObject* parent = nullptr);
    QString path() const { return m_path; }

protected:
    Result<ImageInfo> run() override;

private:
    QString m_path;
};

// Every manifest build-vcn-image printed; the first one that fails stops the import.
class ImportManifestsJob : public TypedJob<QList<ImageInfo>>
{
    Q_OBJECT

public:
    explicit ImportManifestsJob(QStringList manifests, QObject* parent = nullptr);

protected:
    Result<QList<ImageInfo>> run() override;

private:
    QStringList m_manifests;
};

struct LoadedCatalogue
{
    ImageCatalogue catalogue;
    QStringList missing; // entries whose file is gone
};

class LoadCatalogueJob : public TypedJob<LoadedCatalogue>
{
    Q_OBJECT

public:
    explicit LoadCatalogueJob(QString filePath, QObject* parent = nullptr);

protected:
    Result<LoadedCatalogue> run() override;

private:
    QString m_filePath;
};

// Saves a copy, so the page may edit its catalogue while the file is written.
class SaveCatalogueJob : public TypedJob<Ok>
{
    Q_OBJECT

public:
    explicit SaveCatalogueJob(ImageCatalogue catalogue, QObject* parent = nullptr);

protected:
    Result<Ok> run() override;

private:
    ImageCatalogue m_catalogue;
};

} // namespace voc
