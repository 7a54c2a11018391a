// SPDX-License-Identifier: GPL-3.0-or-later
// Duplicate keys in JSON objects. QJsonDocument keeps the last of two equal keys without a word, so a
// file could show a reviewer one value and give VOC Studio another; every reader of our formats
// refuses such a file instead, naming the key.
#pragma once

#include "common/result.h"

#include <QByteArray>
#include <QString>

#include <optional>

namespace voc {

struct JsonDuplicateKey
{
    QString path;         // where the second occurrence is, as error messages name fields: "hosts[1].uri"
    qsizetype offset = 0; // byte offset of that key in the text
};

// The first key that appears twice in one object of `json`, comparing keys after their escapes are
// decoded ("a" and "\u0061" are the same key). Call it on text QJsonDocument accepted: on malformed
// JSON it stops where the text stops making sense and reports what it found until then.
std::optional<JsonDuplicateKey> firstDuplicateJsonKey(const QByteArray& json);

// The same as an error for a file: what names the key, where is `source` with line and column.
Status checkNoDuplicateJsonKeys(const QByteArray& json, const QString& source);

} // namespace voc
