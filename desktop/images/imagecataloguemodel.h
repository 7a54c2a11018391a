// SPDX-License-Identifier: GPL-3.0-or-later
// The image catalogue as a table for the Images page: one row per image, with the state of its last
// checksum check next to the recorded facts.
#pragma once

#include "images/imageinfo.h"

#include <QAbstractTableModel>
#include <QHash>
#include <QList>

namespace voc {

// An image's size as the Images page shows it ("1.5 GB"), in the user's locale.
QString imageSizeText(qint64 bytes);

class ImageCatalogueModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        FormatColumn,
        SizeColumn,
        VirtualSizeColumn,
        BootColumn,
        Sha256Column,
        StatusColumn,
        ColumnCount
    };
    enum class Check
    {
        Unchecked,
        Checking,
        Verified,
        Mismatch,
        Missing
    };
    enum Role
    {
        PathRole = Qt::UserRole + 1,
        CheckRole, // int(Check)
    };

    explicit ImageCatalogueModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Replaces every row; checks of paths that stay are kept, `missing` ones are marked Missing.
    void setEntries(const QList<ImageInfo>& entries, const QStringList& missing = {});
    const QList<ImageInfo>& entries() const { return m_entries; }
    int rowOf(const QString& path) const;
    // Adds a row, or updates the row with the same path.
    void upsert(const ImageInfo& info);
    bool remove(const QString& path);

    void setCheck(const QString& path, Check check, const QString& detail = {});
    Check check(const QString& path) const;
    QString checkDetail(const QString& path) const;
    static QString checkText(Check check);

private:
    QList<ImageInfo> m_entries;
    QHash<QString, Check> m_checks;
    QHash<QString, QString> m_details; // why a check failed, for the tooltip
};

} // namespace voc
