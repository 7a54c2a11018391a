// SPDX-License-Identifier: GPL-3.0-or-later
// Indented JSON with keys in the order they are written, so saved files diff well (QJsonObject
// would sort them alphabetically).
#pragma once

#include <QByteArray>
#include <QJsonValue>
#include <QList>
#include <QString>

namespace voc {

class JsonWriter
{
public:
    explicit JsonWriter(int indent = 2)
        : m_indent(indent)
    {}

    // Without a key inside arrays and at the top level; with a key inside objects.
    void beginObject(const char* key = nullptr);
    void endObject();
    void beginArray(const char* key = nullptr);
    void endArray();

    void field(const char* key, const QJsonValue& value);
    void field(const char* key, const QString& value) { field(key, QJsonValue(value)); }
    void field(const char* key, int value) { field(key, QJsonValue(value)); }
    void field(const char* key, double value) { field(key, QJsonValue(value)); }
    void field(const char* key, bool value) { field(key, QJsonValue(value)); }
    void value(const QJsonValue& value) { field(nullptr, value); }

    // The document with a trailing newline.
    QByteArray result() const { return m_out + '\n'; }

private:
    void open(const char* key, char bracket);
    void close(char bracket);
    void prefix(const char* key);
    void newline();

    struct Level
    {
        bool empty = true;
    };

    QByteArray m_out;
    QList<Level> m_levels;
    int m_indent;
};

} // namespace voc
