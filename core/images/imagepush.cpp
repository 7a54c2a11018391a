// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagepush.h"

#include "common/logging.h"
#include "images/checksumjob.h"
#include "images/imageinfo.h"
#include "remote/opensshshell.h"
#include "virt/libvirthypervisor.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QRegularExpression>

#include <cmath>

namespace voc {

namespace {

struct ImagePushText
{
    Q_DECLARE_TR_FUNCTIONS(voc::ImagePushJob)
};

constexpr qint64 MiB = 1024 * 1024;

QString volumePlace(const ImagePushTarget& target, const QString& volume)
{
    return QStringLiteral("%1: %2/%3").arg(target.hostName, target.pool, volume);
}

// Hashing on the host reads the whole file: allow a minute plus 50 MiB/s (a slow NFS).
int hashTimeoutMs(qint64 size)
{
    return int(std::min<qint64>(60000 + size / (50 * MiB) * 1000, 3600 * 1000));
}

QString durationText(double seconds)
{
    if (seconds < 90)
        return ImagePushText::tr("%1 s").arg(qMax(0, int(std::lround(seconds))));
    if (seconds < 5400)
        return ImagePushText::tr("%1 min").arg(int(std::lround(seconds / 60)));
    return ImagePushText::tr("%L1 h").arg(seconds / 3600, 0, 'f', 1);
}

} // namespace

QString imageVolumeName(const QString& sha256, const QString& format)
{
    return QStringLiteral("vocimg-%1.%2").arg(sha256.left(16).toLower(), format);
}

QString toString(ImageVerification verification)
{
    switch (verification) {
    case ImageVerification::HostSha256:
        return QStringLiteral("sha256 on host");
    case ImageVerification::TrustedName:
        return QStringLiteral("trusted name");
    }
    return {};
}

QString formatBytes(qint64 bytes)
{
    if (bytes >= 1024 * MiB)
        return ImagePushText::tr("%1 GiB").arg(double(bytes) / (1024 * MiB), 0, 'f', 1);
    if (bytes >= MiB)
        return ImagePushText::tr("%1 MiB").arg(double(bytes) / MiB, 0, 'f', bytes >= 100 * MiB ? 0 : 1);
    if (bytes >= 1024)
        return ImagePushText::tr("%1 KiB").arg(bytes / 1024);
    return ImagePushText::tr("%1 bytes").arg(bytes);
}

Result<QList<ImagePushTarget>> imagePushTargets(const SiteProfile& site, const QString& onlyHost)
{
    if (site.hosts.isEmpty())
        return makeError(ErrorCode::InvalidInput, ImagePushText::tr("the site profile lists no hosts"),
                         site.name);
    QList<SiteHost> hosts = site.hosts;
    if (!onlyHost.isEmpty()) {
        const auto it = std::find_if(hosts.cbegin(), hosts.cend(),
                                     [&](const SiteHost& host) { return host.name == onlyHost; });
        if (it == hosts.cend()) {
            QStringList names;
            for (const SiteHost& host : site.hosts)
                names << host.name;
            return makeError(ErrorCode::NotFound,
                             ImagePushText::tr("the site has no host named %1").arg(onlyHost), site.name,
                             ImagePushText::tr("its hosts: %1").arg(names.join(QLatin1String(", "))));
        }
        hosts = {*it};
    }
    // A shared pool is one pool whichever host writes it.
    if (site.storage.sharing == StorageSharing::Shared)
        hosts = hosts.mid(0, 1);
    QList<ImagePushTarget> targets;
    for (const SiteHost& host : hosts)
        targets.append({host.name, host.uri, site.storage.pool});
    return targets;
}

Result<QString> hostSha256(RemoteShell& shell, const QString& path, const RemoteCommandOptions& options)
{
    const Result<QByteArray> out =
        shell.runChecked({QStringLiteral("sha256sum"), QStringLiteral("--"), path}, options);
    if (!out)
        return out.error();
    static const QRegularExpression hex(QStringLiteral("^([0-9a-f]{64})\\s"));
    const QRegularExpressionMatch match = hex.match(QString::fromUtf8(*out));
    if (!match.hasMatch())
        return makeError(ErrorCode::Parse, ImagePushText::tr("sha256sum printed no checksum"),
                         shell.host() + QLatin1String(": ") + path);
    return match.captured(1);
}

ImagePushJob::ImagePushJob(ImagePushRequest request, QObject* parent)
    : TypedJob<ImagePushResult>(parent)
    , m_request(std::move(request))
    , m_connector([](const ImagePushTarget& target) -> Result<std::shared_ptr<HypervisorConnection>> {
        Result<std::unique_ptr<HypervisorConnection>> connection = LibvirtHypervisor().connect(target.uri);
        if (!connection)
            return connection.error();
        return std::shared_ptr<HypervisorConnection>(std::move(connection).value());
    })
    , m_shellFactory([](const ImagePushTarget& target) { return remoteShellForUri(target.uri); })
{}

Result<ImagePushResult> ImagePushJob::run()
{
    const QString path = m_request.imagePath;
    const QFileInfo file(path);
    if (!file.isFile())
        return makeError(ErrorCode::NotFound, ImagePushText::tr("the image to push does not exist"), path);
    if (m_request.targets.isEmpty())
        return makeError(ErrorCode::InvalidInput, ImagePushText::tr("no pool to push the image to"), path);

    ImagePushResult result;
    result.imagePath = file.absoluteFilePath();
    result.format = m_request.format;
    if (result.format.isEmpty()) {
        const Result<ImageInfo> info = inspectImage(path);
        if (!info)
            return info.error();
        result.format = info->format;
    }
    result.sha256 = m_request.sha256.toLower();
    if (result.sha256.isEmpty()) {
        ChecksumJob checksum(path);
        connect(&checksum, &Job::progress, [this, &checksum](int done, int total, const QString& text) {
            if (isCancelled())
                checksum.cancel();
            reportProgress(done, total, text);
        });
        checksum.exec();
        const Result<QString> sha = *checksum.result();
        if (!sha)
            return sha.error();
        result.sha256 = *sha;
    }
    result.volumeName = imageVolumeName(result.sha256, result.format);
    const qint64 size = file.size();

    for (const ImagePushTarget& target : m_request.targets) {
        if (Status cancelled = checkCancelled(volumePlace(target, result.volumeName)); !cancelled)
            return cancelled.error();
        Result<ImagePushTargetResult> pushed = pushTo(target, result, size);
        if (!pushed)
            return pushed.error();
        result.targets.append(*pushed);
    }
    return result;
}

Result<ImagePushTargetResult> ImagePushJob::pushTo(const ImagePushTarget& target,
                                                   const ImagePushResult& image, qint64 size)
{
    const QString place = volumePlace(target, image.volumeName);
    Result<std::shared_ptr<HypervisorConnection>> connected = m_connector(target);
    if (!connected)
        return connected.error();
    HypervisorConnection& connection = **connected;

    std::unique_ptr<RemoteShell> shell;
    if (m_shellFactory) {
        Result<std::unique_ptr<RemoteShell>> made = m_shellFactory(target);
        if (made)
            shell = std::move(made).value();
        else
            qCInfo(lcVirt).noquote() << place << "cannot be verified on the host:" << made.error().toString();
    }
    RemoteCommandOptions hashOptions;
    hashOptions.timeoutMs = hashTimeoutMs(size);
    hashOptions.cancelled = [this] { return isCancelled(); };

    ImagePushTargetResult result;
    result.target = target;
    result.bytes = size;
    result.verification = shell ? ImageVerification::HostSha256 : ImageVerification::TrustedName;

    // The volume's content as the host sees it: true when it is the image.
    const auto verify = [&](const VolumeInfo& volume) -> Result<bool> {
        QElapsedTimer timer;
        timer.start();
        reportProgress(0, 0, ImagePushText::tr("%1: checking the SHA-256 on the host").arg(target.hostName));
        const Result<QString> sha = hostSha256(*shell, volume.path, hashOptions);
        result.verifySeconds = timer.elapsed() / 1000.0;
        if (!sha)
            return sha.error();
        return *sha == image.sha256;
    };

    Result<std::optional<VolumeInfo>> existing = connection.findVolume(target.pool, image.volumeName);
    if (!existing)
        return existing.error();
    if (existing->has_value()) {
        const VolumeInfo volume = **existing;
        bool same = true;
        if (shell && m_request.verifyOnHost) {
            const Result<bool> verified = verify(volume);
            if (!verified)
                return verified.error();
            same = *verified;
        } else {
            result.verification = ImageVerification::TrustedName;
            // A raw volume is as large as the file; a qcow2 volume reports its virtual size.
            same = image.format != QLatin1String("raw") || volume.capacityBytes == size;
        }
        if (same) {
            result.volume = volume;
            qCInfo(lcVirt).noquote() << place << "holds the image already, verified by"
                                     << toString(result.verification);
            return result;
        }
        qCWarning(lcVirt).noquote() << place << "holds other content than its name says; replacing it";
        if (Status removed = connection.deleteVolume(target.pool, image.volumeName); !removed)
            return removed.error();
        result.replacedCorrupt = true;
    }

    QElapsedTimer timer;
    timer.start();
    qint64 lastReport = -1000;
    const UploadProgress progress = [&](qint64 done, qint64 total) {
        const qint64 now = timer.elapsed();
        if (done == total || now - lastReport >= 200) {
            lastReport = now;
            const double rate = done / (std::max<qint64>(now, 1) / 1000.0); // bytes per second
            const QString text = ImagePushText::tr("%1: %2 of %3, %4 MiB/s, %5 left")
                                     .arg(target.hostName, formatBytes(done), formatBytes(total))
                                     .arg(int(std::lround(rate / MiB)))
                                     .arg(durationText(rate > 0 ? (total - done) / rate : 0));
            reportProgress(int(done / MiB), int(total / MiB), text);
        }
        return !isCancelled();
    };
    Result<VolumeInfo> uploaded = connection.uploadVolume(target.pool, image.volumeName, image.imagePath,
                                                          image.format, m_request.sparse, progress);
    if (!uploaded) {
        Error error = uploaded.error();
        if (error.code == ErrorCode::Conflict)
            error.hint =
                ImagePushText::tr("another push of this image to the pool may be under way; try again "
                                  "when it has finished");
        return error;
    }
    result.uploadSeconds = timer.elapsed() / 1000.0;
    result.uploaded = true;
    result.volume = *uploaded;

    if (shell && m_request.verifyOnHost) {
        const Result<bool> verified = verify(result.volume);
        if (!verified || !*verified) {
            // An unverified volume under a content-addressed name would be trusted by the next push.
            if (Status removed = connection.deleteVolume(target.pool, image.volumeName); !removed)
                qCWarning(lcVirt).noquote() << removed.error().toString();
            if (!verified)
                return verified.error();
            return makeError(
                ErrorCode::External,
                ImagePushText::tr("the uploaded volume's SHA-256 differs from the image's; the volume "
                                  "was deleted"),
                place,
                ImagePushText::tr("the transfer or the host's storage corrupted it: try again, "
                                  "and check the host's disk if it happens again"));
        }
    } else {
        result.verification = ImageVerification::TrustedName;
    }
    qCInfo(lcVirt).noquote() << place << "uploaded:" << size << "bytes in" << result.uploadSeconds << "s,"
                             << "verified by" << toString(result.verification);
    return result;
}

} // namespace voc
