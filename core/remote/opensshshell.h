// SPDX-License-Identifier: GPL-3.0-or-later
// RemoteShell over OpenSSH (the ssh client via QProcess), configured from a host's libvirt
// qemu+ssh URI so that commands reach the host the same way libvirt does.
#pragma once

#include "remoteshell.h"

#include <memory>

namespace voc {

// How to reach a host with ssh.
struct SshTarget
{
    QString program = QStringLiteral("ssh"); // the ssh client, or a wrapper that runs it (command=)
    QString user;                            // empty: ssh's default
    QString host;
    int port = -1;          // -1: ssh's default
    QString keyFile;        // -i; empty: ssh's default identities
    QString knownHostsFile; // empty: ssh's default (or what the wrapper's config says)

    bool operator==(const SshTarget&) const = default;
};

// Reads user, host, port and the keyfile=, command= (the ssh binary libvirt runs; a site's wrapper
// carries its ssh config) and known_hosts= parameters of a qemu+ssh:// (also +libssh, +libssh2)
// URI. no_verify=1 is ignored on purpose: host keys are always checked. InvalidInput for URIs of
// other transports (qemu:///system, qemu+tcp://...) or without a host.
Result<SshTarget> sshTargetFromUri(const QString& libvirtUri);

// Never disables host key checking (StrictHostKeyChecking=yes) and never asks (BatchMode=yes): an
// unknown or changed host key, a refused key or an unreachable host is an error with a hint.
class OpenSshShell final : public RemoteShell
{
public:
    explicit OpenSshShell(SshTarget target);

    QString host() const override;
    Result<RemoteCommandResult> run(const QStringList& command,
                                    const RemoteCommandOptions& options = {}) override;

    const SshTarget& target() const { return m_target; }
    // The ssh client's arguments for `command` (for tests and logs).
    QStringList sshArguments(const QStringList& command) const;

private:
    SshTarget m_target;
};

// An OpenSshShell for the host of a libvirt qemu+ssh URI (see sshTargetFromUri); a LocalShell for a
// URI without a host and transport (qemu:///system: the host is this machine).
Result<std::unique_ptr<RemoteShell>> remoteShellForUri(const QString& libvirtUri);

} // namespace voc
