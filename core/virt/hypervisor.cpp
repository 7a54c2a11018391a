// SPDX-License-Identifier: GPL-3.0-or-later
#include "hypervisor.h"

namespace voc {

QString toString(DomainState state)
{
    switch (state) {
    case DomainState::NoState:
        return QStringLiteral("nostate");
    case DomainState::Running:
        return QStringLiteral("running");
    case DomainState::Blocked:
        return QStringLiteral("blocked");
    case DomainState::Paused:
        return QStringLiteral("paused");
    case DomainState::ShuttingDown:
        return QStringLiteral("shutting-down");
    case DomainState::Shutoff:
        return QStringLiteral("shutoff");
    case DomainState::Crashed:
        return QStringLiteral("crashed");
    case DomainState::Suspended:
        return QStringLiteral("suspended");
    }
    return QStringLiteral("nostate");
}

} // namespace voc
