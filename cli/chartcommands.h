// SPDX-License-Identifier: GPL-3.0-or-later
// vocctl chart: the desktop's benchmark charts rendered to a file without a display. Built only with
// the desktop (VOC_WITH_CHARTS), since it links desktop/charts; the core-only vocctl has no chart.
#pragma once

#include "cli.h"

#include <memory>

class QCoreApplication;

namespace voc::cli {

// Whether the command line asks for `vocctl chart`, the one command that needs a QApplication.
bool wantsChartApplication(int argc, char** argv);
// A QApplication on the offscreen platform (unless QT_QPA_PLATFORM says otherwise): charts are drawn
// into files only, so no X server or Wayland compositor is needed and the output does not depend on one.
std::unique_ptr<QCoreApplication> makeChartApplication(int& argc, char** argv);

int runChart(const QStringList& args, Io io);

} // namespace voc::cli
