// SPDX-License-Identifier: GPL-3.0-or-later
// Names of run kinds, targets and boot phases as stored in the results database and shown by vocctl.
#include "model/results.h"

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

} // namespace voc
