// SPDX-License-Identifier: GPL-3.0-or-later
// The edge between VOC Studio and a hypervisor: a small interface, implemented for libvirt.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QDateTime>
#include <QList>
#include <QObject>
#include <QString>
#include <QStringList>

#include <functional>
#include <memory>
#include <optional>

namespace voc {

struct HostInfo
{
    QString uri;               // the connection's canonical URI, e.g. "qemu:///system"
    QString hostname;          // of the hypervisor host
    QString driver;            // "QEMU", "TEST", ...
    QString hypervisorVersion; // "7.2.0"
    QString libvirtVersion;    // of the daemon (or the in-process driver)
    QString cpuModel;          // e.g. "x86_64"
    int cpus = 0;
    qint64 memoryKiB = 0;
};

// A libvirt storage pool as a site check sees it.
struct StoragePoolInfo
{
    QString name;
    bool active = false;
    bool persistent = false;
    QString type;       // "dir", "netfs", "logical", ...
    QString targetPath; // where its volumes live on the host; empty for pools without one
    qint64 capacityBytes = 0;
    qint64 allocationBytes = 0;
    qint64 availableBytes = 0;
};

// A volume in a storage pool (libvirt's virStorageVol).
struct VolumeInfo
{
    QString pool;
    QString name;
    QString path;   // on the host
    QString format; // "qcow2", "raw", ...
    qint64 capacityBytes = 0;
    qint64 allocationBytes = 0;

    bool operator==(const VolumeInfo&) const = default;
};

// How an upload is going: bytes of the file sent (holes count as sent), called from the uploading
// thread. Returning false cancels the upload (the partial volume is then deleted).
using UploadProgress = std::function<bool(qint64 doneBytes, qint64 totalBytes)>;

struct DomainInfo
{
    QString name;
    QString uuid;

    bool operator==(const DomainInfo&) const = default;
};

enum class DomainState
{
    NoState,
    Running,
    Blocked,
    Paused,
    ShuttingDown,
    Shutoff,
    Crashed,
    Suspended
};
QString toString(DomainState state); // "running", "paused", ... (stable, for logs and JSON)

struct DhcpLease
{
    QString mac;
    QString ip;
    int prefix = 0;
    QString hostname; // as the guest sent it; may be empty
    QDateTime expires;
};

// Receivers of a domain's serial console. Both run on the libvirt event loop thread: keep them short
// and forward to other threads (queued signals) for anything more.
struct ConsoleCallbacks
{
    std::function<void(const QByteArray& bytes)> onData;
    // The console ended: Ok when the guest or the daemon closed it, an Error when reading failed.
    std::function<void(const Status& status)> onClosed;
};

// An open serial console. Destroying it detaches: once the destructor returns, no callback runs any
// more. Do not destroy it from inside one of its own callbacks.
class Console
{
public:
    virtual ~Console() = default;
    virtual bool isOpen() const = 0;
    // Types the bytes into the console (the guest reads them on its serial port, as keys typed in
    // `virsh console`). Waits up to timeoutMs while the stream is full; an Error when the console is
    // closed, the stream failed or the bytes could not all be sent in time.
    virtual Status send(const QByteArray& bytes, int timeoutMs = 5000) = 0;
};

// One open connection to a hypervisor. Blocking calls; safe to use from any thread (the GUI calls it
// from worker threads, never from its own). Transient objects only: domains and networks created
// here vanish when destroyed, so a crashed run leaves no definitions behind.
class HypervisorConnection : public QObject
{
    Q_OBJECT

public:
    using QObject::QObject;

    virtual QString uri() const = 0;
    // False once the connection was lost (see closed()).
    virtual bool isAlive() const = 0;

    virtual Result<HostInfo> hostInfo() = 0;
    virtual Result<QString> capabilities() = 0; // libvirt's capabilities XML

    // Starts a transient domain; paused, so that a console can attach before the first byte.
    virtual Result<DomainInfo> createDomainXml(const QString& xml, bool startPaused) = 0;
    virtual Status suspend(const QString& name) = 0;
    virtual Status resume(const QString& name) = 0;
    // Powers the domain off at once; a transient domain is gone afterwards.
    virtual Status destroy(const QString& name) = 0;
    // Resets the domain as the reset button would: the guest starts over at once, the domain, its
    // disks and its console stay.
    virtual Status reset(const QString& name) = 0;
    // Domains whose name starts with `prefix` (all of them for an empty prefix), sorted by name.
    virtual Result<QList<DomainInfo>> listDomains(const QString& prefix = {}) = 0;
    virtual Result<DomainState> domainState(const QString& name) = 0;
    virtual Result<QString> domainXml(const QString& name) = 0;

    // Starts a transient network; returns its name.
    virtual Result<QString> createNetworkXml(const QString& xml) = 0;
    virtual Status destroyNetwork(const QString& name) = 0;
    virtual Result<QStringList> listNetworks(const QString& prefix = {}) = 0; // active, sorted
    virtual Result<QList<DhcpLease>> networkDhcpLeases(const QString& network) = 0;

    virtual Result<std::unique_ptr<Console>> openConsole(const QString& domain,
                                                         ConsoleCallbacks callbacks) = 0;

    // The named storage pool; ErrorCode::NotFound when the host has none of that name. Capacity and
    // free space are refreshed by libvirt only for active pools (zero otherwise).
    virtual Result<StoragePoolInfo> storagePool(const QString& name) = 0;
    // Whether the host has a bridge interface of that name (false also when an interface of that
    // name exists but is no bridge). Asks libvirt's interface driver, which reads the host's sysfs.
    virtual Result<bool> hasBridge(const QString& name) = 0;

    // Storage volumes (images pushed to a site, VCN overlays there). NotFound for a missing pool.
    virtual Result<QList<VolumeInfo>> listVolumes(const QString& pool, const QString& prefix = {}) = 0;
    // Empty when the pool has no volume of that name.
    virtual Result<std::optional<VolumeInfo>> findVolume(const QString& pool, const QString& name) = 0;
    // A qcow2 volume backed by another file on the host (backing format recorded explicitly): a
    // VCN's copy-on-write disk on its pushed base image. Conflict when the name is taken.
    virtual Result<VolumeInfo> createOverlayVolume(const QString& pool, const QString& name,
                                                   const QString& backingPath, const QString& backingFormat,
                                                   qint64 capacityBytes) = 0;
    // Creates the volume and streams the local file into it (virStorageVolUpload); with `sparse`
    // the file's holes (SEEK_DATA/SEEK_HOLE) are sent as holes (virStreamSparseSendAll). On failure
    // or cancel the volume this call created is deleted again. Blocks until done.
    virtual Result<VolumeInfo> uploadVolume(const QString& pool, const QString& name,
                                            const QString& localPath, const QString& format, bool sparse,
                                            const UploadProgress& progress) = 0;
    virtual Status deleteVolume(const QString& pool, const QString& name) = 0;

signals:
    // The connection was lost (daemon gone, keepalive timeout). Emitted from the libvirt event
    // loop thread: connect with a queued or auto connection.
    void closed(const QString& reason);
};

class Hypervisor
{
public:
    virtual ~Hypervisor() = default;
    // Opens a connection; an empty URI means the implementation's default.
    virtual Result<std::unique_ptr<HypervisorConnection>> connect(const QString& uri) = 0;
};

} // namespace voc
