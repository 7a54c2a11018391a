// SPDX-License-Identifier: GPL-3.0-or-later
// A small scanner over text that is already known to be JSON: it only tracks objects, arrays, keys
// and where it is, skipping the values themselves.
#include "common/jsonduplicates.h"

#include "common/utf8.h"

#include <QCoreApplication>
#include <QSet>

#include <vector>

namespace voc {

namespace {

struct JsonDuplicatesText
{
    Q_DECLARE_TR_FUNCTIONS(voc::JsonFile)
};

class Scanner
{
public:
    explicit Scanner(const QByteArray& text)
        : m_text(text)
    {}

    std::optional<JsonDuplicateKey> run()
    {
        skipSpace();
        value({});
        return m_found;
    }

private:
    bool atEnd() const { return m_pos >= m_text.size() || m_found || m_broken; }
    char peek() const { return m_pos < m_text.size() ? m_text.at(m_pos) : '\0'; }

    void skipSpace()
    {
        while (m_pos < m_text.size() && (peek() == ' ' || peek() == '\t' || peek() == '\n' || peek() == '\r'))
            ++m_pos;
    }

    // Qt refuses documents nested deeper than this anyway; a guard against our own recursion.
    static constexpr int maxDepth = 1024;

    void value(const QString& path)
    {
        if (atEnd())
            return;
        if (++m_depth > maxDepth) {
            m_broken = true;
            return;
        }
        switch (peek()) {
        case '{':
            object(path);
            break;
        case '[':
            array(path);
            break;
        case '"':
            string();
            break;
        default:
            // A number, true, false or null: up to the next delimiter.
            while (m_pos < m_text.size() && !QByteArrayView(",}] \t\r\n").contains(peek()))
                ++m_pos;
        }
        --m_depth;
    }

    void object(const QString& path)
    {
        ++m_pos; // '{'
        QSet<QString> keys;
        skipSpace();
        if (peek() == '}') {
            ++m_pos;
            return;
        }
        while (!atEnd()) {
            skipSpace();
            if (peek() != '"') {
                m_broken = true;
                return;
            }
            const qsizetype keyOffset = m_pos;
            const QString key = string();
            const QString keyPath = path.isEmpty() ? key : path + QLatin1Char('.') + key;
            if (keys.contains(key)) {
                m_found = JsonDuplicateKey{keyPath, keyOffset};
                return;
            }
            keys.insert(key);
            skipSpace();
            if (peek() != ':') {
                m_broken = true;
                return;
            }
            ++m_pos;
            skipSpace();
            value(keyPath);
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == '}')
                ++m_pos;
            else
                m_broken = true;
            return;
        }
    }

    void array(const QString& path)
    {
        ++m_pos; // '['
        skipSpace();
        if (peek() == ']') {
            ++m_pos;
            return;
        }
        for (int index = 0; !atEnd(); ++index) {
            skipSpace();
            value(QStringLiteral("%1[%2]").arg(path).arg(index));
            skipSpace();
            if (peek() == ',') {
                ++m_pos;
                continue;
            }
            if (peek() == ']')
                ++m_pos;
            else
                m_broken = true;
            return;
        }
    }

    // The decoded string at m_pos (which is at its opening quote); m_pos ends past the closing one.
    QString string()
    {
        ++m_pos;
        QString decoded;
        qsizetype runStart = m_pos;
        const auto flush = [&] { decoded += QString::fromUtf8(m_text.mid(runStart, m_pos - runStart)); };
        while (m_pos < m_text.size()) {
            const char c = m_text.at(m_pos);
            if (c == '"') {
                flush();
                ++m_pos;
                return decoded;
            }
            if (c != '\\') {
                ++m_pos;
                continue;
            }
            flush();
            if (m_pos + 1 >= m_text.size())
                break;
            const char escaped = m_text.at(m_pos + 1);
            m_pos += 2;
            switch (escaped) {
            case 'b':
                decoded += QLatin1Char('\b');
                break;
            case 'f':
                decoded += QLatin1Char('\f');
                break;
            case 'n':
                decoded += QLatin1Char('\n');
                break;
            case 'r':
                decoded += QLatin1Char('\r');
                break;
            case 't':
                decoded += QLatin1Char('\t');
                break;
            case 'u': {
                bool ok = false;
                const ushort unit = m_text.mid(m_pos, 4).toUShort(&ok, 16);
                if (!ok) {
                    m_broken = true;
                    return decoded;
                }
                // UTF-16 code units as they come: a surrogate pair becomes the same QString either way.
                decoded += QChar(unit);
                m_pos += 4;
                break;
            }
            default: // '"', '\\', '/'
                decoded += QLatin1Char(escaped);
            }
            runStart = m_pos;
        }
        m_broken = true;
        return decoded;
    }

    const QByteArray& m_text;
    qsizetype m_pos = 0;
    int m_depth = 0;
    bool m_broken = false;
    std::optional<JsonDuplicateKey> m_found;
};

} // namespace

std::optional<JsonDuplicateKey> firstDuplicateJsonKey(const QByteArray& json)
{
    return Scanner(json).run();
}

Status checkNoDuplicateJsonKeys(const QByteArray& json, const QString& source)
{
    const std::optional<JsonDuplicateKey> duplicate = firstDuplicateJsonKey(json);
    if (!duplicate)
        return Ok{};
    const TextPosition position = textPositionAt(json, duplicate->offset);
    const QString where =
        source.isEmpty()
            ? JsonDuplicatesText::tr("line %1, column %2").arg(position.line).arg(position.column)
            : QStringLiteral("%1:%2:%3").arg(source).arg(position.line).arg(position.column);
    return makeError(
        ErrorCode::Parse,
        JsonDuplicatesText::tr("the key \"%1\" appears twice in the same object").arg(duplicate->path), where,
        JsonDuplicatesText::tr("keep one of the two: which one counts would otherwise depend "
                               "on the program reading the file"));
}

} // namespace voc
