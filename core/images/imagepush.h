// SPDX-License-Identifier: GPL-3.0-or-later
// Pushing a base image to a site's storage pools: content-addressed volume names, sparse upload
// streams, the SHA-256 checked on the host, and nothing partial left behind.
#pragma once

#include "common/job.h"
#include "model/siteprofile.h"
#include "remote/remoteshell.h"
#include "virt/hypervisor.h"

#include <QList>
#include <QString>

#include <functional>
#include <memory>

namespace voc {

// "vocimg-<first 16 hex digits of sha256>.<format>": a volume of that name holds that content, so
// an image is pushed once per pool and found again by any later deployment.
QString imageVolumeName(const QString& sha256, const QString& format);

// One pool to push to, reached through one of its hosts.
struct ImagePushTarget
{
    QString hostName; // "kvm1", for messages
    QString uri;      // the host's libvirt URI
    QString pool;     // the libvirt storage pool

    bool operator==(const ImagePushTarget&) const = default;
};

// Where an image goes at a site: one target for a shared pool (every host sees the volume), one per
// host for per-host pools. `onlyHost` (a host name) picks that host; NotFound when the site has no
// host of that name, InvalidInput when it has no hosts at all.
Result<QList<ImagePushTarget>> imagePushTargets(const SiteProfile& site, const QString& onlyHost = {});

// How a volume's content was confirmed.
enum class ImageVerification
{
    HostSha256, // sha256sum of the volume's file, run on the host, matched
    TrustedName // no shell to the host: the content-addressed name (and the size) were trusted
};
QString toString(ImageVerification verification); // "sha256 on host", "trusted name"

struct ImagePushTargetResult
{
    ImagePushTarget target;
    VolumeInfo volume;
    bool uploaded = false;        // false: skipped, the pool held the image already
    bool replacedCorrupt = false; // a volume of that name with other content was deleted first
    ImageVerification verification = ImageVerification::HostSha256;
    qint64 bytes = 0;         // the image file's size
    double uploadSeconds = 0; // 0 when skipped
    double verifySeconds = 0; // the host-side sha256sum
    double mibPerSecond() const { return uploadSeconds > 0 ? bytes / 1048576.0 / uploadSeconds : 0; }
};

struct ImagePushResult
{
    QString imagePath;
    QString sha256;
    QString format;
    QString volumeName;
    QList<ImagePushTargetResult> targets;
};

struct ImagePushRequest
{
    QString imagePath;
    QString sha256; // lower-case hex; empty: computed here (ChecksumJob)
    QString format; // "qcow2" or "raw"; empty: read with qemu-img (inspectImage)
    // Every entry is pushed to in turn. For a shared pool pass ONE target (imagePushTargets does):
    // the same pool through two hosts would only be checked twice.
    QList<ImagePushTarget> targets;
    bool sparse = true;       // holes travel as holes (false: every byte is sent, for benchmarks)
    bool verifyOnHost = true; // false: trust the name after an upload as well (benchmarks)
};

// Result: one entry per target, in order. Progress: done/total in MiB of the current target (holes
// count as done), text such as "kvm1: 1.2 GiB of 4.0 GiB, 310 MiB/s, 9 s left". Cancel stops the
// upload or the host-side check; the volume this job was creating is deleted. A failure names the
// host and the volume; volumes completed for earlier targets stay (they are valid content).
class ImagePushJob : public TypedJob<ImagePushResult>
{
    Q_OBJECT

public:
    using Connector = std::function<Result<std::shared_ptr<HypervisorConnection>>(const ImagePushTarget&)>;
    using ShellFactory = std::function<Result<std::unique_ptr<RemoteShell>>(const ImagePushTarget&)>;

    explicit ImagePushJob(ImagePushRequest request, QObject* parent = nullptr);

    // Defaults: a new libvirt connection per target; remoteShellForUri(target.uri). A deployment
    // passes its open connections; a shell factory that fails means "cannot verify": the content-
    // addressed name is trusted instead (and the result says so).
    void setConnector(Connector connector) { m_connector = std::move(connector); }
    void setShellFactory(ShellFactory factory) { m_shellFactory = std::move(factory); }

    const ImagePushRequest& request() const { return m_request; }

protected:
    Result<ImagePushResult> run() override;

private:
    Result<ImagePushTargetResult> pushTo(const ImagePushTarget& target, const ImagePushResult& image,
                                         qint64 size);

    ImagePushRequest m_request;
    Connector m_connector;
    ShellFactory m_shellFactory;
};

// "1.2 GiB", "310 MiB", "512 KiB", "17 bytes": binary units, one decimal from GiB up.
QString formatBytes(qint64 bytes);

// The SHA-256 of a file on a host (sha256sum through the shell), lower-case hex.
Result<QString> hostSha256(RemoteShell& shell, const QString& path, const RemoteCommandOptions& options = {});

} // namespace voc
