// SPDX-License-Identifier: GPL-3.0-or-later
#include "regularfile.h"

#include <QCoreApplication>

#include <cerrno>
#include <cstring>

#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>

namespace voc {

namespace {

// Gives lupdate and the runtime the same context for every message of this file.
struct RegularFile
{
    Q_DECLARE_TR_FUNCTIONS(voc::RegularFile)
};

QString kindOf(mode_t mode)
{
    if (S_ISFIFO(mode))
        return RegularFile::tr("a FIFO (named pipe)");
    if (S_ISDIR(mode))
        return RegularFile::tr("a directory");
    if (S_ISCHR(mode))
        return RegularFile::tr("a character device");
    if (S_ISBLK(mode))
        return RegularFile::tr("a block device");
    if (S_ISSOCK(mode))
        return RegularFile::tr("a socket");
    if (S_ISLNK(mode))
        return RegularFile::tr("a symbolic link");
    return RegularFile::tr("a special file");
}

Error notRegular(const QString& path, mode_t mode)
{
    return makeError(ErrorCode::InvalidInput, RegularFile::tr("is %1, not a regular file").arg(kindOf(mode)),
                     path, RegularFile::tr("name a regular file"));
}

Error openFailed(const QString& path, int error)
{
    const QString reason = QString::fromLocal8Bit(std::strerror(error));
    if (error == ENOENT || error == ENOTDIR)
        return makeError(ErrorCode::NotFound, RegularFile::tr("no such file"), path,
                         RegularFile::tr("check the path"));
    return makeError(ErrorCode::Io, RegularFile::tr("cannot read: %1").arg(reason), path,
                     RegularFile::tr("check the file's permissions"));
}

bool isResource(const QString& path)
{
    return path.startsWith(u':');
}

// Hands an open descriptor to a QFile that closes it; closes it itself when QFile refuses it.
Result<std::unique_ptr<QFile>> wrap(int fd, QIODevice::OpenMode mode, const QString& path)
{
    auto file = std::make_unique<QFile>();
    if (!file->open(fd, mode, QFileDevice::AutoCloseHandle)) {
        const QString reason = file->errorString();
        ::close(fd);
        return makeError(ErrorCode::Io, RegularFile::tr("cannot open: %1").arg(reason), path);
    }
    return file;
}

} // namespace

Status checkRegularFile(const QString& path)
{
    if (isResource(path))
        return QFile::exists(path) ? Status(Ok{}) : Status(openFailed(path, ENOENT));
    struct stat info;
    if (::stat(QFile::encodeName(path).constData(), &info) != 0)
        return openFailed(path, errno);
    if (!S_ISREG(info.st_mode))
        return notRegular(path, info.st_mode);
    return Ok{};
}

Result<std::unique_ptr<QFile>> openRegularFile(const QString& path)
{
    if (isResource(path)) {
        auto file = std::make_unique<QFile>(path);
        if (!file->open(QIODevice::ReadOnly))
            return openFailed(path, ENOENT);
        return file;
    }
    // Judged before the open too: opening some devices has effects of its own (a tape rewinds, a
    // terminal becomes ours), so a path that names one is refused without opening it.
    if (Status regular = checkRegularFile(path); !regular)
        return regular.error();
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_NONBLOCK | O_CLOEXEC | O_NOCTTY);
    if (fd < 0)
        return openFailed(path, errno);
    struct stat info;
    if (::fstat(fd, &info) != 0) {
        const int error = errno;
        ::close(fd);
        return openFailed(path, error);
    }
    if (!S_ISREG(info.st_mode)) {
        ::close(fd);
        return notRegular(path, info.st_mode);
    }
    // Regular files never block; clearing the flag keeps reads ordinary for whoever reads on.
    const int flags = ::fcntl(fd, F_GETFL);
    if (flags < 0 || ::fcntl(fd, F_SETFL, flags & ~O_NONBLOCK) != 0) {
        const int error = errno;
        ::close(fd);
        return openFailed(path, error);
    }
    return wrap(fd, QIODevice::ReadOnly, path);
}

Result<std::unique_ptr<QFile>> createNewFile(const QString& path, QFileDevice::Permissions permissions)
{
    mode_t mode = 0;
    const std::pair<QFileDevice::Permission, mode_t> bits[] = {
        {QFileDevice::ReadOwner, S_IRUSR},  {QFileDevice::WriteOwner, S_IWUSR},
        {QFileDevice::ExeOwner, S_IXUSR},   {QFileDevice::ReadGroup, S_IRGRP},
        {QFileDevice::WriteGroup, S_IWGRP}, {QFileDevice::ExeGroup, S_IXGRP},
        {QFileDevice::ReadOther, S_IROTH},  {QFileDevice::WriteOther, S_IWOTH},
        {QFileDevice::ExeOther, S_IXOTH}};
    for (const auto& [permission, bit] : bits)
        mode |= permissions.testFlag(permission) ? bit : 0;
    const int fd = ::open(QFile::encodeName(path).constData(),
                          O_WRONLY | O_CREAT | O_EXCL | O_NOFOLLOW | O_CLOEXEC | O_NOCTTY, mode);
    if (fd < 0) {
        const int error = errno;
        if (error == EEXIST)
            return makeError(ErrorCode::Conflict,
                             RegularFile::tr("cannot create the file: something is in its place already"),
                             path, RegularFile::tr("remove it, or choose another folder"));
        return makeError(
            ErrorCode::Io,
            RegularFile::tr("cannot create the file: %1").arg(QString::fromLocal8Bit(std::strerror(error))),
            path, RegularFile::tr("check that you may write to the folder"));
    }
    // The umask may have taken bits away; the caller asked for exactly these.
    if (::fchmod(fd, mode) != 0) {
        const int error = errno;
        ::close(fd);
        ::unlink(QFile::encodeName(path).constData());
        return makeError(ErrorCode::Io,
                         RegularFile::tr("cannot set the file's permissions: %1")
                             .arg(QString::fromLocal8Bit(std::strerror(error))),
                         path);
    }
    return wrap(fd, QIODevice::WriteOnly, path);
}

Result<std::unique_ptr<QFile>> replaceWithNewFile(const QString& path, QFileDevice::Permissions permissions)
{
    if (::unlink(QFile::encodeName(path).constData()) != 0 && errno != ENOENT) {
        const QString reason = QString::fromLocal8Bit(std::strerror(errno));
        return makeError(ErrorCode::Io, RegularFile::tr("cannot remove the previous file: %1").arg(reason),
                         path, RegularFile::tr("check that you may write to the folder"));
    }
    return createNewFile(path, permissions);
}

} // namespace voc
