// SPDX-License-Identifier: GPL-3.0-or-later
// The Test-locally page's table: one row per VCN with its role, state, address and boot phase times.
#pragma once

#include "model/plan.h"
#include "model/results.h"

#include <QAbstractTableModel>
#include <QList>

#include <array>
#include <optional>

namespace voc {

class VcnStateModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column
    {
        HostnameColumn,
        RoleColumn,
        StateColumn,
        AddressColumn,
        FirstPhaseColumn, // then one column per BootPhase, in order
        ColumnCount = FirstPhaseColumn + int(std::size(allBootPhases))
    };
    enum Role
    {
        HostnameRole = Qt::UserRole + 1,
    };

    explicit VcnStateModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // One row per plan entry, state "planned", address the planned one.
    void setPlan(const QList<PlanEntry>& entries);
    void clear();
    // Adds a row for an unknown hostname (a run found in libvirt), or returns the existing one.
    int ensureRow(const QString& hostname);
    int rowOf(const QString& hostname) const;
    QString hostname(int row) const;

    void setState(const QString& hostname, const QString& state);
    void setAddress(const QString& hostname, const QString& address);
    void setRole(const QString& hostname, const QString& role);
    // Records the phase time and, unless the state was set otherwise later, shows the phase as state.
    void addSample(const BootSample& sample);
    // Every row's state at once (e.g. "failed", "removed").
    void setAllStates(const QString& state);

    QString state(const QString& hostname) const;
    QString address(const QString& hostname) const;
    std::optional<qint64> phaseMs(const QString& hostname, BootPhase phase) const;

    // The state text shown once a VCN reached a phase ("booting: kernel", "ready").
    static QString stateForPhase(BootPhase phase);

private:
    struct Row
    {
        QString hostname;
        QString role;
        QString state;
        QString address;
        std::array<std::optional<qint64>, std::size(allBootPhases)> ms;
    };
    void changed(int row);

    QList<Row> m_rows;
};

} // namespace voc
