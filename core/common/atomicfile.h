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

// Writes bytes to a temporary file beside path, flushes it, then renames it over path.
Status writeFileAtomically(const QString& path, const QByteArray& bytes, AtomicWriteOptions options = {});

// Reads a whole file with a size limit, so a wrong path to a disk image cannot eat the memory.
Result<QByteArray> readFileLimited(const QString& path, qint64 maxBytes = qint64(64) * 1024 * 1024);

} // namespace voc
