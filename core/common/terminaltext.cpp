// SPDX-License-Identifier: GPL-3.0-or-later
#include "terminaltext.h"

namespace voc {

namespace {

constexpr char esc = '\x1b';
constexpr char bel = '\a';
constexpr char can = '\x18'; // CAN and SUB abort a sequence
constexpr char sub = '\x1a';

// A CSI is a few parameters long; a string (a window title, a sixel image) may be longer. Past these,
// the "sequence" is garbage on the line, not a command, and the text after it shows again.
constexpr qsizetype maxCsiBytes = 256;
constexpr qsizetype maxStringBytes = 4096;

bool isControl(unsigned char c)
{
    return c < 0x20 || c == 0x7f;
}

// C1 controls (U+0080..U+009F), which a terminal may take as ESC sequences of their own.
bool isC1(QChar c)
{
    return c.unicode() >= 0x80 && c.unicode() <= 0x9f;
}

// What escapeForTerminal replaces: anything a terminal or a log viewer may act on instead of showing.
bool actsOnTerminal(char32_t c)
{
    switch (QChar::category(c)) {
    case QChar::Other_Control:       // C0, DEL, C1
    case QChar::Other_Format:        // bidi controls, zero-width characters, BOM, soft hyphen
    case QChar::Other_Surrogate:     // half a character: a terminal shows garbage or swallows more
    case QChar::Separator_Line:      // U+2028, a line break to some viewers
    case QChar::Separator_Paragraph: // U+2029
        return true;
    default:
        return false;
    }
}

} // namespace

QString escapeForTerminal(QStringView text)
{
    QString out;
    out.reserve(text.size());
    for (qsizetype i = 0; i < text.size(); ++i) {
        char32_t c = text[i].unicode();
        // A surrogate pair is one character (an emoji, a rare CJK ideograph): keep it whole.
        if (QChar::isHighSurrogate(c) && i + 1 < text.size() && text[i + 1].isLowSurrogate())
            c = QChar::surrogateToUcs4(text[i], text[i + 1]);
        if (!actsOnTerminal(c)) {
            out += QStringView(text).sliced(i, QChar::requiresSurrogates(c) ? 2 : 1);
        } else if (c < 0x100) {
            out += QStringLiteral("\\x%1").arg(uint(c), 2, 16, QLatin1Char('0'));
        } else {
            out += QStringLiteral("\\u{%1}").arg(uint(c), 4, 16, QLatin1Char('0'));
        }
        if (QChar::requiresSurrogates(c))
            ++i;
    }
    return out;
}

QString TerminalTextFilter::feed(QByteArrayView bytes)
{
    QString text = m_decoder.decode(textBytes(bytes));
    text.removeIf(isC1);
    return text;
}

void TerminalTextFilter::reset()
{
    m_state = State::Text;
    m_sequenceBytes = 0;
    m_decoder.resetState();
}

QString TerminalTextFilter::toPlainText(QByteArrayView bytes)
{
    TerminalTextFilter filter;
    QString text = QString::fromUtf8(filter.textBytes(bytes));
    text.removeIf(isC1);
    return text;
}

QByteArray TerminalTextFilter::textBytes(QByteArrayView bytes)
{
    QByteArray out;
    out.reserve(bytes.size());
    qsizetype i = 0;
    while (i < bytes.size()) {
        const char c = bytes[i];
        const auto u = static_cast<unsigned char>(c);
        // Ends the sequence being dropped without taking the byte: it is looked at again as text.
        const auto abort = [this] {
            m_state = State::Text;
            m_sequenceBytes = 0;
        };
        const auto begin = [this](State state) {
            m_state = state;
            m_sequenceBytes = 0;
        };
        if (m_state != State::Text)
            ++m_sequenceBytes;
        switch (m_state) {
        case State::Text:
            if (c == esc)
                begin(State::Escape);
            else if (c == '\n' || c == '\t' || !isControl(u))
                out.append(c);
            // Every other control (CR, BEL, backspace, NUL, DEL...) is dropped.
            ++i;
            continue;
        case State::Escape:
            if (c == '[')
                m_state = State::Csi;
            else if (c == ']' || c == 'P' || c == 'X' || c == '^' || c == '_')
                m_state = State::String;
            else if (u >= 0x20 && u <= 0x2f)
                m_state = State::EscapeIntermediate;
            else if (u >= 0x30 && u <= 0x7e)
                m_state = State::Text; // a one-byte sequence: ESC 7, ESC M, ESC c...
            else if (c == esc)
                begin(State::Escape);
            else if (c == can || c == sub)
                m_state = State::Text;
            else {
                abort(); // a newline, a UTF-8 byte: text after a stray ESC
                continue;
            }
            ++i;
            continue;
        case State::EscapeIntermediate:
            if (u >= 0x30 && u <= 0x7e)
                m_state = State::Text;
            else if (!(u >= 0x20 && u <= 0x2f) || m_sequenceBytes > maxCsiBytes) {
                abort();
                continue;
            }
            ++i;
            continue;
        case State::Csi:
            if (u >= 0x40 && u <= 0x7e) {
                m_state = State::Text;
            } else if (c == esc) {
                begin(State::Escape);
            } else if (c == can || c == sub) {
                m_state = State::Text;
            } else if (!(u >= 0x20 && u <= 0x3f) || m_sequenceBytes > maxCsiBytes) {
                abort();
                continue;
            }
            ++i;
            continue;
        case State::String:
            if (c == bel || c == can || c == sub) {
                m_state = State::Text;
            } else if (c == esc) {
                m_state = State::StringEscape;
            } else if (c == '\n' || m_sequenceBytes > maxStringBytes) {
                // Unterminated: the console's lines must not vanish into it.
                abort();
                continue;
            }
            ++i;
            continue;
        case State::StringEscape:
            if (c == '\\') {
                m_state = State::Text;
                ++i;
            } else {
                begin(State::Escape); // the ESC starts a sequence of its own
            }
            continue;
        }
    }
    return out;
}

} // namespace voc
