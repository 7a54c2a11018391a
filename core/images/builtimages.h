// SPDX-License-Identifier: GPL-3.0-or-later
// Images a design names by what scripts/build-vcn-image builds ("image": {"build": "head"}), found
// in its build cache when the design is used, so one design works on every workstation that ran the
// build, without a path wired into it.
#pragma once

#include "common/result.h"
#include "images/imageinfo.h"
#include "model/design.h"

#include <QStringList>

namespace voc {

// Where scripts/build-vcn-image puts its builds, in the order they are searched: the script's own
// default for this user (root: /var/cache/vocstudio/images, where QEMU's user can read them;
// others, or root with XDG_CACHE_HOME set: $XDG_CACHE_HOME or ~/.cache, then vocstudio/images), and
// for other users root's folder after it (images built by root are readable by everyone). The
// script's --cache DIR is not known here: a design then names the image by its path.
QStringList builtImageCacheDirs();

// The newest complete build of `name` ("tiny", "head", "compute"): a <name>-<recipe hash> folder
// with its manifest.json (written last by the script, so an interrupted build is never used). Not
// built: NotFound naming the folders searched, with the command that builds it.
Result<ImageInfo> findBuiltImage(const QString& name, const QStringList& cacheDirs = builtImageCacheDirs());

// The design with every role that names a built image given that image's disk, checksum and boot
// files (ImageRef::build is kept); roles with a path are left as they are. The first role whose image
// is not built is an error at its JSON path ("roles[1].image.build").
Result<Design> resolveBuiltImages(const Design& design, const QStringList& cacheDirs = builtImageCacheDirs());

} // namespace voc
