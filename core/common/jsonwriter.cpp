// SPDX-License-Identifier: GPL-3.0-or-later
#include "jsonwriter.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

namespace voc {

namespace {

// Qt's own encoding of one scalar (escaping, shortest round-tripping numbers).
QByteArray encodeValue(const QJsonValue& value)
{
    if (value.isObject())
        return QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact);
    const QByteArray array = QJsonDocument(QJsonArray{value}).toJson(QJsonDocument::Compact);
    return array.mid(1, array.size() - 2); // strip the brackets
}

QByteArray encodeKey(const char* key)
{
    return encodeValue(QJsonValue(QString::fromUtf8(key)));
}

} // namespace

void JsonWriter::beginObject(const char* key)
{
    open(key, '{');
}

void JsonWriter::endObject()
{
    close('}');
}

void JsonWriter::beginArray(const char* key)
{
    open(key, '[');
}

void JsonWriter::endArray()
{
    close(']');
}

void JsonWriter::field(const char* key, const QJsonValue& value)
{
    prefix(key);
    m_out += encodeValue(value);
}

void JsonWriter::open(const char* key, char bracket)
{
    prefix(key);
    m_out += bracket;
    m_levels.append(Level{});
}

void JsonWriter::close(char bracket)
{
    if (m_levels.isEmpty())
        return;
    const bool empty = m_levels.takeLast().empty;
    if (!empty)
        newline();
    m_out += bracket;
}

void JsonWriter::prefix(const char* key)
{
    if (!m_levels.isEmpty()) {
        if (!m_levels.last().empty)
            m_out += ',';
        m_levels.last().empty = false;
        newline();
    }
    if (key)
        m_out += encodeKey(key) + ": ";
}

void JsonWriter::newline()
{
    m_out += '\n';
    m_out += QByteArray(m_levels.size() * m_indent, ' ');
}

} // namespace voc
