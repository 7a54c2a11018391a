// SPDX-License-Identifier: GPL-3.0-or-later
// File > Open Recent: rebuilt from the settings each time it opens, so every window agrees.
#pragma once

#include <QObject>

class QMenu;

namespace voc {

class RecentFilesMenu : public QObject
{
    Q_OBJECT

public:
    explicit RecentFilesMenu(QMenu* menu);

    // Fills the menu from settings::recentFiles(); also done on every aboutToShow.
    void rebuild();

signals:
    void openRequested(const QString& path);

private:
    QMenu* m_menu;
};

} // namespace voc
