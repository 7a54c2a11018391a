// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagecataloguemodel.h"

#include <QBrush>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLocale>
#include <QPalette>

namespace voc {

namespace {

// Enough hex digits to tell images apart at a glance; the tooltip has all 64.
constexpr int shortSha256 = 12;

} // namespace

QString imageSizeText(qint64 bytes)
{
    return QLocale().formattedDataSize(bytes, 1, QLocale::DataSizeTraditionalFormat);
}

ImageCatalogueModel::ImageCatalogueModel(QObject* parent)
    : QAbstractTableModel(parent)
{}

int ImageCatalogueModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int ImageCatalogueModel::columnCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QString ImageCatalogueModel::checkText(Check check)
{
    switch (check) {
    case Check::Unchecked:
        return tr("unchecked");
    case Check::Checking:
        return tr("checking…");
    case Check::Verified:
        return tr("verified");
    case Check::Mismatch:
        return tr("mismatch");
    case Check::Missing:
        return tr("missing");
    }
    return {};
}

QVariant ImageCatalogueModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const ImageInfo& info = m_entries.at(index.row());
    const Check state = check(info.path);
    if (role == PathRole)
        return info.path;
    if (role == CheckRole)
        return int(state);
    if (role == Qt::DisplayRole) {
        switch (index.column()) {
        case NameColumn: {
            // Built images are all "disk.qcow2": their folder (role and recipe hash) tells them apart.
            const QFileInfo file(info.path);
            return QString(file.dir().dirName() + QDir::separator() + file.fileName());
        }
        case FormatColumn:
            return info.format;
        case SizeColumn:
            return imageSizeText(info.sizeBytes);
        case VirtualSizeColumn:
            return imageSizeText(info.virtualSizeBytes);
        case BootColumn:
            return info.bootMode == BootMode::Kernel ? tr("kernel") : tr("disk");
        case Sha256Column:
            return info.sha256.isEmpty() ? tr("not computed") : info.sha256.left(shortSha256) + u'…';
        case StatusColumn:
            return checkText(state);
        }
    }
    if (role == Qt::ToolTipRole) {
        switch (index.column()) {
        case NameColumn:
            return QDir::toNativeSeparators(info.path);
        case Sha256Column:
            return info.sha256;
        case StatusColumn:
            return m_details.value(info.path);
        default:
            return {};
        }
    }
    if (role == Qt::FontRole && index.column() == Sha256Column)
        return QFontDatabase::systemFont(QFontDatabase::FixedFont);
    if (role == Qt::TextAlignmentRole &&
        (index.column() == SizeColumn || index.column() == VirtualSizeColumn))
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    if (role == Qt::ForegroundRole && index.column() == StatusColumn &&
        (state == Check::Mismatch || state == Check::Missing))
        return QBrush(Qt::red);
    return {};
}

QVariant ImageCatalogueModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case NameColumn:
        return tr("Image");
    case FormatColumn:
        return tr("Format");
    case SizeColumn:
        return tr("Size");
    case VirtualSizeColumn:
        return tr("Virtual size");
    case BootColumn:
        return tr("Boot");
    case Sha256Column:
        return tr("SHA-256");
    case StatusColumn:
        return tr("Status");
    }
    return {};
}

void ImageCatalogueModel::setEntries(const QList<ImageInfo>& entries, const QStringList& missing)
{
    beginResetModel();
    m_entries = entries;
    QHash<QString, Check> checks;
    for (const ImageInfo& info : entries)
        checks.insert(info.path, missing.contains(info.path) ? Check::Missing
                                                             : m_checks.value(info.path, Check::Unchecked));
    m_checks = checks;
    endResetModel();
}

int ImageCatalogueModel::rowOf(const QString& path) const
{
    for (qsizetype row = 0; row < m_entries.size(); ++row) {
        if (m_entries.at(row).path == path)
            return int(row);
    }
    return -1;
}

void ImageCatalogueModel::upsert(const ImageInfo& info)
{
    const int row = rowOf(info.path);
    if (row >= 0) {
        m_entries[row] = info;
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
        return;
    }
    const int at = int(m_entries.size());
    beginInsertRows({}, at, at);
    m_entries.append(info);
    endInsertRows();
}

bool ImageCatalogueModel::remove(const QString& path)
{
    const int row = rowOf(path);
    if (row < 0)
        return false;
    beginRemoveRows({}, row, row);
    m_entries.removeAt(row);
    m_checks.remove(path);
    m_details.remove(path);
    endRemoveRows();
    return true;
}

void ImageCatalogueModel::setCheck(const QString& path, Check check, const QString& detail)
{
    m_checks.insert(path, check);
    m_details.insert(path, detail);
    if (const int row = rowOf(path); row >= 0)
        emit dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

ImageCatalogueModel::Check ImageCatalogueModel::check(const QString& path) const
{
    return m_checks.value(path, Check::Unchecked);
}

QString ImageCatalogueModel::checkDetail(const QString& path) const
{
    return m_details.value(path);
}

} // namespace voc
