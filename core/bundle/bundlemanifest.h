// SPDX-License-Identifier: GPL-3.0-or-later
// bundle.json, the table of contents of a migration bundle ("vocstudio-bundle/1"): which design it
// carries and every file of its images, with checksums, sizes and the roles that use them.
#pragma once

#include "common/result.h"
#include "model/design.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QString>

namespace voc {

inline constexpr auto bundleFormat = "vocstudio-bundle/1";
// The manifest's member name; it is the first member of every bundle we write.
inline constexpr auto bundleManifestName = "bundle.json";
// The folder of the bundle (and of an imported bundle's target) that holds the images.
inline constexpr auto bundleImagesDir = "images";

enum class BundleFileKind
{
    Disk,   // a role's base image (qcow2 or raw)
    Kernel, // BootMode::Kernel only
    Initrd, // BootMode::Kernel only
};

struct BundleRoleUse
{
    int index = 0; // in Design::roles
    RoleKind kind = RoleKind::Compute;

    bool operator==(const BundleRoleUse&) const = default;
};

struct BundleFile
{
    QString file; // member name: "images/<name>"
    BundleFileKind kind = BundleFileKind::Disk;
    QString sha256;  // lower-case hex of the whole file (holes read as zeros)
    qint64 size = 0; // apparent size in bytes: what the file measures once extracted
    QString format;  // "qcow2" or "raw" for disks, empty for kernel and initrd
    BootMode bootMode = BootMode::Disk;
    QList<BundleRoleUse> roles;

    bool operator==(const BundleFile&) const = default;
};

struct BundleManifest
{
    QString designName;
    QString designFile; // member name of the design: "<name>.voc" at the top of the bundle
    QDateTime created;  // UTC
    QString createdBy;  // "VOC Studio <version>"
    QList<BundleFile> files;

    bool operator==(const BundleManifest&) const = default;

    const BundleFile* find(const QString& member) const;
    // bundle.json, the design and every image file: nothing else may be in the archive.
    QStringList memberNames() const;
};

QString toString(BundleFileKind kind);

// Member names are plain and portable, so a bundle unpacks the same anywhere: a design is
// "<name>.voc" at the top, an image "images/<name>", names of [A-Za-z0-9._-] not starting with '.'.
bool isValidDesignMemberName(const QString& name);
bool isValidImageMemberName(const QString& name);
// A member name for a file called fileName (its characters made portable).
QString imageMemberNameFor(const QString& fileName);

QByteArray serializeBundleManifest(const BundleManifest& manifest);
// Checks the format ("vocstudio-bundle/1": another version is UnsupportedFormat), every field and
// every member name; `source` names the archive in errors.
Result<BundleManifest> parseBundleManifest(const QByteArray& bytes, const QString& source);

} // namespace voc
