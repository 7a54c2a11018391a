// SPDX-License-Identifier: GPL-3.0-or-later
// A domain's serial console read through a non-blocking libvirt stream on the event loop thread.
#pragma once

#include "handles.h"
#include "hypervisor.h"

namespace voc {

class LibvirtConsole final : public Console
{
public:
    // Attaches to the domain's first console, taking it over from a stale session (a crashed
    // vocctl) if there is one. Needs the event loop running (LibvirtHypervisor::connect starts it).
    static Result<std::unique_ptr<Console>> open(virConnectPtr connection, virDomainPtr domain,
                                                 const QString& name, ConsoleCallbacks callbacks);
    ~LibvirtConsole() override;

    bool isOpen() const override;
    Status send(const QByteArray& bytes, int timeoutMs) override;

    struct State; // shared with the stream callback, which may outlive this object briefly

private:
    LibvirtConsole(std::shared_ptr<State> state, StreamHandle stream);

    std::shared_ptr<State> m_state;
    StreamHandle m_stream;
};

} // namespace voc
