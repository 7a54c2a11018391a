// SPDX-License-Identifier: GPL-3.0-or-later
// File facts the tests check against what the code under test claims: a file's SHA-256, computed
// here independently of core's checksum job, and the bytes it really occupies on disk (sparse files).
#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QString>

#include <sys/stat.h>

namespace voc::test {

// Hex SHA-256 of the file at path; empty when it cannot be read.
inline QString sha256Of(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return QString::fromLatin1(hash.result().toHex());
}

// Bytes allocated to the file (st_blocks x 512), -1 when it cannot be stat'ed.
inline qint64 allocatedBytes(const QString& path)
{
    struct stat status = {};
    return ::stat(QFile::encodeName(path).constData(), &status) == 0 ? qint64(status.st_blocks) * 512 : -1;
}

} // namespace voc::test
