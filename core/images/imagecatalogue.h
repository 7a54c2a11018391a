// SPDX-License-Identifier: GPL-3.0-or-later
// The images the user has added, persisted as JSON ("vocstudio-images/1") in the app data folder.
#pragma once

#include "common/result.h"
#include "images/imageinfo.h"

#include <QList>
#include <QString>

#include <optional>

namespace voc {

class ImageCatalogue
{
public:
    // filePath: where the catalogue lives; tests pass a temporary file.
    explicit ImageCatalogue(QString filePath = defaultPath());

    // <app data dir>/images.json
    static QString defaultPath();
    QString filePath() const { return m_filePath; }

    // Reads the file; a missing file is an empty catalogue. On error the entries are unchanged.
    Status load();
    // Writes the file atomically (temp + rename), creating its folder.
    Status save() const;

    const QList<ImageInfo>& entries() const { return m_entries; }

    // Adds an entry; its path is made absolute. An entry with the same path is a Conflict
    // (use replace() to update one, e.g. after a rebuild).
    Status add(const ImageInfo& info);
    // Adds or updates the entry with info's path.
    void replace(const ImageInfo& info);
    // Returns false if no entry has that path.
    bool remove(const QString& path);
    std::optional<ImageInfo> find(const QString& path) const;

    // Hashes the entry's file now (in the calling thread: use a ChecksumJob + compareChecksum from
    // a GUI) and compares with the recorded sha256.
    static Status verify(const ImageInfo& entry);
    // A mismatch is an error naming the file and both checksums; an entry without a recorded
    // sha256 cannot be verified (InvalidInput).
    static Status compareChecksum(const ImageInfo& entry, const QString& actualSha256);

private:
    QString m_filePath;
    QList<ImageInfo> m_entries;
};

} // namespace voc
