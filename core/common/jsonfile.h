// SPDX-License-Identifier: GPL-3.0-or-later
// Reading a small JSON file of ours that names its format ("format": "vocstudio-.../N").
#pragma once

#include "common/result.h"

#include <QJsonObject>
#include <QString>

namespace voc {

// What the file is, for its error messages: all translated by the caller.
struct JsonFileKind
{
    QString name;       // "the image catalogue", "the image manifest"
    QString format;     // the one format this version reads
    QString parseHint;  // what to do when the file is not a JSON object
    QString formatHint; // what to do when it names another format
};

// The file's top-level object, once it is read (at most maxBytes), parsed, and its "format" is
// kind.format. Errors name the file.
Result<QJsonObject> readFormattedJsonFile(const QString& path, qint64 maxBytes, const JsonFileKind& kind);

// What a JSON value is, for messages such as "'vcpus' must be a number, not a string".
QString jsonTypeName(const QJsonValue& value);

// N of a "<family>/N" format string (for example family "vocstudio-design"), or 0 for any other
// string: another family, no number, a leading zero, or more than 9 digits.
int formatVersion(const QString& format, QLatin1String family);

// object[key] when it is a string; empty when absent or of another type.
QString jsonString(const QJsonObject& object, const char* key);

} // namespace voc
