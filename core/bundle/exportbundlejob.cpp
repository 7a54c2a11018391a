// SPDX-License-Identifier: GPL-3.0-or-later
#include "exportbundlejob.h"

#include "bundle/bundlefiles.h"
#include "common/atomicfile.h"
#include "common/logging.h"
#include "common/process.h"
#include "images/builtimages.h"
#include "images/imageinfo.h"
#include "model/designfile.h"
#include "model/validation.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QHash>
#include <QSet>
#include <QTemporaryDir>
#include <QTemporaryFile>

#include <cstdio>

namespace voc {

namespace {

struct ExportText
{
    Q_DECLARE_TR_FUNCTIONS(voc::ExportBundleJob)
};

// One file to carry: where it is, and what bundle.json will say about it.
struct Source
{
    QString path; // absolute
    BundleFile entry;
    QString recordedSha256; // what the design says (disks only); empty when it says nothing
};

QString mib(qint64 bytes)
{
    return QString::number(double(bytes) / (1024.0 * 1024.0), 'f', 1);
}

QString uniqueMemberName(const QString& fileName, const QSet<QString>& taken)
{
    const QString first = imageMemberNameFor(fileName);
    QString name = first;
    const qsizetype dot = first.indexOf(u'.', qsizetype(qstrlen(bundleImagesDir)) + 1);
    const QString stem = dot < 0 ? first : first.left(dot);
    const QString suffix = dot < 0 ? QString() : first.mid(dot);
    for (int n = 2; taken.contains(name); ++n)
        name = stem + QLatin1Char('-') + QString::number(n) + suffix;
    return name;
}

QString designMemberName(const QString& designName)
{
    QString name = imageMemberNameFor(designName).mid(qsizetype(qstrlen(bundleImagesDir)) + 1);
    name += QLatin1String(".voc");
    return isValidDesignMemberName(name) ? name : QStringLiteral("design.voc");
}

} // namespace

ExportBundleJob::ExportBundleJob(ExportBundleOptions options, QObject* parent)
    : TypedJob<ExportedBundle>(parent)
    , m_options(std::move(options))
{}

Result<ExportedBundle> ExportBundleJob::run()
{
    QElapsedTimer timer;
    timer.start();
    if (m_options.outputPath.isEmpty())
        return makeError(ErrorCode::InvalidInput, ExportText::tr("no file name for the bundle"), {},
                         ExportText::tr("name the bundle to write"));
    const QString designPath = QFileInfo(m_options.designPath).absoluteFilePath();
    const QString output = QFileInfo(m_options.outputPath).absoluteFilePath();
    if (QFileInfo::exists(output) && !m_options.overwrite)
        return makeError(ErrorCode::Conflict, ExportText::tr("the bundle exists already"), output,
                         ExportText::tr("choose another name, or replace it (--force)"));

    const Result<ParsedDesign> parsed = loadDesignFile(designPath);
    if (!parsed)
        return parsed.error();
    // A role naming a built image exports the image this workstation built.
    const Result<Design> resolved = resolveBuiltImages(parsed->design);
    if (!resolved)
        return resolved.error();
    const Design& design = *resolved;
    const QString designDir = QFileInfo(designPath).absolutePath();
    Problems problems = parsed->problems;
    problems.append(validateDesign(design));
    // Only files the design's validation accepts travel: never a host file a design points at.
    problems.append(validateDesignFiles(design, designDir));
    for (const Problem& problem : std::as_const(problems)) {
        if (problem.severity == Problem::Severity::Error)
            return makeError(
                ErrorCode::InvalidInput,
                ExportText::tr("the design has errors: %1: %2").arg(problem.path, problem.message),
                designPath,
                ExportText::tr("fix them first (`vocctl validate` lists them all); a bundle "
                               "must be deployable"));
    }

    // Every file the roles use, each once however many roles share it.
    QList<Source> sources;
    QHash<QString, qsizetype> byCanonicalPath;
    const auto add = [&](int roleIndex, const QString& path, BundleFileKind kind) -> Status {
        const Role& role = design.roles.at(roleIndex);
        const QString absolute = absolutePathAgainst(designDir, path);
        const QFileInfo info(absolute);
        if (!info.isFile())
            return makeError(ErrorCode::NotFound,
                             ExportText::tr("the %1 of roles[%2] (%3) is missing")
                                 .arg(toString(kind))
                                 .arg(roleIndex)
                                 .arg(toString(role.kind)),
                             absolute, ExportText::tr("check the design's image paths, or build the image"));
        const BundleRoleUse use{roleIndex, role.kind};
        const QString canonical = info.canonicalFilePath();
        if (const auto it = byCanonicalPath.constFind(canonical); it != byCanonicalPath.cend()) {
            if (!sources[*it].entry.roles.contains(use))
                sources[*it].entry.roles.append(use);
            return Ok{};
        }
        Source source;
        source.path = absolute;
        source.entry.kind = kind;
        source.entry.size = info.size();
        source.entry.bootMode = role.image.bootMode;
        source.entry.roles = {use};
        if (kind == BundleFileKind::Disk) {
            const Result<ImageInfo> image = inspectImage(absolute);
            if (!image)
                return image.error();
            source.entry.format = image->format;
            source.recordedSha256 = role.image.sha256.toLower();
        }
        byCanonicalPath.insert(canonical, sources.size());
        sources.append(source);
        return Ok{};
    };
    for (int i = 0; i < design.roles.size(); ++i) {
        const ImageRef& image = design.roles.at(i).image;
        Status added = add(i, image.path, BundleFileKind::Disk);
        if (added && image.bootMode == BootMode::Kernel) {
            added = add(i, image.kernel, BundleFileKind::Kernel);
            if (added && !image.initrd.isEmpty())
                added = add(i, image.initrd, BundleFileKind::Initrd);
        }
        if (!added)
            return added.error();
    }

    // Hash everything first: a bundle whose checksums are wrong would fail at the other site.
    qint64 hashTotal = 0;
    qint64 archiveEstimate = 0;
    for (const Source& source : std::as_const(sources)) {
        hashTotal += source.entry.size;
        archiveEstimate += allocatedDataBytes(source.path) + 3 * 512;
    }
    const qint64 total = hashTotal + archiveEstimate;
    qint64 hashed = 0;
    for (Source& source : sources) {
        const QString text = ExportText::tr("Checking %1").arg(QFileInfo(source.path).fileName());
        Result<QString> sha = bundleSha256(source.path, [&](qint64 done) {
            reportByteProgress(hashed + done, total, text);
            return !isCancelled();
        });
        if (!sha)
            return sha.error();
        hashed += source.entry.size;
        source.entry.sha256 = *sha;
        if (!source.recordedSha256.isEmpty() && source.recordedSha256 != *sha)
            return makeError(ErrorCode::InvalidInput,
                             ExportText::tr("the image changed since the design recorded its checksum "
                                            "(design: %1, file: %2)")
                                 .arg(source.recordedSha256, *sha),
                             source.path,
                             ExportText::tr("restore the image, or record its new checksum (Images page or "
                                            "`vocctl image use`) if the change was meant"));
    }
    // The same bytes under two paths travel once.
    QList<Source> distinct;
    for (const Source& source : std::as_const(sources)) {
        auto same = std::find_if(distinct.begin(), distinct.end(), [&source](const Source& d) {
            return d.entry.sha256 == source.entry.sha256;
        });
        if (same == distinct.end()) {
            distinct.append(source);
            continue;
        }
        for (const BundleRoleUse& use : source.entry.roles) {
            if (!same->entry.roles.contains(use))
                same->entry.roles.append(use);
        }
    }
    QSet<QString> taken;
    QHash<QString, QString> memberByPath; // canonical path -> member, for every source path
    for (Source& source : distinct) {
        source.entry.file = uniqueMemberName(QFileInfo(source.path).fileName(), taken);
        taken.insert(source.entry.file);
    }
    for (const Source& source : std::as_const(sources)) {
        for (const Source& d : std::as_const(distinct)) {
            if (d.entry.sha256 == source.entry.sha256)
                memberByPath.insert(QFileInfo(source.path).canonicalFilePath(), d.entry.file);
        }
    }
    const auto memberFor = [&](const QString& path) {
        return path.isEmpty()
                   ? QString()
                   : memberByPath.value(QFileInfo(absolutePathAgainst(designDir, path)).canonicalFilePath());
    };

    // The design as it will be at the other site: paths into images/, checksums recorded.
    Design bundled = design;
    for (Role& role : bundled.roles) {
        role.image.build.clear(); // the other site has the bundle's copy, not this build cache
        role.image.path = memberFor(role.image.path);
        const BundleFile* disk = nullptr;
        for (const Source& d : std::as_const(distinct)) {
            if (d.entry.file == role.image.path)
                disk = &d.entry;
        }
        role.image.sha256 = disk ? disk->sha256 : QString();
        if (role.image.bootMode == BootMode::Kernel) {
            role.image.kernel = memberFor(role.image.kernel);
            role.image.initrd = memberFor(role.image.initrd);
        }
    }
    BundleManifest manifest;
    manifest.designName = design.name;
    manifest.designFile = designMemberName(design.name);
    // Whole seconds: what bundle.json keeps (ISO 8601), so the result equals what an import reads.
    const QDateTime now = QDateTime::currentDateTimeUtc();
    manifest.created = now.addMSecs(-now.time().msec());
    manifest.createdBy = QStringLiteral("VOC Studio %1").arg(QLatin1String(VOC_VERSION));
    for (const Source& d : std::as_const(distinct))
        manifest.files.append(d.entry);

    // tar reads a folder of the small files and links to the images (--dereference follows them,
    // hole detection included), so the images are read in place, never copied.
    QTemporaryDir staging(QDir::tempPath() + QStringLiteral("/vocstudio-export-XXXXXX"));
    if (!staging.isValid() || !QDir(staging.path()).mkdir(QLatin1String(bundleImagesDir)))
        return makeError(ErrorCode::Io, ExportText::tr("could not create a temporary folder"),
                         QDir::tempPath(),
                         ExportText::tr("check the free space and permissions of the temporary folder"));
    if (Status s = writeFileAtomically(staging.filePath(QLatin1String(bundleManifestName)),
                                       serializeBundleManifest(manifest));
        !s)
        return s.error();
    if (Status s = writeFileAtomically(staging.filePath(manifest.designFile), serializeDesign(bundled)); !s)
        return s.error();
    for (const Source& d : std::as_const(distinct)) {
        if (!QFile::link(d.path, staging.filePath(d.entry.file)))
            return makeError(ErrorCode::Io,
                             ExportText::tr("could not link the image into a temporary folder"),
                             staging.filePath(d.entry.file));
    }

    const QFileInfo outputInfo(output);
    if (!QDir().mkpath(outputInfo.absolutePath()))
        return makeError(ErrorCode::Io, ExportText::tr("could not create the folder"),
                         outputInfo.absolutePath());
    QTemporaryFile part(outputInfo.absolutePath() + QStringLiteral("/.") + outputInfo.fileName() +
                        QStringLiteral(".XXXXXX.part"));
    if (!part.open())
        return makeError(ErrorCode::Io,
                         ExportText::tr("could not create the bundle: %1").arg(part.errorString()), output,
                         ExportText::tr("check that you may write to the folder and that it has space"));
    part.close();

    QStringList arguments{QStringLiteral("--create"),
                          QStringLiteral("--file"),
                          part.fileName(),
                          QStringLiteral("--format=posix"),
                          QStringLiteral("--sparse"),
                          QStringLiteral("--sparse-version=1.0"),
                          QStringLiteral("--dereference"),
                          QStringLiteral("--no-recursion"),
                          QStringLiteral("--owner=0"),
                          QStringLiteral("--group=0"),
                          QStringLiteral("--numeric-owner"),
                          QStringLiteral("--pax-option=delete=atime,delete=ctime"),
                          QStringLiteral("--directory"),
                          staging.path(),
                          QStringLiteral("--")};
    arguments.append(manifest.memberNames());
    const QString text = ExportText::tr("Writing %1").arg(outputInfo.fileName());
    ProcessOptions options;
    options.timeoutMs = 0; // as long as the images take to copy; cancel ends it
    options.cancelled = [this] { return isCancelled(); };
    options.tick = [&] {
        const qint64 written = std::min(QFileInfo(part.fileName()).size(), archiveEstimate);
        reportByteProgress(
            hashTotal + written, total,
            ExportText::tr("%1 (%2 of about %3 MiB)").arg(text, mib(written), mib(archiveEstimate)));
    };
    options.startHint = ExportText::tr("install GNU tar (scripts/setup)");
    const Result<ProcessResult> tar =
        runProcessChecked(m_options.tarProgram, arguments, options, output, m_options.tarProgram,
                          ExportText::tr("check the free space of the bundle's folder"));
    if (!tar) // a cancelled run's part is removed with its QTemporaryFile
        return tar.error().code == ErrorCode::Cancelled ? checkCancelled(output).error() : tar.error();
    if (Status s = checkCancelled(output); !s)
        return s.error();

    ExportedBundle result;
    result.path = output;
    result.archiveBytes = QFileInfo(part.fileName()).size();
    result.manifest = manifest;
    // The owner's alone, as QTemporaryFile made it: the user decides whom to send it to.
    part.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    // rename(2) replaces an existing bundle in one step, so readers never see half of one.
    if (std::rename(QFile::encodeName(part.fileName()).constData(), QFile::encodeName(output).constData()) !=
        0)
        return makeError(ErrorCode::Io, ExportText::tr("could not rename the finished bundle into place"),
                         output);
    part.setAutoRemove(false);
    reportByteProgress(total, total, ExportText::tr("Wrote %1").arg(outputInfo.fileName()));
    qCDebug(lcModel) << "exported" << designPath << "to" << output << result.archiveBytes << "bytes in"
                     << timer.elapsed() << "ms";
    return result;
}

} // namespace voc
