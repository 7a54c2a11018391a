// SPDX-License-Identifier: GPL-3.0-or-later
// The site profiles the Sites page knows: files the user added and those found in the sites folder.
#pragma once

#include "model/siteprofile.h"

#include <QAbstractListModel>
#include <QList>

namespace voc {

struct SiteEntry
{
    QString path;
    SiteProfile profile; // as last read or saved
    QString error;       // why the file could not be read; empty when it could
};

class SiteListModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Role
    {
        PathRole = Qt::UserRole + 1,
        ErrorRole,
    };

    explicit SiteListModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;

    void setEntries(const QList<SiteEntry>& entries);
    const QList<SiteEntry>& entries() const { return m_entries; }
    const SiteEntry& entry(int row) const { return m_entries.at(row); }
    int rowOf(const QString& path) const;
    // Adds a row, or replaces the row with the same path; returns its row.
    int upsert(const SiteEntry& entry);
    bool remove(const QString& path);
    QStringList paths() const;

private:
    QList<SiteEntry> m_entries;
};

} // namespace voc
