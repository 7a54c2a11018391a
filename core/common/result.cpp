// SPDX-License-Identifier: GPL-3.0-or-later
#include "result.h"

namespace voc {

QString Error::toString() const
{
    QString line = where.isEmpty() ? what : where + QLatin1String(": ") + what;
    if (!hint.isEmpty())
        line += QLatin1String(" (") + hint + QLatin1Char(')');
    return line;
}

} // namespace voc
