// SPDX-License-Identifier: GPL-3.0-or-later
// The `.voc` file format "vocstudio-design/1": JSON in, JSON out.
#pragma once

#include "common/result.h"
#include "model/design.h"
#include "model/problem.h"

#include <QByteArray>
#include <QString>

namespace voc {

inline constexpr auto designFormat = "vocstudio-design/1";

// A parsed file: the design as far as it could be read, and the problems of shape and type met on
// the way (a field of the wrong type is reported with its path and left at its default).
struct ParsedDesign
{
    Design design;
    Problems problems;
};

// Fails (returns Error) only when the bytes cannot be a design at all: not UTF-8 (with the byte
// offset), not JSON (with line:column), not an object, or a format this build does not know
// (ErrorCode::UnsupportedFormat). `source` names the file in errors.
Result<ParsedDesign> parseDesign(const QByteArray& bytes, const QString& source = {});

// Serializes to indented JSON with a trailing newline; field order is stable.
QByteArray serializeDesign(const Design& design);

// Reads and parses a file; relative image paths stay as written.
Result<ParsedDesign> loadDesignFile(const QString& path);

// Writes atomically (temp file + rename) and keeps the previous file as "<path>.bak".
Status saveDesignFile(const Design& design, const QString& path);

} // namespace voc
