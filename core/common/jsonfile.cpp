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

} // namespace voc
