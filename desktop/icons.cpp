// SPDX-License-Identifier: GPL-3.0-or-later
#include "icons.h"

#include <QApplication>
#include <QDir>
#include <QStandardPaths>

namespace voc {

QIcon themeIcon(std::initializer_list<const char*> names, QStyle::StandardPixmap fallback)
{
    for (const char* name : names) {
        const QString themeName = QLatin1String(name);
        if (QIcon::hasThemeIcon(themeName))
            return QIcon::fromTheme(themeName);
    }
    return QApplication::style()->standardIcon(fallback);
}

void ensureIconTheme()
{
    if (QIcon::hasThemeIcon(QStringLiteral("document-open")))
        return;
    const QStringList candidates{QStringLiteral("breeze"), QStringLiteral("Adwaita"),
                                 QStringLiteral("oxygen")};
    for (const QString& theme : candidates) {
        const QString index =
            QStandardPaths::locate(QStandardPaths::GenericDataLocation,
                                   QLatin1String("icons/") + theme + QLatin1String("/index.theme"));
        if (!index.isEmpty()) {
            QIcon::setThemeName(theme);
            return;
        }
    }
}

} // namespace voc
