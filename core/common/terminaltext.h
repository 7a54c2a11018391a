// SPDX-License-Identifier: GPL-3.0-or-later
// Terminal output (a VCN's serial console, a remote command) as plain text: colours, cursor moves and
// window titles are commands to a terminal, noise in a text view and a risk when passed on. And the
// other way: untrusted text (from a design, a site profile, a bundle, a directory entry) escaped so that
// it cannot act on the terminal or log it is written to.
#pragma once

#include <QByteArray>
#include <QByteArrayView>
#include <QString>
#include <QStringDecoder>

namespace voc {

// Text that came from a file, a directory or a host, made safe to write to a terminal or a log as part
// of one line: every character that could act instead of show is replaced by a visible escape. C0
// controls (NUL, CR, LF, ESC, ...), DEL and the C1 controls become \xNN; line and paragraph separators,
// bidirectional overrides and isolates (U+202A..U+202E, U+2066..U+2069), the other invisible format
// characters (zero-width, BOM, soft hyphen) and lone surrogates become \u{NNNN}. Everything else,
// letters of any script included, is kept. Escaping twice gives what escaping once gave, so a printer
// may escape a message whose parts were escaped already.
QString escapeForTerminal(QStringView text);

// Turns bytes written for a terminal into plain text, chunk by chunk: escape sequences (CSI such as
// colours and cursor moves, OSC window titles, DCS/SOS/PM/APC strings, charset selections and the
// other ESC sequences) are dropped, so are C0 and C1 control characters except tab and newline; CR LF
// becomes LF, UTF-8 is decoded (a malformed byte becomes U+FFFD). A sequence or character split across
// two chunks is held back until the next one completes it, so no fragment such as "[0m" shows.
class TerminalTextFilter
{
public:
    // The text of `bytes`, given what earlier chunks left unfinished.
    QString feed(QByteArrayView bytes);
    // Forgets an unfinished sequence or character: the next feed starts a new stream.
    void reset();

    // All of `bytes` at once: an unfinished sequence at the end is dropped.
    static QString toPlainText(QByteArrayView bytes);

private:
    enum class State
    {
        Text,
        Escape,             // after ESC
        EscapeIntermediate, // ESC and bytes 0x20..0x2F, waiting for the final byte ("ESC ( B")
        Csi,                // ESC [ parameters, intermediates, then a final byte 0x40..0x7E
        String,             // ESC ] (OSC), ESC P (DCS), ESC X, ESC ^, ESC _: up to BEL or ESC '\'
        StringEscape        // ESC inside a string: '\' ends it
    };

    // The bytes of `bytes` that are text, the state carried to the next chunk.
    QByteArray textBytes(QByteArrayView bytes);

    State m_state = State::Text;
    qsizetype m_sequenceBytes = 0; // bytes of the sequence being dropped, to bound a runaway one
    QStringDecoder m_decoder{QStringDecoder::Utf8};
};

} // namespace voc
