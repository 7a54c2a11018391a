// SPDX-License-Identifier: GPL-3.0-or-later
#include "importbundlejob.h"

#include "bench/hplsizing.h"
#include "bundle/bundlefiles.h"
#include "bundle/tarreader.h"
#include "common/logging.h"
#include "common/regularfile.h"
#include "model/designfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QLocale>

#include <cstdio>
#include <limits>

namespace voc {

namespace {

struct ImportText
{
    Q_DECLARE_TR_FUNCTIONS(voc::ImportBundleJob)
};

constexpr qint64 maxManifestBytes = qint64(1024) * 1024;
constexpr qint64 maxDesignBytes = qint64(16) * 1024 * 1024;

struct CheckedBundle
{
    BundleManifest manifest;
    QHash<QString, TarMember> members; // the declared files by name
    Design design;
};

QString unsafeHint()
{
    return ImportText::tr("nothing was extracted; import only bundles written by VOC Studio (Export Bundle "
                          "or `vocctl export`)");
}

QString typeName(TarMember::Type type)
{
    switch (type) {
    case TarMember::Type::Symlink:
        return ImportText::tr("a symbolic link");
    case TarMember::Type::Hardlink:
        return ImportText::tr("a hard link");
    case TarMember::Type::Device:
        return ImportText::tr("a device");
    case TarMember::Type::Fifo:
        return ImportText::tr("a named pipe");
    case TarMember::Type::Directory:
        return ImportText::tr("a folder");
    case TarMember::Type::File:
        return ImportText::tr("a file");
    case TarMember::Type::Other:
        break;
    }
    return ImportText::tr("an unknown kind of member");
}

// Names and kinds first: an unsafe member is refused whatever bundle.json says.
Status checkMemberSafety(const TarMember& member, const QString& source)
{
    if (member.name.isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         ImportText::tr("a member without a name (at byte %1)").arg(member.headerOffset),
                         source, unsafeHint());
    if (member.name.startsWith(u'/'))
        return makeError(ErrorCode::InvalidInput,
                         ImportText::tr("the member \"%1\" has an absolute path").arg(member.name), source,
                         unsafeHint());
    const QStringList parts = member.name.split(u'/');
    if (parts.contains(QLatin1String("..")))
        return makeError(
            ErrorCode::InvalidInput,
            ImportText::tr("the member \"%1\" leads out of the target folder (\"..\")").arg(member.name),
            source, unsafeHint());
    const bool imagesFolder = member.name == QLatin1String(bundleImagesDir) ||
                              member.name == QLatin1String(bundleImagesDir) + QLatin1Char('/');
    if (member.type == TarMember::Type::Directory && imagesFolder)
        return Ok{};
    if (member.type != TarMember::Type::File) {
        QString what = ImportText::tr("the member \"%1\" is %2").arg(member.name, typeName(member.type));
        if (!member.linkTarget.isEmpty())
            what += ImportText::tr(" (to \"%1\")").arg(member.linkTarget);
        return makeError(ErrorCode::InvalidInput, what, source, unsafeHint());
    }
    return Ok{};
}

QString sizeText(qint64 bytes)
{
    return QLocale::c().formattedDataSize(bytes, 1, QLocale::DataSizeIecFormat);
}

// Every byte of an image is hashed, so what the images unpack to beyond the archive's data (the holes
// of sparse members) is work the archive does not pay for: bounded, and checked before any of it.
Status checkHoles(const BundleManifest& manifest, const QHash<QString, TarMember>& members,
                  qint64 maxHoleBytes, const QString& source)
{
    qint64 holes = 0;
    for (const BundleFile& entry : manifest.files) {
        const TarMember& member = members[entry.file];
        const qint64 memberHoles = member.size - member.dataSize; // the tar reader checked 0 <= both
        holes = memberHoles > std::numeric_limits<qint64>::max() - holes ? std::numeric_limits<qint64>::max()
                                                                         : holes + memberHoles;
        if (holes <= maxHoleBytes)
            continue;
        return makeError(
            ErrorCode::InvalidInput,
            ImportText::tr("\"%1\" unpacks to %2 from %3 of data in the bundle: the images would hold %4 "
                           "of holes, more than the %5 an import hashes beyond the data")
                .arg(entry.file, sizeText(member.size), sizeText(member.dataSize), sizeText(holes),
                     sizeText(maxHoleBytes)),
            source,
            ImportText::tr("nothing was extracted; if you trust the bundle, raise the limit (vocctl import "
                           "--max-holes SIZE, or %1=SIZE)")
                .arg(QLatin1String(bundleMaxHolesVariable)));
    }
    return Ok{};
}

Result<CheckedBundle> check(QFile& file, const QString& source, qint64 maxHoleBytes)
{
    const TarReader reader(&file, source);
    const Result<QList<TarMember>> members = reader.list();
    if (!members)
        return members.error();
    QHash<QString, TarMember> byName;
    for (const TarMember& member : *members) {
        if (Status safe = checkMemberSafety(member, source); !safe)
            return safe.error();
        if (member.type != TarMember::Type::File)
            continue;
        if (byName.contains(member.name))
            return makeError(ErrorCode::InvalidInput,
                             ImportText::tr("the member \"%1\" is in the archive twice").arg(member.name),
                             source, unsafeHint());
        byName.insert(member.name, member);
    }

    const QString manifestName = QLatin1String(bundleManifestName);
    if (!byName.contains(manifestName))
        return makeError(ErrorCode::Parse, ImportText::tr("not a VOC Studio bundle: it has no bundle.json"),
                         source, ImportText::tr("check that this is the bundle you meant"));
    const Result<QByteArray> manifestBytes = reader.read(byName.value(manifestName), maxManifestBytes);
    if (!manifestBytes)
        return manifestBytes.error();
    Result<BundleManifest> manifest = parseBundleManifest(*manifestBytes, source);
    if (!manifest)
        return manifest.error();

    const QStringList declared = manifest->memberNames();
    for (auto it = byName.cbegin(); it != byName.cend(); ++it) {
        if (!declared.contains(it.key()))
            return makeError(ErrorCode::InvalidInput,
                             ImportText::tr("the member \"%1\" is not declared in bundle.json").arg(it.key()),
                             source, unsafeHint());
    }
    for (const QString& name : declared) {
        if (!byName.contains(name))
            return makeError(ErrorCode::Parse,
                             ImportText::tr("bundle.json declares \"%1\", which the archive lacks").arg(name),
                             source, ImportText::tr("the bundle is incomplete; export it again"));
    }
    for (const BundleFile& entry : std::as_const(manifest->files)) {
        const TarMember& member = byName[entry.file];
        if (member.size != entry.size)
            return makeError(ErrorCode::InvalidInput,
                             ImportText::tr("\"%1\" is %2 bytes where bundle.json declares %3")
                                 .arg(entry.file)
                                 .arg(member.size)
                                 .arg(entry.size),
                             source, unsafeHint());
    }
    if (Status bounded = checkHoles(*manifest, byName, maxHoleBytes, source); !bounded)
        return bounded.error();

    const Result<QByteArray> designBytes = reader.read(byName.value(manifest->designFile), maxDesignBytes);
    if (!designBytes)
        return designBytes.error();
    const Result<ParsedDesign> parsed =
        parseDesign(*designBytes, source + QLatin1Char(':') + manifest->designFile);
    if (!parsed)
        return parsed.error();
    // Every file the design uses must travel in the bundle, as the kind of file it is used as.
    for (int i = 0; i < parsed->design.roles.size(); ++i) {
        const ImageRef& image = parsed->design.roles.at(i).image;
        struct Use
        {
            const char* field;
            QString member;
            BundleFileKind kind;
        };
        QList<Use> uses{{"path", image.path, BundleFileKind::Disk}};
        if (image.bootMode == BootMode::Kernel) {
            uses.append({"kernel", image.kernel, BundleFileKind::Kernel});
            if (!image.initrd.isEmpty())
                uses.append({"initrd", image.initrd, BundleFileKind::Initrd});
        }
        for (const Use& use : uses) {
            const BundleFile* entry = manifest->find(use.member);
            if (!entry || entry->kind != use.kind)
                return makeError(
                    ErrorCode::InvalidInput,
                    ImportText::tr("roles[%1].image.%2 of the design names \"%3\", which is not a "
                                   "%4 file of the bundle")
                        .arg(i)
                        .arg(QLatin1String(use.field), use.member, toString(use.kind)),
                    source, ImportText::tr("the bundle is inconsistent; export it again"));
        }
    }
    CheckedBundle checked;
    checked.manifest = std::move(*manifest);
    checked.members = std::move(byName);
    checked.design = parsed->design;
    return checked;
}

// The bundle opened as a regular file (a FIFO or a device is refused with what it is), then checked,
// its sparse images' holes bounded by `maxHoleBytes` (negative: the environment's or the default).
Result<CheckedBundle> openAndCheck(std::unique_ptr<QFile>& file, const QString& archivePath,
                                   qint64 maxHoleBytes)
{
    if (maxHoleBytes < 0) {
        const Result<qint64> bound = bundleMaxHoleBytes();
        if (!bound)
            return bound.error();
        maxHoleBytes = *bound;
    }
    Result<std::unique_ptr<QFile>> opened = openRegularFile(archivePath);
    if (!opened) {
        Error error = opened.error();
        if (error.code == ErrorCode::NotFound)
            error.what = ImportText::tr("the bundle does not exist");
        return error;
    }
    file = std::move(*opened);
    return check(*file, archivePath, maxHoleBytes);
}

// Removes the files written and the folders made so far unless the import went through.
class PartialFiles
{
public:
    ~PartialFiles()
    {
        for (const QString& path : std::as_const(m_paths))
            QFile::remove(path);
        for (auto it = m_dirs.crbegin(); it != m_dirs.crend(); ++it)
            QDir().rmdir(*it); // only when empty
    }
    void add(const QString& path) { m_paths.append(path); }
    // Call before making the folder: remembered only when it does not exist yet.
    void addDirIfNew(const QString& path)
    {
        if (!QFileInfo::exists(path))
            m_dirs.append(path);
    }
    void release()
    {
        m_paths.clear();
        m_dirs.clear();
    }

private:
    QStringList m_paths;
    QStringList m_dirs;
};

// As a file the user made: VCNs under qemu:///system read the images as QEMU's own user.
constexpr QFileDevice::Permissions importedFilePermissions =
    QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther;

// The design's part file, made anew like the images' (a link in its place is removed, not followed).
Status writeNewFile(const QString& path, const QByteArray& bytes)
{
    Result<std::unique_ptr<QFile>> created = replaceWithNewFile(path, importedFilePermissions);
    if (!created)
        return created.error();
    if ((*created)->write(bytes) != bytes.size() || !(*created)->flush())
        return makeError(ErrorCode::Io, ImportText::tr("writing failed: %1").arg((*created)->errorString()),
                         path, ImportText::tr("check the free space of the target folder"));
    return Ok{};
}

} // namespace

Result<qint64> bundleMaxHoleBytes()
{
    const QString text = qEnvironmentVariable(bundleMaxHolesVariable);
    if (text.isEmpty())
        return defaultBundleMaxHoleBytes;
    Result<qint64> bytes = parseByteSize(text);
    if (!bytes)
        return makeError(ErrorCode::InvalidInput, bytes.error().what, QLatin1String(bundleMaxHolesVariable),
                         bytes.error().hint);
    return bytes;
}

Result<BundleManifest> checkBundle(const QString& archivePath, qint64 maxHoleBytes)
{
    std::unique_ptr<QFile> file;
    Result<CheckedBundle> checked = openAndCheck(file, archivePath, maxHoleBytes);
    if (!checked)
        return checked.error();
    return checked->manifest;
}

ImportBundleJob::ImportBundleJob(ImportBundleOptions options, QObject* parent)
    : TypedJob<ImportedBundle>(parent)
    , m_options(std::move(options))
{}

Result<ImportedBundle> ImportBundleJob::run()
{
    QElapsedTimer timer;
    timer.start();
    const QString archivePath = QFileInfo(m_options.archivePath).absoluteFilePath();
    std::unique_ptr<QFile> archive;
    const Result<CheckedBundle> checked = openAndCheck(archive, archivePath, m_options.maxHoleBytes);
    if (!checked)
        return checked.error();
    const BundleManifest& manifest = checked->manifest;

    const QString targetDir =
        QDir::cleanPath(QFileInfo(m_options.targetDir.isEmpty() ? QDir::currentPath() : m_options.targetDir)
                            .absoluteFilePath());
    const QString imagesDir = targetDir + QLatin1Char('/') + QLatin1String(bundleImagesDir);
    const QFileInfo imagesInfo(imagesDir);
    if (imagesInfo.isSymLink() || (imagesInfo.exists() && !imagesInfo.isDir()))
        return makeError(ErrorCode::Conflict, ImportText::tr("is not a folder of its own"), imagesDir,
                         ImportText::tr("import into another folder (-C DIR)"));
    PartialFiles partial;
    QStringList newDirs;
    for (QString dir = targetDir; !QFileInfo::exists(dir) && dir != QLatin1String("/");
         dir = QFileInfo(dir).absolutePath())
        newDirs.prepend(dir);
    for (const QString& dir : std::as_const(newDirs))
        partial.addDirIfNew(dir);
    partial.addDirIfNew(imagesDir);
    if (!QDir().mkpath(imagesDir))
        return makeError(ErrorCode::Io, ImportText::tr("could not create the folder"), imagesDir,
                         ImportText::tr("check that you may write there"));

    const QString designPath = targetDir + QLatin1Char('/') + manifest.designFile;
    QStringList targets{designPath};
    for (const BundleFile& entry : manifest.files)
        targets.append(targetDir + QLatin1Char('/') + entry.file);
    QStringList existing;
    for (const QString& target : std::as_const(targets)) {
        if (QFileInfo(target).exists() || QFileInfo(target).isSymLink())
            existing.append(QDir(targetDir).relativeFilePath(target));
    }
    if (!existing.isEmpty() && !m_options.overwrite)
        return makeError(
            ErrorCode::Conflict,
            ImportText::tr("files of the bundle exist already: %1").arg(existing.join(QLatin1String(", "))),
            targetDir, ImportText::tr("import into an empty folder (-C DIR), or replace them (--force)"));

    qint64 extractTotal = 0;
    qint64 hashTotal = 0;
    for (const BundleFile& entry : manifest.files) {
        extractTotal += checked->members.value(entry.file).dataSize;
        hashTotal += entry.size;
    }
    const qint64 total = extractTotal + hashTotal;
    const TarReader reader(archive.get(), archivePath);
    QList<std::pair<QString, QString>> renames; // part -> target
    qint64 extracted = 0;
    for (const BundleFile& entry : manifest.files) {
        const QString target = targetDir + QLatin1Char('/') + entry.file;
        const QFileInfo targetInfo(target);
        const QString part = targetInfo.absolutePath() + QStringLiteral("/.") + targetInfo.fileName() +
                             QStringLiteral(".import-part");
        partial.add(part);
        const QString text = ImportText::tr("Extracting %1").arg(entry.file);
        const Status written = reader.extract(checked->members.value(entry.file), part,
                                              importedFilePermissions, [&](qint64 copied) {
                                                  reportByteProgress(extracted + copied, total, text);
                                                  return checkCancelled(archivePath);
                                              });
        if (!written)
            return written.error();
        extracted += checked->members.value(entry.file).dataSize;
        renames.append({part, target});
    }
    qint64 hashed = 0;
    for (qsizetype i = 0; i < manifest.files.size(); ++i) {
        const BundleFile& entry = manifest.files.at(i);
        const QString text = ImportText::tr("Verifying %1").arg(entry.file);
        const Result<QString> sha = bundleSha256(renames.at(i).first, [&](qint64 done) {
            reportByteProgress(extractTotal + hashed + done, total, text);
            return !isCancelled();
        });
        if (!sha)
            return sha.error();
        if (*sha != entry.sha256)
            return makeError(
                ErrorCode::InvalidInput,
                ImportText::tr("the image %1 does not match its checksum (bundle.json: %2, "
                               "content: %3)")
                    .arg(entry.file, entry.sha256, *sha),
                archivePath,
                ImportText::tr("the bundle was damaged on its way; nothing was imported; copy it "
                               "again or export it anew"));
        hashed += entry.size;
    }

    // The design with the checksums bundle.json vouches for; its paths already point into images/.
    Design design = checked->design;
    for (Role& role : design.roles) {
        if (const BundleFile* disk = manifest.find(role.image.path))
            role.image.sha256 = disk->sha256;
    }
    const QString designPart =
        targetDir + QStringLiteral("/.") + manifest.designFile + QStringLiteral(".import-part");
    partial.add(designPart);
    if (Status s = writeNewFile(designPart, serializeDesign(design)); !s)
        return s.error();
    renames.append({designPart, designPath});
    if (Status s = checkCancelled(archivePath); !s)
        return s.error();

    ImportedBundle result;
    result.designPath = designPath;
    result.manifest = manifest;
    for (const auto& [part, target] : std::as_const(renames)) {
        if (std::rename(QFile::encodeName(part).constData(), QFile::encodeName(target).constData()) != 0)
            return makeError(ErrorCode::Io, ImportText::tr("could not move the file into place"), target);
        result.files.append(target);
    }
    partial.release();
    reportByteProgress(total, total, ImportText::tr("Imported %1").arg(manifest.designFile));
    qCDebug(lcModel) << "imported" << archivePath << "into" << targetDir << "in" << timer.elapsed() << "ms";
    return result;
}

} // namespace voc
