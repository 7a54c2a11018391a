// SPDX-License-Identifier: GPL-3.0-or-later
// Owning handles for libvirt objects: every pointer libvirt hands out is released exactly once.
#pragma once

#include <QString>

#include <libvirt/libvirt.h>

#include <cstdlib>
#include <memory>

namespace voc {

struct ConnectDeleter
{
    void operator()(virConnectPtr p) const { virConnectClose(p); }
};
struct DomainDeleter
{
    void operator()(virDomainPtr p) const { virDomainFree(p); }
};
struct NetworkDeleter
{
    void operator()(virNetworkPtr p) const { virNetworkFree(p); }
};
// Frees the handle only: an active stream is finished (virStreamFinish) or aborted (virStreamAbort)
// by its owner first, who knows which of the two applies.
struct StreamDeleter
{
    void operator()(virStreamPtr p) const { virStreamFree(p); }
};
struct StoragePoolDeleter
{
    void operator()(virStoragePoolPtr p) const { virStoragePoolFree(p); }
};
struct StorageVolDeleter
{
    void operator()(virStorageVolPtr p) const { virStorageVolFree(p); }
};
struct InterfaceDeleter
{
    void operator()(virInterfacePtr p) const { virInterfaceFree(p); }
};
// Strings and arrays that libvirt allocates and documents as "free() it".
struct MallocDeleter
{
    void operator()(void* p) const { std::free(p); }
};

using ConnectHandle = std::unique_ptr<virConnect, ConnectDeleter>;
using DomainHandle = std::unique_ptr<virDomain, DomainDeleter>;
using NetworkHandle = std::unique_ptr<virNetwork, NetworkDeleter>;
using StreamHandle = std::unique_ptr<virStream, StreamDeleter>;
using StoragePoolHandle = std::unique_ptr<virStoragePool, StoragePoolDeleter>;
using StorageVolHandle = std::unique_ptr<virStorageVol, StorageVolDeleter>;
using InterfaceHandle = std::unique_ptr<virInterface, InterfaceDeleter>;
using LibvirtString = std::unique_ptr<char, MallocDeleter>;

// A string libvirt returned for the caller to free (XML, a host name), as UTF-8 text, freed;
// empty for nullptr.
inline QString takeLibvirtString(char* text)
{
    LibvirtString owner(text);
    return owner ? QString::fromUtf8(owner.get()) : QString();
}

// A second owning reference to an object someone else holds (libvirt counts references).
inline ConnectHandle addRef(virConnectPtr p)
{
    return ConnectHandle(p && virConnectRef(p) == 0 ? p : nullptr);
}
inline StreamHandle addRef(virStreamPtr p)
{
    return StreamHandle(p && virStreamRef(p) == 0 ? p : nullptr);
}

} // namespace voc
