// SPDX-License-Identifier: GPL-3.0-or-later
// DirectoryWatch over libldap's RFC 4533 consumer (ldap_sync, refreshAndPersist).
#pragma once

#include "directory/directory.h"

#include <atomic>
#include <mutex>

namespace voc {

class LdapWatch final : public DirectoryWatch
{
public:
    explicit LdapWatch(DirectoryConfig config);
    ~LdapWatch() override;
    LdapWatch(const LdapWatch&) = delete;
    LdapWatch& operator=(const LdapWatch&) = delete;

    // With an empty state.cookie the state's entries are dropped and the server sends everything;
    // with a cookie it sends what changed since (added, modified and deleted entries). A cookie the
    // server no longer knows leads to a full reload within the same run.
    Status run(DirectorySyncState& state,
               const std::function<void(const DirectorySyncState&)>& onChange) override;
    // Ends the current run and every later one: a stopped watch stays stopped.
    void stop() override;

private:
    void setSocket(int socket, bool inRefresh);

    DirectoryConfig m_config;
    std::atomic<bool> m_stop{false};
    int m_wake = -1; // eventfd: stop() wakes the poll of the persist phase at once
    std::mutex m_socketMutex;
    int m_socket = -1;        // the connection of the current run, while it is open
    bool m_inRefresh = false; // inside ldap_sync_init, which polls by itself and never looks at m_stop
};

} // namespace voc
