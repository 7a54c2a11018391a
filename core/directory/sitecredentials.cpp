// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/sitecredentials.h"

#include "common/regularfile.h"
#include "model/siteprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>

namespace voc {

namespace {

struct CredentialsText
{
    Q_DECLARE_TR_FUNCTIONS(voc::SiteCredentials)
};

} // namespace

Result<QString> directoryPassword(const SiteDirectory& directory, const QString& profileDir)
{
    if (qEnvironmentVariableIsSet(ldapPasswordVariable))
        return qEnvironmentVariable(ldapPasswordVariable);
    if (directory.passwordFile.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         CredentialsText::tr("no password for %1").arg(directory.bindDn), directory.uri,
                         CredentialsText::tr("set %1, or name a passwordFile (mode 0600) in the site profile")
                             .arg(QLatin1String(ldapPasswordVariable)));
    const QString path = QDir(profileDir).absoluteFilePath(directory.passwordFile);
    // Opened first, as a regular file only: a FIFO or a folder is named for what it is (a FIFO would
    // block forever), and the permissions judged are those of the very file that is read.
    Result<std::unique_ptr<QFile>> opened = openRegularFile(path);
    if (!opened) {
        Error error = opened.error();
        if (error.code == ErrorCode::NotFound) {
            error.what = CredentialsText::tr("the password file does not exist");
            error.hint = CredentialsText::tr("create it with the password on one line, mode 0600");
        } else {
            error.what = CredentialsText::tr("the password file %1").arg(error.what);
        }
        return error;
    }
    QFile& file = **opened;
    const QFile::Permissions open = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                    QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if (file.permissions() & open)
        return makeError(ErrorCode::InvalidInput,
                         CredentialsText::tr("the password file can be read by other users"), path,
                         CredentialsText::tr("run: chmod 600 %1").arg(path));
    constexpr qint64 maxBytes = 4096;
    const QByteArray bytes = file.read(maxBytes + 1);
    if (file.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io, CredentialsText::tr("cannot read: %1").arg(file.errorString()), path,
                         CredentialsText::tr("check the file's permissions"));
    if (bytes.size() > maxBytes)
        return makeError(ErrorCode::InvalidInput,
                         CredentialsText::tr("the password file is larger than %1 bytes").arg(maxBytes), path,
                         CredentialsText::tr("write the password on its first line, and nothing else"));
    QByteArray line = bytes.split('\n').value(0);
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return makeError(ErrorCode::InvalidInput, CredentialsText::tr("the password file is empty"), path,
                         CredentialsText::tr("write the password on its first line"));
    return QString::fromUtf8(line);
}

} // namespace voc
