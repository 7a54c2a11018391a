// SPDX-License-Identifier: GPL-3.0-or-later
#include "result.h"

#include "terminaltext.h"

namespace voc {

QString Error::toString() const
{
    // One line for a log or a terminal, whatever the file or host put into the message.
    QString line = where.isEmpty() ? what : where + QLatin1String(": ") + what;
    if (!hint.isEmpty())
        line += QLatin1String(" (") + hint + QLatin1Char(')');
    return escapeForTerminal(line);
}

} // namespace voc
