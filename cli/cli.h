// SPDX-License-Identifier: GPL-3.0-or-later
// vocctl: the command-line twin of VOC Studio. Each subcommand family lives in its own file and
// only parses arguments, calls the core and prints.
#pragma once

#include <QStringList>
#include <QTextStream>

namespace voc::cli {

// Exit codes shared by every subcommand.
enum Exit : int
{
    ExitOk = 0,
    ExitInvalid = 1,    // the input was read but is invalid (vocctl validate), or the operation failed
    ExitUnreadable = 2, // a file is unreadable / not JSON, or the command line is wrong
};

struct Io
{
    QTextStream& out;
    QTextStream& err;
};

// `args` excludes the program name and the subcommand itself.
int runValidate(const QStringList& args, Io io);
int runPlan(const QStringList& args, Io io);
int runHplSize(const QStringList& args, Io io);
int runParseHpl(const QStringList& args, Io io);
int runResults(const QStringList& args, Io io);
int runImage(const QStringList& args, Io io);
int runUp(const QStringList& args, Io io);
int runStatus(const QStringList& args, Io io);
int runConsole(const QStringList& args, Io io);
int runDown(const QStringList& args, Io io);
int runNetsync(const QStringList& args, Io io);
int runDirectory(const QStringList& args, Io io);
int runSite(const QStringList& args, Io io);
// vocctl site vo ... (sitevocommands.cpp): the provider's tools, with the provider admin profile.
int runSiteVo(const QStringList& args, Io io);
int runDeploy(const QStringList& args, Io io);
int runDeployments(const QStringList& args, Io io);
int runResume(const QStringList& args, Io io);
int runDestroy(const QStringList& args, Io io);
int runBundleExport(const QStringList& args, Io io);
int runBundleImport(const QStringList& args, Io io);
int runPush(const QStringList& args, Io io);
int runBench(const QStringList& args, Io io);

} // namespace voc::cli

#include "bench/resultsstore.h"

#include <QJsonObject>

namespace voc::cli {

// A stored run as `vocctl results show --json` prints it (rows, samples, statistics); `vocctl bench`
// prints the run it stored the same way.
QJsonObject runDetailJson(const Run& run, const QList<BootPhaseStatistics>& statistics = {});

} // namespace voc::cli

#include <QCommandLineParser>
#include <QJsonDocument>

#include "common/result.h"
#include <optional>

namespace voc::cli {

// Sets up a subcommand's parser ("vocctl NAME ..." usage, --help) and parses `args`.
// Returns an exit code when the caller should stop (help printed, or bad arguments reported).
std::optional<int> parseArguments(QCommandLineParser& parser, const QString& command, const QStringList& args,
                                  Io io);

// "vocctl COMMAND: message", the hint, and where to find the usage; returns ExitUnreadable.
int usageError(Io io, const QString& command, const QString& message, const QString& hint = {});

// An Error as "where: what" and its hint on the next line, on stderr, each escaped for the terminal
// (escapeForTerminal): text from a file never forges a line or sends a control sequence.
void printError(Io io, const Error& error, const QString& fallbackWhere = {});

// A line of a report that quotes a profile, a bundle or a host, escaped for the terminal
// (escapeForTerminal) except for its own final newline.
QString terminalLine(const QString& line);

// --site SITE, shared by the commands that work on a site.
QCommandLineOption siteOption();

// Prints a JSON document compactly-indented with a trailing newline.
void printJson(QTextStream& out, const QJsonDocument& document);

} // namespace voc::cli
