// SPDX-License-Identifier: GPL-3.0-or-later
#include "common/jsonfile.h"

#include "common/atomicfile.h"
#include "common/jsonduplicates.h"

#include <QCoreApplication>
#include <QJsonDocument>

namespace voc {

namespace {

struct JsonFileText
{
    Q_DECLARE_TR_FUNCTIONS(voc::JsonFile)
};

} // namespace

Result<QJsonObject> readFormattedJsonFile(const QString& path, qint64 maxBytes, const JsonFileKind& kind)
{
    const Result<QByteArray> bytes = readFileLimited(path, maxBytes);
    if (!bytes)
        return bytes.error();
    QJsonParseError parseError;
    const QJsonDocument document = QJsonDocument::fromJson(*bytes, &parseError);
    if (!document.isObject())
        return makeError(
            ErrorCode::Parse,
            JsonFileText::tr("%1 is not a JSON object: %2").arg(kind.name, parseError.errorString()), path,
            kind.parseHint);
    if (Status unique = checkNoDuplicateJsonKeys(*bytes, path); !unique)
        return unique.error();
    QJsonObject json = document.object();
    const QString format = json.value(QLatin1String("format")).toString();
    if (format != kind.format)
        return makeError(ErrorCode::UnsupportedFormat,
                         JsonFileText::tr("%1 has format \"%2\", this version reads \"%3\"")
                             .arg(kind.name, format, kind.format),
                         path, kind.formatHint);
    return json;
}

QString jsonTypeName(const QJsonValue& value)
{
    switch (value.type()) {
    case QJsonValue::Null:
        return QStringLiteral("null");
    case QJsonValue::Bool:
        return JsonFileText::tr("a boolean");
    case QJsonValue::Double:
        return JsonFileText::tr("a number");
    case QJsonValue::String:
        return JsonFileText::tr("a string");
    case QJsonValue::Array:
        return JsonFileText::tr("an array");
    case QJsonValue::Object:
        return JsonFileText::tr("an object");
    case QJsonValue::Undefined:
        break;
    }
    return JsonFileText::tr("nothing");
}

int formatVersion(const QString& format, QLatin1String family)
{
    if (format.size() <= family.size() + 1 || !format.startsWith(family) || format.at(family.size()) != u'/')
        return 0;
    const QStringView number = QStringView(format).mid(family.size() + 1);
    if (number.size() > 9 || number.front() == u'0')
        return 0;
    for (QChar c : number) {
        if (c < u'0' || c > u'9')
            return 0;
    }
    return number.toInt();
}

QString jsonString(const QJsonObject& object, const char* key)
{
    return object.value(QLatin1String(key)).toString();
}

} // namespace voc
