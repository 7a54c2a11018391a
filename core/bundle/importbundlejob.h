// SPDX-License-Identifier: GPL-3.0-or-later
// Import of a migration bundle: checked in full before a byte is written, extracted into a folder,
// every image verified against its sha256.
#pragma once

#include "bundle/bundlemanifest.h"
#include "common/job.h"

#include <QString>
#include <QStringList>

namespace voc {

// How many bytes a bundle's images may unpack to beyond the data the archive holds: the holes of its
// sparse images. Every byte of an image is hashed on import, holes too, so without a bound a bundle of
// a few kilobytes declaring a terabyte sparse image would keep the import hashing zeros for hours.
// Images VOC Studio builds are qcow2 files with few holes; a raw image may need more.
inline constexpr qint64 defaultBundleMaxHoleBytes = qint64(4) << 30;
// The name of the environment variable that raises (or lowers) the bound: a size such as "64GiB".
inline constexpr auto bundleMaxHolesVariable = "VOCSTUDIO_BUNDLE_MAX_HOLES";

// The bound in effect: bundleMaxHolesVariable when set, else defaultBundleMaxHoleBytes. InvalidInput
// when the variable is not a size.
Result<qint64> bundleMaxHoleBytes();

struct ImportBundleOptions
{
    QString archivePath;
    QString targetDir;        // created when missing
    bool overwrite = false;   // replace files that exist in targetDir
    qint64 maxHoleBytes = -1; // negative: bundleMaxHoleBytes()
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
// the bundle, images that unpack to more than maxHoleBytes (negative: bundleMaxHoleBytes()) beyond the
// data the archive holds for them. These checks read headers and maps only: their time is bounded by
// the archive's size, not by what it declares. Returns the manifest; nothing is written.
Result<BundleManifest> checkBundle(const QString& archivePath, qint64 maxHoleBytes = -1);

// checkBundle(), then (and only then) the images are extracted under temporary names (sparse kept), each
// hashed and compared with bundle.json, and only when all match renamed into place with the design. A
// mismatch names the image and leaves nothing behind; so do cancel and any other failure. Existing files are
// a Conflict unless options.overwrite. Progress is in KiB: extraction, then hashing.
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
