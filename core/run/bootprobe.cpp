// SPDX-License-Identifier: GPL-3.0-or-later
#include "bootprobe.h"

#include "common/terminaltext.h"

#include <QCoreApplication>
#include <QRegularExpression>

#include <arpa/inet.h>
#include <netinet/in.h>
#include <poll.h>
#include <sys/socket.h>
#include <unistd.h>

#include <cerrno>
#include <utility>

namespace voc {

using namespace Qt::StringLiterals;

namespace {

struct BootProbeText
{
    Q_DECLARE_TR_FUNCTIONS(voc::BootProbe)
};

// A line longer than this without a newline is scanned anyway, so a guest that never ends its
// lines cannot make us buffer without bound.
constexpr qsizetype maxLineBytes = 8192;

constexpr const char* phaseNames[bootPhaseCount] = {"running", "kernel", "init", "network", "ready"};

bool containsAny(const QString& line, std::initializer_list<const char*> markers)
{
    for (const char* marker : markers) {
        if (line.contains(QLatin1String(marker)))
            return true;
    }
    return false;
}

// "key=value" out of a marker line such as "VOC-NET ip=10.77.0.3 host=demo-compute01".
QString field(const QString& line, const QString& key)
{
    static const QRegularExpression pattern(QStringLiteral("(?:^|\\s)(\\w+)=(\\S+)"));
    for (const QRegularExpressionMatch& match : pattern.globalMatch(line)) {
        if (match.captured(1) == key)
            return match.captured(2);
    }
    return {};
}

// Where the marker's text starts in a marker line: the marker as a word of its own (at the start or
// after a blank, as after the shell prompt of an autologin console) followed by a blank, or -1.
// "VOC-READY" inside other text, such as a systemd status line naming a unit's description, is not
// a marker line.
qsizetype markerText(const QString& line, QLatin1StringView marker)
{
    for (qsizetype at = line.indexOf(marker); at >= 0; at = line.indexOf(marker, at + 1)) {
        const qsizetype end = at + marker.size();
        if ((at == 0 || line.at(at - 1).isSpace()) && end < line.size() && line.at(end).isSpace())
            return end + 1;
    }
    return -1;
}

// A "VOC-NET" or "VOC-READY" line says who the VCN is ("ip=.. host=.."): its text starts with a
// key=value field.
bool hasFields(const QString& line, QLatin1StringView marker)
{
    static const QRegularExpression firstField(QStringLiteral("^\\s*\\w+=\\S"));
    const qsizetype text = markerText(line, marker);
    return text >= 0 && firstField.match(line.mid(text)).hasMatch();
}

} // namespace

QString bootPhaseName(BootPhase phase)
{
    return QLatin1String(phaseNames[int(phase)]);
}

std::optional<BootPhase> bootPhaseFromName(const QString& name)
{
    for (int i = 0; i < bootPhaseCount; ++i) {
        if (name == QLatin1String(phaseNames[i]))
            return BootPhase(i);
    }
    return std::nullopt;
}

BootProbe::BootProbe(QString vcn, QString mac, qint64 watchdogMs)
    : m_vcn(std::move(vcn))
    , m_mac(std::move(mac).toLower())
    , m_watchdogMs(watchdogMs)
{}

QList<BootSample> BootProbe::record(BootPhase phase, qint64 ms)
{
    std::optional<qint64>& at = m_at[size_t(phase)];
    if (at)
        return {};
    at = ms;
    return {BootSample{m_vcn, phase, ms}};
}

QList<BootSample> BootProbe::markRunning(qint64 ms)
{
    return record(BootPhase::Running, ms);
}

QList<BootSample> BootProbe::markSshAnswered(qint64 ms)
{
    return record(BootPhase::Ready, ms);
}

QString BootProbe::cleanLine(QByteArrayView raw)
{
    // The same plain text the console views show, so a marker the view shows is the one the probe reads.
    return TerminalTextFilter::toPlainText(raw);
}

QList<BootSample> BootProbe::scanLine(const QString& line, qint64 ms)
{
    QList<BootSample> samples;
    if (line.contains(QLatin1String("Linux version"))) {
        samples += record(BootPhase::Kernel, ms);
        m_awaitingBanner = false;
    }
    if (!m_awaitingBanner && m_hang.isEmpty()) {
        if (const qsizetype at = line.indexOf(QLatin1String("soft lockup - CPU#")); at >= 0) {
            const qsizetype stamp = line.lastIndexOf(QLatin1String("] "), at); // "[  572.46] watchdog: ..."
            m_hang = line.mid(stamp >= 0 ? stamp + 2 : 0).trimmed().left(300);
        }
    }
    if (containsAny(line, {"VOC-INIT", "systemd[1]", "Run /init", "Welcome to"}))
        samples += record(BootPhase::Init, ms);
    if (hasFields(line, "VOC-NET"_L1)) {
        if (m_address.isEmpty())
            m_address = field(line, QStringLiteral("ip"));
        if (m_hostname.isEmpty())
            m_hostname = field(line, QStringLiteral("host"));
        samples += record(BootPhase::Network, ms);
    }
    if (hasFields(line, "VOC-READY"_L1))
        samples += record(BootPhase::Ready, ms);
    if (const qsizetype text = markerText(line, "VOC-ERROR"_L1); text >= 0 && m_guestError.isEmpty())
        m_guestError = line.mid(text).trimmed().left(300);
    return samples;
}

QList<BootSample> BootProbe::feedConsole(QByteArrayView bytes, qint64 ms)
{
    QList<BootSample> samples;
    m_pending.append(bytes);
    qsizetype start = 0;
    for (;;) {
        const qsizetype newline = m_pending.indexOf('\n', start);
        if (newline < 0)
            break;
        samples += scanLine(cleanLine(QByteArrayView(m_pending).sliced(start, newline - start)), ms);
        start = newline + 1;
    }
    m_pending.remove(0, start);
    if (m_pending.size() > maxLineBytes) {
        samples += scanLine(cleanLine(m_pending), ms);
        m_pending.clear();
    }
    return samples;
}

QList<BootSample> BootProbe::feedLeases(const QList<DhcpLease>& leases, qint64 ms)
{
    for (const DhcpLease& lease : leases) {
        if (m_mac.isEmpty() || lease.mac.toLower() != m_mac || lease.ip.isEmpty())
            continue;
        m_address = lease.ip;
        if (!lease.hostname.isEmpty())
            m_hostname = lease.hostname;
        return record(BootPhase::Network, ms);
    }
    return {};
}

void BootProbe::markReset()
{
    m_hang.clear();
    m_wasReset = true;
    m_awaitingBanner = true;
}

std::optional<Error> BootProbe::checkFailed(qint64 ms) const
{
    if (!m_hang.isEmpty() && m_wasReset)
        return makeError(
            ErrorCode::External, BootProbeText::tr("%1's kernel is stuck: %2").arg(m_vcn, m_hang), m_vcn,
            BootProbeText::tr("it was reset once already; under TCG a host with more busy guests "
                              "than cores can starve one: start fewer VCNs per host, or use KVM "
                              "where guests run there"));
    if (!m_guestError.isEmpty() && !isReady())
        return makeError(ErrorCode::External, BootProbeText::tr("%1 reports: %2").arg(m_vcn, m_guestError),
                         m_vcn, BootProbeText::tr("the image gave up its boot; its console shows why"));
    if (m_watchdogMs <= 0)
        return std::nullopt;
    // Any later phase proves the kernel ran even if its banner went by unseen.
    for (BootPhase phase : {BootPhase::Kernel, BootPhase::Init, BootPhase::Network, BootPhase::Ready}) {
        if (reached(phase))
            return std::nullopt;
    }
    const qint64 since = at(BootPhase::Running).value_or(0);
    if (ms - since < m_watchdogMs)
        return std::nullopt;
    const qint64 seconds = (m_watchdogMs + 999) / 1000;
    return makeError(ErrorCode::External,
                     BootProbeText::tr("no kernel banner from %1 within %2 s").arg(m_vcn).arg(seconds), m_vcn,
                     BootProbeText::tr("guests hang under KVM on some machines: try --accel tcg"));
}

QList<BootSample> BootProbe::samples() const
{
    QList<BootSample> list;
    for (int i = 0; i < bootPhaseCount; ++i) {
        if (m_at[size_t(i)])
            list.append(BootSample{m_vcn, BootPhase(i), *m_at[size_t(i)]});
    }
    return list;
}

SshBannerWait::~SshBannerWait()
{
    close();
}

SshBannerWait::SshBannerWait(SshBannerWait&& other) noexcept
    : m_fd(std::exchange(other.m_fd, -1))
    , m_connected(other.m_connected)
    , m_deadline(other.m_deadline)
    , m_received(std::move(other.m_received))
    , m_state(std::exchange(other.m_state, State::Idle))
{}

SshBannerWait& SshBannerWait::operator=(SshBannerWait&& other) noexcept
{
    if (this != &other) {
        close();
        m_fd = std::exchange(other.m_fd, -1);
        m_connected = other.m_connected;
        m_deadline = other.m_deadline;
        m_received = std::move(other.m_received);
        m_state = std::exchange(other.m_state, State::Idle);
    }
    return *this;
}

void SshBannerWait::close()
{
    if (m_fd >= 0)
        ::close(m_fd);
    m_fd = -1;
    m_connected = false;
    m_received.clear();
}

SshBannerWait::State SshBannerWait::fail()
{
    close();
    m_state = State::Failed;
    return m_state;
}

void SshBannerWait::start(const QString& address, qint64 nowMs, qint64 timeoutMs, quint16 port)
{
    close();
    m_state = State::Waiting;
    m_deadline = nowMs + timeoutMs;
    sockaddr_in to{};
    to.sin_family = AF_INET;
    to.sin_port = htons(port);
    if (::inet_pton(AF_INET, address.toLatin1().constData(), &to.sin_addr) != 1) {
        fail();
        return;
    }
    m_fd = ::socket(AF_INET, SOCK_STREAM | SOCK_NONBLOCK | SOCK_CLOEXEC, 0);
    if (m_fd < 0) {
        fail();
        return;
    }
    if (::connect(m_fd, reinterpret_cast<const sockaddr*>(&to), sizeof to) == 0)
        m_connected = true;
    else if (errno != EINPROGRESS)
        fail();
}

SshBannerWait::State SshBannerWait::poll(qint64 nowMs)
{
    if (m_state != State::Waiting)
        return m_state;
    pollfd p{m_fd, short(m_connected ? POLLIN : POLLOUT), 0};
    const int n = ::poll(&p, 1, 0);
    if (n < 0 && errno != EINTR)
        return fail();
    if (n > 0 && !m_connected) {
        int error = 0;
        socklen_t length = sizeof error;
        if (::getsockopt(m_fd, SOL_SOCKET, SO_ERROR, &error, &length) != 0 || error != 0)
            return fail(); // refused: sshd is not listening yet
        m_connected = true;
    } else if (n > 0) {
        char buffer[256];
        const ssize_t got = ::recv(m_fd, buffer, sizeof buffer, 0);
        if (got <= 0 && !(got < 0 && (errno == EAGAIN || errno == EINTR)))
            return fail(); // closed before its banner
        if (got > 0)
            m_received.append(buffer, got);
        if (m_received.size() >= 4) {
            const bool banner = m_received.startsWith("SSH-");
            close();
            m_state = banner ? State::Answered : State::Failed;
            return m_state;
        }
    }
    if (nowMs >= m_deadline)
        return fail();
    return m_state;
}

} // namespace voc
