// SPDX-License-Identifier: GPL-3.0-or-later
#include "remoteshell.h"

#include <QCoreApplication>

#include <algorithm>

namespace voc {

namespace {

struct RemoteShellText
{
    Q_DECLARE_TR_FUNCTIONS(voc::RemoteShell)
};

bool isHarmless(QChar c)
{
    if (c.unicode() >= 128)
        return false;
    const char ch = char(c.unicode());
    return (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') ||
           QByteArrayView("_./:,+@%-").contains(ch);
}

} // namespace

QString shellQuote(const QString& arg)
{
    if (!arg.isEmpty() && std::all_of(arg.begin(), arg.end(), isHarmless))
        return arg;
    QString quoted = arg;
    quoted.replace(QLatin1Char('\''), QLatin1String("'\\''"));
    return QLatin1Char('\'') + quoted + QLatin1Char('\'');
}

QString shellCommandLine(const QStringList& command)
{
    QStringList words;
    words.reserve(command.size());
    for (const QString& arg : command)
        words.append(shellQuote(arg));
    return words.join(QLatin1Char(' '));
}

Result<QByteArray> RemoteShell::runChecked(const QStringList& command, const RemoteCommandOptions& options)
{
    Result<RemoteCommandResult> result = run(command, options);
    if (!result)
        return result.error();
    if (result->exitCode != 0)
        return processFailure(command.value(0), *result, host());
    return std::move(result->standardOutput);
}

} // namespace voc
