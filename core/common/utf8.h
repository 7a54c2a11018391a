// SPDX-License-Identifier: GPL-3.0-or-later
// Byte-level checks on text files, so errors can point at the exact place a file goes wrong.
#pragma once

#include <QByteArray>

namespace voc {

// The offset of the first byte that is not part of well-formed UTF-8 (no overlong forms, no
// surrogates, nothing above U+10FFFF), or -1 when all of bytes is UTF-8.
qsizetype firstInvalidUtf8Byte(const QByteArray& bytes);

// A 1-based line and column, as editors show them: columns count characters, not bytes.
struct TextPosition
{
    int line = 1;
    int column = 1;

    bool operator==(const TextPosition&) const = default;
};

// The position of a byte offset in UTF-8 text ("\n", "\r\n" and "\r" each end a line).
TextPosition textPositionAt(const QByteArray& utf8, qsizetype offset);

} // namespace voc
