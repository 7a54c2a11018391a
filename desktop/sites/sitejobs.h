// SPDX-License-Identifier: GPL-3.0-or-later
// The Sites page's file and directory work as jobs on worker threads: reading the known site
// profiles, saving one, opening the directory and listing its VCN records.
#pragma once

#include "common/job.h"
#include "directory/directory.h"
#include "model/siteprofile.h"
#include "site/sitecheck.h"
#include "sitelistmodel.h"

#include <QStringList>

#include <memory>

namespace voc {

// The profiles at `paths` (added by the user) and every *.json in `sitesDir`, each once, in that
// order; a file that cannot be read is an entry with its error. Blocking: for worker threads.
QList<SiteEntry> loadSiteEntries(const QStringList& paths, const QString& sitesDir);

// loadSiteEntries() on a worker thread; an unreadable file is not a failure of the job.
class LoadSitesJob : public TypedJob<QList<SiteEntry>>
{
    Q_OBJECT

public:
    LoadSitesJob(QStringList paths, QString sitesDir, QObject* parent = nullptr);

protected:
    Result<QList<SiteEntry>> run() override;

private:
    QStringList m_paths;
    QString m_sitesDir;
};

class SaveSiteJob : public TypedJob<Ok>
{
    Q_OBJECT

public:
    SaveSiteJob(QString path, SiteProfile profile, QObject* parent = nullptr);
    QString path() const { return m_path; }
    const SiteProfile& profile() const { return m_profile; }

protected:
    Result<Ok> run() override;

private:
    QString m_path;
    SiteProfile m_profile;
};

// A bound directory and its VOCs. The Directory is used by one job at a time: the page runs these
// jobs on a pool of one thread.
struct DirectorySession
{
    std::shared_ptr<Directory> directory;
    QStringList vocs;
};

class OpenDirectoryJob : public TypedJob<DirectorySession>
{
    Q_OBJECT

public:
    OpenDirectoryJob(DirectoryConfig config, DirectoryConnector connector, QObject* parent = nullptr);

protected:
    Result<DirectorySession> run() override;

private:
    DirectoryConfig m_config;
    DirectoryConnector m_connect;
};

class ListVcnsJob : public TypedJob<QList<VcnRecord>>
{
    Q_OBJECT

public:
    ListVcnsJob(std::shared_ptr<Directory> directory, QString voc, QObject* parent = nullptr);
    QString voc() const { return m_voc; }

protected:
    Result<QList<VcnRecord>> run() override;

private:
    std::shared_ptr<Directory> m_directory;
    QString m_voc;
};

} // namespace voc
