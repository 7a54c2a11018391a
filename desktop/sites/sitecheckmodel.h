// SPDX-License-Identifier: GPL-3.0-or-later
// A site check's report as a tree: one branch per host (libvirt and hypervisor versions, CPUs,
// memory, storage pool and free space, bridge) and one for the directory (bound as, base DN,
// counts). A failed check shows its error in place, its hint as a child row.
#pragma once

#include "site/sitecheck.h"

#include <QStandardItemModel>

namespace voc {

class SiteCheckModel : public QStandardItemModel
{
    Q_OBJECT

public:
    enum Column
    {
        CheckColumn,
        ResultColumn,
        ColumnCount
    };
    enum Role
    {
        OkRole = Qt::UserRole + 1, // bool on every row that passed or failed
        KeyRole,                   // stable name of the row ("libvirt", "pool", "bridge", ...) for tests
    };

    explicit SiteCheckModel(QObject* parent = nullptr);

    void setReport(const SiteCheckReport& report);
    // A run that produced no report (cancelled) or has not finished.
    void clearReport();

    // The top-level row of a host by its profile name, or of "directory"; -1 when absent.
    int topRow(const QString& name) const;
    // The child row with KeyRole `key` under top row `top`; invalid when absent.
    QModelIndex child(int top, const QString& key) const;
};

} // namespace voc
