// SPDX-License-Identifier: GPL-3.0-or-later
// What VOC Studio knows about a VCN base image, read from the file itself (qemu-img) or from the
// manifest scripts/build-vcn-image writes next to it.
#pragma once

#include "common/result.h"
#include "model/design.h"
#include "virt/qemuimg.h"

#include <QString>

namespace voc {

struct ImageInfo
{
    QString path;                // absolute
    QString format;              // "qcow2" or "raw"
    qint64 sizeBytes = 0;        // allocated on disk
    qint64 virtualSizeBytes = 0; // the disk size the guest sees
    QString sha256;              // lower-case hex; empty until computed (ChecksumJob)
    BootMode bootMode = BootMode::Disk;
    QString kernel;  // BootMode::Kernel only
    QString initrd;  // BootMode::Kernel only
    QString cmdline; // BootMode::Kernel only
    QString role;    // "head", "compute", "tiny" for built images; empty when added by hand

    bool operator==(const ImageInfo&) const = default;
};

// Reads format and sizes with `qemu-img info`. Errors name the file: missing (NotFound), not a
// readable file (Io), a format other than qcow2/raw (UnsupportedFormat, naming the format found),
// a backing file (InvalidInput: a base image must stand alone). sha256 is left empty.
Result<ImageInfo> inspectImage(const QString& path, const QemuImg& qemuImg = QemuImg());

// Imports a build-vcn-image manifest.json ("vocstudio-image-manifest/1"): disk, sizes, sha256 and
// the kernel boot files, which must all exist. Relative paths are taken relative to the manifest.
Result<ImageInfo> loadManifest(const QString& manifestPath);

// The same image as an ImageRef of a design role.
ImageRef toImageRef(const ImageInfo& info);

} // namespace voc
