// SPDX-License-Identifier: GPL-3.0-or-later
#include "netsyncwriter.h"

#include "common/atomicfile.h"
#include "common/logging.h"
#include "common/process.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSet>
#include <QStandardPaths>

#include <cerrno>
#include <csignal>
#include <cstring>
#include <limits>

#include <sys/types.h>

namespace voc {

namespace {

struct NetsyncWriterText
{
    Q_DECLARE_TR_FUNCTIONS(voc::NetsyncWriter)
};

// The current content, or empty for a file that does not exist yet.
Result<QByteArray> currentContent(const QString& path)
{
    if (!QFileInfo::exists(path))
        return QByteArray();
    return readFileLimited(path, qint64(256) * 1024 * 1024);
}

} // namespace

NetsyncWriter::NetsyncWriter(NetsyncSite site, NetsyncOutputs outputs)
    : m_site(std::move(site))
    , m_outputs(std::move(outputs))
    , m_today([] { return QDate::currentDate(); })
    , m_nftApply(applyNftScript)
{}

Status NetsyncWriter::checkOutputs(const NetsyncSite& site, const NetsyncOutputs& outputs)
{
    if (outputs.dhcpHosts.isEmpty() && outputs.nftRuleset.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         NetsyncWriterText::tr("no dnsmasq dhcp-hosts file and no nftables ruleset given"),
                         {},
                         NetsyncWriterText::tr("name the file dnsmasq reads with --dhcp-hostsfile, or the "
                                               "ruleset file of a host's bridge"));
    if (!outputs.nftRuleset.isEmpty()) {
        if (const Status options = checkNftOptions(outputs.nft); !options)
            return options.error();
    }
    if ((!outputs.zone.isEmpty() || !outputs.reverseZone.isEmpty()) && site.domain.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         NetsyncWriterText::tr("DNS zones need the site's DNS domain, and it has none"),
                         outputs.zone.isEmpty() ? outputs.reverseZone : outputs.zone,
                         NetsyncWriterText::tr("set network.dnsDomain in the site profile"));
    if (!outputs.reverseZone.isEmpty() && site.subnet.prefixLength < 8)
        return makeError(ErrorCode::InvalidInput,
                         NetsyncWriterText::tr("a reverse zone needs a subnet of /8 or longer, not %1")
                             .arg(site.subnet.toString()),
                         outputs.reverseZone);
    for (const QString& path :
         {outputs.dhcpHosts, outputs.hosts, outputs.zone, outputs.reverseZone, outputs.nftRuleset}) {
        if (path.isEmpty())
            continue;
        const QFileInfo info(path);
        if (!info.absoluteDir().exists())
            return makeError(
                ErrorCode::NotFound,
                NetsyncWriterText::tr("the directory %1 does not exist").arg(info.absolutePath()), path,
                NetsyncWriterText::tr("create it, or write the file elsewhere"));
        if (info.isDir())
            return makeError(ErrorCode::InvalidInput,
                             NetsyncWriterText::tr("this is a directory, not a file"), path);
    }
    return Ok{};
}

Result<int> NetsyncWriter::reservationsOnDisk() const
{
    const Result<QByteArray> current = currentContent(m_outputs.dhcpHosts);
    if (!current)
        return current.error();
    int count = 0;
    for (const QByteArray& line : current->split('\n')) {
        const QByteArray trimmed = line.trimmed();
        if (!trimmed.isEmpty() && !trimmed.startsWith('#'))
            ++count;
    }
    return count;
}

Result<int> NetsyncWriter::rulesOnDisk() const
{
    const Result<QByteArray> current = currentContent(m_outputs.nftRuleset);
    if (!current)
        return current.error();
    return nftRulesetVcnCount(*current);
}

Status NetsyncWriter::applyRuleset(const NftRuleset& ruleset, NetsyncReport& report)
{
    const QString& where = m_outputs.nftRuleset;
    // Only what this writer applied itself is known to be in the kernel: the first write of a
    // process (after a reboot, say) applies the whole table even when the file is unchanged.
    if (m_nftApplied) {
        const std::optional<QByteArray> update = nftElementUpdate(*m_nftApplied, ruleset);
        if (update && update->isEmpty())
            return Ok{};
        if (update) {
            const Status applied = m_nftApply(*update, where);
            if (applied) {
                m_nftApplied = ruleset;
                report.nft = NftUpdate::Elements;
                return Ok{};
            }
            // Someone changed the table by hand, say: the whole ruleset puts it right.
            qCWarning(lcNet).noquote() << "netsync: the element update failed; applying the whole ruleset:"
                                       << applied.error().toString();
        }
    }
    if (const Status applied = m_nftApply(ruleset.text, where); !applied)
        return applied.error();
    m_nftApplied = ruleset;
    report.nft = NftUpdate::Ruleset;
    return Ok{};
}

Result<NetsyncReport> NetsyncWriter::write(const QList<VcnRecord>& records, const QList<VoGrantEntry>& vos)
{
    if (const Status checked = checkOutputs(m_site, m_outputs); !checked)
        return checked.error();

    const NetsyncSelection selection = selectNetsyncEntries(records, m_site, vos);
    NetsyncReport report;
    report.records = int(selection.entries.size());
    report.skipped = selection.problems;

    struct Output
    {
        QString path;
        QByteArray bytes;
        bool dnsmasqReads = false;
    };
    QList<Output> outputs;
    const QDate today = m_today();
    for (const auto& [path, zone] :
         {std::pair{m_outputs.zone, &forwardZone}, std::pair{m_outputs.reverseZone, &reverseZone}}) {
        if (path.isEmpty())
            continue;
        const Result<QByteArray> current = currentContent(path);
        if (!current)
            return current.error();
        const auto render = [&, zone = zone](quint32 serial) {
            return zone(selection.entries, m_site, serial);
        };
        outputs.append({path, updateZone(*current, render, today), false});
    }
    // The reservations dnsmasq has now, from the file we wrote last: "MAC,hostname,IP" lines.
    QStringList goneReservations;
    if (!m_outputs.releaseInterface.isEmpty()) {
        const Result<QByteArray> current = currentContent(m_outputs.dhcpHosts);
        if (!current)
            return current.error();
        QSet<QString> kept;
        for (const NetsyncEntry& entry : selection.entries)
            kept.insert(entry.ip.toString() + u' ' + entry.mac);
        for (const QByteArray& line : current->split('\n')) {
            const QList<QByteArray> fields = line.trimmed().split(',');
            if (fields.size() != 3)
                continue;
            const QString reservation =
                QString::fromLatin1(fields.at(2)) + u' ' + QString::fromLatin1(fields.at(0));
            if (!kept.contains(reservation))
                goneReservations << reservation;
        }
    }
    if (!m_outputs.dhcpHosts.isEmpty())
        outputs.append({m_outputs.dhcpHosts, dnsmasqDhcpHosts(selection.entries), true});
    if (!m_outputs.hosts.isEmpty())
        outputs.append({m_outputs.hosts, hostsFile(selection.entries, m_site.domain), true});

    // The rules first: a VCN that loses its grant loses its traffic before its lease and name, and
    // one that gains it is let through before dnsmasq answers it. A failing `nft` changes nothing.
    if (!m_outputs.nftRuleset.isEmpty()) {
        QStringList voNames;
        for (const VoGrantEntry& vo : vos)
            voNames << vo.vo;
        NftRuleset ruleset = nftRuleset(selection.entries, m_site, m_outputs.nft, voNames);
        if (const Status applied = applyRuleset(ruleset, report); !applied)
            return applied.error();
        outputs.prepend({m_outputs.nftRuleset, std::move(ruleset.text), false});
    }

    bool dnsmasqChanged = false;
    for (const Output& output : std::as_const(outputs)) {
        const Result<QByteArray> current = currentContent(output.path);
        if (!current)
            return current.error();
        // Comparing with what is on disk (rather than what we wrote last) also repairs a file that
        // someone edited or removed by hand.
        if (*current == output.bytes && QFileInfo::exists(output.path))
            continue;
        // Readable by dnsmasq, which drops its privileges to "nobody" on most systems.
        constexpr auto readable = QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadUser |
                                  QFileDevice::WriteUser | QFileDevice::ReadGroup | QFileDevice::ReadOther;
        if (const Status written =
                writeFileAtomically(output.path, output.bytes, {.permissions = int(readable)});
            !written)
            return written.error();
        report.written.append(output.path);
        dnsmasqChanged = dnsmasqChanged || output.dnsmasqReads;
    }
    qCDebug(lcNet) << "netsync:" << report.records << "records," << report.skipped.size() << "skipped, wrote"
                   << report.written;

    if (!m_outputs.pidFile.isEmpty() && (dnsmasqChanged || m_reloadPending)) {
        m_reloadPending = true;
        if (const Status reloaded = reloadDnsmasq(m_outputs.pidFile); !reloaded)
            return reloaded.error();
        m_reloadPending = false;
        report.reloaded = true;
    }
    for (const QString& reservation : std::as_const(goneReservations)) {
        const QString ip = reservation.section(u' ', 0, 0);
        const QString mac = reservation.section(u' ', 1, 1);
        // A lease that cannot be released only lives on until it ends: worth a warning, not a failure.
        if (const Status released = releaseDhcpLease(m_outputs.releaseInterface, ip, mac); !released)
            qCWarning(lcNet) << "netsync:" << released.error().toString();
        else
            report.released << reservation;
    }
    return report;
}

Status applyNftScript(const QByteArray& script, const QString& where)
{
    QString nft = QStandardPaths::findExecutable(QStringLiteral("nft"));
    if (nft.isEmpty())
        nft = QStandardPaths::findExecutable(QStringLiteral("nft"),
                                             {QStringLiteral("/usr/sbin"), QStringLiteral("/sbin")});
    if (nft.isEmpty())
        return makeError(ErrorCode::NotFound, NetsyncWriterText::tr("nft is not installed"), where,
                         NetsyncWriterText::tr("install nftables (scripts/setup); the previous rules and "
                                               "files stay as they were"));
    ProcessOptions options;
    options.timeoutMs = 60000;
    options.input = script;
    const Result<ProcessResult> applied = runProcessChecked(
        nft, {QStringLiteral("-f"), QStringLiteral("/dev/stdin")}, options, where, QStringLiteral("nft -f"),
        NetsyncWriterText::tr("the previous rules and files stay as they were; netsync applies rules as root "
                              "in the network namespace of the site bridge"));
    if (!applied)
        return applied.error();
    return Ok{};
}

Status releaseDhcpLease(const QString& interface, const QString& ip, const QString& mac)
{
    const QString tool = QStandardPaths::findExecutable(QStringLiteral("dhcp_release"));
    if (tool.isEmpty())
        return makeError(ErrorCode::NotFound, NetsyncWriterText::tr("dhcp_release is not installed"),
                         interface, NetsyncWriterText::tr("install dnsmasq-utils (scripts/setup)"));
    ProcessOptions options;
    options.timeoutMs = 5000;
    const Result<ProcessResult> released = runProcessChecked(
        tool, {interface, ip, mac}, options, interface, QStringLiteral("dhcp_release %1 %2").arg(ip, mac),
        NetsyncWriterText::tr("check that the interface exists in this namespace"));
    if (!released)
        return released.error();
    qCInfo(lcNet) << "released the DHCP lease of" << ip << mac << "on" << interface;
    return Ok{};
}

Status reloadDnsmasq(const QString& pidFile)
{
    const QString hint = NetsyncWriterText::tr("start dnsmasq with --pid-file=%1, or give the pid file it "
                                               "writes")
                             .arg(pidFile);
    QFile file(pidFile);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         NetsyncWriterText::tr("cannot read dnsmasq's pid file: %1").arg(file.errorString()),
                         pidFile, hint);
    const QByteArray text = file.read(64).trimmed();
    bool ok = false;
    const qint64 pid = text.toLongLong(&ok);
    if (!ok || pid <= 1 || pid > std::numeric_limits<pid_t>::max())
        return makeError(ErrorCode::Parse,
                         NetsyncWriterText::tr("the pid file holds '%1', not a process id")
                             .arg(QString::fromLatin1(text.left(20))),
                         pidFile, hint);
    QFile comm(QStringLiteral("/proc/%1/comm").arg(pid));
    if (!comm.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::NotFound,
                         NetsyncWriterText::tr("no process %1 runs: dnsmasq is not running, or the pid file "
                                               "is stale")
                             .arg(pid),
                         pidFile, hint);
    const QByteArray name = comm.readAll().trimmed();
    if (name != "dnsmasq")
        return makeError(ErrorCode::Conflict,
                         NetsyncWriterText::tr("process %1 is '%2', not dnsmasq: the pid file is stale")
                             .arg(QString::number(pid), QString::fromLocal8Bit(name)),
                         pidFile, hint);
    if (::kill(pid_t(pid), SIGHUP) != 0)
        return makeError(ErrorCode::External,
                         NetsyncWriterText::tr("cannot signal dnsmasq (process %1): %2")
                             .arg(QString::number(pid), QString::fromLocal8Bit(std::strerror(errno))),
                         pidFile,
                         NetsyncWriterText::tr("run netsync as the user dnsmasq runs as, or as root"));
    qCInfo(lcNet) << "reloaded dnsmasq, pid" << pid;
    return Ok{};
}

} // namespace voc
