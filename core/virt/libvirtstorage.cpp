// SPDX-License-Identifier: GPL-3.0-or-later
// Storage volumes of LibvirtConnection: listing, overlays on pushed images, deletion and the
// sparse-aware upload stream (virStorageVolUpload) that pushes an image to a site's pool.
#include "common/logging.h"
#include "libvirterror.h"
#include "libvirthypervisor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QThread>
#include <QXmlStreamReader>
#include <QXmlStreamWriter>

#include <libvirt/virterror.h>

#include <algorithm>
#include <cerrno>
#include <cstring>
#include <fcntl.h>
#include <sys/stat.h>
#include <unistd.h>
#include <vector>

namespace voc {

namespace {

struct LibvirtStorageText
{
    Q_DECLARE_TR_FUNCTIONS(voc::LibvirtStorage)
};

// Bytes per stream message. libvirt's own virStreamSendAll/virStreamSparseSendAll use a fixed
// 256 KiB buffer; small blocks made virt-manager's uploads 100x slower (its issue 221), and 4 MiB
// messages keep the per-message cost (ssh framing, the daemon's iohelper round trip) negligible
// while staying far below libvirt's 32 MiB message limit.
constexpr qint64 uploadBlockBytes = 4 * 1024 * 1024;

QString where(const QString& pool, const QString& name, const QString& uri)
{
    return name.isEmpty() ? QStringLiteral("%1 (%2)").arg(pool, uri)
                          : QStringLiteral("%1/%2 (%3)").arg(pool, name, uri);
}

// <volume><target><format type='qcow2'/></target></volume> -> "qcow2".
QString volumeFormat(const QString& xml)
{
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement())
        return {};
    while (reader.readNextStartElement()) {
        if (reader.name() != QLatin1String("target")) {
            reader.skipCurrentElement();
            continue;
        }
        while (reader.readNextStartElement()) {
            if (reader.name() == QLatin1String("format"))
                return reader.attributes().value(QLatin1String("type")).toString();
            reader.skipCurrentElement();
        }
    }
    return {};
}

Result<VolumeInfo> volumeInfo(virStorageVolPtr volume, const QString& pool, const QString& uri)
{
    VolumeInfo info;
    info.pool = pool;
    info.name = QString::fromUtf8(virStorageVolGetName(volume));
    // For dir pools GetInfo re-reads the file, so sizes are current right after an upload.
    virStorageVolInfo raw{};
    if (virStorageVolGetInfo(volume, &raw) < 0)
        return libvirtError(LibvirtStorageText::tr("could not read the volume's size"),
                            where(pool, info.name, uri));
    info.capacityBytes = qint64(raw.capacity);
    info.allocationBytes = qint64(raw.allocation);
    info.path = takeLibvirtString(virStorageVolGetPath(volume));
    char* xml = virStorageVolGetXMLDesc(volume, 0);
    if (!xml)
        return libvirtError(LibvirtStorageText::tr("could not read the volume's definition"),
                            where(pool, info.name, uri));
    info.format = volumeFormat(takeLibvirtString(xml));
    return info;
}

QString volumeXml(const QString& name, qint64 capacity, qint64 allocation, const QString& format,
                  const QString& backingPath = {}, const QString& backingFormat = {})
{
    QString xml;
    QXmlStreamWriter writer(&xml);
    writer.writeStartElement(QStringLiteral("volume"));
    writer.writeTextElement(QStringLiteral("name"), name);
    if (capacity > 0) {
        writer.writeStartElement(QStringLiteral("capacity"));
        writer.writeAttribute(QStringLiteral("unit"), QStringLiteral("bytes"));
        writer.writeCharacters(QString::number(capacity));
        writer.writeEndElement();
    }
    if (allocation >= 0) {
        writer.writeStartElement(QStringLiteral("allocation"));
        writer.writeAttribute(QStringLiteral("unit"), QStringLiteral("bytes"));
        writer.writeCharacters(QString::number(allocation));
        writer.writeEndElement();
    }
    writer.writeStartElement(QStringLiteral("target"));
    writer.writeEmptyElement(QStringLiteral("format"));
    writer.writeAttribute(QStringLiteral("type"), format);
    writer.writeEndElement();
    if (!backingPath.isEmpty()) {
        writer.writeStartElement(QStringLiteral("backingStore"));
        writer.writeTextElement(QStringLiteral("path"), backingPath);
        writer.writeEmptyElement(QStringLiteral("format"));
        writer.writeAttribute(QStringLiteral("type"), backingFormat);
        writer.writeEndElement();
    }
    writer.writeEndElement();
    return xml;
}

// A local file descriptor, closed exactly once.
class LocalFile
{
public:
    explicit LocalFile(const QString& path)
        : m_fd(::open(path.toLocal8Bit().constData(), O_RDONLY | O_CLOEXEC))
    {}
    ~LocalFile()
    {
        if (m_fd >= 0)
            ::close(m_fd);
    }
    LocalFile(const LocalFile&) = delete;
    LocalFile& operator=(const LocalFile&) = delete;
    int fd() const { return m_fd; }

private:
    int m_fd;
};

// The stream half of an upload: the same contract as virStreamSparseSendAll (holes found with
// SEEK_DATA/SEEK_HOLE go out as virStreamSendHole, data as virStreamSend) but with our block size,
// and a progress check between blocks that may cancel.
class UploadSender
{
public:
    UploadSender(virStreamPtr stream, int fd, qint64 size, bool sparse, const UploadProgress& progress)
        : m_stream(stream)
        , m_fd(fd)
        , m_size(size)
        , m_sparse(sparse)
        , m_progress(progress)
        , m_buffer(std::size_t(uploadBlockBytes))
    {}

    // Returns false on error (libvirt's or errno, see m_systemError) or cancel (m_cancelled).
    bool run()
    {
        qint64 position = 0;
        while (position < m_size) {
            qint64 dataEnd = m_size;
            if (m_sparse) {
                const off_t data = ::lseek(m_fd, off_t(position), SEEK_DATA);
                if (data < 0 && errno != ENXIO)
                    return systemFailure();
                const qint64 dataStart = data < 0 ? m_size : qint64(data);
                if (dataStart > position) {
                    if (!sendHole(dataStart - position))
                        return false;
                    position = dataStart;
                    continue;
                }
                const off_t hole = ::lseek(m_fd, off_t(position), SEEK_HOLE);
                if (hole < 0)
                    return systemFailure();
                dataEnd = std::min(m_size, qint64(hole));
            }
            while (position < dataEnd) {
                const qint64 want = std::min(uploadBlockBytes, dataEnd - position);
                const ssize_t got = ::pread(m_fd, m_buffer.data(), std::size_t(want), off_t(position));
                if (got < 0 && errno == EINTR)
                    continue;
                if (got <= 0)
                    return got < 0 ? systemFailure() : shortFile();
                // A block of zeros inside allocated space (a densely copied image) is a hole too.
                const bool zeros = m_sparse && isZero(m_buffer.data(), std::size_t(got));
                if (!(zeros ? sendHole(got) : sendData(m_buffer.data(), got)))
                    return false;
                position += got;
            }
        }
        return true;
    }

    bool cancelled() const { return m_cancelled; }
    int systemError() const { return m_systemError; }
    bool truncated() const { return m_truncated; }

private:
    static bool isZero(const char* data, std::size_t size)
    {
        return size == 0 || (data[0] == 0 && std::memcmp(data, data + 1, size - 1) == 0);
    }

    bool systemFailure()
    {
        m_systemError = errno;
        return false;
    }
    bool shortFile()
    {
        m_truncated = true;
        return false;
    }

    bool sendHole(qint64 length)
    {
        if (virStreamSendHole(m_stream, length, 0) < 0)
            return false;
        return advance(length);
    }

    bool sendData(const char* data, qint64 length)
    {
        while (length > 0) {
            const int sent = virStreamSend(m_stream, data, std::size_t(length));
            if (sent < 0)
                return false;
            data += sent;
            length -= sent;
            if (!advance(sent))
                return false;
        }
        return true;
    }

    bool advance(qint64 bytes)
    {
        m_done += bytes;
        if (m_progress && !m_progress(m_done, m_size)) {
            m_cancelled = true;
            return false;
        }
        return true;
    }

    virStreamPtr m_stream;
    int m_fd;
    qint64 m_size;
    bool m_sparse;
    const UploadProgress& m_progress;
    std::vector<char> m_buffer;
    qint64 m_done = 0;
    bool m_cancelled = false;
    bool m_truncated = false;
    int m_systemError = 0;
};

} // namespace

Result<StoragePoolHandle> LibvirtConnection::lookupPool(const QString& name) const
{
    StoragePoolHandle pool(virStoragePoolLookupByName(m_connection.get(), name.toUtf8().constData()));
    if (!pool) {
        Error error = libvirtError(LibvirtStorageText::tr("no storage pool of that name"),
                                   where(name, {}, m_uri), ErrorCode::NotFound);
        if (error.code == ErrorCode::NotFound)
            error.hint = LibvirtStorageText::tr("define and start the pool on the host, or fix the site "
                                                "profile's pool name");
        return error;
    }
    // Another host may have added volumes to a shared pool: only a refresh shows them here.
    // libvirtd refuses to refresh a pool while it builds a volume in it (an asynchronous job of this
    // or another client: an overlay's qemu-img, an upload's allocation); the list is then as current
    // as the last refresh, which every caller can live with (the volume being built is not used
    // before its create call returns), so such a build never makes another volume call fail.
    if (virStoragePoolRefresh(pool.get(), 0) < 0) {
        const char* message = virGetLastErrorMessage();
        if (message && std::strstr(message, "asynchronous jobs")) {
            qCDebug(lcVirt) << "pool" << name
                            << "not refreshed while a volume is being built in it:" << message;
            virResetLastError();
            return pool;
        }
        Error error = libvirtError(LibvirtStorageText::tr("could not refresh the storage pool"),
                                   where(name, {}, m_uri));
        if (error.code == ErrorCode::Conflict)
            error.hint = LibvirtStorageText::tr("is the pool started? virsh pool-start %1").arg(name);
        return error;
    }
    return pool;
}

Result<QList<VolumeInfo>> LibvirtConnection::listVolumes(const QString& poolName, const QString& prefix)
{
    Result<StoragePoolHandle> pool = lookupPool(poolName);
    if (!pool)
        return pool.error();
    virStorageVolPtr* raw = nullptr;
    const int count = virStoragePoolListAllVolumes(pool->get(), &raw, 0);
    if (count < 0)
        return libvirtError(LibvirtStorageText::tr("could not list the pool's volumes"),
                            where(poolName, {}, m_uri));
    std::vector<StorageVolHandle> volumes;
    for (int i = 0; i < count; ++i)
        volumes.emplace_back(raw[i]);
    LibvirtString array(reinterpret_cast<char*>(raw));

    QList<VolumeInfo> result;
    for (const StorageVolHandle& volume : volumes) {
        const QString name = QString::fromUtf8(virStorageVolGetName(volume.get()));
        if (!name.startsWith(prefix))
            continue;
        Result<VolumeInfo> info = volumeInfo(volume.get(), poolName, m_uri);
        // A volume deleted meanwhile (by another host of a shared pool) is simply not listed.
        if (!info && info.error().code == ErrorCode::NotFound)
            continue;
        if (!info)
            return info.error();
        result.append(*info);
    }
    std::sort(result.begin(), result.end(),
              [](const VolumeInfo& a, const VolumeInfo& b) { return a.name < b.name; });
    return result;
}

Result<std::optional<VolumeInfo>> LibvirtConnection::findVolume(const QString& poolName, const QString& name)
{
    Result<StoragePoolHandle> pool = lookupPool(poolName);
    if (!pool)
        return pool.error();
    StorageVolHandle volume(virStorageVolLookupByName(pool->get(), name.toUtf8().constData()));
    if (!volume) {
        Error error = libvirtError(LibvirtStorageText::tr("could not look up the volume"),
                                   where(poolName, name, m_uri), ErrorCode::NotFound);
        if (error.code == ErrorCode::NotFound)
            return std::optional<VolumeInfo>();
        return error;
    }
    Result<VolumeInfo> info = volumeInfo(volume.get(), poolName, m_uri);
    if (!info)
        return info.error();
    return std::optional<VolumeInfo>(*info);
}

Result<VolumeInfo> LibvirtConnection::createOverlayVolume(const QString& poolName, const QString& name,
                                                          const QString& backingPath,
                                                          const QString& backingFormat, qint64 capacityBytes)
{
    Result<StoragePoolHandle> pool = lookupPool(poolName);
    if (!pool)
        return pool.error();
    const QString xml =
        volumeXml(name, capacityBytes, 0, QStringLiteral("qcow2"), backingPath, backingFormat);
    StorageVolHandle volume(virStorageVolCreateXML(pool->get(), xml.toUtf8().constData(), 0));
    if (!volume)
        return libvirtError(
            LibvirtStorageText::tr("could not create the overlay volume on %1").arg(backingPath),
            where(poolName, name, m_uri), ErrorCode::External, qemuAccountOf(m_uri));
    qCDebug(lcVirt).noquote() << "overlay volume" << name << "on" << backingPath << "in" << poolName;
    return volumeInfo(volume.get(), poolName, m_uri);
}

Status LibvirtConnection::deleteVolume(const QString& poolName, const QString& name)
{
    Result<StoragePoolHandle> pool = lookupPool(poolName);
    if (!pool)
        return pool.error();
    StorageVolHandle volume(virStorageVolLookupByName(pool->get(), name.toUtf8().constData()));
    if (!volume)
        return libvirtError(LibvirtStorageText::tr("no volume of that name"), where(poolName, name, m_uri),
                            ErrorCode::NotFound);
    if (virStorageVolDelete(volume.get(), 0) < 0)
        return libvirtError(LibvirtStorageText::tr("could not delete the volume"),
                            where(poolName, name, m_uri));
    qCDebug(lcVirt).noquote() << "deleted volume" << name << "in" << poolName;
    return Ok{};
}

void LibvirtConnection::removePartialVolume(virStorageVolPtr volume, const QString& place) const
{
    // The daemon drops its "in use" mark of an upload asynchronously after the stream ends.
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        if (virStorageVolDelete(volume, 0) == 0)
            return;
        const Error error =
            libvirtError(LibvirtStorageText::tr("could not delete the partial volume"), place);
        if (error.code == ErrorCode::NotFound)
            return;
        if (timer.elapsed() > 10000) {
            qCWarning(lcVirt).noquote() << error.toString();
            return;
        }
        QThread::msleep(50);
    }
}

Result<VolumeInfo> LibvirtConnection::uploadVolume(const QString& poolName, const QString& name,
                                                   const QString& localPath, const QString& format,
                                                   bool sparse, const UploadProgress& progress)
{
    const QString place = where(poolName, name, m_uri);
    LocalFile file(localPath);
    struct stat status = {};
    if (file.fd() < 0 || ::fstat(file.fd(), &status) < 0)
        return makeError(ErrorCode::Io,
                         LibvirtStorageText::tr("could not open the image: %1")
                             .arg(QString::fromLocal8Bit(std::strerror(errno))),
                         localPath);
    const qint64 size = qint64(status.st_size);

    Result<StoragePoolHandle> pool = lookupPool(poolName);
    if (!pool)
        return pool.error();
    // Capacity is the file's size, so the upload fills the volume byte for byte; allocation 0 keeps
    // libvirt from preallocating what the sparse stream leaves out.
    const QString xml = volumeXml(name, std::max<qint64>(size, 1), 0, format);
    StorageVolHandle volume(virStorageVolCreateXML(pool->get(), xml.toUtf8().constData(), 0));
    if (!volume)
        return libvirtError(LibvirtStorageText::tr("could not create the volume for the upload"), place);

    StreamHandle stream(virStreamNew(m_connection.get(), 0));
    if (!stream) {
        Error error = libvirtError(LibvirtStorageText::tr("could not open an upload stream"), place);
        removePartialVolume(volume.get(), place);
        return error;
    }
    const unsigned int flags = sparse ? VIR_STORAGE_VOL_UPLOAD_SPARSE_STREAM : 0;
    if (virStorageVolUpload(volume.get(), stream.get(), 0, qulonglong(size), flags) < 0) {
        Error error = libvirtError(LibvirtStorageText::tr("could not start the upload"), place);
        removePartialVolume(volume.get(), place);
        return error;
    }

    QElapsedTimer timer;
    timer.start();
    UploadSender sender(stream.get(), file.fd(), size, sparse, progress);
    if (!sender.run()) {
        Error error;
        if (sender.cancelled())
            error = makeError(ErrorCode::Cancelled, LibvirtStorageText::tr("upload cancelled"), place);
        else if (sender.systemError() != 0)
            error = makeError(ErrorCode::Io,
                              LibvirtStorageText::tr("could not read the image: %1")
                                  .arg(QString::fromLocal8Bit(std::strerror(sender.systemError()))),
                              localPath);
        else if (sender.truncated())
            error =
                makeError(ErrorCode::Io, LibvirtStorageText::tr("the image got shorter during the upload"),
                          localPath, LibvirtStorageText::tr("do not change an image while it is pushed"));
        else
            error = libvirtError(LibvirtStorageText::tr("the upload failed"), place);
        virStreamAbort(stream.get());
        virResetLastError(); // the abort's own complaint would hide the reason
        removePartialVolume(volume.get(), place);
        return error;
    }
    if (virStreamFinish(stream.get()) < 0) {
        Error error = libvirtError(LibvirtStorageText::tr("the host could not complete the upload"), place);
        removePartialVolume(volume.get(), place);
        return error;
    }
    const double seconds = std::max<qint64>(timer.elapsed(), 1) / 1000.0;
    qCDebug(lcVirt).noquote() << "uploaded" << localPath << "to" << place << size << "bytes in" << seconds
                              << "s" << (sparse ? "(sparse)" : "(dense)");
    return volumeInfo(volume.get(), poolName, m_uri);
}

} // namespace voc
