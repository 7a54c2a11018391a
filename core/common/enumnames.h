// SPDX-License-Identifier: GPL-3.0-or-later
// An enum's names in files and on the command line, from one constexpr table per enum:
//   constexpr std::array kindNames{std::pair{RunKind::Hpl, "hpl"}, ...};
#pragma once

#include <QLatin1String>
#include <QString>

#include <array>
#include <cstddef>
#include <utility>

namespace voc {

// The name of `value`; empty when the table lacks it.
template<typename Enum, std::size_t N>
QString nameOf(const std::array<std::pair<Enum, const char*>, N>& table, Enum value)
{
    for (const auto& [candidate, name] : table) {
        if (candidate == value)
            return QLatin1String(name);
    }
    return {};
}

// True when `text` is one of the names (exactly), and then *value (if given) is its enum value.
template<typename Enum, std::size_t N>
bool valueOf(const std::array<std::pair<Enum, const char*>, N>& table, const QString& text, Enum* value)
{
    for (const auto& [candidate, name] : table) {
        if (text == QLatin1String(name)) {
            if (value)
                *value = candidate;
            return true;
        }
    }
    return false;
}

} // namespace voc
