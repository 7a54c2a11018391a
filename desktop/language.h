// SPDX-License-Identifier: GPL-3.0-or-later
// Chooses the UI language and installs the translators for it.
#pragma once

#include <QLocale>
#include <QString>

class QCoreApplication;

namespace voc {

// The language to use: $VOCSTUDIO_LANG if set, else the setting "ui/language", else the system's.
QLocale uiLocale();

// Installs Qt's own (qtbase) and VOC Studio's translators for uiLocale(); English needs none.
// Returns the locale's language name as used ("de", "en", ...).
QString installTranslators(QCoreApplication* app);

} // namespace voc
