// SPDX-License-Identifier: GPL-3.0-or-later
// File facts the tests check against what the code under test claims: a file's SHA-256, computed
// here independently of core's checksum job, the bytes it really occupies on disk (sparse files) and
// its contents; and a full disk, simulated by a file size limit.
#pragma once

#include <QCryptographicHash>
#include <QFile>
#include <QString>

#include <csignal>
#include <sys/resource.h>
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

// The file's bytes, or "<unreadable>".
inline QByteArray fileContents(const QString& path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray("<unreadable>");
}

// In an unpacked bundle at `dir`: grows the image `image` (a path below dir) to `size` bytes with a
// trailing hole and declares that size for it in dir/bundle.json, as a hostile bundle would. Empty
// when done, else what went wrong.
inline QString growDeclaredImage(const QString& dir, const QString& image, qint64 size)
{
    QFile file(dir + QLatin1Char('/') + image);
    const QByteArray declared = "\"size\": " + QByteArray::number(file.size());
    if (!file.resize(size))
        return QStringLiteral("could not resize ") + file.fileName();
    QFile manifest(dir + QStringLiteral("/bundle.json"));
    if (!manifest.open(QIODevice::ReadOnly))
        return QStringLiteral("could not read ") + manifest.fileName();
    QByteArray bytes = manifest.readAll();
    manifest.close();
    if (bytes.count(declared) != 1)
        return QStringLiteral("bundle.json does not declare ") + QString::fromLatin1(declared) +
               QStringLiteral(" exactly once");
    if (!manifest.open(QIODevice::WriteOnly | QIODevice::Truncate) ||
        manifest.write(bytes.replace(declared, QByteArray("\"size\": " + QByteArray::number(size)))) < 0)
        return QStringLiteral("could not write ") + manifest.fileName();
    return {};
}

// Makes writes beyond `bytes` fail with EFBIG for this process, even as root, while it lives.
class FileSizeLimit
{
public:
    explicit FileSizeLimit(rlim_t bytes)
    {
        getrlimit(RLIMIT_FSIZE, &m_saved);
        m_handler = std::signal(SIGXFSZ, SIG_IGN); // the default action would kill the test
        rlimit limit = m_saved;
        limit.rlim_cur = bytes;
        setrlimit(RLIMIT_FSIZE, &limit);
    }
    ~FileSizeLimit()
    {
        setrlimit(RLIMIT_FSIZE, &m_saved);
        std::signal(SIGXFSZ, m_handler);
    }
    FileSizeLimit(const FileSizeLimit&) = delete;
    FileSizeLimit& operator=(const FileSizeLimit&) = delete;

private:
    rlimit m_saved{};
    void (*m_handler)(int) = nullptr;
};

} // namespace voc::test
