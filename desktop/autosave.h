// SPDX-License-Identifier: GPL-3.0-or-later
// Crash recovery: copies of modified designs in the app data folder, one per document path,
// removed when the document is saved, discarded or closed cleanly.
#pragma once

#include "common/result.h"
#include "model/design.h"

#include <QDateTime>
#include <QList>
#include <QString>

namespace voc {

struct RecoverableDesign
{
    QString autosavePath; // the copy in the autosave folder
    QString originalPath; // where the design lives; empty for one never saved
    QDateTime savedAt;
};

class AutosaveStore
{
public:
    // The default folder is <AppDataLocation>/autosave.
    explicit AutosaveStore(const QString& directory = defaultDirectory());

    static QString defaultDirectory();
    QString directory() const { return m_directory; }

    // "<folder>/<first 16 hex digits of the path's SHA-1>.voc", or "<folder>/untitled.voc".
    QString pathFor(const QString& documentPath) const;

    Status write(const Design& design, const QString& documentPath) const;
    void remove(const QString& documentPath) const;

    // Every copy left behind, newest first.
    QList<RecoverableDesign> findRecoverable() const;
    Result<Design> read(const RecoverableDesign& file) const;
    void discard(const RecoverableDesign& file) const;

private:
    static QString originFileFor(const QString& autosavePath);

    QString m_directory;
};

} // namespace voc
