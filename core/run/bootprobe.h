// SPDX-License-Identifier: GPL-3.0-or-later
// Boot phases of one VCN from what it shows: console bytes, DHCP leases, an answering sshd. Pure
// logic, fed with data and the time; the I/O that collects them lives in LocalRunJob.
#pragma once

#include "common/result.h"
#include "model/results.h"
#include "virt/hypervisor.h"

#include <QByteArray>
#include <QByteArrayView>
#include <QList>
#include <QString>

#include <array>
#include <optional>

namespace voc {

// Stable names of the phases, for logs, JSON and the journal ("running", "kernel", ...).
QString bootPhaseName(BootPhase phase);
std::optional<BootPhase> bootPhaseFromName(const QString& name);
inline constexpr int bootPhaseCount = 5;

// Waits for sshd's banner on address:22 ("SSH-2.0-...", sent before the client says anything): a
// VCN whose sshd sends it is ready. Never blocks: start() begins a connection, poll() looks once.
// One connection waits until the banner comes or `timeoutMs` passed: under TCG with more guests than
// cores, sshd can take seconds to send it, and a probe that hung up after a second made the guest
// start a fresh sshd for each try (about 20 s lost per deployment of the demo on 2 cores).
class SshBannerWait
{
public:
    enum class State
    {
        Idle,
        Waiting,
        Answered,
        Failed
    };

    SshBannerWait() = default;
    ~SshBannerWait();
    SshBannerWait(SshBannerWait&& other) noexcept;
    SshBannerWait& operator=(SshBannerWait&& other) noexcept;
    SshBannerWait(const SshBannerWait&) = delete;
    SshBannerWait& operator=(const SshBannerWait&) = delete;

    // Connects without waiting to an IPv4 `address` (anything else: Failed). nowMs is the caller's
    // clock, the same one poll() gets.
    void start(const QString& address, qint64 nowMs, qint64 timeoutMs = 30000, quint16 port = 22);
    // Waiting while the connection is pending or silent; Answered once the banner came; Failed when
    // the address refused, closed, sent something else or stayed silent past the timeout.
    State poll(qint64 nowMs);
    State state() const { return m_state; }

private:
    void close();
    State fail();

    int m_fd = -1;
    bool m_connected = false;
    qint64 m_deadline = 0;
    QByteArray m_received;
    State m_state = State::Idle;
};

class BootProbe
{
public:
    // `mac` finds the VCN's lease; watchdogMs > 0 arms the kernel banner watchdog.
    explicit BootProbe(QString vcn, QString mac = {}, qint64 watchdogMs = 0);

    // Each returns the samples that are new with this input (a phase is recorded once, the first
    // time it is seen, in whatever order the markers come).
    QList<BootSample> markRunning(qint64 ms);
    QList<BootSample> feedConsole(QByteArrayView bytes, qint64 ms);
    QList<BootSample> feedLeases(const QList<DhcpLease>& leases, qint64 ms);
    QList<BootSample> markSshAnswered(qint64 ms);

    // Why the boot cannot succeed any more, if it cannot: its kernel is stuck again after its one
    // reset ("<vcn>'s kernel is stuck: <console line>"), the image said so on its console
    // ("VOC-ERROR <what>": no DHCP lease, no sshd, no NIC driver), or "no kernel banner from <vcn>
    // within T s" once the watchdog time has passed since the domain started running (or since 0
    // when it was never marked) without a sign of the kernel.
    std::optional<Error> checkFailed(qint64 ms) const;

    // The console line of a kernel that stopped making progress ("watchdog: BUG: soft lockup - CPU#0
    // stuck for 22s!"; under TCG a host with more busy guests than cores can livelock one in its
    // timer interrupts), empty while it runs. When needsReset(), the caller resets the domain and
    // says so with markReset(): the hang is forgotten, and the lines the stuck kernel still printed
    // are ignored until its kernel banner shows again. Phases already reached stay: the boot time
    // includes the reset. A VCN is reset once; stuck again, checkFailed() reports it.
    const QString& hang() const { return m_hang; }
    bool needsReset() const { return !m_hang.isEmpty() && !m_wasReset; }
    void markReset();

    bool reached(BootPhase phase) const { return m_at[size_t(phase)].has_value(); }
    std::optional<qint64> at(BootPhase phase) const { return m_at[size_t(phase)]; }
    bool isReady() const { return reached(BootPhase::Ready); }
    QList<BootSample> samples() const; // in phase order
    const QString& vcn() const { return m_vcn; }

    // The address and hostname the VCN got: from its lease, else from its "VOC-NET ip=.. host=.." line.
    const QString& address() const { return m_address; }
    const QString& leaseHostname() const { return m_hostname; }

    // A console line without escape sequences, carriage returns and other control characters.
    static QString cleanLine(QByteArrayView raw);

private:
    QList<BootSample> record(BootPhase phase, qint64 ms);
    QList<BootSample> scanLine(const QString& line, qint64 ms);

    QString m_vcn;
    QString m_mac;
    qint64 m_watchdogMs = 0;
    std::array<std::optional<qint64>, bootPhaseCount> m_at;
    QByteArray m_pending; // bytes of an unfinished console line
    QString m_address;
    QString m_hostname;
    QString m_guestError; // the first "VOC-ERROR" line's text
    QString m_hang;
    bool m_wasReset = false;
    bool m_awaitingBanner = false; // reset: the old kernel's lines still come in
};

} // namespace voc
