// SPDX-License-Identifier: GPL-3.0-or-later
// netsync: a site's DHCP and DNS files kept in step with its directory, once or live. The live loop
// follows LDAP with RFC 4533, keeps the sync cookie on disk so a restart continues where it stopped,
// and reconnects with backoff when the directory goes away.
#pragma once

#include "common/result.h"
#include "directory/directory.h"
#include "netsync/netsyncwriter.h"

#include <condition_variable>
#include <functional>
#include <memory>
#include <mutex>

namespace voc {

// /2 holds the VO grants too; a /1 file (records only) is read as an empty state: netsync then reads
// the whole directory again, grants included.
inline constexpr auto netsyncStateFormat = "vocstudio-netsync-state/2";

// The sync state of one directory (URI and base DN) as JSON. A missing file gives an empty state; so
// does a file for another directory (its cookie would mean nothing there). A damaged file is an error.
Result<DirectorySyncState> loadNetsyncState(const QString& path, const DirectoryConfig& config);
Status saveNetsyncState(const QString& path, const DirectorySyncState& state, const DirectoryConfig& config);
// "<dhcp hosts file>.netsync-state" ("<ruleset>.netsync-state" without one): beside the output, so
// each output set has its own cookie.
QString defaultNetsyncStatePath(const NetsyncOutputs& outputs);

// One full read of every VCN (Directory::listVcns) and VO grant (listVoGrants) and one write. A read
// that finds no VCN while the dhcp hosts file holds reservations (or the ruleset lets VCNs through)
// is refused and nothing is written, unless allowEmpty: a wrong
// base DN, a lost ACL or a mistyped profile must not take every VCN's lease and name away. (A base DN
// that does not exist is an error of listVcns itself.)
Result<NetsyncReport> netsyncOnce(Directory& directory, NetsyncWriter& writer, bool allowEmpty = false);

class NetsyncWatch
{
public:
    struct Options
    {
        // Where the sync state lives (empty: not persisted); saved after a write at most every 2 s,
        // and whenever a sync ends (stop, failure).
        QString statePath;
        int initialBackoffMs = 200; // first wait after a failure, doubled up to maxBackoffMs
        int maxBackoffMs = 10000;
    };
    struct Callbacks
    {
        // After every write attempt (a change in the directory, or the first refresh).
        std::function<void(const Result<NetsyncReport>&)> written;
        // A connection failure, once per distinct error; the loop retries after `retryMs`.
        std::function<void(const Error&, int retryMs)> failed;
        // The directory is back after failures.
        std::function<void()> reconnected;
    };
    using WatchFactory = std::function<std::unique_ptr<DirectoryWatch>()>;

    // `factory` defaults to createLdapWatch(config).
    NetsyncWatch(DirectoryConfig config, NetsyncWriter& writer, Options options, WatchFactory factory = {});

    // Runs on the calling thread until stop(); Ok then. Fails only when the state file cannot be read.
    Status run(const Callbacks& callbacks = {});
    // Thread-safe; run() returns soon after (the directory watch stops within about 100 ms).
    void stop();

private:
    // Waits `ms`, or less when stop() comes; returns false when stopped.
    bool sleepUnlessStopped(int ms);

    DirectoryConfig m_config;
    NetsyncWriter& m_writer;
    Options m_options;
    WatchFactory m_factory;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    bool m_stopped = false;
    DirectoryWatch* m_current = nullptr; // the watch run() is in, for stop()
};

} // namespace voc
