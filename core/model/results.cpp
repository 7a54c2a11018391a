// SPDX-License-Identifier: GPL-3.0-or-later
// Names of run kinds, targets and boot phases as stored in the results database and shown by vocctl.
#include "model/results.h"
#include "common/enumnames.h"

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
