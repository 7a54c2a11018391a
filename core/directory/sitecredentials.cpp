// SPDX-License-Identifier: GPL-3.0-or-later
#include "directory/sitecredentials.h"

#include "common/atomicfile.h"
#include "model/siteprofile.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>

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
    const QFileInfo info(path);
    if (!info.exists())
        return makeError(ErrorCode::NotFound, CredentialsText::tr("the password file does not exist"), path,
                         CredentialsText::tr("create it with the password on one line, mode 0600"));
    const QFile::Permissions open = QFile::ReadGroup | QFile::WriteGroup | QFile::ExeGroup |
                                    QFile::ReadOther | QFile::WriteOther | QFile::ExeOther;
    if (info.permissions() & open)
        return makeError(ErrorCode::InvalidInput,
                         CredentialsText::tr("the password file can be read by other users"), path,
                         CredentialsText::tr("run: chmod 600 %1").arg(path));
    const Result<QByteArray> bytes = readFileLimited(path, 4096);
    if (!bytes)
        return bytes.error();
    QByteArray line = bytes->split('\n').value(0);
    if (line.endsWith('\r'))
        line.chop(1);
    if (line.isEmpty())
        return makeError(ErrorCode::InvalidInput, CredentialsText::tr("the password file is empty"), path,
                         CredentialsText::tr("write the password on its first line"));
    return QString::fromUtf8(line);
}

} // namespace voc
