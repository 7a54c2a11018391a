// SPDX-License-Identifier: GPL-3.0-or-later
// Reads POSIX (pax) tar archives as GNU tar writes them, sparse members (GNU sparse format 1.0)
// included, without trusting them: every header's checksum and every size is checked against the
// archive, so a damaged, truncated or crafted archive is an Error, never a crash or a file
// written somewhere unexpected. Extraction is of one member to one path the caller chooses.
#pragma once

#include "common/result.h"

#include <QFileDevice>
#include <QList>
#include <QString>

#include <functional>

class QFileDevice;

namespace voc {

struct TarMember
{
    enum class Type
    {
        File,
        Directory,
        Symlink,
        Hardlink,
        Device,
        Fifo,
        Other,
    };
    // Where the data of a sparse member goes in the extracted file.
    struct Chunk
    {
        qint64 offset = 0;
        qint64 length = 0;
    };

    QString name; // as stored (pax path, or the real name of a sparse member)
    Type type = Type::File;
    char typeFlag = '0';
    QString linkTarget;
    qint64 headerOffset = 0; // in the archive, for messages
    qint64 dataOffset = 0;   // in the archive: the first data byte (after a sparse member's map)
    qint64 dataSize = 0;     // data bytes in the archive (a sparse member's chunks together)
    qint64 size = 0;         // bytes of the extracted file
    bool sparse = false;
    QList<Chunk> chunks; // sparse members only
};

class TarReader
{
public:
    // The device must be open for reading and seekable (a file); source names it in errors.
    TarReader(QFileDevice* device, QString source);

    // Every member in archive order; errors for anything that is not a well-formed archive up to
    // its end-of-archive marker (with only zeros after it).
    Result<QList<TarMember>> list() const;

    // A member's content in memory, refused when larger than maxBytes.
    Result<QByteArray> read(const TarMember& member, qint64 maxBytes) const;

    // Writes a regular member to path as a new file with `permissions` (what was at path is removed
    // first, a link itself and never what it points to), keeping a sparse member's holes. progress gets
    // the data bytes copied so far; an Error it returns stops the copy and is returned.
    Status extract(const TarMember& member, const QString& path, QFileDevice::Permissions permissions,
                   const std::function<Status(qint64 copied)>& progress = {}) const;

    static constexpr qint64 blockSize = 512;

private:
    QFileDevice* m_device;
    QString m_source;
};

} // namespace voc
