// SPDX-License-Identifier: GPL-3.0-or-later
#include "builtimages.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QDir>
#include <QFileInfo>

#include <unistd.h>

namespace voc {

namespace {

struct BuiltImagesText
{
    Q_DECLARE_TR_FUNCTIONS(voc::BuiltImages)
};

// scripts/build-vcn-image's default for root: QEMU under qemu:///system runs as its own user and
// cannot enter /root.
const QLatin1String systemCacheDir("/var/cache/vocstudio/images");

QString userCacheDir()
{
    QString base = qEnvironmentVariable("XDG_CACHE_HOME");
    if (base.isEmpty())
        base = QDir::homePath() + QLatin1String("/.cache");
    return base + QLatin1String("/vocstudio/images");
}

// The build folders are <name>-<16 hex digits of the recipe hash>.
bool isBuildFolderOf(const QString& folder, const QString& name)
{
    if (folder.size() != name.size() + 17 || !folder.startsWith(name + QLatin1Char('-')))
        return false;
    for (QChar c : QStringView(folder).mid(name.size() + 1)) {
        if (!((c >= u'0' && c <= u'9') || (c >= u'a' && c <= u'f')))
            return false;
    }
    return true;
}

} // namespace

QStringList builtImageCacheDirs()
{
    if (geteuid() == 0 && qEnvironmentVariableIsEmpty("XDG_CACHE_HOME"))
        return {systemCacheDir};
    QStringList dirs{userCacheDir()};
    if (dirs.first() != systemCacheDir)
        dirs.append(systemCacheDir);
    return dirs;
}

Result<ImageInfo> findBuiltImage(const QString& name, const QStringList& cacheDirs)
{
    QString newest;
    QDateTime newestTime;
    for (const QString& cacheDir : cacheDirs) {
        const QDir dir(cacheDir);
        const QStringList folders =
            dir.entryList({name + QLatin1String("-*")}, QDir::Dirs | QDir::NoDotAndDotDot);
        for (const QString& folder : folders) {
            if (!isBuildFolderOf(folder, name))
                continue;
            const QFileInfo manifest(dir.filePath(folder + QLatin1String("/manifest.json")));
            if (!manifest.isFile())
                continue;
            if (newest.isEmpty() || manifest.lastModified() > newestTime) {
                newest = manifest.absoluteFilePath();
                newestTime = manifest.lastModified();
            }
        }
        // A build of this user's own comes before one in a folder searched later.
        if (!newest.isEmpty())
            break;
    }
    if (newest.isEmpty())
        return makeError(ErrorCode::NotFound,
                         BuiltImagesText::tr("the image \"%1\" is not built (looked in %2)")
                             .arg(name, cacheDirs.join(QStringLiteral(", "))),
                         {}, BuiltImagesText::tr("build it: scripts/build-vcn-image --role %1").arg(name));
    return loadManifest(newest);
}

Result<Design> resolveBuiltImages(const Design& design, const QStringList& cacheDirs)
{
    Design resolved = design;
    for (qsizetype i = 0; i < resolved.roles.size(); ++i) {
        Role& role = resolved.roles[i];
        if (role.image.build.isEmpty())
            continue;
        const QString where = QStringLiteral("roles[%1].image.build").arg(i);
        Result<ImageInfo> image = findBuiltImage(role.image.build, cacheDirs);
        if (!image) {
            Error error = image.error();
            error.what = BuiltImagesText::tr("the %1 role's image: %2").arg(toString(role.kind), error.what);
            if (error.where.isEmpty())
                error.where = where;
            else
                error.what += QLatin1String(" (") + where + QLatin1Char(')');
            return error;
        }
        ImageRef ref = toImageRef(*image);
        ref.build = role.image.build;
        role.image = ref;
    }
    return resolved;
}

} // namespace voc
