// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "model/design.h"
#include "model/problem.h"

namespace voc {

// Every problem of a design, each with its JSON path, a message and a hint, e.g.
// "roles[1].memoryMiB: 0 is below the minimum of 128". Messages go through tr().
Problems validateDesign(const Design& design);

// The files the roles name, against the design's folder (designDir): a design from someone else
// must not reach files of the user's that are not disk images. The rule:
// - a relative path is resolved against designDir and must stay inside it (no "../.." out of it);
// - a file that is there must be a regular file (not a FIFO, directory, device or socket);
// - a file outside designDir (an absolute path, such as the build cache's images) must look like
//   what the role uses it as: a disk a qcow2 image or a raw one of whole 512-byte sectors and at
//   least 1 MiB; a kernel a bzImage, ELF, arm64 Image or EFI binary; an initrd compressed or cpio.
// A file that is not there is not a problem here (it may be built later); running or exporting the
// design reports it. Roles that name a built image are checked once it is resolved.
Problems validateDesignFiles(const Design& design, const QString& designDir);

} // namespace voc
