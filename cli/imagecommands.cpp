// SPDX-License-Identifier: GPL-3.0-or-later
// vocctl image: look at a base image, and point a design's roles at a built one.
#include "cli.h"

#include "images/imageinfo.h"
#include "model/designfile.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonObject>

namespace voc::cli {

namespace {

struct ImageCommand
{
    Q_DECLARE_TR_FUNCTIONS(vocctl)
};

const QString command = QStringLiteral("image");

QJsonObject infoJson(const ImageInfo& info)
{
    return QJsonObject{{QStringLiteral("path"), info.path},
                       {QStringLiteral("format"), info.format},
                       {QStringLiteral("sizeBytes"), info.sizeBytes},
                       {QStringLiteral("virtualSizeBytes"), info.virtualSizeBytes},
                       {QStringLiteral("sha256"), info.sha256},
                       {QStringLiteral("bootMode"), toString(info.bootMode)},
                       {QStringLiteral("kernel"), info.kernel},
                       {QStringLiteral("initrd"), info.initrd},
                       {QStringLiteral("cmdline"), info.cmdline}};
}

int runInspect(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(
        ImageCommand::tr("Shows a base image's format and sizes (qemu-img), or a built image's manifest."));
    parser.addPositionalArgument(QStringLiteral("PATH"),
                                 ImageCommand::tr("a qcow2/raw image or a manifest.json"));
    const QCommandLineOption json(QStringLiteral("json"), ImageCommand::tr("Print JSON."));
    parser.addOption(json);
    if (const std::optional<int> exit =
            parseArguments(parser, command + QStringLiteral(" inspect"), args, io))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return usageError(io, command, ImageCommand::tr("inspect takes one PATH"));
    const QString path = parser.positionalArguments().first();
    const Result<ImageInfo> info =
        path.endsWith(QLatin1String(".json")) ? loadManifest(path) : inspectImage(path);
    if (!info) {
        printError(io, info.error(), path);
        return ExitInvalid;
    }
    if (parser.isSet(json)) {
        printJson(io.out, QJsonDocument(infoJson(*info)));
        return ExitOk;
    }
    io.out << ImageCommand::tr("%1: %2, %3 bytes on disk, %4 bytes virtual\n")
                  .arg(info->path, info->format)
                  .arg(info->sizeBytes)
                  .arg(info->virtualSizeBytes);
    if (!info->sha256.isEmpty())
        io.out << QStringLiteral("sha256 ") << info->sha256 << '\n';
    if (info->bootMode == BootMode::Kernel)
        io.out
            << ImageCommand::tr("kernel boot: %1 %2 \"%3\"\n").arg(info->kernel, info->initrd, info->cmdline);
    return ExitOk;
}

// The roles a --role value names: "head", "compute" (every compute role) or a 0-based index.
QList<int> selectRoles(const Design& design, const QString& which)
{
    QList<int> roles;
    bool isIndex = false;
    const int index = which.toInt(&isIndex);
    for (int i = 0; i < design.roles.size(); ++i) {
        const bool match = isIndex ? i == index : toString(design.roles.at(i).kind) == which;
        if (match)
            roles.append(i);
    }
    return roles;
}

int runUse(const QStringList& args, Io io)
{
    QCommandLineParser parser;
    parser.setApplicationDescription(ImageCommand::tr(
        "Points roles of a design at a built image (scripts/build-vcn-image's manifest.json): path, "
        "sha256 and kernel boot files. Saves atomically, keeping the previous file as FILE.bak."));
    parser.addPositionalArgument(QStringLiteral("FILE"), ImageCommand::tr("the design (.voc)"));
    const QCommandLineOption role(QStringLiteral("role"),
                                  ImageCommand::tr("head, compute (every compute role) or a role's index"),
                                  QStringLiteral("ROLE"));
    const QCommandLineOption manifest(QStringLiteral("manifest"),
                                      ImageCommand::tr("the image's manifest.json"), QStringLiteral("PATH"));
    const QCommandLineOption output(QStringLiteral("output"),
                                    ImageCommand::tr("write the changed design here instead of FILE"),
                                    QStringLiteral("OUT"));
    parser.addOptions({role, manifest, output});
    if (const std::optional<int> exit = parseArguments(parser, command + QStringLiteral(" use"), args, io))
        return *exit;
    if (parser.positionalArguments().size() != 1)
        return usageError(io, command, ImageCommand::tr("use takes one FILE"));
    if (!parser.isSet(role) || !parser.isSet(manifest))
        return usageError(io, command, ImageCommand::tr("use needs --role and --manifest"));
    const QString file = parser.positionalArguments().first();

    const Result<ParsedDesign> parsed = loadDesignFile(file);
    if (!parsed) {
        printError(io, parsed.error(), file);
        return ExitUnreadable;
    }
    const Result<ImageInfo> image = loadManifest(parser.value(manifest));
    if (!image) {
        printError(io, image.error(), parser.value(manifest));
        return ExitInvalid;
    }
    Design design = parsed->design;
    const QList<int> roles = selectRoles(design, parser.value(role));
    if (roles.isEmpty())
        return usageError(
            io, command, ImageCommand::tr("--role %1 names no role of %2").arg(parser.value(role), file),
            ImageCommand::tr("use head, compute or an index from 0 to %1").arg(design.roles.size() - 1));
    for (int i : roles)
        design.roles[i].image = toImageRef(*image);

    const QString target = parser.isSet(output) ? parser.value(output) : file;
    if (const Status saved = saveDesignFile(design, target); !saved) {
        printError(io, saved.error(), target);
        return ExitInvalid;
    }
    io.out << ImageCommand::tr("%1: %n role(s) now use %2\n", nullptr, int(roles.size()))
                  .arg(target, image->path);
    return ExitOk;
}

} // namespace

int runImage(const QStringList& args, Io io)
{
    const QString sub = args.value(0);
    if (sub == QLatin1String("inspect"))
        return runInspect(args.mid(1), io);
    if (sub == QLatin1String("use"))
        return runUse(args.mid(1), io);
    if (sub == QLatin1String("--help") || sub == QLatin1String("-h")) {
        io.out << ImageCommand::tr(
            "Usage: vocctl image inspect PATH [--json]\n"
            "       vocctl image use FILE --role ROLE --manifest PATH [--output OUT]\n");
        return ExitOk;
    }
    return usageError(io, command,
                      sub.isEmpty() ? ImageCommand::tr("missing subcommand")
                                    : ImageCommand::tr("unknown subcommand '%1'").arg(sub),
                      ImageCommand::tr("subcommands: inspect, use"));
}

} // namespace voc::cli
