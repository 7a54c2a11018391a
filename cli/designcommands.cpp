// SPDX-License-Identifier: GPL-3.0-or-later
// vocctl validate: reads a .voc design and lists every problem, for people and (with --json) scripts.
#include "cli.h"

#include "common/terminaltext.h"
#include "model/designfile.h"
#include "model/validation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace voc::cli {

namespace {

// Gives lupdate and the runtime the same context for every message of this file.
struct Vocctl
{
    Q_DECLARE_TR_FUNCTIONS(vocctl)
};

QString severityName(Problem::Severity severity)
{
    return severity == Problem::Severity::Error ? QStringLiteral("error") : QStringLiteral("warning");
}

QJsonObject problemJson(const Problem& problem)
{
    return QJsonObject{
        {QStringLiteral("path"), problem.path},
        {QStringLiteral("message"), problem.message},
        {QStringLiteral("hint"), problem.hint},
        {QStringLiteral("severity"), severityName(problem.severity)},
    };
}

QString problemLine(const Problem& problem)
{
    if (problem.severity == Problem::Severity::Error)
        return problem.toString();
    const QString message = Vocctl::tr("warning: %1").arg(problem.message);
    return escapeForTerminal(problem.path.isEmpty() ? message : problem.path + QLatin1String(": ") + message);
}

void printReport(Io io, const QString& file, const Problems& problems, bool asJson, const QString& summary)
{
    const bool valid = !hasErrors(problems);
    if (asJson) {
        QJsonArray list;
        for (const Problem& problem : problems)
            list.append(problemJson(problem));
        QJsonObject report{
            {QStringLiteral("file"), file},
            {QStringLiteral("valid"), valid},
            {QStringLiteral("problems"), list},
        };
        printJson(io.out, QJsonDocument(report));
        return;
    }
    for (const Problem& problem : problems)
        io.out << problemLine(problem) << '\n';
    if (valid)
        io.out << escapeForTerminal(summary) << '\n';
}

} // namespace

int runValidate(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        Vocctl::tr("Checks a .voc design and lists every problem, one per line."));
    parser.addPositionalArgument(QStringLiteral("FILE"), Vocctl::tr("the design to check"));
    const QCommandLineOption json(QStringLiteral("json"), Vocctl::tr("Print the result as JSON."));
    parser.addOption(json);
    if (const std::optional<int> exit = parseArguments(parser, QStringLiteral("validate"), args, io))
        return *exit;

    const QStringList files = parser.positionalArguments();
    if (files.size() != 1) {
        io.err << (files.isEmpty()
                       ? Vocctl::tr("vocctl validate: missing FILE\n")
                       : Vocctl::tr("vocctl validate: one FILE at a time, got %1\n").arg(files.size()));
        io.err << Vocctl::tr("Usage: vocctl validate FILE [--json]\n");
        return ExitUnreadable;
    }
    const QString& file = files.first();
    const bool asJson = parser.isSet(json);

    const Result<ParsedDesign> parsed = loadDesignFile(file);
    if (!parsed) {
        const Error& error = parsed.error();
        // A newer format is readable in principle, just not by this build: report it as a problem.
        if (error.code == ErrorCode::UnsupportedFormat) {
            const Problem problem{QStringLiteral("format"), error.what, error.hint, Problem::Severity::Error};
            printReport(io, file, {problem}, asJson, {});
            return ExitInvalid;
        }
        // error.where is "FILE" or, for JSON syntax errors, "FILE:LINE:COLUMN".
        io.err << escapeForTerminal(error.where.isEmpty() ? file : error.where) << ": "
               << escapeForTerminal(error.what) << '\n';
        if (asJson) {
            const QJsonObject report{
                {QStringLiteral("file"), file},
                {QStringLiteral("valid"), false},
                {QStringLiteral("problems"), QJsonArray()},
                {QStringLiteral("error"), QJsonObject{{QStringLiteral("where"), error.where},
                                                      {QStringLiteral("message"), error.what},
                                                      {QStringLiteral("hint"), error.hint}}},
            };
            printJson(io.out, QJsonDocument(report));
        }
        return ExitUnreadable;
    }

    const Design& design = parsed->design;
    Problems problems = parsed->problems;
    problems += validateDesign(design);
    problems += validateDesignFiles(design, QFileInfo(file).absolutePath());

    int heads = 0;
    int computes = 0;
    for (const Role& role : design.roles)
        (role.kind == RoleKind::Head ? heads : computes) += role.count;
    const QString summary = Vocctl::tr("%1: valid (%2 head + %3 compute, %4 VCNs)")
                                .arg(file)
                                .arg(heads)
                                .arg(computes)
                                .arg(design.vcnCount());
    printReport(io, file, problems, asJson, summary);
    return hasErrors(problems) ? ExitInvalid : ExitOk;
}

} // namespace voc::cli
