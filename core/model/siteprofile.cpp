// SPDX-License-Identifier: GPL-3.0-or-later
// Reading and writing "vocstudio-site/1". Unlike the design reader this one is strict: a site
// profile is written by a provider's tooling (or scripts/vsp-sandbox), and a wrongly typed field
// must not silently turn into a default that then points VOC Studio at the wrong host.
#include "siteprofile.h"
#include "common/jsonfile.h"

#include "common/atomicfile.h"
#include "common/jsonduplicates.h"
#include "common/jsonwriter.h"
#include "common/utf8.h"
#include "net/hostname.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QRegularExpression>
#include <QStandardPaths>

#include <cmath>
#include <initializer_list>
#include <limits>
#include <optional>

namespace voc {

namespace {

struct SiteProfileText
{
    Q_DECLARE_TR_FUNCTIONS(voc::SiteProfile)
};

constexpr int currentVersion = 1;
constexpr qint64 maxSiteFileBytes = qint64(4) * 1024 * 1024;

QString sharingName(StorageSharing sharing)
{
    return sharing == StorageSharing::PerHost ? QStringLiteral("per-host") : QStringLiteral("shared");
}

// Reads fields, remembering the first error; later reads are no-ops once one failed.
class Reader
{
public:
    explicit Reader(QString source)
        : m_source(std::move(source))
    {}

    std::optional<Error> error;

    static QString join(const QString& path, const char* key)
    {
        return path.isEmpty() ? QString::fromLatin1(key) : path + QLatin1Char('.') + QLatin1String(key);
    }

    static QJsonValue field(const QJsonObject& object, const char* key)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        return value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
    }

    void readString(const QJsonObject& object, const QString& path, const char* key, QString* out)
    {
        const QJsonValue value = field(object, key);
        if (error || value.isUndefined())
            return;
        if (!value.isString())
            return wrongType(join(path, key), value, SiteProfileText::tr("a string"));
        *out = value.toString();
    }

    void readBool(const QJsonObject& object, const QString& path, const char* key, bool* out)
    {
        const QJsonValue value = field(object, key);
        if (error || value.isUndefined())
            return;
        if (!value.isBool())
            return wrongType(join(path, key), value, SiteProfileText::tr("true or false"));
        *out = value.toBool();
    }

    template<typename Int>
    void readInteger(const QJsonObject& object, const QString& path, const char* key, Int* out)
    {
        const QJsonValue value = field(object, key);
        if (error || value.isUndefined())
            return;
        const double d = value.toDouble();
        if (!value.isDouble() || d != std::floor(d) || d < 0 || d > double(std::numeric_limits<Int>::max()))
            return fail(join(path, key),
                        SiteProfileText::tr("expected a whole number from 0 to %1, found %2")
                            .arg(std::numeric_limits<Int>::max())
                            .arg(value.isDouble() ? QString::number(d, 'g', 17) : jsonTypeName(value)),
                        SiteProfileText::tr("write a whole number; 0 means \"ask the host\""));
        *out = Int(d);
    }

    QJsonObject readObject(const QJsonObject& object, const QString& path, const char* key)
    {
        const QJsonValue value = field(object, key);
        if (error || value.isUndefined())
            return {};
        if (!value.isObject()) {
            wrongType(join(path, key), value, SiteProfileText::tr("an object"));
            return {};
        }
        return value.toObject();
    }

    void wrongType(const QString& path, const QJsonValue& value, const QString& expected)
    {
        fail(path, SiteProfileText::tr("expected %1, found %2").arg(expected, jsonTypeName(value)),
             SiteProfileText::tr("fix the value at that JSON path"));
    }

    // The JSON path goes into `where`, after the file, like a compiler names a symbol.
    void fail(const QString& path, const QString& what, const QString& hint)
    {
        if (error)
            return;
        const QString where = m_source.isEmpty() ? path : m_source + QStringLiteral(": ") + path;
        error = makeError(ErrorCode::Parse, what, where, hint);
    }

private:
    QString m_source;
};

// "kind", checked against directory.vo once the directory section is read: a VO's profile names its
// VO, the others none, so a profile cannot claim to be one kind and carry another's credentials.
void readKind(Reader& r, const QJsonObject& root, SiteProfile& p)
{
    if (Reader::field(root, "kind").isUndefined())
        return;
    QString kind;
    r.readString(root, {}, "kind", &kind);
    if (r.error)
        return;
    const QString kindPath = QStringLiteral("kind");
    if (kind == siteProfileKindName(SiteProfileKind::ProviderAdmin)) {
        p.providerAdmin = true;
        if (!p.directory.vo.isEmpty())
            r.fail(QStringLiteral("directory.vo"),
                   SiteProfileText::tr("a provider admin profile names no VO (it has \"vo\": \"%1\")")
                       .arg(p.directory.vo),
                   SiteProfileText::tr("remove directory.vo, or use the VO's own profile"));
    } else if (kind == siteProfileKindName(SiteProfileKind::Vo)) {
        if (p.directory.vo.isEmpty())
            r.fail(kindPath, SiteProfileText::tr("a VO's profile names its VO in directory.vo"),
                   SiteProfileText::tr("add \"vo\" to the directory section"));
    } else if (kind == siteProfileKindName(SiteProfileKind::SingleTenant)) {
        if (!p.directory.vo.isEmpty())
            r.fail(QStringLiteral("directory.vo"),
                   SiteProfileText::tr("a single-tenant profile names no VO (it has \"vo\": \"%1\")")
                       .arg(p.directory.vo),
                   SiteProfileText::tr("remove directory.vo, or make \"kind\" \"vo\""));
    } else {
        r.fail(kindPath,
               SiteProfileText::tr("unknown kind \"%1\"; accepted values: \"single-tenant\", \"vo\", "
                                   "\"provider-admin\"")
                   .arg(kind),
               SiteProfileText::tr("leave \"kind\" out for a single-tenant or VO profile"));
    }
}

SiteProfile readProfile(Reader& r, const QJsonObject& root)
{
    SiteProfile p;
    r.readString(root, {}, "name", &p.name);
    r.readString(root, {}, "description", &p.description);

    const QJsonValue hosts = Reader::field(root, "hosts");
    if (hosts.isArray()) {
        const QJsonArray array = hosts.toArray();
        for (qsizetype i = 0; i < array.size() && !r.error; ++i) {
            const QString path = QStringLiteral("hosts[%1]").arg(i);
            if (!array.at(i).isObject()) {
                r.wrongType(path, array.at(i), SiteProfileText::tr("an object"));
                break;
            }
            const QJsonObject object = array.at(i).toObject();
            SiteHost host;
            r.readString(object, path, "name", &host.name);
            r.readString(object, path, "uri", &host.uri);
            r.readInteger(object, path, "cpus", &host.cpus);
            r.readInteger(object, path, "memoryMiB", &host.memoryMiB);
            r.readBool(object, path, "local", &host.local);
            p.hosts.append(host);
        }
    } else if (!hosts.isUndefined()) {
        r.wrongType(QStringLiteral("hosts"), hosts, SiteProfileText::tr("an array"));
    }

    const QString storagePath = QStringLiteral("storage");
    const QJsonObject storage = r.readObject(root, {}, "storage");
    r.readString(storage, storagePath, "pool", &p.storage.pool);
    r.readString(storage, storagePath, "path", &p.storage.path);
    QString sharing = sharingName(p.storage.sharing);
    r.readString(storage, storagePath, "sharing", &sharing);
    if (sharing == sharingName(StorageSharing::Shared))
        p.storage.sharing = StorageSharing::Shared;
    else if (sharing == sharingName(StorageSharing::PerHost))
        p.storage.sharing = StorageSharing::PerHost;
    else
        r.fail(QStringLiteral("storage.sharing"),
               SiteProfileText::tr("unknown value \"%1\"; accepted values: \"shared\", \"per-host\"")
                   .arg(sharing),
               SiteProfileText::tr("\"shared\" for one pool all hosts see (NFS), \"per-host\" otherwise"));

    const QString networkPath = QStringLiteral("network");
    const QJsonObject network = r.readObject(root, {}, "network");
    r.readString(network, networkPath, "bridge", &p.network.bridge);
    r.readString(network, networkPath, "subnet", &p.network.subnet);
    r.readString(network, networkPath, "rangeStart", &p.network.rangeStart);
    r.readString(network, networkPath, "rangeEnd", &p.network.rangeEnd);
    r.readString(network, networkPath, "gateway", &p.network.gateway);
    r.readString(network, networkPath, "dnsDomain", &p.network.dnsDomain);
    r.readString(network, networkPath, "dnsServer", &p.network.dnsServer);

    const QString directoryPath = QStringLiteral("directory");
    const QJsonObject directory = r.readObject(root, {}, "directory");
    r.readString(directory, directoryPath, "uri", &p.directory.uri);
    r.readString(directory, directoryPath, "baseDn", &p.directory.baseDn);
    r.readString(directory, directoryPath, "bindDn", &p.directory.bindDn);
    // The VO's name goes into DNs the directory code builds: refused here, before anything uses it.
    if (!Reader::field(directory, "vo").isUndefined()) {
        r.readString(directory, directoryPath, "vo", &p.directory.vo);
        if (const Status vo = checkVoName(p.directory.vo); !vo)
            r.fail(QStringLiteral("directory.vo"), vo.error().what, vo.error().hint);
    }
    r.readBool(directory, directoryPath, "startTls", &p.directory.startTls);
    r.readString(directory, directoryPath, "caFile", &p.directory.caFile);
    r.readString(directory, directoryPath, "passwordFile", &p.directory.passwordFile);
    r.readBool(directory, directoryPath, "allowUnencrypted", &p.directory.allowUnencrypted);
    readKind(r, root, p);
    return p;
}

Status checkFormat(const QJsonObject& root, const QString& source)
{
    const QJsonValue format = root.value(QLatin1String("format"));
    const QString expected = QString::fromLatin1(siteProfileFormat);
    const QString startHint =
        SiteProfileText::tr("a site profile starts with \"format\": \"%1\"").arg(expected);
    if (format.isUndefined())
        return makeError(ErrorCode::Parse,
                         SiteProfileText::tr("not a VOC Studio site profile: the \"format\" key is missing"),
                         source, startHint);
    if (!format.isString())
        return makeError(ErrorCode::Parse,
                         SiteProfileText::tr("not a VOC Studio site profile: \"format\" is %1, not a string")
                             .arg(jsonTypeName(format)),
                         source, startHint);
    const int version = formatVersion(format.toString(), QLatin1String("vocstudio-site"));
    if (version == 0)
        return makeError(ErrorCode::UnsupportedFormat,
                         SiteProfileText::tr("unknown format \"%1\"; this build reads \"%2\"")
                             .arg(format.toString(), expected),
                         source, SiteProfileText::tr("check that this is a VOC Studio site profile"));
    if (version > currentVersion)
        return makeError(ErrorCode::UnsupportedFormat,
                         SiteProfileText::tr("the site profile was written in format \"%1\", newer than "
                                             "\"%2\" which this build reads")
                             .arg(format.toString(), expected),
                         source, SiteProfileText::tr("upgrade VOC Studio to use this site profile"));
    return Ok{};
}

} // namespace

QString siteProfileKindName(SiteProfileKind kind)
{
    switch (kind) {
    case SiteProfileKind::Vo:
        return QStringLiteral("vo");
    case SiteProfileKind::ProviderAdmin:
        return QStringLiteral("provider-admin");
    case SiteProfileKind::SingleTenant:
        break;
    }
    return QStringLiteral("single-tenant");
}

Result<SiteProfile> parseSiteProfile(const QByteArray& bytes, const QString& where)
{
    const qsizetype badByte = firstInvalidUtf8Byte(bytes);
    if (badByte >= 0)
        return makeError(ErrorCode::Parse,
                         SiteProfileText::tr("not UTF-8 text: invalid byte 0x%1 at offset %2")
                             .arg(quint8(bytes.at(badByte)), 2, 16, QLatin1Char('0'))
                             .arg(badByte),
                         where, SiteProfileText::tr("save the file as UTF-8"));
    QByteArray text = bytes;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3); // a byte order mark some editors add; JSON does not allow it
    if (text.trimmed().isEmpty())
        return makeError(ErrorCode::Parse, SiteProfileText::tr("the file is empty"), where,
                         SiteProfileText::tr("a site profile starts with \"format\": \"%1\"")
                             .arg(QLatin1String(siteProfileFormat)));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        const TextPosition position =
            textPositionAt(text, qBound(0, parseError.offset - 1, int(text.size() - 1)));
        const QString at =
            where.isEmpty()
                ? SiteProfileText::tr("line %1, column %2").arg(position.line).arg(position.column)
                : QStringLiteral("%1:%2:%3").arg(where).arg(position.line).arg(position.column);
        return makeError(ErrorCode::Parse,
                         SiteProfileText::tr("malformed JSON: %1").arg(parseError.errorString()), at,
                         SiteProfileText::tr("fix the JSON syntax at that position"));
    }
    if (Status unique = checkNoDuplicateJsonKeys(text, where); !unique)
        return unique.error();
    if (!document.isObject())
        return makeError(ErrorCode::Parse,
                         SiteProfileText::tr("not a VOC Studio site profile: the top level is not an object"),
                         where,
                         SiteProfileText::tr("a site profile is a JSON object starting with \"format\""));
    if (Status format = checkFormat(document.object(), where); !format)
        return format.error();

    Reader reader(where);
    SiteProfile profile = readProfile(reader, document.object());
    if (reader.error)
        return *reader.error;
    return profile;
}

QByteArray siteProfileToJson(const SiteProfile& p)
{
    JsonWriter w;
    w.beginObject();
    w.field("format", QString::fromLatin1(siteProfileFormat));
    // Written for the kinds that are not the default (older profiles have none).
    if (p.kind() != SiteProfileKind::SingleTenant)
        w.field("kind", siteProfileKindName(p.kind()));
    w.field("name", p.name);
    w.field("description", p.description);
    w.beginArray("hosts");
    for (const SiteHost& host : p.hosts) {
        w.beginObject();
        w.field("name", host.name);
        w.field("uri", host.uri);
        w.field("cpus", host.cpus);
        w.field("memoryMiB", QJsonValue(host.memoryMiB));
        if (host.local) // written only when set: most profiles never name it
            w.field("local", true);
        w.endObject();
    }
    w.endArray();
    w.beginObject("storage");
    w.field("pool", p.storage.pool);
    w.field("sharing", sharingName(p.storage.sharing));
    w.field("path", p.storage.path);
    w.endObject();
    w.beginObject("network");
    w.field("bridge", p.network.bridge);
    w.field("subnet", p.network.subnet);
    w.field("rangeStart", p.network.rangeStart);
    w.field("rangeEnd", p.network.rangeEnd);
    w.field("gateway", p.network.gateway);
    w.field("dnsDomain", p.network.dnsDomain);
    w.field("dnsServer", p.network.dnsServer);
    w.endObject();
    w.beginObject("directory");
    w.field("uri", p.directory.uri);
    w.field("baseDn", p.directory.baseDn);
    w.field("bindDn", p.directory.bindDn);
    if (!p.directory.vo.isEmpty())
        w.field("vo", p.directory.vo);
    w.field("startTls", p.directory.startTls);
    w.field("caFile", p.directory.caFile);
    w.field("passwordFile", p.directory.passwordFile);
    if (p.directory.allowUnencrypted)
        w.field("allowUnencrypted", true);
    w.endObject();
    w.endObject();
    return w.result();
}

Result<SiteProfile> loadSiteProfile(const QString& path)
{
    const Result<QByteArray> bytes = readFileLimited(path, maxSiteFileBytes);
    if (!bytes)
        return bytes.error();
    Result<SiteProfile> profile = parseSiteProfile(*bytes, path);
    if (!profile)
        return profile;
    // From here on a relative path means the same to every command and page, wherever they run.
    const QString folder = QFileInfo(path).absolutePath();
    resolveSiteProfilePaths(*profile, folder);
    const Problems unsafe = siteProfileTrustProblems(*profile, folder);
    if (!unsafe.isEmpty()) {
        const Problem& first = unsafe.first();
        QString what = first.message;
        if (unsafe.size() > 1)
            what += SiteProfileText::tr(" (and %n more problem(s) of this kind)", nullptr,
                                        int(unsafe.size() - 1));
        return makeError(ErrorCode::InvalidInput, what, path + QStringLiteral(": ") + first.path,
                         first.hint + SiteProfileText::tr("; the profile was not used"));
    }
    return profile;
}

Status saveSiteProfile(const QString& path, const SiteProfile& profile)
{
    AtomicWriteOptions options;
    options.keepBackup = true;
    return writeFileAtomically(path, siteProfileToJson(profile), options);
}

QString siteProfilesFolder()
{
    return QStandardPaths::writableLocation(QStandardPaths::GenericDataLocation) +
           QLatin1String("/vocstudio/sites");
}

QString resolveSiteProfile(const QString& nameOrPath)
{
    if (nameOrPath.contains(u'/') || nameOrPath.endsWith(QLatin1String(".json")) ||
        QFileInfo::exists(nameOrPath))
        return nameOrPath;
    return siteProfilesFolder() + QStringLiteral("/%1.json").arg(nameOrPath);
}

} // namespace voc
