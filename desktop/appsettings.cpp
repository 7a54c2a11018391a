// SPDX-License-Identifier: GPL-3.0-or-later
#include "appsettings.h"

#include <QFileInfo>
#include <QSettings>

#include <algorithm>

namespace voc::settings {

QString language()
{
    return QSettings().value(languageKey()).toString();
}

void setLanguage(const QString& language)
{
    QSettings().setValue(languageKey(), language);
}

int autosaveSeconds()
{
    bool ok = false;
    const int seconds = QSettings().value(autosaveSecondsKey(), defaultAutosaveSeconds).toInt(&ok);
    return ok ? std::clamp(seconds, minAutosaveSeconds, maxAutosaveSeconds) : defaultAutosaveSeconds;
}

void setAutosaveSeconds(int seconds)
{
    QSettings().setValue(autosaveSecondsKey(), std::clamp(seconds, minAutosaveSeconds, maxAutosaveSeconds));
}

QStringList recentFiles()
{
    QStringList files = QSettings().value(recentFilesKey()).toStringList();
    files.removeDuplicates();
    files.removeAll(QString());
    if (files.size() > maxRecentFiles)
        files.resize(maxRecentFiles);
    return files;
}

void addRecentFile(const QString& path)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QStringList files = recentFiles();
    files.removeAll(absolute);
    files.prepend(absolute);
    if (files.size() > maxRecentFiles)
        files.resize(maxRecentFiles);
    QSettings().setValue(recentFilesKey(), files);
}

void removeRecentFile(const QString& path)
{
    QStringList files = recentFiles();
    files.removeAll(path);
    QSettings().setValue(recentFilesKey(), files);
}

void clearRecentFiles()
{
    QSettings().remove(recentFilesKey());
}

} // namespace voc::settings
