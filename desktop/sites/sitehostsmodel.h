// SPDX-License-Identifier: GPL-3.0-or-later
// A site profile's hosts as an editable table: name, libvirt URI, CPUs and memory offered, and
// whether the host is this machine (a checkbox; only then may its URI be qemu:/// or test:///).
#pragma once

#include "model/siteprofile.h"

#include <QAbstractTableModel>

namespace voc {

class SiteHostsModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        NameColumn,
        UriColumn,
        CpusColumn,
        MemoryColumn,
        LocalColumn,
        ColumnCount
    };

    explicit SiteHostsModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex& index, const QVariant& value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex& index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    void setHosts(const QList<SiteHost>& hosts);
    const QList<SiteHost>& hosts() const { return m_hosts; }
    // Appends a host with a free name ("kvmN") and returns its row.
    int addHost();
    void removeHost(int row);

signals:
    // The user changed the hosts (not emitted by setHosts).
    void hostsEdited();

private:
    QList<SiteHost> m_hosts;
};

} // namespace voc
