// SPDX-License-Identifier: GPL-3.0-or-later
// The keys of the application's QSettings and their defaults, in one place.
#pragma once

#include <QString>
#include <QStringList>

namespace voc::settings {

inline QString languageKey()
{
    return QStringLiteral("ui/language");
} // "", "en", "de"
inline QString autosaveSecondsKey()
{
    return QStringLiteral("ui/autosaveSeconds");
} // int
inline QString recentFilesKey()
{
    return QStringLiteral("files/recent");
} // QStringList
inline QString windowGeometryKey()
{
    return QStringLiteral("window/geometry");
}
inline QString windowStateKey()
{
    return QStringLiteral("window/state");
}
inline QString splitterStateKey()
{
    return QStringLiteral("window/designSplitter");
}

inline QString accelerationKey()
{
    return QStringLiteral("localrun/acceleration");
} // "auto", "kvm", "tcg"
inline QString libvirtUriKey()
{
    return QStringLiteral("localrun/libvirtUri");
}
inline QString bootWatchdogSecondsKey()
{
    return QStringLiteral("localrun/bootWatchdogSeconds");
} // int

inline constexpr int defaultAutosaveSeconds = 30;
inline constexpr int minAutosaveSeconds = 5;
inline constexpr int maxAutosaveSeconds = 3600;
inline constexpr int maxRecentFiles = 8;

// "" (follow the system), "en" or "de".
QString language();
void setLanguage(const QString& language);
int autosaveSeconds();
void setAutosaveSeconds(int seconds);

// Local test runs: "auto" (default), "kvm" or "tcg"; anything else reads as "auto".
QString acceleration();
void setAcceleration(const QString& accel);
// Default qemu:///system.
QString libvirtUri();
void setLibvirtUri(const QString& uri);
// Seconds until every VCN must show its kernel banner (default 60, 5..3600).
int bootWatchdogSeconds();
void setBootWatchdogSeconds(int seconds);
inline constexpr int defaultBootWatchdogSeconds = 60;
inline constexpr int minBootWatchdogSeconds = 5;
inline constexpr int maxBootWatchdogSeconds = 3600;
inline QString readyTimeoutSecondsKey()
{
    return QStringLiteral("localrun/readyTimeoutSeconds");
} // int
// Seconds until every VCN of a local run or deployment must be ready: the setting when it holds one
// (60..7200; TCG on a busy machine boots slowly), else `fallback` (the job's own default).
int readyTimeoutSeconds(int fallback);

// Most recent first, at most maxRecentFiles, no duplicates.
QStringList recentFiles();
void addRecentFile(const QString& path);
void removeRecentFile(const QString& path);
void clearRecentFiles();

} // namespace voc::settings
