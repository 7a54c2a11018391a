// SPDX-License-Identifier: GPL-3.0-or-later
// The document's problems as a list: "path: message", an icon by severity, the hint as tooltip.
#pragma once

#include "model/problem.h"

#include <QAbstractListModel>
#include <QIcon>

namespace voc {

class DesignDocument;

class ProblemsModel : public QAbstractListModel
{
    Q_OBJECT

public:
    enum Roles
    {
        PathRole = Qt::UserRole + 1,
        SeverityRole,
        MessageRole,
        HintRole
    };

    explicit ProblemsModel(DesignDocument* document, QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    const Problem& problem(int row) const { return m_problems.at(row); }
    int errorCount() const;
    int warningCount() const;

    static QIcon severityIcon(Problem::Severity severity);

private:
    void sync();

    DesignDocument* m_document;
    Problems m_problems;
};

} // namespace voc
