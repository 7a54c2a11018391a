// SPDX-License-Identifier: GPL-3.0-or-later
// Names of run kinds, targets and boot phases as stored in the results database and shown by vocctl.
#include "bench/results.h"

#include <QLocale>

#include <array>
#include <utility>

namespace voc {

namespace {

// One table per enum so the text and the value can never drift apart between toString and fromString.
constexpr std::array<std::pair<BootPhase, const char*>, 5> phaseNames{{
    {BootPhase::Running, "running"},
    {BootPhase::Kernel, "kernel"},
    {BootPhase::Init, "init"},
    {BootPhase::Network, "network"},
    {BootPhase::Ready, "ready"},
}};
constexpr std::array<std::pair<RunKind, const char*>, 3> kindNames{{
    {RunKind::Hpl, "hpl"},
    {RunKind::Boot, "boot"},
    {RunKind::Net, "net"},
}};
constexpr std::array<std::pair<RunTarget, const char*>, 4> targetNames{{
    {RunTarget::Local, "local"},
    {RunTarget::Site, "site"},
    {RunTarget::BareMetal, "baremetal"},
    {RunTarget::Paper, "paper"},
}};

template<typename Enum, std::size_t Size>
QString nameOf(const std::array<std::pair<Enum, const char*>, Size>& names, Enum value)
{
    for (const auto& [candidate, name] : names) {
        if (candidate == value)
            return QString::fromLatin1(name);
    }
    return {};
}

template<typename Enum, std::size_t Size>
bool valueOf(const std::array<std::pair<Enum, const char*>, Size>& names, const QString& text, Enum* value)
{
    for (const auto& [candidate, name] : names) {
        if (text == QLatin1String(name)) {
            if (value)
                *value = candidate;
            return true;
        }
    }
    return false;
}

// RFC 4180: quote a field only when it holds a separator, a quote or a line break.
QByteArray csvField(const QString& text)
{
    QByteArray bytes = text.toUtf8();
    if (!bytes.contains(',') && !bytes.contains('"') && !bytes.contains('\n') && !bytes.contains('\r'))
        return bytes;
    bytes.replace("\"", "\"\"");
    return '"' + bytes + '"';
}

QByteArray csvNumber(double value)
{
    // 'g' with 17 digits would print 6.8209999999999997; the shortest exact form reads back equal.
    return QLocale::c().toString(value, 'g', QLocale::FloatingPointShortest).toLatin1();
}

} // namespace

QString toString(BootPhase phase)
{
    return nameOf(phaseNames, phase);
}

bool fromString(const QString& text, BootPhase* phase)
{
    return valueOf(phaseNames, text, phase);
}

QString toString(RunKind kind)
{
    return nameOf(kindNames, kind);
}

bool fromString(const QString& text, RunKind* kind)
{
    return valueOf(kindNames, text, kind);
}

QString toString(RunTarget target)
{
    return nameOf(targetNames, target);
}

bool fromString(const QString& text, RunTarget* target)
{
    return valueOf(targetNames, text, target);
}

QByteArray runToCsv(const Run& run)
{
    QByteArray csv;
    switch (run.kind) {
    case RunKind::Hpl:
        csv += "n,nb,p,q,seconds,gflops,residual,passed\r\n";
        for (const HplRow& row : run.hplRows) {
            csv += QByteArray::number(row.n) + ',' + QByteArray::number(row.nb) + ',' +
                   QByteArray::number(row.p) + ',' + QByteArray::number(row.q) + ',' +
                   csvNumber(row.seconds) + ',' + csvNumber(row.gflops) + ',' + csvNumber(row.residual) +
                   ',' + (row.passed ? "true" : "false") + "\r\n";
        }
        break;
    case RunKind::Boot:
        csv += "vcn,phase,ms\r\n";
        for (const BootSample& sample : run.bootSamples)
            csv += csvField(sample.vcn) + ',' + toString(sample.phase).toLatin1() + ',' +
                   QByteArray::number(sample.ms) + "\r\n";
        break;
    case RunKind::Net:
        csv += "nic,endpoints,latency_us,bandwidth_mbps\r\n";
        for (const NetSample& sample : run.netSamples)
            csv += csvField(sample.nic) + ',' + csvField(sample.endpoints) + ',' +
                   csvNumber(sample.latencyUs) + ',' + csvNumber(sample.bandwidthMBps) + "\r\n";
        break;
    }
    return csv;
}

} // namespace voc
