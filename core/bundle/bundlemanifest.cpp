// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundlemanifest.h"
#include "common/jsonfile.h"

#include "common/jsonduplicates.h"
#include "common/jsonwriter.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>

namespace voc {

namespace {

struct BundleManifestText
{
    Q_DECLARE_TR_FUNCTIONS(voc::BundleManifest)
};

const QRegularExpression& plainName()
{
    static const QRegularExpression pattern(QStringLiteral("^[A-Za-z0-9][A-Za-z0-9._-]{0,127}$"));
    return pattern;
}

bool fromString(const QString& text, BundleFileKind* kind)
{
    for (BundleFileKind k : {BundleFileKind::Disk, BundleFileKind::Kernel, BundleFileKind::Initrd}) {
        if (text == toString(k)) {
            *kind = k;
            return true;
        }
    }
    return false;
}

// Collects the first problem of bundle.json as an Error naming the field.
class ManifestReader
{
public:
    explicit ManifestReader(QString source)
        : m_source(std::move(source))
    {}

    std::optional<Error> error;

    void fail(const QString& path, const QString& what)
    {
        if (!error)
            error = makeError(ErrorCode::Parse, BundleManifestText::tr("bundle.json: %1: %2").arg(path, what),
                              m_source,
                              BundleManifestText::tr("the bundle is damaged or was not written by VOC "
                                                     "Studio; export it again"));
    }

    QString string(const QJsonObject& object, const QString& path, const char* key)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        if (!value.isString())
            fail(path + QLatin1Char('.') + QLatin1String(key), BundleManifestText::tr("expected a string"));
        return value.toString();
    }

    qint64 integer(const QJsonObject& object, const QString& path, const char* key)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        const double d = value.toDouble(-1);
        // JSON numbers are exact up to 2^53: far beyond any disk image.
        if (!value.isDouble() || d < 0 || d > 9.0e15 || d != double(qint64(d)))
            fail(path + QLatin1Char('.') + QLatin1String(key),
                 BundleManifestText::tr("expected a whole number of at least 0"));
        return value.toInteger();
    }

private:
    QString m_source;
};

} // namespace

const BundleFile* BundleManifest::find(const QString& member) const
{
    for (const BundleFile& file : files) {
        if (file.file == member)
            return &file;
    }
    return nullptr;
}

QStringList BundleManifest::memberNames() const
{
    QStringList names{QString::fromLatin1(bundleManifestName), designFile};
    for (const BundleFile& file : files)
        names.append(file.file);
    return names;
}

QString toString(BundleFileKind kind)
{
    switch (kind) {
    case BundleFileKind::Disk:
        return QStringLiteral("disk");
    case BundleFileKind::Kernel:
        return QStringLiteral("kernel");
    case BundleFileKind::Initrd:
        return QStringLiteral("initrd");
    }
    return {};
}

bool isValidDesignMemberName(const QString& name)
{
    return name.endsWith(QLatin1String(".voc")) && plainName().match(name).hasMatch();
}

bool isValidImageMemberName(const QString& name)
{
    const QString prefix = QLatin1String(bundleImagesDir) + QLatin1Char('/');
    return name.startsWith(prefix) && plainName().match(name.mid(prefix.size())).hasMatch();
}

QString imageMemberNameFor(const QString& fileName)
{
    QString name;
    for (const QChar c : fileName) {
        const bool plain = (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z') || (c >= u'0' && c <= u'9') ||
                           c == u'.' || c == u'_' || c == u'-';
        name.append(plain ? c : QChar(u'_'));
    }
    while (name.startsWith(u'.'))
        name.remove(0, 1);
    if (name.isEmpty())
        name = QStringLiteral("image");
    return QLatin1String(bundleImagesDir) + QLatin1Char('/') + name.left(100);
}

QByteArray serializeBundleManifest(const BundleManifest& manifest)
{
    JsonWriter w;
    w.beginObject();
    w.field("format", QString::fromLatin1(bundleFormat));
    w.field("designName", manifest.designName);
    w.field("design", manifest.designFile);
    w.field("created", manifest.created.toUTC().toString(Qt::ISODate));
    w.field("createdBy", manifest.createdBy);
    w.beginArray("files");
    for (const BundleFile& file : manifest.files) {
        w.beginObject();
        w.field("file", file.file);
        w.field("kind", toString(file.kind));
        w.field("sha256", file.sha256);
        w.field("size", QJsonValue(file.size));
        w.field("format", file.format);
        w.field("bootMode", toString(file.bootMode));
        w.beginArray("roles");
        for (const BundleRoleUse& use : file.roles) {
            w.beginObject();
            w.field("index", use.index);
            w.field("kind", toString(use.kind));
            w.endObject();
        }
        w.endArray();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.result();
}

Result<BundleManifest> parseBundleManifest(const QByteArray& bytes, const QString& source)
{
    const QString notABundle = BundleManifestText::tr("check that the file is a bundle written by `vocctl "
                                                      "export` or VOC Studio's Export Bundle");
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(bytes, &parseError);
    if (!document.isObject())
        return makeError(
            ErrorCode::Parse,
            BundleManifestText::tr("bundle.json is not a JSON object: %1").arg(parseError.errorString()),
            source, notABundle);
    if (Status unique = checkNoDuplicateJsonKeys(bytes, source); !unique)
        return unique.error();
    const QJsonObject root = document.object();
    const QString format = root.value(QLatin1String("format")).toString();
    const int version = formatVersion(format, QLatin1String("vocstudio-bundle"));
    if (version == 0)
        return makeError(ErrorCode::UnsupportedFormat,
                         BundleManifestText::tr("bundle.json has format \"%1\", not \"%2\"")
                             .arg(format, QLatin1String(bundleFormat)),
                         source, notABundle);
    if (version != 1)
        return makeError(ErrorCode::UnsupportedFormat,
                         BundleManifestText::tr("the bundle has format \"%1\"; this build reads \"%2\"")
                             .arg(format, QLatin1String(bundleFormat)),
                         source, BundleManifestText::tr("upgrade VOC Studio to import this bundle"));

    ManifestReader reader(source);
    BundleManifest manifest;
    manifest.designName = reader.string(root, QStringLiteral("$"), "designName");
    manifest.designFile = reader.string(root, QStringLiteral("$"), "design");
    if (!reader.error && !isValidDesignMemberName(manifest.designFile))
        reader.fail(QStringLiteral("design"),
                    BundleManifestText::tr("\"%1\" is not a plain .voc file name").arg(manifest.designFile));
    manifest.created =
        QDateTime::fromString(reader.string(root, QStringLiteral("$"), "created"), Qt::ISODate).toUTC();
    manifest.createdBy = root.value(QLatin1String("createdBy")).toString();

    const QJsonArray files = root.value(QLatin1String("files")).toArray();
    QSet<QString> seen;
    for (qsizetype i = 0; i < files.size() && !reader.error; ++i) {
        const QString path = QStringLiteral("files[%1]").arg(i);
        const QJsonObject object = files.at(i).toObject();
        BundleFile file;
        file.file = reader.string(object, path, "file");
        if (!reader.error && !isValidImageMemberName(file.file))
            reader.fail(path + QLatin1String(".file"),
                        BundleManifestText::tr("\"%1\" is not a plain name under images/").arg(file.file));
        if (!reader.error && seen.contains(file.file))
            reader.fail(path + QLatin1String(".file"),
                        BundleManifestText::tr("\"%1\" is listed twice").arg(file.file));
        seen.insert(file.file);
        if (!fromString(reader.string(object, path, "kind"), &file.kind))
            reader.fail(path + QLatin1String(".kind"),
                        BundleManifestText::tr("expected \"disk\", \"kernel\" or \"initrd\""));
        file.sha256 = reader.string(object, path, "sha256");
        static const QRegularExpression hex(QStringLiteral("^[0-9a-f]{64}$"));
        if (!hex.match(file.sha256).hasMatch())
            reader.fail(path + QLatin1String(".sha256"),
                        BundleManifestText::tr("expected 64 lower-case hexadecimal digits"));
        file.size = reader.integer(object, path, "size");
        file.format = object.value(QLatin1String("format")).toString();
        if (!fromString(reader.string(object, path, "bootMode"), &file.bootMode))
            reader.fail(path + QLatin1String(".bootMode"),
                        BundleManifestText::tr("expected \"disk\" or \"kernel\""));
        const QJsonArray roles = object.value(QLatin1String("roles")).toArray();
        for (const QJsonValue& role : roles) {
            BundleRoleUse use;
            use.index = int(role.toObject().value(QLatin1String("index")).toInt(-1));
            if (use.index < 0 ||
                !fromString(role.toObject().value(QLatin1String("kind")).toString(), &use.kind))
                reader.fail(path + QLatin1String(".roles"),
                            BundleManifestText::tr("expected objects with an index and a kind"));
            file.roles.append(use);
        }
        manifest.files.append(file);
    }
    if (reader.error)
        return *reader.error;
    if (manifest.files.isEmpty())
        return makeError(ErrorCode::Parse, BundleManifestText::tr("bundle.json lists no image files"), source,
                         notABundle);
    return manifest;
}

} // namespace voc
