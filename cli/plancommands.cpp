// SPDX-License-Identifier: GPL-3.0-or-later
// vocctl plan: the VCNs a design resolves to (hostnames, MACs, IPs), as a table or JSON.
#include "cli.h"

#include "common/terminaltext.h"
#include "model/designfile.h"
#include "model/plan.h"
#include "model/validation.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonObject>

namespace voc::cli {

namespace {

// Gives lupdate and the runtime the same context for every message of this file.
struct PlanCommand
{
    Q_DECLARE_TR_FUNCTIONS(vocctl)
};

QJsonObject entryJson(const PlanEntry& entry)
{
    return QJsonObject{
        {QStringLiteral("hostname"), entry.hostname},
        {QStringLiteral("role"), toString(entry.role)},
        {QStringLiteral("vcpus"), entry.vcpus},
        {QStringLiteral("memoryMiB"), entry.memoryMiB},
        {QStringLiteral("nic"), toString(entry.nic)},
        {QStringLiteral("mac"), entry.mac},
        {QStringLiteral("ip"), entry.ip},
        {QStringLiteral("image"), entry.image.path},
    };
}

QJsonObject planJson(const Plan& plan)
{
    QJsonArray vcns;
    for (const PlanEntry& entry : plan.entries)
        vcns.append(entryJson(entry));
    return QJsonObject{
        {QStringLiteral("target"), plan.target},
        {QStringLiteral("subnet"), plan.subnet},
        {QStringLiteral("gateway"), plan.gateway},
        {QStringLiteral("domain"), plan.domain},
        {QStringLiteral("vcns"), vcns},
    };
}

QString gibText(qint64 mebibytes)
{
    return QString::number(double(mebibytes) / 1024.0, 'f', 1) + QStringLiteral(" GiB");
}

// Columns padded to their widest cell; numbers right-aligned so their digits line up.
void printTable(QTextStream& out, const Plan& plan)
{
    const QStringList header{PlanCommand::tr("HOSTNAME"), PlanCommand::tr("ROLE"), PlanCommand::tr("VCPUS"),
                             PlanCommand::tr("MEMORY"),   PlanCommand::tr("MAC"),  PlanCommand::tr("IP")};
    const QList<bool> rightAligned{false, false, true, true, false, false};
    QList<QStringList> rows{header};
    rows.reserve(plan.entries.size() + 1);
    for (const PlanEntry& entry : plan.entries) {
        rows.append({entry.hostname, toString(entry.role), QString::number(entry.vcpus),
                     QString::number(entry.memoryMiB) + QStringLiteral(" MiB"), entry.mac, entry.ip});
    }
    QList<qsizetype> widths(header.size(), 0);
    for (const QStringList& row : rows) {
        for (qsizetype c = 0; c < row.size(); ++c)
            widths[c] = qMax(widths[c], row.at(c).size());
    }
    for (const QStringList& row : rows) {
        QString line;
        for (qsizetype c = 0; c < row.size(); ++c) {
            if (c > 0)
                line += QStringLiteral("  ");
            const bool last = c == row.size() - 1;
            if (rightAligned.at(c))
                line += row.at(c).rightJustified(widths.at(c));
            else
                line += last ? row.at(c) : row.at(c).leftJustified(widths.at(c));
        }
        out << line << '\n';
    }
}

} // namespace

int runPlan(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(PlanCommand::tr(
        "Resolves a .voc design into its VCNs: hostname, role, vCPUs, memory, MAC and IP address."));
    parser.addPositionalArgument(QStringLiteral("FILE"), PlanCommand::tr("the design to plan"));
    const QCommandLineOption local(
        QStringLiteral("local"),
        PlanCommand::tr("Plan a local test run with the design's own address plan."));
    const QCommandLineOption json(QStringLiteral("json"), PlanCommand::tr("Print the plan as JSON."));
    parser.addOptions({local, json});
    if (const std::optional<int> exit = parseArguments(parser, QStringLiteral("plan"), args, io))
        return *exit;

    const QStringList files = parser.positionalArguments();
    if (files.isEmpty())
        return usageError(io, QStringLiteral("plan"), PlanCommand::tr("missing FILE"));
    if (files.size() > 1)
        return usageError(io, QStringLiteral("plan"),
                          PlanCommand::tr("one FILE at a time, got %1").arg(files.size()));
    if (!parser.isSet(local))
        return usageError(
            io, QStringLiteral("plan"),
            PlanCommand::tr("only --local is supported until site profiles exist (issue: deploy)"));
    const QString file = files.first();

    const Result<ParsedDesign> parsed = loadDesignFile(file);
    if (!parsed) {
        const Error& error = parsed.error();
        io.err << escapeForTerminal(error.where.isEmpty() ? file : error.where) << QStringLiteral(": ")
               << escapeForTerminal(error.what) << '\n';
        if (!error.hint.isEmpty())
            io.err << escapeForTerminal(error.hint) << '\n';
        // A newer format is a readable file this build cannot use, like any other invalid design.
        return error.code == ErrorCode::UnsupportedFormat ? ExitInvalid : ExitUnreadable;
    }

    Problems problems = parsed->problems;
    problems += validateDesign(parsed->design);
    problems += validateDesignFiles(parsed->design, QFileInfo(file).absolutePath());
    for (const Problem& problem : problems) {
        if (problem.severity == Problem::Severity::Error)
            io.err << problem.toString() << '\n';
        else
            io.err << PlanCommand::tr("warning: %1").arg(problem.toString()) << '\n';
    }
    if (hasErrors(problems)) {
        io.err << PlanCommand::tr("%1: the design is invalid; run 'vocctl validate %1' for hints\n")
                      .arg(escapeForTerminal(file));
        return ExitInvalid;
    }

    const Result<Plan> plan = planLocal(parsed->design);
    if (!plan) {
        io.err << file << QStringLiteral(": ") << plan.error().toString() << '\n';
        return ExitInvalid;
    }

    if (parser.isSet(json)) {
        printJson(io.out, QJsonDocument(planJson(*plan)));
        return ExitOk;
    }
    printTable(io.out, *plan);
    io.out << PlanCommand::tr("%1 VCNs, %2 vCPUs, %3\n")
                  .arg(QString::number(plan->entries.size()), QString::number(plan->totalVcpus()),
                       gibText(plan->totalMemoryMiB()));
    io.out << PlanCommand::tr("subnet %1, gateway %2, domain %3\n")
                  .arg(plan->subnet, plan->gateway, plan->domain);
    return ExitOk;
}

} // namespace voc::cli
