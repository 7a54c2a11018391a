// SPDX-License-Identifier: GPL-3.0-or-later
#include "atomicfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>

namespace voc {

static QString tr(const char* text)
{
    return QCoreApplication::translate("voc::AtomicFile", text);
}

Status writeFileAtomically(const QString& path, const QByteArray& bytes, AtomicWriteOptions options)
{
    if (options.keepBackup && QFileInfo::exists(path)) {
        const QString backup = path + QLatin1String(".bak");
        QFile::remove(backup);
        // A hard copy, not a rename: the original stays in place until the new one replaces it.
        if (!QFile::copy(path, backup))
            return makeError(ErrorCode::Io, tr("could not keep the previous version as %1").arg(backup), path,
                             tr("check that the folder is writable"));
    }

    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io, tr("cannot write: %1").arg(file.errorString()), path,
                         tr("check that the folder exists and is writable"));
    if (file.write(bytes) != bytes.size()) {
        const QString reason = file.errorString();
        file.cancelWriting();
        return makeError(ErrorCode::Io, tr("writing failed: %1").arg(reason), path,
                         tr("check the free disk space; the previous file is unchanged"));
    }
    if (options.permissions >= 0)
        file.setPermissions(QFileDevice::Permissions(options.permissions));
    if (!file.commit())
        return makeError(ErrorCode::Io, tr("could not replace the file: %1").arg(file.errorString()), path,
                         tr("check the free disk space; the previous file is unchanged"));
    return Ok{};
}

Result<QByteArray> readFileLimited(const QString& path, qint64 maxBytes)
{
    QFile file(path);
    if (!file.exists())
        return makeError(ErrorCode::NotFound, tr("no such file"), path, tr("check the path"));
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, tr("cannot read: %1").arg(file.errorString()), path,
                         tr("check the file's permissions"));
    if (file.size() > maxBytes)
        return makeError(ErrorCode::InvalidInput,
                         tr("file is too large (%1 bytes, at most %2 expected)").arg(file.size()).arg(maxBytes),
                         path, tr("is this the right file?"));
    QByteArray bytes = file.readAll();
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, tr("cannot read: %1").arg(file.errorString()), path);
    return bytes;
}

} // namespace voc
