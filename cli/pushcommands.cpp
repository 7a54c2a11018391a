// SPDX-License-Identifier: GPL-3.0-or-later
// vocctl push: one base image to a site's storage pool (once for a shared pool, else to every host
// or --host), skipped where the pool holds it already, checked with sha256sum on the host.
#include "cancelonsignal.h"
#include "cli.h"

#include "images/imagepush.h"
#include "model/siteprofile.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>

#include <atomic>
#include <csignal>

namespace voc::cli {

namespace {

struct PushCommand
{
    Q_DECLARE_TR_FUNCTIONS(vocctl)
};

const QString command = QStringLiteral("push");

QJsonObject resultJson(const ImagePushResult& result)
{
    QJsonArray targets;
    for (const ImagePushTargetResult& t : result.targets)
        targets << QJsonObject{{QStringLiteral("host"), t.target.hostName},
                               {QStringLiteral("pool"), t.target.pool},
                               {QStringLiteral("volume"), t.volume.name},
                               {QStringLiteral("path"), t.volume.path},
                               {QStringLiteral("uploaded"), t.uploaded},
                               {QStringLiteral("replacedCorrupt"), t.replacedCorrupt},
                               {QStringLiteral("verification"), toString(t.verification)},
                               {QStringLiteral("bytes"), t.bytes},
                               {QStringLiteral("allocationBytes"), t.volume.allocationBytes},
                               {QStringLiteral("uploadSeconds"), t.uploadSeconds},
                               {QStringLiteral("verifySeconds"), t.verifySeconds},
                               {QStringLiteral("mibPerSecond"), t.mibPerSecond()}};
    return QJsonObject{{QStringLiteral("image"), result.imagePath},
                       {QStringLiteral("sha256"), result.sha256},
                       {QStringLiteral("format"), result.format},
                       {QStringLiteral("volume"), result.volumeName},
                       {QStringLiteral("targets"), targets}};
}

void printResult(QTextStream& out, const ImagePushResult& result)
{
    for (const ImagePushTargetResult& t : result.targets) {
        if (t.uploaded)
            out << PushCommand::tr("%1: uploaded %2 (%3) in %4 s, %5 MiB/s, verified by %6%7\n")
                       .arg(t.target.hostName, t.volume.path, formatBytes(t.bytes))
                       .arg(t.uploadSeconds, 0, 'f', 2)
                       .arg(t.mibPerSecond(), 0, 'f', 0)
                       .arg(toString(t.verification),
                            t.replacedCorrupt ? PushCommand::tr(" (replaced a corrupt volume)") : QString());
        else
            out << PushCommand::tr("%1: skipped, %2 holds the image already (verified by %3)\n")
                       .arg(t.target.hostName, t.volume.path, toString(t.verification));
    }
}

} // namespace

int runPush(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(PushCommand::tr(
        "Pushes a base image to a site's storage pool with a sparse libvirt upload stream: once for a "
        "shared pool, else to every host (or --host). The volume is named after the image's SHA-256, "
        "so a pool that holds the image already is skipped; after an upload the SHA-256 is checked on "
        "the host. Ctrl-C cancels and removes the partial volume."));
    parser.addPositionalArgument(QStringLiteral("IMAGE"), PushCommand::tr("The image file (qcow2 or raw)."));
    const QCommandLineOption site = siteOption();
    const QCommandLineOption host(QStringLiteral("host"), PushCommand::tr("Only this host (by its name)."),
                                  QStringLiteral("NAME"));
    const QCommandLineOption dense(
        QStringLiteral("dense"),
        PushCommand::tr("Send every byte, holes included (slower; for comparison)."));
    const QCommandLineOption sha(QStringLiteral("sha256"),
                                 PushCommand::tr("The image's SHA-256 if known (else it is computed)."),
                                 QStringLiteral("HEX"));
    const QCommandLineOption json(QStringLiteral("json"), PushCommand::tr("Print the result as JSON."));
    parser.addOptions({site, host, dense, sha, json});
    if (const std::optional<int> exit = parseArguments(parser, command, args, io))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return usageError(io, command, PushCommand::tr("give exactly one image"));
    if (!parser.isSet(site))
        return usageError(io, command, PushCommand::tr("push needs --site"));

    const QString path = resolveSiteProfile(parser.value(site));
    const Result<SiteProfile> profile = loadSiteProfile(path);
    if (!profile) {
        printError(io, profile.error(), path);
        return ExitUnreadable;
    }
    const Result<QList<ImagePushTarget>> targets = imagePushTargets(*profile, parser.value(host));
    if (!targets) {
        printError(io, targets.error(), path);
        return ExitInvalid;
    }

    ImagePushRequest request;
    request.imagePath = parser.positionalArguments().first();
    request.sha256 = parser.value(sha);
    request.targets = *targets;
    request.sparse = !parser.isSet(dense);
    ImagePushJob job(request);
    QElapsedTimer sinceLine;
    sinceLine.start();
    QString lastText;
    // Progress on stderr, at most a line a second, so stdout holds only the result.
    QObject::connect(&job, &Job::progress, [&](int done, int total, const QString& text) {
        const bool newStage =
            text.section(QLatin1Char(':'), 0, 0) != lastText.section(QLatin1Char(':'), 0, 0) || total == 0;
        if (text == lastText || (!newStage && done < total && sinceLine.elapsed() < 1000))
            return;
        lastText = text;
        sinceLine.restart();
        io.err << text << '\n';
        io.err.flush();
    });
    {
        CancelOnSignal cancelOnSignal(job);
        job.exec();
    }
    const Result<ImagePushResult> result = *job.result();
    if (!result) {
        printError(io, result.error(), request.imagePath);
        return ExitInvalid;
    }
    if (parser.isSet(json))
        printJson(io.out, QJsonDocument(resultJson(*result)));
    else
        printResult(io.out, *result);
    return ExitOk;
}

} // namespace voc::cli
