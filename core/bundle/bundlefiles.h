// SPDX-License-Identifier: GPL-3.0-or-later
// File helpers the export and the import share: hashing with progress and cancel (through the
// images layer's ChecksumJob), and how many bytes of a sparse file hold data.
#pragma once

#include "common/result.h"

#include <QString>

#include <functional>

namespace voc {

// The SHA-256 of a file through ChecksumJob, run in the calling thread. progress gets the bytes
// hashed so far; returning false cancels (ErrorCode::Cancelled).
Result<QString> bundleSha256(const QString& path, const std::function<bool(qint64 hashed)>& progress);

// The bytes of the file that hold data (SEEK_DATA/SEEK_HOLE), its size where holes are unknown.
qint64 allocatedDataBytes(const QString& path);

// path against dir, cleaned; empty stays empty.
QString absolutePathAgainst(const QString& dir, const QString& path);

} // namespace voc
