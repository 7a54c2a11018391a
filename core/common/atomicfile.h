// SPDX-License-Identifier: GPL-3.0-or-later
// Writes files so that a crash or a full disk never leaves a half-written one.
#pragma once

#include "result.h"

#include <QByteArray>
#include <QString>

namespace voc {

struct AtomicWriteOptions
{
    bool keepBackup = false; // keep the previous content as "<path>.bak"
    int permissions = -1;    // QFileDevice::Permissions; -1 keeps the default
};

// Writes bytes to a temporary file beside path, flushes it, then renames it over path. The temporary
// file is created with O_EXCL under a random name and "<path>.bak" is removed before it is made
// anew, so neither is ever written through a link planted there. A link at path itself is followed
// (QSaveFile replaces its target): path is a file the user named, such as a design kept elsewhere
// and linked. A part file of ours in a folder someone else may have filled (an import's target)
// is made with createNewFile() (common/regularfile.h) instead.
Status writeFileAtomically(const QString& path, const QByteArray& bytes, AtomicWriteOptions options = {});

// Reads a whole file with a size limit, so a wrong path to a disk image cannot eat the memory.
Result<QByteArray> readFileLimited(const QString& path, qint64 maxBytes = qint64(64) * 1024 * 1024);

} // namespace voc
