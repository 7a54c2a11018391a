// SPDX-License-Identifier: GPL-3.0-or-later
// What every fuzz target shares: the input as Qt bytes, and a process set up like vocctl's (C locale,
// no debug logging) so that a run measures the parser, not the console.
#pragma once

#include <QByteArray>
#include <QLoggingCategory>

#include <clocale>
#include <cstddef>
#include <cstdint>

namespace voc::fuzz {

// The fuzzer's buffer, copied: the parsers take QByteArray, and a copy lets ASan see reads past the
// input's end as what they are.
inline QByteArray input(const uint8_t* data, size_t size)
{
    return QByteArray(reinterpret_cast<const char*>(data), qsizetype(size));
}

inline void setUp()
{
    std::setlocale(LC_ALL, "C");
    QLoggingCategory::setFilterRules(QStringLiteral("*.debug=false\n*.info=false\n*.warning=false"));
}

} // namespace voc::fuzz

// Called by libFuzzer once before the first input.
extern "C" int LLVMFuzzerInitialize(int*, char***)
{
    voc::fuzz::setUp();
    return 0;
}
