// SPDX-License-Identifier: GPL-3.0-or-later
#include "libvirthypervisor.h"

#include "common/logging.h"
#include "eventloop.h"
#include "libvirtconsole.h"
#include "libvirterror.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QStandardPaths>
#include <QUrl>
#include <QUrlQuery>
#include <QXmlStreamReader>

#include <libvirt/virterror.h>

#include <algorithm>

namespace voc {

namespace {

struct LibvirtHypervisorText
{
    Q_DECLARE_TR_FUNCTIONS(voc::LibvirtHypervisor)
};

QString versionString(unsigned long version)
{
    return QStringLiteral("%1.%2.%3").arg(version / 1000000).arg(version / 1000 % 1000).arg(version % 1000);
}

// The <name> of a domain or network definition, for error messages about the object we tried to make.
QString definitionName(const QString& xml)
{
    QXmlStreamReader reader(xml);
    if (!reader.readNextStartElement())
        return {};
    while (reader.readNextStartElement()) {
        if (reader.name() == QLatin1String("name"))
            return reader.readElementText();
        reader.skipCurrentElement();
    }
    return {};
}

QString closeReason(int reason)
{
    switch (reason) {
    case VIR_CONNECT_CLOSE_REASON_ERROR:
        return LibvirtHypervisorText::tr("the connection failed");
    case VIR_CONNECT_CLOSE_REASON_EOF:
        return LibvirtHypervisorText::tr("the daemon closed the connection");
    case VIR_CONNECT_CLOSE_REASON_KEEPALIVE:
        return LibvirtHypervisorText::tr("the daemon stopped answering (keepalive timeout)");
    case VIR_CONNECT_CLOSE_REASON_CLIENT:
    default:
        return LibvirtHypervisorText::tr("the connection was closed");
    }
}

DomainState toDomainState(int state)
{
    switch (state) {
    case VIR_DOMAIN_RUNNING:
        return DomainState::Running;
    case VIR_DOMAIN_BLOCKED:
        return DomainState::Blocked;
    case VIR_DOMAIN_PAUSED:
        return DomainState::Paused;
    case VIR_DOMAIN_SHUTDOWN:
        return DomainState::ShuttingDown;
    case VIR_DOMAIN_SHUTOFF:
        return DomainState::Shutoff;
    case VIR_DOMAIN_CRASHED:
        return DomainState::Crashed;
    case VIR_DOMAIN_PMSUSPENDED:
        return DomainState::Suspended;
    default:
        return DomainState::NoState;
    }
}

DomainInfo domainInfo(virDomainPtr domain)
{
    char uuid[VIR_UUID_STRING_BUFLEN] = {};
    virDomainGetUUIDString(domain, uuid);
    return DomainInfo{QString::fromUtf8(virDomainGetName(domain)), QString::fromLatin1(uuid)};
}

// The ssh program of an ssh transport (`qemu+ssh://...?command=PROG`) must be there before libvirt
// forks for it: libvirt reports a failed exec from the forked child, where its error path allocates
// (g_strerror) and can deadlock on a lock another thread held at the fork, e.g. a parallel connect
// to the next host. Seen as `vocctl destroy` hanging forever once a sandbox site, and the ssh wrapper
// in its folder, were gone. Ok when the URI names no command or the command can run.
Status checkSshCommand(const QString& uri)
{
    const QUrl url(uri);
    if (!url.scheme().endsWith(QLatin1String("+ssh")))
        return Ok{};
    const QString command = QUrlQuery(url).queryItemValue(QStringLiteral("command"), QUrl::FullyDecoded);
    if (command.isEmpty())
        return Ok{};
    const QString found =
        command.contains(QLatin1Char('/')) ? command : QStandardPaths::findExecutable(command);
    const QFileInfo program(found);
    if (!found.isEmpty() && program.isFile() && program.isExecutable())
        return Ok{};
    return makeError(
        ErrorCode::NotFound,
        program.exists() && !found.isEmpty()
            ? LibvirtHypervisorText::tr("the ssh command %1 is not an executable file").arg(command)
            : LibvirtHypervisorText::tr("the ssh command %1 does not exist").arg(command),
        uri,
        LibvirtHypervisorText::tr("check the command= of the host's URI in the site profile "
                                  "(a sandbox site that was taken down took its ssh wrapper "
                                  "along)"));
}

} // namespace

Result<std::unique_ptr<HypervisorConnection>> LibvirtHypervisor::connect(const QString& uri)
{
    if (Status command = checkSshCommand(uri); !command)
        return command.error();
    if (Status loop = LibvirtEventLoop::ensureRunning(); !loop)
        return loop.error();
    const QByteArray uriBytes = uri.toUtf8();
    ConnectHandle connection(virConnectOpen(uri.isEmpty() ? nullptr : uriBytes.constData()));
    if (!connection)
        return libvirtError(LibvirtHypervisorText::tr("could not connect to the hypervisor"),
                            uri.isEmpty() ? QStringLiteral("(default URI)") : uri);
    return std::unique_ptr<HypervisorConnection>(new LibvirtConnection(std::move(connection)));
}

LibvirtConnection::LibvirtConnection(ConnectHandle connection, QObject* parent)
    : HypervisorConnection(parent)
    , m_connection(std::move(connection))
{
    m_uri = takeLibvirtString(virConnectGetURI(m_connection.get()));
    // Keepalive notices a daemon that hangs or a host that vanished; in-process drivers have none.
    if (virConnectSetKeepAlive(m_connection.get(), 5, 3) < 0)
        qCDebug(lcVirt).noquote()
            << libvirtError(LibvirtHypervisorText::tr("no keepalive"), m_uri).toString();
    if (virConnectRegisterCloseCallback(m_connection.get(), onClose, this, nullptr) == 0)
        m_closeCallbackRegistered = true;
    else
        qCDebug(lcVirt).noquote()
            << libvirtError(LibvirtHypervisorText::tr("no close callback"), m_uri).toString();
}

LibvirtConnection::~LibvirtConnection()
{
    // libvirt holds its close-callback lock while calling onClose, so once this returns the
    // callback cannot run on a half-destroyed object.
    if (m_closeCallbackRegistered && virConnectUnregisterCloseCallback(m_connection.get(), onClose) < 0)
        qCDebug(lcVirt).noquote()
            << libvirtError(LibvirtHypervisorText::tr("could not deregister"), m_uri).toString();
}

void LibvirtConnection::onClose(virConnectPtr /*connection*/, int reason, void* opaque)
{
    auto* self = static_cast<LibvirtConnection*>(opaque);
    self->m_alive.store(false);
    const QString text = closeReason(reason);
    qCInfo(lcVirt).noquote() << self->m_uri << text;
    emit self->closed(text);
}

bool LibvirtConnection::isAlive() const
{
    return m_alive.load() && virConnectIsAlive(m_connection.get()) == 1;
}

Result<HostInfo> LibvirtConnection::hostInfo()
{
    virConnectPtr c = m_connection.get();
    HostInfo info;
    info.uri = m_uri;
    info.hostname = takeLibvirtString(virConnectGetHostname(c));
    if (const char* type = virConnectGetType(c))
        info.driver = QString::fromUtf8(type);
    unsigned long version = 0;
    if (virConnectGetVersion(c, &version) < 0)
        return libvirtError(LibvirtHypervisorText::tr("could not read the hypervisor's version"), m_uri);
    info.hypervisorVersion = versionString(version);
    if (virConnectGetLibVersion(c, &version) < 0)
        return libvirtError(LibvirtHypervisorText::tr("could not read libvirt's version"), m_uri);
    info.libvirtVersion = versionString(version);
    virNodeInfo node{};
    if (virNodeGetInfo(c, &node) < 0)
        return libvirtError(LibvirtHypervisorText::tr("could not read the host's CPU and memory"), m_uri);
    info.cpuModel = QString::fromUtf8(node.model);
    info.cpus = int(node.cpus);
    info.memoryKiB = qint64(node.memory);
    return info;
}

Result<QString> LibvirtConnection::capabilities()
{
    char* xml = virConnectGetCapabilities(m_connection.get());
    if (!xml)
        return libvirtError(LibvirtHypervisorText::tr("could not read the hypervisor's capabilities"), m_uri);
    return takeLibvirtString(xml);
}

Result<DomainHandle> LibvirtConnection::lookupDomain(const QString& name) const
{
    DomainHandle domain(virDomainLookupByName(m_connection.get(), name.toUtf8().constData()));
    if (!domain)
        return libvirtError(LibvirtHypervisorText::tr("no such domain"), name, ErrorCode::NotFound);
    return domain;
}

Result<NetworkHandle> LibvirtConnection::lookupNetwork(const QString& name) const
{
    NetworkHandle network(virNetworkLookupByName(m_connection.get(), name.toUtf8().constData()));
    if (!network)
        return libvirtError(LibvirtHypervisorText::tr("no such network"), name, ErrorCode::NotFound);
    return network;
}

bool LibvirtConnection::domainExists(const QString& name) const
{
    DomainHandle domain(virDomainLookupByName(m_connection.get(), name.toUtf8().constData()));
    virResetLastError();
    return domain != nullptr;
}

bool LibvirtConnection::networkExists(const QString& name) const
{
    NetworkHandle network(virNetworkLookupByName(m_connection.get(), name.toUtf8().constData()));
    virResetLastError();
    return network != nullptr;
}

Result<DomainInfo> LibvirtConnection::createDomainXml(const QString& xml, bool startPaused)
{
    const unsigned int flags = startPaused ? VIR_DOMAIN_START_PAUSED : 0;
    DomainHandle domain(virDomainCreateXML(m_connection.get(), xml.toUtf8().constData(), flags));
    if (domain)
        return domainInfo(domain.get());
    const QString name = definitionName(xml);
    Error error = libvirtError(LibvirtHypervisorText::tr("could not start the domain"), name,
                               ErrorCode::External, qemuAccountOf(m_uri));
    // Drivers report a taken name as a plain "operation failed"; it is a conflict the user can fix.
    if (error.code != ErrorCode::Conflict && !name.isEmpty() && domainExists(name)) {
        error.code = ErrorCode::Conflict;
        error.hint = LibvirtHypervisorText::tr(
                         "a domain named %1 exists already: stop the run that owns it, or remove it "
                         "with `virsh destroy %1`")
                         .arg(name);
    }
    return error;
}

Status LibvirtConnection::suspend(const QString& name)
{
    Result<DomainHandle> domain = lookupDomain(name);
    if (!domain)
        return domain.error();
    if (virDomainSuspend(domain->get()) < 0)
        return libvirtError(LibvirtHypervisorText::tr("could not pause the domain"), name);
    return Ok{};
}

Status LibvirtConnection::resume(const QString& name)
{
    Result<DomainHandle> domain = lookupDomain(name);
    if (!domain)
        return domain.error();
    if (virDomainResume(domain->get()) < 0)
        return libvirtError(LibvirtHypervisorText::tr("could not resume the domain"), name);
    return Ok{};
}

Status LibvirtConnection::reset(const QString& name)
{
    Result<DomainHandle> domain = lookupDomain(name);
    if (!domain)
        return domain.error();
    if (virDomainReset(domain->get(), 0) < 0)
        return libvirtError(LibvirtHypervisorText::tr("could not reset the domain"), name);
    return Ok{};
}

Status LibvirtConnection::destroy(const QString& name)
{
    Result<DomainHandle> domain = lookupDomain(name);
    if (!domain)
        return domain.error();
    if (virDomainDestroy(domain->get()) < 0)
        return libvirtError(LibvirtHypervisorText::tr("could not stop the domain"), name);
    return Ok{};
}

Result<QList<DomainInfo>> LibvirtConnection::listDomains(const QString& prefix)
{
    virDomainPtr* raw = nullptr;
    const int count = virConnectListAllDomains(m_connection.get(), &raw, 0);
    if (count < 0)
        return libvirtError(LibvirtHypervisorText::tr("could not list the domains"), m_uri);
    std::unique_ptr<virDomainPtr, MallocDeleter> array(raw);
    QList<DomainInfo> domains;
    for (int i = 0; i < count; ++i) {
        DomainHandle domain(raw[i]);
        DomainInfo info = domainInfo(domain.get());
        if (info.name.startsWith(prefix))
            domains.append(std::move(info));
    }
    std::sort(domains.begin(), domains.end(),
              [](const DomainInfo& a, const DomainInfo& b) { return a.name < b.name; });
    return domains;
}

Result<DomainState> LibvirtConnection::domainState(const QString& name)
{
    Result<DomainHandle> domain = lookupDomain(name);
    if (!domain)
        return domain.error();
    int state = VIR_DOMAIN_NOSTATE;
    int reason = 0;
    if (virDomainGetState(domain->get(), &state, &reason, 0) < 0)
        return libvirtError(LibvirtHypervisorText::tr("could not read the domain's state"), name);
    return toDomainState(state);
}

Result<QString> LibvirtConnection::domainXml(const QString& name)
{
    Result<DomainHandle> domain = lookupDomain(name);
    if (!domain)
        return domain.error();
    char* xml = virDomainGetXMLDesc(domain->get(), 0);
    if (!xml)
        return libvirtError(LibvirtHypervisorText::tr("could not read the domain's definition"), name);
    return takeLibvirtString(xml);
}

Result<QString> LibvirtConnection::createNetworkXml(const QString& xml)
{
    NetworkHandle network(virNetworkCreateXML(m_connection.get(), xml.toUtf8().constData()));
    if (network)
        return QString::fromUtf8(virNetworkGetName(network.get()));
    const QString name = definitionName(xml);
    Error error = libvirtError(LibvirtHypervisorText::tr("could not start the network"), name);
    if (error.code != ErrorCode::Conflict && !name.isEmpty() && networkExists(name)) {
        error.code = ErrorCode::Conflict;
        error.hint = LibvirtHypervisorText::tr(
                         "a network named %1 exists already: stop the run that owns it, or remove "
                         "it with `virsh net-destroy %1`")
                         .arg(name);
    }
    return error;
}

Status LibvirtConnection::destroyNetwork(const QString& name)
{
    Result<NetworkHandle> network = lookupNetwork(name);
    if (!network)
        return network.error();
    if (virNetworkDestroy(network->get()) < 0)
        return libvirtError(LibvirtHypervisorText::tr("could not stop the network"), name);
    return Ok{};
}

Result<QStringList> LibvirtConnection::listNetworks(const QString& prefix)
{
    virNetworkPtr* raw = nullptr;
    const int count = virConnectListAllNetworks(m_connection.get(), &raw, VIR_CONNECT_LIST_NETWORKS_ACTIVE);
    if (count < 0)
        return libvirtError(LibvirtHypervisorText::tr("could not list the networks"), m_uri);
    std::unique_ptr<virNetworkPtr, MallocDeleter> array(raw);
    QStringList names;
    for (int i = 0; i < count; ++i) {
        NetworkHandle network(raw[i]);
        const QString name = QString::fromUtf8(virNetworkGetName(network.get()));
        if (name.startsWith(prefix))
            names.append(name);
    }
    names.sort();
    return names;
}

Result<QList<DhcpLease>> LibvirtConnection::networkDhcpLeases(const QString& networkName)
{
    Result<NetworkHandle> network = lookupNetwork(networkName);
    if (!network)
        return network.error();
    virNetworkDHCPLeasePtr* raw = nullptr;
    const int count = virNetworkGetDHCPLeases(network->get(), nullptr, &raw, 0);
    if (count < 0)
        return libvirtError(LibvirtHypervisorText::tr("could not read the network's DHCP leases"),
                            networkName);
    std::unique_ptr<virNetworkDHCPLeasePtr, MallocDeleter> array(raw);
    QList<DhcpLease> leases;
    for (int i = 0; i < count; ++i) {
        const virNetworkDHCPLeasePtr lease = raw[i];
        leases.append(DhcpLease{
            .mac = QString::fromUtf8(lease->mac),
            .ip = QString::fromUtf8(lease->ipaddr),
            .prefix = int(lease->prefix),
            .hostname = lease->hostname ? QString::fromUtf8(lease->hostname) : QString(),
            .expires = QDateTime::fromSecsSinceEpoch(lease->expirytime),
        });
        virNetworkDHCPLeaseFree(lease);
    }
    return leases;
}

Result<std::unique_ptr<Console>> LibvirtConnection::openConsole(const QString& domainName,
                                                                ConsoleCallbacks callbacks)
{
    Result<DomainHandle> domain = lookupDomain(domainName);
    if (!domain)
        return domain.error();
    return LibvirtConsole::open(m_connection.get(), domain->get(), domainName, std::move(callbacks));
}

Result<StoragePoolInfo> LibvirtConnection::storagePool(const QString& name)
{
    StoragePoolHandle pool(virStoragePoolLookupByName(m_connection.get(), name.toUtf8().constData()));
    if (!pool) {
        Error error = libvirtError(LibvirtHypervisorText::tr("no storage pool of that name"),
                                   QStringLiteral("%1 (%2)").arg(name, m_uri), ErrorCode::NotFound);
        if (error.code == ErrorCode::NotFound)
            error.hint = LibvirtHypervisorText::tr("define the pool on the host (virsh pool-define-as %1 "
                                                   "dir --target DIR; virsh pool-start %1), or fix the "
                                                   "site profile's pool name")
                             .arg(name);
        return error;
    }
    StoragePoolInfo info;
    info.name = name;
    info.active = virStoragePoolIsActive(pool.get()) == 1;
    info.persistent = virStoragePoolIsPersistent(pool.get()) == 1;
    // Free space is only current after a refresh; a failing refresh (an NFS hiccup) still leaves the
    // last known numbers, which are better than none for a connection test.
    if (info.active && virStoragePoolRefresh(pool.get(), 0) < 0)
        qCDebug(lcVirt).noquote()
            << libvirtError(LibvirtHypervisorText::tr("could not refresh the pool"), name).toString();
    virStoragePoolInfo raw{};
    if (virStoragePoolGetInfo(pool.get(), &raw) < 0)
        return libvirtError(LibvirtHypervisorText::tr("could not read the storage pool's size"),
                            QStringLiteral("%1 (%2)").arg(name, m_uri));
    info.capacityBytes = qint64(raw.capacity);
    info.allocationBytes = qint64(raw.allocation);
    info.availableBytes = qint64(raw.available);

    char* xml = virStoragePoolGetXMLDesc(pool.get(), 0);
    if (!xml)
        return libvirtError(LibvirtHypervisorText::tr("could not read the storage pool's definition"),
                            QStringLiteral("%1 (%2)").arg(name, m_uri));
    QXmlStreamReader reader(takeLibvirtString(xml));
    if (reader.readNextStartElement()) {
        info.type = reader.attributes().value(QLatin1String("type")).toString();
        while (reader.readNextStartElement()) {
            if (reader.name() != QLatin1String("target")) {
                reader.skipCurrentElement();
                continue;
            }
            while (reader.readNextStartElement()) {
                if (reader.name() == QLatin1String("path"))
                    info.targetPath = reader.readElementText();
                else
                    reader.skipCurrentElement();
            }
        }
    }
    return info;
}

Result<bool> LibvirtConnection::hasBridge(const QString& name)
{
    // The interface driver (udev backend) reads the daemon's view of /sys/class/net: a libvirtd in a
    // network namespace sees that namespace's interfaces only where /sys was mounted inside it.
    InterfaceHandle iface(virInterfaceLookupByName(m_connection.get(), name.toUtf8().constData()));
    if (!iface) {
        const virErrorPtr last = virGetLastError();
        if (last && last->code == VIR_ERR_NO_INTERFACE) {
            virResetLastError();
            return false;
        }
        return libvirtError(LibvirtHypervisorText::tr("could not look up the interface"),
                            QStringLiteral("%1 (%2)").arg(name, m_uri));
    }
    char* xml = virInterfaceGetXMLDesc(iface.get(), 0);
    if (!xml)
        return libvirtError(LibvirtHypervisorText::tr("could not read the interface's definition"),
                            QStringLiteral("%1 (%2)").arg(name, m_uri));
    QXmlStreamReader reader(takeLibvirtString(xml));
    return reader.readNextStartElement() && reader.name() == QLatin1String("interface") &&
           reader.attributes().value(QLatin1String("type")) == QLatin1String("bridge");
}

} // namespace voc
