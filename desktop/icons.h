// SPDX-License-Identifier: GPL-3.0-or-later
// Icons from the desktop's theme, with the style's built-in icons where the theme has none.
#pragma once

#include <QIcon>
#include <QStyle>

#include <initializer_list>

namespace voc {

// The first of `names` the theme has, else the style's `fallback`.
QIcon themeIcon(std::initializer_list<const char*> names, QStyle::StandardPixmap fallback);

// Without a desktop session Qt finds no icon theme; use an installed one so the app looks the same.
void ensureIconTheme();

} // namespace voc
