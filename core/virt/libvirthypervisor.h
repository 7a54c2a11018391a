// SPDX-License-Identifier: GPL-3.0-or-later
// The libvirt implementation of Hypervisor: qemu:///system for local runs, qemu+ssh:// for a site's
// hosts, test:///default (libvirt's in-process mock driver) in unit tests.
#pragma once

#include "handles.h"
#include "hypervisor.h"

#include <atomic>

namespace voc {

class LibvirtHypervisor final : public Hypervisor
{
public:
    // Starts libvirt's event loop thread (once) and opens the connection with keepalive (5 s
    // interval, 3 missed answers) and a close callback. Drivers without keepalive (in-process ones
    // such as test:///) are used without it.
    Result<std::unique_ptr<HypervisorConnection>> connect(const QString& uri) override;
};

// Thread-safety: libvirt connections may be shared between threads and its errors are
// thread-local, so every method may be called from any thread without a lock of ours.
class LibvirtConnection final : public HypervisorConnection
{
    Q_OBJECT

public:
    explicit LibvirtConnection(ConnectHandle connection, QObject* parent = nullptr);
    // Deregisters the close callback before the connection is released.
    ~LibvirtConnection() override;

    QString uri() const override { return m_uri; }
    bool isAlive() const override;

    Result<HostInfo> hostInfo() override;
    Result<QString> capabilities() override;

    Result<DomainInfo> createDomainXml(const QString& xml, bool startPaused) override;
    Status suspend(const QString& name) override;
    Status resume(const QString& name) override;
    Status destroy(const QString& name) override;
    Status reset(const QString& name) override;
    Result<QList<DomainInfo>> listDomains(const QString& prefix = {}) override;
    Result<DomainState> domainState(const QString& name) override;
    Result<QString> domainXml(const QString& name) override;

    Result<QString> createNetworkXml(const QString& xml) override;
    Status destroyNetwork(const QString& name) override;
    Result<QStringList> listNetworks(const QString& prefix = {}) override;
    Result<QList<DhcpLease>> networkDhcpLeases(const QString& network) override;

    Result<std::unique_ptr<Console>> openConsole(const QString& domain, ConsoleCallbacks callbacks) override;

    Result<StoragePoolInfo> storagePool(const QString& name) override;
    Result<bool> hasBridge(const QString& name) override;
    // Storage volumes: core/virt/libvirtstorage.cpp.
    Result<QList<VolumeInfo>> listVolumes(const QString& pool, const QString& prefix = {}) override;
    Result<std::optional<VolumeInfo>> findVolume(const QString& pool, const QString& name) override;
    Result<VolumeInfo> createOverlayVolume(const QString& pool, const QString& name,
                                           const QString& backingPath, const QString& backingFormat,
                                           qint64 capacityBytes) override;
    Result<VolumeInfo> uploadVolume(const QString& pool, const QString& name, const QString& localPath,
                                    const QString& format, bool sparse,
                                    const UploadProgress& progress) override;
    Status deleteVolume(const QString& pool, const QString& name) override;

    // For code of the virt layer that needs a libvirt call this interface does not offer.
    virConnectPtr handle() const { return m_connection.get(); }

private:
    static void onClose(virConnectPtr connection, int reason, void* opaque);

    Result<DomainHandle> lookupDomain(const QString& name) const;
    Result<NetworkHandle> lookupNetwork(const QString& name) const;
    bool domainExists(const QString& name) const;
    bool networkExists(const QString& name) const;
    Result<StoragePoolHandle> lookupPool(const QString& name) const;
    // Deletes a volume this connection just streamed into; retries while libvirt still counts the
    // finished or aborted upload stream as a user of the volume.
    void removePartialVolume(virStorageVolPtr volume, const QString& where) const;

    ConnectHandle m_connection;
    QString m_uri;
    bool m_closeCallbackRegistered = false;
    std::atomic<bool> m_alive{true};
};

} // namespace voc
