// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundlefiles.h"

#include "images/checksumjob.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <fcntl.h>
#include <unistd.h>

namespace voc {

Result<QString> bundleSha256(const QString& path, const std::function<bool(qint64)>& progress)
{
    ChecksumJob job(path);
    const qint64 size = QFileInfo(path).size();
    // Same thread: the connection is direct, so a cancel reaches the job at its next block.
    QObject::connect(&job, &Job::progress, &job, [&job, &progress, size](int done, int, const QString&) {
        if (progress && !progress(std::min(size, qint64(done) * ChecksumJob::blockSize)))
            job.cancel();
    });
    job.exec();
    return *job.result();
}

qint64 allocatedDataBytes(const QString& path)
{
    const QByteArray name = QFile::encodeName(path);
    const int fd = ::open(name.constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return QFileInfo(path).size();
    const off_t size = ::lseek(fd, 0, SEEK_END);
    qint64 data = 0;
    off_t pos = 0;
    while (pos < size) {
        const off_t start = ::lseek(fd, pos, SEEK_DATA);
        if (start < 0)
            break; // ENXIO: only a hole is left
        off_t end = ::lseek(fd, start, SEEK_HOLE);
        if (end < 0)
            end = size;
        data += end - start;
        pos = end;
    }
    ::close(fd);
    return data;
}

QString absolutePathAgainst(const QString& dir, const QString& path)
{
    if (path.isEmpty())
        return path;
    return QDir::cleanPath(QDir(dir).absoluteFilePath(path));
}

} // namespace voc
