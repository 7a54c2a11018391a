// SPDX-License-Identifier: GPL-3.0-or-later
#include "cli.h"

#include "common/terminaltext.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace voc::cli {

std::optional<int> parseArguments(QCommandLineParser& parser, const QString& command, const QStringList& args,
                                  Io io)
{
    const QCommandLineOption help({QStringLiteral("h"), QStringLiteral("help")},
                                  QCoreApplication::translate("vocctl", "Show this help."));
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    QStringList full = args;
    full.prepend(QStringLiteral("vocctl ") + command);
    if (!parser.parse(full)) {
        io.err << QStringLiteral("vocctl %1: %2\n").arg(command, parser.errorText());
        io.err << QCoreApplication::translate("vocctl", "Run 'vocctl %1 --help' for usage.\n").arg(command);
        return ExitUnreadable;
    }
    if (parser.isSet(help)) {
        // helpText() names the program from argv[0]; say "vocctl COMMAND" instead.
        QString text = parser.helpText();
        text.replace(QRegularExpression(QStringLiteral("^Usage: \\S+")),
                     QStringLiteral("Usage: vocctl ") + command);
        io.out << text;
        return ExitOk;
    }
    return std::nullopt;
}

int usageError(Io io, const QString& command, const QString& message, const QString& hint)
{
    io.err << QStringLiteral("vocctl %1: %2\n").arg(command, escapeForTerminal(message));
    if (!hint.isEmpty())
        io.err << escapeForTerminal(hint) << '\n';
    io.err << QCoreApplication::translate("vocctl", "Run 'vocctl %1 --help' for usage.\n").arg(command);
    return ExitUnreadable;
}

void printError(Io io, const Error& error, const QString& fallbackWhere)
{
    // A message may quote a file, a directory entry or a host's answer: each part stays one line.
    const QString where = escapeForTerminal(error.where.isEmpty() ? fallbackWhere : error.where);
    const QString what = escapeForTerminal(error.what);
    io.err << (where.isEmpty() ? what : where + QStringLiteral(": ") + what) << '\n';
    if (!error.hint.isEmpty())
        io.err << QCoreApplication::translate("vocctl", "hint: %1").arg(escapeForTerminal(error.hint))
               << '\n';
}

QString terminalLine(const QString& line)
{
    if (!line.endsWith(QLatin1Char('\n')))
        return escapeForTerminal(line);
    return escapeForTerminal(QStringView(line).chopped(1)) + QLatin1Char('\n');
}

void printJson(QTextStream& out, const QJsonDocument& document)
{
    out << QString::fromUtf8(document.toJson(QJsonDocument::Indented));
}

} // namespace voc::cli
