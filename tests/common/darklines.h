// SPDX-License-Identifier: GPL-3.0-or-later
// What a grabbed chart draws, by its pixels: a chart's axis is a dark line across it, while text (the
// title, a hint) is made of short runs. For the tests that check a chart without QCustomPlot.
#pragma once

#include <QImage>

#include <algorithm>

namespace voc::test {

// The longest run of dark pixels (gray below 160) along any row or column of `image`.
inline int longestDarkLine(const QImage& image)
{
    const QImage gray = image.convertToFormat(QImage::Format_Grayscale8);
    const auto dark = [&gray](int x, int y) { return qGray(gray.pixel(x, y)) < 160; };
    int longest = 0;
    for (int y = 0; y < gray.height(); ++y) {
        int run = 0;
        for (int x = 0; x < gray.width(); ++x) {
            run = dark(x, y) ? run + 1 : 0;
            longest = std::max(longest, run);
        }
    }
    for (int x = 0; x < gray.width(); ++x) {
        int run = 0;
        for (int y = 0; y < gray.height(); ++y) {
            run = dark(x, y) ? run + 1 : 0;
            longest = std::max(longest, run);
        }
    }
    return longest;
}

} // namespace voc::test
