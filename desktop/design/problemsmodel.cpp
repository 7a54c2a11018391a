// SPDX-License-Identifier: GPL-3.0-or-later
#include "problemsmodel.h"

#include "designdocument.h"
#include "listdiff.h"

#include <QApplication>
#include <QStyle>

#include <algorithm>

namespace voc {

ProblemsModel::ProblemsModel(DesignDocument* document, QObject* parent)
    : QAbstractListModel(parent)
    , m_document(document)
    , m_problems(document->problems())
{
    connect(document, &DesignDocument::problemsChanged, this, &ProblemsModel::sync);
}

int ProblemsModel::rowCount(const QModelIndex& parent) const
{
    return parent.isValid() ? 0 : int(m_problems.size());
}

QVariant ProblemsModel::data(const QModelIndex& index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const Problem& p = m_problems.at(index.row());
    switch (role) {
    case Qt::DisplayRole:
        return p.toString();
    case Qt::ToolTipRole:
        return p.hint.isEmpty() ? p.toString() : p.hint;
    case Qt::DecorationRole:
        return severityIcon(p.severity);
    case PathRole:
        return p.path;
    case SeverityRole:
        return static_cast<int>(p.severity);
    case MessageRole:
        return p.message;
    case HintRole:
        return p.hint;
    }
    return {};
}

QHash<int, QByteArray> ProblemsModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractListModel::roleNames();
    names.insert(PathRole, "path");
    names.insert(SeverityRole, "severity");
    names.insert(MessageRole, "message");
    names.insert(HintRole, "hint");
    return names;
}

int ProblemsModel::errorCount() const
{
    return int(std::count_if(m_problems.cbegin(), m_problems.cend(),
                             [](const Problem& p) { return p.severity == Problem::Severity::Error; }));
}

int ProblemsModel::warningCount() const
{
    return int(m_problems.size()) - errorCount();
}

QIcon ProblemsModel::severityIcon(Problem::Severity severity)
{
    // Theme icons where there is a theme; the style's own otherwise (e.g. offscreen, no desktop).
    if (severity == Problem::Severity::Error)
        return QIcon::fromTheme(QStringLiteral("dialog-error"),
                                QApplication::style()->standardIcon(QStyle::SP_MessageBoxCritical));
    return QIcon::fromTheme(QStringLiteral("dialog-warning"),
                            QApplication::style()->standardIcon(QStyle::SP_MessageBoxWarning));
}

void ProblemsModel::sync()
{
    const Problems& next = m_document->problems();
    if (next == m_problems)
        return;
    // Problems come and go one or two at a time as the user types; rows that stay keep their
    // selection when the change is a pure insertion or removal.
    const ListChange change = diffLists(m_problems, next);
    const int first = int(change.first);
    if (change.oldLength == 0) {
        beginInsertRows({}, first, int(first + change.newLength - 1));
        m_problems = next;
        endInsertRows();
    } else if (change.newLength == 0) {
        beginRemoveRows({}, first, int(first + change.oldLength - 1));
        m_problems = next;
        endRemoveRows();
    } else if (change.oldLength == change.newLength) {
        m_problems = next;
        emit dataChanged(index(first), index(int(first + change.oldLength - 1)));
    } else {
        beginResetModel();
        m_problems = next;
        endResetModel();
    }
}

} // namespace voc
