// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicfile.h"

#include "regularfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace voc {

namespace {

// Gives lupdate and the runtime the same context for every message of this file.
struct AtomicFile
{
    Q_DECLARE_TR_FUNCTIONS(voc::AtomicFile)
};

} // namespace

Status writeFileAtomically(const QString& path, const QByteArray& bytes, AtomicWriteOptions options)
{
    if (options.keepBackup && QFileInfo::exists(path)) {
        const QString backup = path + QLatin1String(".bak");
        QFile::remove(backup);
        // A hard copy, not a rename: the original stays in place until the new one replaces it.
        if (!QFile::copy(path, backup))
            return makeError(ErrorCode::Io,
                             AtomicFile::tr("could not keep the previous version as %1").arg(backup), path,
                             AtomicFile::tr("check that the folder is writable"));
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, AtomicFile::tr("cannot write: %1").arg(file.errorString()), path,
                         AtomicFile::tr("check that the folder exists and is writable"));
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return makeError(ErrorCode::Io, AtomicFile::tr("writing failed: %1").arg(reason), path,
                         AtomicFile::tr("check the free disk space; the previous file is unchanged"));
    }
    if (options.permissions >= 0)
        file.setPermissions(QFileDevice::Permissions(options.permissions));
    if (!file.commit())
        return makeError(ErrorCode::Io,
                         AtomicFile::tr("could not replace the file: %1").arg(file.errorString()), path,
                         AtomicFile::tr("check the free disk space; the previous file is unchanged"));
    return Ok{};
}

Result<QByteArray> readFileLimited(const QString& path, qint64 maxBytes)
{
    // A FIFO, a device or a folder is refused with what it is: a FIFO would block the read forever.
    Result<std::unique_ptr<QFile>> opened = openRegularFile(path);
    if (!opened)
        return opened.error();
    QFile& file = **opened;
    if (file.size() > maxBytes)
        return makeError(ErrorCode::InvalidInput,
                         AtomicFile::tr("file is too large (%1 bytes, at most %2 expected)")
                             .arg(file.size())
                             .arg(maxBytes),
                         path, AtomicFile::tr("is this the right file?"));
    // Read in chunks up to just past the limit: size() is 0 for files such as those of /proc.
    QByteArray bytes;
    while (bytes.size() <= maxBytes) {
        const QByteArray chunk = file.read(qMin<qint64>(maxBytes - bytes.size() + 1, 1024 * 1024));
        if (chunk.isEmpty())
            break;
        bytes += chunk;
    }
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, AtomicFile::tr("cannot read: %1").arg(file.errorString()), path,
                         AtomicFile::tr("check the file's permissions"));
    if (bytes.size() > maxBytes)
        return makeError(ErrorCode::InvalidInput,
                         AtomicFile::tr("file is too large (more than %1 bytes)").arg(maxBytes), path,
                         AtomicFile::tr("is this the right file?"));
    return bytes;
}

} // namespace voc
