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

QString acceleration()
{
    // The environment wins, as VOCSTUDIO_LANG does: scripts/run-demo chooses TCG with it.
    const QString fromEnvironment = qEnvironmentVariable("VOCSTUDIO_ACCEL");
    const QString accel =
        fromEnvironment.isEmpty() ? QSettings().value(accelerationKey()).toString() : fromEnvironment;
    return accel == QLatin1String("kvm") || accel == QLatin1String("tcg") ? accel : QStringLiteral("auto");
}

void setAcceleration(const QString& accel)
{
    QSettings().setValue(accelerationKey(), accel);
}

QString libvirtUri()
{
    const QString uri = QSettings().value(libvirtUriKey()).toString();
    return uri.isEmpty() ? QStringLiteral("qemu:///system") : uri;
}

void setLibvirtUri(const QString& uri)
{
    QSettings().setValue(libvirtUriKey(), uri);
}

int bootWatchdogSeconds()
{
    bool ok = false;
    const int seconds = QSettings().value(bootWatchdogSecondsKey(), defaultBootWatchdogSeconds).toInt(&ok);
    return ok ? std::clamp(seconds, minBootWatchdogSeconds, maxBootWatchdogSeconds)
              : defaultBootWatchdogSeconds;
}

int readyTimeoutSeconds(int fallback)
{
    bool ok = false;
    const int seconds = QSettings().value(readyTimeoutSecondsKey()).toInt(&ok);
    return ok && seconds >= 60 && seconds <= 7200 ? seconds : fallback;
}

void setBootWatchdogSeconds(int seconds)
{
    QSettings().setValue(bootWatchdogSecondsKey(),
                         std::clamp(seconds, minBootWatchdogSeconds, maxBootWatchdogSeconds));
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
