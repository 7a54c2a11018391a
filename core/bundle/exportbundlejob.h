// SPDX-License-Identifier: GPL-3.0-or-later
// Export of a design and its images as one migration bundle: the paper's "bring the VOC down,
// copy two disk images and a small configuration file, boot it at another site".
#pragma once

#include "bundle/bundlemanifest.h"
#include "common/job.h"

#include <QString>

namespace voc {

struct ExportBundleOptions
{
    QString designPath;                         // the .voc to export
    QString outputPath;                         // the bundle to write
    bool overwrite = false;                     // replace an existing outputPath
    QString tarProgram = QStringLiteral("tar"); // GNU tar
};

struct ExportedBundle
{
    QString path;            // absolute
    qint64 archiveBytes = 0; // the bundle's size on disk
    BundleManifest manifest;
};

// The archive is a POSIX (pax) tar written by GNU tar: bundle.json first, then "<name>.voc" with
// its image paths pointing into images/, then each distinct image file once (a sparse image stays
// sparse). Every image is hashed first; a design whose recorded sha256 no longer matches its image
// is refused. The archive is written under a temporary name beside outputPath and renamed at the
// end; cancel or failure removes it. Progress is in KiB: hashing, then archiving.
class ExportBundleJob : public TypedJob<ExportedBundle>
{
    Q_OBJECT

public:
    explicit ExportBundleJob(ExportBundleOptions options, QObject* parent = nullptr);

    const ExportBundleOptions& options() const { return m_options; }

protected:
    Result<ExportedBundle> run() override;

private:
    ExportBundleOptions m_options;
};

} // namespace voc
