// SPDX-License-Identifier: GPL-3.0-or-later
#include "tarreader.h"

#include "common/regularfile.h"

#include <QCoreApplication>
#include <QFile>
#include <QHash>

#include <limits>

namespace voc {

namespace {

struct TarText
{
    Q_DECLARE_TR_FUNCTIONS(voc::TarReader)
};

constexpr qint64 block = TarReader::blockSize;
constexpr qint64 maxPaxHeaderBytes = qint64(1024) * 1024;
constexpr qint64 maxSparseMapBytes = qint64(64) * 1024 * 1024;
constexpr qint64 copyBlock = qint64(1024) * 1024;
constexpr int maxMembers = 100000;

qint64 roundUp(qint64 n)
{
    return (n + block - 1) / block * block;
}

// A numeric header field: octal text (NUL or space terminated), or GNU's base-256 when the first
// byte has its high bit set. -1 when it is neither.
qint64 parseNumber(const char* field, int length)
{
    const auto* bytes = reinterpret_cast<const unsigned char*>(field);
    if (bytes[0] & 0x80) {
        if (bytes[0] != 0x80)
            return -1; // negative or too large for us
        qint64 value = 0;
        for (int i = 1; i < length; ++i) {
            if (value > (std::numeric_limits<qint64>::max() >> 8))
                return -1;
            value = (value << 8) | bytes[i];
        }
        return value;
    }
    int i = 0;
    while (i < length && field[i] == ' ')
        ++i;
    qint64 value = 0;
    bool digits = false;
    for (; i < length && field[i] >= '0' && field[i] <= '7'; ++i) {
        if (value > (std::numeric_limits<qint64>::max() >> 3))
            return -1;
        value = value * 8 + (field[i] - '0');
        digits = true;
    }
    for (; i < length; ++i) {
        if (field[i] != ' ' && field[i] != '\0')
            return -1;
    }
    return digits ? value : -1;
}

QString fieldText(const char* field, int length)
{
    return QString::fromUtf8(field, qsizetype(qstrnlen(field, uint(length))));
}

bool checksumMatches(const char* header)
{
    const qint64 stored = parseNumber(header + 148, 8);
    qint64 unsignedSum = 0;
    qint64 signedSum = 0;
    for (int i = 0; i < block; ++i) {
        const char c = (i >= 148 && i < 156) ? ' ' : header[i];
        unsignedSum += static_cast<unsigned char>(c);
        signedSum += static_cast<signed char>(c);
    }
    return stored >= 0 && (stored == unsignedSum || stored == signedSum);
}

bool allZero(const QByteArray& bytes)
{
    return std::all_of(bytes.cbegin(), bytes.cend(), [](char c) { return c == '\0'; });
}

// "<length> <key>=<value>\n" records; false when malformed.
bool parsePaxRecords(const QByteArray& data, QHash<QByteArray, QByteArray>* records)
{
    qsizetype pos = 0;
    while (pos < data.size()) {
        if (data.at(pos) == '\0')
            break; // padding
        const qsizetype space = data.indexOf(' ', pos);
        if (space < 0)
            return false;
        bool ok = false;
        const qsizetype length = data.mid(pos, space - pos).toLongLong(&ok);
        if (!ok || length <= space - pos + 2 || pos + length > data.size() ||
            data.at(pos + length - 1) != '\n')
            return false;
        const QByteArray record = data.mid(space + 1, pos + length - 1 - (space + 1));
        const qsizetype equals = record.indexOf('=');
        if (equals <= 0)
            return false;
        records->insert(record.left(equals), record.mid(equals + 1));
        pos += length;
    }
    return true;
}

TarMember::Type typeOf(char flag)
{
    switch (flag) {
    case '0':
    case '\0':
    case '7':
        return TarMember::Type::File;
    case '1':
        return TarMember::Type::Hardlink;
    case '2':
        return TarMember::Type::Symlink;
    case '3':
    case '4':
        return TarMember::Type::Device;
    case '5':
        return TarMember::Type::Directory;
    case '6':
        return TarMember::Type::Fifo;
    default:
        return TarMember::Type::Other;
    }
}

} // namespace

TarReader::TarReader(QFileDevice* device, QString source)
    : m_device(device)
    , m_source(std::move(source))
{}

Result<QList<TarMember>> TarReader::list() const
{
    const qint64 archiveSize = m_device->size();
    const auto damaged = [this](const QString& what) {
        return makeError(ErrorCode::Parse, what, m_source,
                         TarText::tr("the archive is damaged or incomplete; copy or export it again"));
    };
    const auto readAt = [this](qint64 offset, qint64 length) -> QByteArray {
        if (!m_device->seek(offset))
            return {};
        return m_device->read(length);
    };

    QList<TarMember> members;
    QHash<QByteArray, QByteArray> pax; // the extended header for the next member
    qint64 pos = 0;
    for (;;) {
        const QByteArray header = readAt(pos, block);
        if (header.size() < block) {
            if (pos == 0)
                return makeError(ErrorCode::Parse, TarText::tr("not a tar archive: the file is too short"),
                                 m_source, TarText::tr("check that this is the bundle you meant"));
            return damaged(TarText::tr("the archive is truncated: it ends at byte %1 without its end marker")
                               .arg(archiveSize));
        }
        if (allZero(header))
            break;
        if (!checksumMatches(header.constData())) {
            if (pos == 0)
                return makeError(ErrorCode::Parse, TarText::tr("not a tar archive"), m_source,
                                 TarText::tr("check that this is the bundle you meant"));
            return damaged(TarText::tr("damaged tar header at byte %1").arg(pos));
        }
        const char* h = header.constData();
        const char flag = h[156];
        qint64 size = parseNumber(h + 124, 12);
        if (pax.contains("size"))
            size = pax.value("size").toLongLong();
        if (size < 0)
            return damaged(TarText::tr("invalid size in the tar header at byte %1").arg(pos));
        const qint64 dataStart = pos + block;
        if (size > archiveSize || dataStart + size > archiveSize)
            return damaged(
                TarText::tr("the archive is truncated: a member at byte %1 needs %2 bytes, %3 are left")
                    .arg(pos)
                    .arg(size)
                    .arg(archiveSize - dataStart));
        const qint64 next = dataStart + roundUp(size);

        if (flag == 'x' || flag == 'g') {
            if (size > maxPaxHeaderBytes)
                return damaged(TarText::tr("an extended header of %1 bytes at byte %2").arg(size).arg(pos));
            QHash<QByteArray, QByteArray> records;
            if (!parsePaxRecords(readAt(dataStart, size), &records))
                return damaged(TarText::tr("malformed extended header at byte %1").arg(pos));
            if (flag == 'x') {
                pax.insert(records);
            } else {
                for (auto it = records.cbegin(); it != records.cend(); ++it) {
                    // A global header naming files or sizes would apply to every member: refuse it.
                    if (it.key() == "path" || it.key() == "linkpath" || it.key() == "size" ||
                        it.key().startsWith("GNU.sparse"))
                        return makeError(ErrorCode::InvalidInput,
                                         TarText::tr("a global extended header sets \"%1\"")
                                             .arg(QString::fromUtf8(it.key())),
                                         m_source,
                                         TarText::tr("only archives written by VOC Studio are imported"));
                }
            }
            pos = next;
            continue;
        }
        if (flag == 'L' || flag == 'K' || flag == 'S' || flag == 'M')
            return makeError(
                ErrorCode::UnsupportedFormat,
                TarText::tr("a GNU-format tar member (type '%1') at byte %2").arg(QLatin1Char(flag)).arg(pos),
                m_source, TarText::tr("bundles are POSIX (pax) archives; export the bundle again"));

        TarMember member;
        member.typeFlag = flag;
        member.type = typeOf(flag);
        member.headerOffset = pos;
        const bool ustar = qstrncmp(h + 257, "ustar", 6) == 0; // POSIX: "ustar\0", GNU: "ustar  \0"
        member.name = fieldText(h, 100);
        if (ustar && h[345] != '\0')
            member.name = fieldText(h + 345, 155) + QLatin1Char('/') + member.name;
        member.linkTarget = fieldText(h + 157, 100);
        if (pax.contains("path"))
            member.name = QString::fromUtf8(pax.value("path"));
        if (pax.contains("linkpath"))
            member.linkTarget = QString::fromUtf8(pax.value("linkpath"));
        member.dataOffset = dataStart;
        member.dataSize = size;
        member.size = size;

        if (pax.contains("GNU.sparse.map") || pax.contains("GNU.sparse.size") ||
            pax.contains("GNU.sparse.offset"))
            return makeError(ErrorCode::UnsupportedFormat,
                             TarText::tr("a sparse member in GNU sparse format 0.x at byte %1").arg(pos),
                             m_source, TarText::tr("bundles use sparse format 1.0; export the bundle again"));
        if (pax.contains("GNU.sparse.major") || pax.contains("GNU.sparse.name")) {
            if (pax.value("GNU.sparse.major") != "1" || pax.value("GNU.sparse.minor") != "0")
                return makeError(ErrorCode::UnsupportedFormat,
                                 TarText::tr("a sparse member in GNU sparse format %1.%2 at byte %3")
                                     .arg(QString::fromUtf8(pax.value("GNU.sparse.major")),
                                          QString::fromUtf8(pax.value("GNU.sparse.minor")))
                                     .arg(pos),
                                 m_source,
                                 TarText::tr("bundles use sparse format 1.0; export the bundle again"));
            bool ok = false;
            member.sparse = true;
            member.name = QString::fromUtf8(pax.value("GNU.sparse.name"));
            member.size = pax.value("GNU.sparse.realsize").toLongLong(&ok);
            if (!ok || member.size < 0 || member.name.isEmpty())
                return damaged(TarText::tr("incomplete sparse member header at byte %1").arg(pos));

            // The map: decimal numbers, one a line (count, then offset and length per chunk), padded
            // to a block. Read a block at a time: most maps fit in the first one.
            QList<qint64> numbers;
            qint64 expected = -1;
            qint64 mapEnd = dataStart;
            qsizetype lineStart = 0;
            QByteArray text;
            while (expected < 0 || numbers.size() < 1 + 2 * expected) {
                if (mapEnd - dataStart >= std::min(size, maxSparseMapBytes))
                    return damaged(TarText::tr("the sparse map of %1 runs past its data").arg(member.name));
                text += readAt(mapEnd, block);
                mapEnd += block;
                for (qsizetype nl; (nl = text.indexOf('\n', lineStart)) >= 0; lineStart = nl + 1) {
                    const qint64 n = text.mid(lineStart, nl - lineStart).toLongLong(&ok);
                    if (!ok || n < 0)
                        return damaged(TarText::tr("malformed sparse map of %1").arg(member.name));
                    numbers.append(n);
                    if (numbers.size() == 1) {
                        expected = n;
                        if (expected > maxSparseMapBytes / 4)
                            return damaged(TarText::tr("a sparse map of %1 chunks").arg(expected));
                    }
                    if (expected >= 0 && numbers.size() == 1 + 2 * expected)
                        break;
                }
            }
            qint64 end = 0;
            qint64 data = 0;
            for (qint64 i = 0; i < expected; ++i) {
                const TarMember::Chunk chunk{numbers.at(1 + 2 * i), numbers.at(2 + 2 * i)};
                if (chunk.offset < end || chunk.length > member.size ||
                    chunk.offset > member.size - chunk.length)
                    return damaged(TarText::tr("the sparse map of %1 puts data outside its %2 bytes")
                                       .arg(member.name)
                                       .arg(member.size));
                end = chunk.offset + chunk.length;
                data += chunk.length;
                if (chunk.length > 0)
                    member.chunks.append(chunk);
            }
            member.dataOffset = mapEnd;
            member.dataSize = data;
            if (mapEnd + data != dataStart + size)
                return damaged(TarText::tr("%1 holds %2 bytes of data where its sparse map declares %3")
                                   .arg(member.name)
                                   .arg(size - (mapEnd - dataStart))
                                   .arg(data));
        }
        pax.clear();
        members.append(member);
        if (members.size() > maxMembers)
            return damaged(TarText::tr("more than %1 members").arg(maxMembers));
        pos = next;
    }

    // After the end marker GNU tar pads to its record size with zeros; anything else was hidden.
    for (qint64 offset = pos; offset < archiveSize; offset += copyBlock) {
        if (!allZero(readAt(offset, std::min(copyBlock, archiveSize - offset))))
            return makeError(ErrorCode::InvalidInput,
                             TarText::tr("data after the end of the archive (from byte %1)").arg(pos),
                             m_source, TarText::tr("only archives written by VOC Studio are imported"));
    }
    return members;
}

Result<QByteArray> TarReader::read(const TarMember& member, qint64 maxBytes) const
{
    if (member.size > maxBytes)
        return makeError(ErrorCode::InvalidInput,
                         TarText::tr("%1 is %2 bytes, more than the %3 allowed")
                             .arg(member.name)
                             .arg(member.size)
                             .arg(maxBytes),
                         m_source);
    QByteArray bytes(member.size, '\0');
    const QList<TarMember::Chunk> chunks =
        member.sparse ? member.chunks : QList<TarMember::Chunk>{{0, member.size}};
    qint64 from = member.dataOffset;
    for (const TarMember::Chunk& chunk : chunks) {
        if (!m_device->seek(from) ||
            m_device->read(bytes.data() + chunk.offset, chunk.length) != chunk.length)
            return makeError(ErrorCode::Io,
                             TarText::tr("could not read %1: %2").arg(member.name, m_device->errorString()),
                             m_source);
        from += chunk.length;
    }
    return bytes;
}

Status TarReader::extract(const TarMember& member, const QString& path, QFileDevice::Permissions permissions,
                          const std::function<Status(qint64)>& progress) const
{
    // Made anew, never opened through a link: a link planted at path is removed, not followed.
    Result<std::unique_ptr<QFile>> created = replaceWithNewFile(path, permissions);
    if (!created)
        return created.error();
    QFile& out = **created;
    const auto writeFailed = [&out, &path] {
        return makeError(out.error() == QFileDevice::ResizeError ? ErrorCode::Exhausted : ErrorCode::Io,
                         TarText::tr("writing failed: %1").arg(out.errorString()), path,
                         TarText::tr("check the free space of the target folder"));
    };
    const QList<TarMember::Chunk> chunks =
        member.sparse ? member.chunks : QList<TarMember::Chunk>{{0, member.size}};
    QByteArray buffer(copyBlock, Qt::Uninitialized);
    qint64 from = member.dataOffset;
    qint64 copied = 0;
    for (const TarMember::Chunk& chunk : chunks) {
        // Seeking past the end and writing there leaves a hole: the file stays as sparse as it was.
        if (!out.seek(chunk.offset) || !m_device->seek(from))
            return writeFailed();
        for (qint64 left = chunk.length; left > 0;) {
            const qint64 n = m_device->read(buffer.data(), std::min(left, copyBlock));
            if (n <= 0)
                return makeError(
                    ErrorCode::Io,
                    TarText::tr("could not read %1: %2").arg(member.name, m_device->errorString()), m_source);
            if (out.write(buffer.constData(), n) != n)
                return writeFailed();
            left -= n;
            copied += n;
            if (progress) {
                if (Status s = progress(copied); !s)
                    return s;
            }
        }
        from += chunk.length;
    }
    // A trailing hole is made by the size alone.
    if (!out.resize(member.size) || !out.flush())
        return writeFailed();
    return Ok{};
}

} // namespace voc
