// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include "common/terminaltext.h"

#include <QList>
#include <QString>

namespace voc {

// One thing wrong with a design: where (a JSON path such as "roles[1].memoryMiB"),
// what, and how to fix it. Validation returns every problem, not just the first.
struct Problem
{
    enum class Severity
    {
        Error,
        Warning
    };

    QString path;
    QString message;
    QString hint;
    Severity severity = Severity::Error;

    bool operator==(const Problem&) const = default;

    // "path: message" as `vocctl validate` prints it: one line, the design's own text escaped (a name
    // holding a newline must not forge a second problem line).
    QString toString() const
    {
        return escapeForTerminal(path.isEmpty() ? message : path + QLatin1String(": ") + message);
    }
};

using Problems = QList<Problem>;

inline bool hasErrors(const Problems& problems)
{
    for (const Problem& p : problems)
        if (p.severity == Problem::Severity::Error)
            return true;
    return false;
}

} // namespace voc
