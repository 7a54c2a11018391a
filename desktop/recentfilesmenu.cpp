// SPDX-License-Identifier: GPL-3.0-or-later
#include "recentfilesmenu.h"

#include "appsettings.h"

#include <QDir>
#include <QFileInfo>
#include <QMenu>

namespace voc {

RecentFilesMenu::RecentFilesMenu(QMenu* menu)
    : QObject(menu)
    , m_menu(menu)
{
    connect(menu, &QMenu::aboutToShow, this, &RecentFilesMenu::rebuild);
    rebuild();
}

void RecentFilesMenu::rebuild()
{
    m_menu->clear();
    const QStringList files = settings::recentFiles();
    for (qsizetype i = 0; i < files.size(); ++i) {
        const QString& path = files.at(i);
        // "&1 name" gives each entry a keyboard accelerator.
        QAction* action = m_menu->addAction(tr("&%1 %2").arg(i + 1).arg(QFileInfo(path).fileName()));
        action->setToolTip(QDir::toNativeSeparators(path));
        action->setStatusTip(QDir::toNativeSeparators(path));
        action->setData(path);
        connect(action, &QAction::triggered, this, [this, path] { emit openRequested(path); });
    }
    if (files.isEmpty())
        m_menu->addAction(tr("No Recent Files"))->setEnabled(false);
    m_menu->addSeparator();
    QAction* clear = m_menu->addAction(tr("&Clear Menu"));
    clear->setObjectName(QStringLiteral("clearRecentAction"));
    clear->setEnabled(!files.isEmpty());
    connect(clear, &QAction::triggered, this, [] { settings::clearRecentFiles(); });
}

} // namespace voc
