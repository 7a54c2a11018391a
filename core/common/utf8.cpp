// SPDX-License-Identifier: GPL-3.0-or-later
#include "utf8.h"

namespace voc {

namespace {

// Length of the UTF-8 sequence starting at bytes[i], or 0 when it is malformed.
int sequenceLength(const QByteArray& bytes, qsizetype i)
{
    const auto byte = [&](qsizetype k) { return quint8(bytes.at(k)); };
    const quint8 lead = byte(i);
    int length = 0;
    quint8 low = 0x80; // bounds of the second byte rule out overlong forms, surrogates and > U+10FFFF
    quint8 high = 0xBF;
    if (lead < 0x80)
        return 1;
    if (lead >= 0xC2 && lead <= 0xDF) {
        length = 2;
    } else if (lead >= 0xE0 && lead <= 0xEF) {
        length = 3;
        if (lead == 0xE0)
            low = 0xA0;
        else if (lead == 0xED)
            high = 0x9F;
    } else if (lead >= 0xF0 && lead <= 0xF4) {
        length = 4;
        if (lead == 0xF0)
            low = 0x90;
        else if (lead == 0xF4)
            high = 0x8F;
    } else {
        return 0;
    }
    if (i + length > bytes.size())
        return 0;
    if (byte(i + 1) < low || byte(i + 1) > high)
        return 0;
    for (int k = 2; k < length; ++k) {
        if ((byte(i + k) & 0xC0) != 0x80)
            return 0;
    }
    return length;
}

} // namespace

qsizetype firstInvalidUtf8Byte(const QByteArray& bytes)
{
    for (qsizetype i = 0; i < bytes.size();) {
        const int length = sequenceLength(bytes, i);
        if (length == 0)
            return i; // like Python's decoder, name the byte where the broken sequence starts
        i += length;
    }
    return -1;
}

TextPosition textPositionAt(const QByteArray& utf8, qsizetype offset)
{
    TextPosition position;
    const qsizetype end = qBound<qsizetype>(0, offset, utf8.size());
    for (qsizetype i = 0; i < end; ++i) {
        const char c = utf8.at(i);
        if (c == '\n' || (c == '\r' && (i + 1 >= utf8.size() || utf8.at(i + 1) != '\n'))) {
            ++position.line;
            position.column = 1;
        } else if ((quint8(c) & 0xC0) != 0x80 && c != '\r') {
            ++position.column; // continuation bytes belong to the character already counted
        }
    }
    return position;
}

} // namespace voc
