// SPDX-License-Identifier: GPL-3.0-or-later
// What the e2e tests of deployments to a VSP sandbox ask of the site and of the journals: the VCN
// records of a VOC in the site's directory, read as the site's own account, and the id of the
// deployment whose journal reaches a given line (to kill a deploy at a chosen step).
#pragma once

#include "directory/directory.h"
#include "directory/sitecredentials.h"
#include "model/siteprofile.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QString>
#include <QStringList>
#include <QThread>

namespace voc::test {

// The VCN records of `voc` at the site whose profile (and password file) is in `siteDir`. A failure
// to read the directory comes back as one record named "error" holding the error, so it shows in
// the comparison that follows; a VOC with no subtree yet has none.
inline QList<VcnRecord> directoryRecords(const SiteProfile& profile, const QString& siteDir,
                                         const QString& voc = QStringLiteral("demo"))
{
    const auto failed = [](const Error& error) {
        return QList<VcnRecord>{VcnRecord{QStringLiteral("error"), error.toString(), {}, {}, {}, {}}};
    };
    const Result<QString> password = directoryPassword(profile.directory, siteDir);
    if (!password)
        return failed(password.error());
    Result<std::unique_ptr<Directory>> directory =
        connectLdapDirectory(DirectoryConfig::fromSite(profile.directory, *password));
    if (!directory)
        return failed(directory.error());
    const Result<QList<VcnRecord>> records = (*directory)->listVcns(voc);
    if (!records)
        return records.error().code == ErrorCode::NotFound ? QList<VcnRecord>{} : failed(records.error());
    return *records;
}

// Waits until a deployment journal in `stateDir` other than those in `seen` has a line containing
// `marker`: that deployment's id, or empty after `timeoutMs`.
inline QString waitForJournal(const QString& stateDir, const QString& marker, const QStringList& seen,
                              int timeoutMs)
{
    QElapsedTimer timer;
    timer.start();
    while (timer.elapsed() < timeoutMs) {
        const QFileInfoList journals =
            QDir(stateDir + QStringLiteral("/deployments"))
                .entryInfoList({QStringLiteral("*.jsonl")}, QDir::Files, QDir::Time);
        for (const QFileInfo& journal : journals) {
            QFile f(journal.absoluteFilePath());
            if (!seen.contains(journal.completeBaseName()) && f.open(QIODevice::ReadOnly) &&
                f.readAll().contains(marker.toUtf8()))
                return journal.completeBaseName();
        }
        QThread::msleep(50);
    }
    return {};
}

} // namespace voc::test
