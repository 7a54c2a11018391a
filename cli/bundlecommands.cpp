// SPDX-License-Identifier: GPL-3.0-or-later
// vocctl export / import: a design and its images as one migration bundle, and back.
#include "cancelonsignal.h"
#include "cli.h"

#include "bench/hplsizing.h"
#include "bundle/exportbundlejob.h"
#include "bundle/importbundlejob.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <atomic>
#include <csignal>

namespace voc::cli {

namespace {

struct BundleCommand
{
    Q_DECLARE_TR_FUNCTIONS(vocctl)
};

// Progress on stderr: a line when the step changes and every 10 percent, so a log stays short.
void reportProgressOn(Job& job, QTextStream& err)
{
    auto last = std::make_shared<std::pair<QString, int>>(QString(), -1);
    QObject::connect(&job, &Job::progress, &job, [&err, last](int done, int total, const QString& text) {
        const int percent = total > 0 ? int(qint64(done) * 100 / total) : 100;
        const QString step = text.section(QLatin1String(" ("), 0, 0);
        if (step == last->first && percent / 10 == last->second / 10)
            return;
        *last = {step, percent};
        err << QStringLiteral("[%1%] ").arg(percent, 3) << text << Qt::endl;
    });
}

// Files that are missing or not what they claim are "unreadable" (2); refusals and failures 1.
int exitFor(const Error& error)
{
    switch (error.code) {
    case ErrorCode::NotFound:
    case ErrorCode::Parse:
    case ErrorCode::UnsupportedFormat:
        return ExitUnreadable;
    default:
        return ExitInvalid;
    }
}

QJsonArray filesJson(const BundleManifest& manifest)
{
    QJsonArray files;
    for (const BundleFile& file : manifest.files) {
        QJsonArray roles;
        for (const BundleRoleUse& use : file.roles)
            roles.append(use.index);
        files.append(QJsonObject{{QStringLiteral("file"), file.file},
                                 {QStringLiteral("kind"), toString(file.kind)},
                                 {QStringLiteral("sha256"), file.sha256},
                                 {QStringLiteral("size"), file.size},
                                 {QStringLiteral("roles"), roles}});
    }
    return files;
}

} // namespace

int runBundleExport(const QStringList& args, Io io)
{
    const QString command = QStringLiteral("export");
    QCommandLineParser parser;
    parser.setApplicationDescription(BundleCommand::tr(
        "Writes a design and every image it uses (base images, kernels, initrds; each once, sparse "
        "files kept sparse) into one migration bundle with their SHA-256 checksums, to import at "
        "another site with 'vocctl import'. Ctrl-C cancels and removes the partial bundle."));
    parser.addPositionalArgument(QStringLiteral("FILE"), BundleCommand::tr("The design (.voc)."));
    const QCommandLineOption output({QStringLiteral("o"), QStringLiteral("output")},
                                    BundleCommand::tr("The bundle to write."), QStringLiteral("BUNDLE"));
    const QCommandLineOption force(QStringLiteral("force"), BundleCommand::tr("Replace an existing BUNDLE."));
    const QCommandLineOption json(QStringLiteral("json"), BundleCommand::tr("Print the result as JSON."));
    parser.addOptions({output, force, json});
    if (const std::optional<int> exit = parseArguments(parser, command, args, io))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return usageError(io, command, BundleCommand::tr("export takes one FILE"));
    if (!parser.isSet(output))
        return usageError(io, command, BundleCommand::tr("export needs -o BUNDLE"));

    ExportBundleJob job({parser.positionalArguments().first(), parser.value(output), parser.isSet(force)});
    reportProgressOn(job, io.err);
    QElapsedTimer timer;
    timer.start();
    {
        CancelOnSignal cancelOnSignal(job);
        job.exec();
    }
    const Result<ExportedBundle> result = *job.result();
    if (!result) {
        printError(io, result.error());
        return exitFor(result.error());
    }
    if (parser.isSet(json)) {
        printJson(io.out, QJsonDocument(QJsonObject{{QStringLiteral("bundle"), result->path},
                                                    {QStringLiteral("bytes"), result->archiveBytes},
                                                    {QStringLiteral("seconds"), timer.elapsed() / 1000.0},
                                                    {QStringLiteral("files"), filesJson(result->manifest)}}));
        return ExitOk;
    }
    io.err << BundleCommand::tr("%n file(s), %1 MiB in %2 s\n", nullptr, int(result->manifest.files.size()))
                  .arg(double(result->archiveBytes) / (1024.0 * 1024.0), 0, 'f', 1)
                  .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
    io.out << result->path << '\n';
    return ExitOk;
}

int runBundleImport(const QStringList& args, Io io)
{
    const QString command = QStringLiteral("import");
    QCommandLineParser parser;
    parser.setApplicationDescription(BundleCommand::tr(
        "Checks a migration bundle (no unsafe or undeclared members, sizes as declared), extracts the "
        "design and its images into DIR (the current folder by default) and verifies every image's "
        "SHA-256; prints the imported design's path. Nothing is left behind when any check fails."));
    parser.addPositionalArgument(QStringLiteral("BUNDLE"), BundleCommand::tr("The bundle (vocctl export)."));
    const QCommandLineOption directory({QStringLiteral("C"), QStringLiteral("directory")},
                                       BundleCommand::tr("Extract into DIR (created when missing)."),
                                       QStringLiteral("DIR"));
    const QCommandLineOption force(QStringLiteral("force"),
                                   BundleCommand::tr("Replace files of the bundle that exist in DIR."));
    const QCommandLineOption json(QStringLiteral("json"), BundleCommand::tr("Print the result as JSON."));
    const QCommandLineOption maxHoles(
        QStringLiteral("max-holes"),
        BundleCommand::tr("Accept images that unpack to up to SIZE (e.g. 64GiB) beyond the data the bundle "
                          "holds for them (the holes of sparse images, which are hashed too); default %1 "
                          "GiB, or %2.")
            .arg(defaultBundleMaxHoleBytes >> 30)
            .arg(QLatin1String(bundleMaxHolesVariable)),
        QStringLiteral("SIZE"));
    parser.addOptions({directory, force, json, maxHoles});
    if (const std::optional<int> exit = parseArguments(parser, command, args, io))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return usageError(io, command, BundleCommand::tr("import takes one BUNDLE"));
    qint64 maxHoleBytes = -1;
    if (parser.isSet(maxHoles)) {
        const Result<qint64> bytes = parseByteSize(parser.value(maxHoles));
        if (!bytes)
            return usageError(io, command, QStringLiteral("--max-holes: ") + bytes.error().what,
                              bytes.error().hint);
        maxHoleBytes = *bytes;
    }

    ImportBundleJob job({parser.positionalArguments().first(),
                         parser.isSet(directory) ? parser.value(directory) : QDir::currentPath(),
                         parser.isSet(force), maxHoleBytes});
    reportProgressOn(job, io.err);
    QElapsedTimer timer;
    timer.start();
    {
        CancelOnSignal cancelOnSignal(job);
        job.exec();
    }
    const Result<ImportedBundle> result = *job.result();
    if (!result) {
        printError(io, result.error());
        return exitFor(result.error());
    }
    if (parser.isSet(json)) {
        printJson(io.out, QJsonDocument(QJsonObject{{QStringLiteral("design"), result->designPath},
                                                    {QStringLiteral("seconds"), timer.elapsed() / 1000.0},
                                                    {QStringLiteral("files"), filesJson(result->manifest)}}));
        return ExitOk;
    }
    io.err << BundleCommand::tr("%n image file(s) verified in %1 s\n", nullptr,
                                int(result->manifest.files.size()))
                  .arg(double(timer.elapsed()) / 1000.0, 0, 'f', 1);
    io.out << terminalLine(result->designPath) << '\n';
    return ExitOk;
}

} // namespace voc::cli
