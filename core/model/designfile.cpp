// SPDX-License-Identifier: GPL-3.0-or-later
// Reading and writing "vocstudio-design/1". The reader is lenient on purpose: a field of the wrong
// type becomes a Problem (with its JSON path) and keeps its default, so an editor can still open
// a damaged file and show everything wrong with it at once.
#include "designfile.h"
#include "common/jsonfile.h"

#include "common/atomicfile.h"
#include "common/jsonduplicates.h"
#include "common/jsonwriter.h"
#include "common/utf8.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QJsonParseError>
#include <QLocale>
#include <QRegularExpression>

#include <array>
#include <cmath>
#include <initializer_list>
#include <limits>

namespace voc {

namespace {

// Gives lupdate and the runtime the same context for every message of this file.
struct DesignFile
{
    Q_DECLARE_TR_FUNCTIONS(voc::DesignFile)
};

constexpr int currentVersion = 1;
constexpr qint64 maxDesignFileBytes = qint64(16) * 1024 * 1024;

// Migrations from older versions: entry i turns version i+1 into version i+2. None exist yet; when
// "vocstudio-design/2" comes, version 1 files get a step here and currentVersion goes up.
using Migration = QJsonObject (*)(QJsonObject);
constexpr std::array<Migration, currentVersion - 1> migrations{};

QString numberText(const QJsonValue& value)
{
    // Whole numbers print in full, as the user wrote them (Qt keeps integers up to 2^63 exact).
    const double d = value.toDouble();
    if (d == std::floor(d) && std::abs(d) < 9.2e18)
        return QString::number(value.toInteger(qint64(d)));
    return QString::number(d, 'g', QLocale::FloatingPointShortest);
}

// Reads the fields of one JSON object into a Design, collecting the problems on the way.
class Reader
{
public:
    Problems problems;

    void checkKeys(const QJsonObject& object, const QString& path, std::initializer_list<const char*> known)
    {
        for (auto it = object.begin(); it != object.end(); ++it) {
            bool isKnown = false;
            for (const char* key : known)
                isKnown = isKnown || it.key() == QLatin1String(key);
            if (!isKnown)
                warn(join(path, it.key()), DesignFile::tr("unknown key, ignored"),
                     DesignFile::tr("check the spelling; a newer VOC Studio may have written it"));
        }
    }

    // The value of a key, or undefined when absent or null (null means "use the default").
    static QJsonValue field(const QJsonObject& object, const char* key)
    {
        const QJsonValue value = object.value(QLatin1String(key));
        return value.isNull() ? QJsonValue(QJsonValue::Undefined) : value;
    }

    void readString(const QJsonObject& object, const QString& path, const char* key, QString* out)
    {
        const QJsonValue value = field(object, key);
        if (value.isUndefined())
            return;
        if (!value.isString())
            return wrongType(join(path, key), value, DesignFile::tr("a string"));
        *out = value.toString();
    }

    void readInt(const QJsonObject& object, const QString& path, const char* key, int* out)
    {
        const QJsonValue value = field(object, key);
        if (value.isUndefined())
            return;
        if (!value.isDouble())
            return wrongType(join(path, key), value, DesignFile::tr("a whole number"));
        const double d = value.toDouble();
        if (d != std::floor(d))
            return error(join(path, key), DesignFile::tr("%1 is not a whole number").arg(numberText(value)),
                         DesignFile::tr("write a whole number without a fraction"));
        if (d < double(std::numeric_limits<int>::min()) || d > double(std::numeric_limits<int>::max()))
            return error(join(path, key),
                         DesignFile::tr("%1 is out of range for a whole number").arg(numberText(value)),
                         DesignFile::tr("use a number between %1 and %2")
                             .arg(std::numeric_limits<int>::min())
                             .arg(std::numeric_limits<int>::max()));
        *out = int(d);
    }

    void readDouble(const QJsonObject& object, const QString& path, const char* key, double* out)
    {
        const QJsonValue value = field(object, key);
        if (value.isUndefined())
            return;
        if (!value.isDouble() || !std::isfinite(value.toDouble()))
            return wrongType(join(path, key), value, DesignFile::tr("a number"));
        *out = value.toDouble();
    }

    template<typename Enum>
    void readEnum(const QJsonObject& object, const QString& path, const char* key,
                  std::initializer_list<Enum> accepted, Enum* out)
    {
        const QJsonValue value = field(object, key);
        if (value.isUndefined())
            return;
        QStringList names;
        for (Enum e : accepted)
            names.append(QLatin1Char('"') + toString(e) + QLatin1Char('"'));
        const QString list = names.join(QLatin1String(", "));
        if (!value.isString())
            return wrongType(join(path, key), value, DesignFile::tr("one of %1").arg(list));
        if (!fromString(value.toString(), out))
            error(join(path, key),
                  DesignFile::tr("unknown value \"%1\"; accepted values: %2").arg(value.toString(), list),
                  DesignFile::tr("use one of %1").arg(list));
    }

    // The object under key, or an empty one (with a problem when the key holds something else).
    QJsonObject readObject(const QJsonObject& object, const QString& path, const char* key)
    {
        const QJsonValue value = field(object, key);
        if (value.isUndefined())
            return {};
        if (!value.isObject()) {
            wrongType(join(path, key), value, DesignFile::tr("an object"));
            return {};
        }
        return value.toObject();
    }

    void wrongType(const QString& path, const QJsonValue& value, const QString& expected)
    {
        error(path, DesignFile::tr("expected %1, found %2").arg(expected, jsonTypeName(value)),
              DesignFile::tr("the field keeps its default value until it is fixed"));
    }

    void error(const QString& path, const QString& message, const QString& hint)
    {
        problems.append(Problem{path, message, hint, Problem::Severity::Error});
    }

    void warn(const QString& path, const QString& message, const QString& hint)
    {
        problems.append(Problem{path, message, hint, Problem::Severity::Warning});
    }

    static QString join(const QString& path, const QString& key)
    {
        return path.isEmpty() ? key : path + QLatin1Char('.') + key;
    }
    static QString join(const QString& path, const char* key) { return join(path, QString::fromLatin1(key)); }
};

ImageRef readImage(Reader& reader, const QJsonObject& object, const QString& path)
{
    ImageRef image;
    reader.checkKeys(object, path, {"build", "path", "sha256", "bootMode", "kernel", "initrd", "cmdline"});
    reader.readString(object, path, "build", &image.build);
    reader.readString(object, path, "path", &image.path);
    reader.readString(object, path, "sha256", &image.sha256);
    reader.readEnum(object, path, "bootMode", {BootMode::Disk, BootMode::Kernel}, &image.bootMode);
    reader.readString(object, path, "kernel", &image.kernel);
    reader.readString(object, path, "initrd", &image.initrd);
    reader.readString(object, path, "cmdline", &image.cmdline);
    return image;
}

Role readRole(Reader& reader, const QJsonObject& object, const QString& path)
{
    Role role;
    reader.checkKeys(object, path,
                     {"kind", "count", "vcpus", "memoryMiB", "nic", "hostnamePattern", "image"});
    if (Reader::field(object, "kind").isUndefined())
        reader.error(Reader::join(path, "kind"), DesignFile::tr("missing"),
                     DesignFile::tr("add \"kind\": \"head\" or \"compute\""));
    reader.readEnum(object, path, "kind", {RoleKind::Head, RoleKind::Compute}, &role.kind);
    reader.readInt(object, path, "count", &role.count);
    reader.readInt(object, path, "vcpus", &role.vcpus);
    reader.readInt(object, path, "memoryMiB", &role.memoryMiB);
    reader.readEnum(object, path, "nic", {NicModel::Virtio, NicModel::E1000}, &role.nic);
    reader.readString(object, path, "hostnamePattern", &role.hostnamePattern);
    role.image = readImage(reader, reader.readObject(object, path, "image"), Reader::join(path, "image"));
    return role;
}

Design readDesign(Reader& reader, const QJsonObject& root)
{
    Design design;
    reader.checkKeys(root, {}, {"format", "name", "vo", "description", "network", "hpl", "roles"});
    reader.readString(root, {}, "name", &design.name);
    reader.readString(root, {}, "vo", &design.vo);
    reader.readString(root, {}, "description", &design.description);

    const QString networkPath = QStringLiteral("network");
    const QJsonObject network = reader.readObject(root, {}, "network");
    reader.checkKeys(network, networkPath, {"subnet", "gateway", "domain", "macSeed"});
    reader.readString(network, networkPath, "subnet", &design.network.subnet);
    reader.readString(network, networkPath, "gateway", &design.network.gateway);
    reader.readString(network, networkPath, "domain", &design.network.domain);
    reader.readString(network, networkPath, "macSeed", &design.network.macSeed);

    const QString hplPath = QStringLiteral("hpl");
    const QJsonObject hpl = reader.readObject(root, {}, "hpl");
    reader.checkKeys(hpl, hplPath, {"utilization", "blockSize", "step", "grid"});
    reader.readDouble(hpl, hplPath, "utilization", &design.hpl.utilization);
    reader.readInt(hpl, hplPath, "blockSize", &design.hpl.blockSize);
    reader.readInt(hpl, hplPath, "step", &design.hpl.step);
    const QString gridPath = QStringLiteral("hpl.grid");
    const QJsonObject grid = reader.readObject(hpl, hplPath, "grid");
    reader.checkKeys(grid, gridPath, {"p", "q"});
    reader.readInt(grid, gridPath, "p", &design.hpl.gridP);
    reader.readInt(grid, gridPath, "q", &design.hpl.gridQ);

    const QJsonValue roles = Reader::field(root, "roles");
    if (roles.isArray()) {
        const QJsonArray array = roles.toArray();
        for (qsizetype i = 0; i < array.size(); ++i) {
            const QString path = QStringLiteral("roles[%1]").arg(i);
            if (!array.at(i).isObject()) {
                // Skipped, so later roles' paths in validation may shift; the design is invalid anyway.
                reader.wrongType(path, array.at(i), DesignFile::tr("an object"));
                continue;
            }
            design.roles.append(readRole(reader, array.at(i).toObject(), path));
        }
    } else if (!roles.isUndefined()) {
        reader.wrongType(QStringLiteral("roles"), roles, DesignFile::tr("an array"));
    }
    return design;
}

Result<QJsonObject> checkFormat(QJsonObject root, const QString& source)
{
    const QJsonValue format = root.value(QLatin1String("format"));
    const QString expected = QString::fromLatin1(designFormat);
    if (format.isUndefined())
        return makeError(ErrorCode::Parse,
                         DesignFile::tr("not a VOC Studio design: the \"format\" key is missing"), source,
                         DesignFile::tr("a design starts with \"format\": \"%1\"").arg(expected));
    if (!format.isString())
        return makeError(ErrorCode::Parse,
                         DesignFile::tr("not a VOC Studio design: \"format\" is %1, not a string")
                             .arg(jsonTypeName(format)),
                         source, DesignFile::tr("a design starts with \"format\": \"%1\"").arg(expected));
    const int version = formatVersion(format.toString(), QLatin1String("vocstudio-design"));
    if (version == 0)
        return makeError(
            ErrorCode::UnsupportedFormat,
            DesignFile::tr("unknown format \"%1\"; this build reads \"%2\"").arg(format.toString(), expected),
            source, DesignFile::tr("check that this is a VOC Studio design, or upgrade VOC Studio"));
    if (version > currentVersion)
        return makeError(
            ErrorCode::UnsupportedFormat,
            DesignFile::tr(
                "the design was written in format \"%1\", newer than \"%2\" which this build reads")
                .arg(format.toString(), expected),
            source, DesignFile::tr("upgrade VOC Studio to open this design"));
    for (int v = version; v < currentVersion; ++v)
        root = migrations[std::size_t(v - 1)](std::move(root));
    root.insert(QLatin1String("format"), expected);
    return root;
}

} // namespace

Result<ParsedDesign> parseDesign(const QByteArray& bytes, const QString& source)
{
    const qsizetype badByte = firstInvalidUtf8Byte(bytes);
    if (badByte >= 0)
        return makeError(ErrorCode::Parse,
                         DesignFile::tr("not UTF-8 text: invalid byte 0x%1 at offset %2")
                             .arg(quint8(bytes.at(badByte)), 2, 16, QLatin1Char('0'))
                             .arg(badByte),
                         source, DesignFile::tr("save the file as UTF-8"));

    QByteArray text = bytes;
    if (text.startsWith("\xEF\xBB\xBF"))
        text.remove(0, 3); // editors on some systems add a byte order mark; JSON does not allow it
    if (text.trimmed().isEmpty())
        return makeError(
            ErrorCode::Parse, DesignFile::tr("the file is empty"), source,
            DesignFile::tr("a design starts with \"format\": \"%1\"").arg(QLatin1String(designFormat)));

    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(text, &parseError);
    if (parseError.error != QJsonParseError::NoError) {
        // Qt's offset is just past the token it choked on, or past the end when the text stops early.
        const TextPosition position =
            textPositionAt(text, qBound(0, parseError.offset - 1, int(text.size() - 1)));
        // "file:line:column" like a compiler, so editors and terminals can jump to it.
        const QString where =
            source.isEmpty() ? DesignFile::tr("line %1, column %2").arg(position.line).arg(position.column)
                             : QStringLiteral("%1:%2:%3").arg(source).arg(position.line).arg(position.column);
        return makeError(ErrorCode::Parse, DesignFile::tr("malformed JSON: %1").arg(parseError.errorString()),
                         where, DesignFile::tr("fix the JSON syntax at that position"));
    }
    if (Status unique = checkNoDuplicateJsonKeys(text, source); !unique)
        return unique.error();
    if (!document.isObject())
        return makeError(
            ErrorCode::Parse,
            DesignFile::tr("not a VOC Studio design: the top level is %1, not an object")
                .arg(document.isArray() ? DesignFile::tr("an array") : DesignFile::tr("a single value")),
            source, DesignFile::tr("a design is a JSON object starting with \"format\""));

    Result<QJsonObject> root = checkFormat(document.object(), source);
    if (!root)
        return root.error();

    Reader reader;
    ParsedDesign parsed;
    parsed.design = readDesign(reader, *root);
    parsed.problems = std::move(reader.problems);
    return parsed;
}

QByteArray serializeDesign(const Design& design)
{
    JsonWriter w;
    w.beginObject();
    w.field("format", QString::fromLatin1(designFormat));
    w.field("name", design.name);
    w.field("vo", design.vo);
    w.field("description", design.description);

    w.beginObject("network");
    w.field("subnet", design.network.subnet);
    w.field("gateway", design.network.gateway);
    w.field("domain", design.network.domain);
    w.field("macSeed", design.network.macSeed);
    w.endObject();

    w.beginObject("hpl");
    w.field("utilization", design.hpl.utilization);
    w.field("blockSize", design.hpl.blockSize);
    w.field("step", design.hpl.step);
    w.beginObject("grid");
    w.field("p", design.hpl.gridP);
    w.field("q", design.hpl.gridQ);
    w.endObject();
    w.endObject();

    w.beginArray("roles");
    for (const Role& role : design.roles) {
        w.beginObject();
        w.field("kind", toString(role.kind));
        w.field("count", role.count);
        w.field("vcpus", role.vcpus);
        w.field("memoryMiB", role.memoryMiB);
        w.field("nic", toString(role.nic));
        w.field("hostnamePattern", role.hostnamePattern);
        w.beginObject("image");
        // Only where it is used, so a design without built images reads the same in older versions.
        if (!role.image.build.isEmpty())
            w.field("build", role.image.build);
        w.field("path", role.image.path);
        w.field("sha256", role.image.sha256);
        w.field("bootMode", toString(role.image.bootMode));
        w.field("kernel", role.image.kernel);
        w.field("initrd", role.image.initrd);
        w.field("cmdline", role.image.cmdline);
        w.endObject();
        w.endObject();
    }
    w.endArray();
    w.endObject();
    return w.result();
}

Result<ParsedDesign> loadDesignFile(const QString& path)
{
    const Result<QByteArray> bytes = readFileLimited(path, maxDesignFileBytes);
    if (!bytes)
        return bytes.error();
    return parseDesign(*bytes, path);
}

Status saveDesignFile(const Design& design, const QString& path)
{
    AtomicWriteOptions options;
    options.keepBackup = true;
    return writeFileAtomically(path, serializeDesign(design), options);
}

} // namespace voc
