// SPDX-License-Identifier: GPL-3.0-or-later
#include "sitejobs.h"

#include <QDir>
#include <QFileInfo>
#include <QSet>

namespace voc {

LoadSitesJob::LoadSitesJob(QStringList paths, QString sitesDir, QObject* parent)
    : TypedJob<QList<SiteEntry>>(parent)
    , m_paths(std::move(paths))
    , m_sitesDir(std::move(sitesDir))
{}

Result<QList<SiteEntry>> LoadSitesJob::run()
{
    return loadSiteEntries(m_paths, m_sitesDir);
}

QList<SiteEntry> loadSiteEntries(const QStringList& paths, const QString& sitesDir)
{
    QStringList all = paths;
    if (!sitesDir.isEmpty()) {
        const QDir dir(sitesDir);
        for (const QString& name : dir.entryList({QStringLiteral("*.json")}, QDir::Files, QDir::Name))
            all.append(dir.filePath(name));
    }
    QList<SiteEntry> entries;
    QSet<QString> seen;
    for (const QString& path : std::as_const(all)) {
        const QString absolute = QFileInfo(path).absoluteFilePath();
        if (seen.contains(absolute))
            continue;
        seen.insert(absolute);
        SiteEntry entry;
        entry.path = absolute;
        if (Result<SiteProfile> profile = loadSiteProfile(absolute); profile)
            entry.profile = *profile;
        else
            entry.error = profile.error().toString();
        entries.append(entry);
    }
    return entries;
}

SaveSiteJob::SaveSiteJob(QString path, SiteProfile profile, QObject* parent)
    : TypedJob<Ok>(parent)
    , m_path(std::move(path))
    , m_profile(std::move(profile))
{}

Result<Ok> SaveSiteJob::run()
{
    QDir().mkpath(QFileInfo(m_path).absolutePath());
    return saveSiteProfile(m_path, m_profile);
}

OpenDirectoryJob::OpenDirectoryJob(DirectoryConfig config, DirectoryConnector connector, QObject* parent)
    : TypedJob<DirectorySession>(parent)
    , m_config(std::move(config))
    , m_connect(std::move(connector))
{}

Result<DirectorySession> OpenDirectoryJob::run()
{
    Result<std::unique_ptr<Directory>> directory = m_connect(m_config);
    if (!directory)
        return directory.error();
    DirectorySession session;
    session.directory = std::move(directory).value();
    Result<QStringList> vocs = session.directory->listVocs();
    if (!vocs)
        return vocs.error();
    session.vocs = *vocs;
    return session;
}

ListVcnsJob::ListVcnsJob(std::shared_ptr<Directory> directory, QString voc, QObject* parent)
    : TypedJob<QList<VcnRecord>>(parent)
    , m_directory(std::move(directory))
    , m_voc(std::move(voc))
{}

Result<QList<VcnRecord>> ListVcnsJob::run()
{
    return m_directory->listVcns(m_voc);
}

} // namespace voc
