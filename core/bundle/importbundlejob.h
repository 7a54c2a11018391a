// SPDX-License-Identifier: GPL-3.0-or-later
// Import of a migration bundle: checked in full before a byte is written, extracted into a folder,
// every image verified against its sha256.
#pragma once

#include "bundle/bundlemanifest.h"
#include "common/job.h"

#include <QString>
#include <QStringList>

namespace voc {

struct ImportBundleOptions
{
    QString archivePath;
    QString targetDir;      // created when missing
    bool overwrite = false; // replace files that exist in targetDir
};

struct ImportedBundle
{
    QString designPath; // absolute: targetDir/<name>.voc, its image paths relative to it
    BundleManifest manifest;
    QStringList files; // every file written, absolute
};

// Reads the archive's listing and bundle.json and refuses the whole bundle when anything is off:
// an absolute name or one with "..", a link, device or other non-file member, a member bundle.json
// does not declare (or one declared and missing), a bundle.json of another format, a size that
// differs from the declared one, a damaged or truncated archive, a design whose images are not in
// the bundle. Returns the manifest; nothing is written.
Result<BundleManifest> checkBundle(const QString& archivePath);

// checkBundle(), then the images are extracted under temporary names (sparse kept), each hashed
// and compared with bundle.json, and only when all match renamed into place with the design.
// A mismatch names the image and leaves nothing behind; so do cancel and any other failure.
// Existing files are a Conflict unless options.overwrite. Progress is in KiB: extraction, then
// hashing.
class ImportBundleJob : public TypedJob<ImportedBundle>
{
    Q_OBJECT

public:
    explicit ImportBundleJob(ImportBundleOptions options, QObject* parent = nullptr);

    const ImportBundleOptions& options() const { return m_options; }

protected:
    Result<ImportedBundle> run() override;

private:
    ImportBundleOptions m_options;
};

} // namespace voc
