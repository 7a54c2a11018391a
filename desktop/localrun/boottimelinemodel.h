// SPDX-License-Identifier: GPL-3.0-or-later
// The data behind the boot timeline: per VCN (row) the time each boot phase (column) was reached, in
// ms from the run's first domain start call, as BootSamples arrive.
#pragma once

#include "model/results.h"

#include <QAbstractTableModel>
#include <QColor>
#include <QList>
#include <QStringList>

#include <array>
#include <optional>

namespace voc {

class BootTimelineModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Role
    {
        MsRole = Qt::UserRole + 1, // qint64, invalid when the phase was not reached
    };

    explicit BootTimelineModel(QObject* parent = nullptr);

    int rowCount(const QModelIndex& parent = {}) const override;
    int columnCount(const QModelIndex& parent = {}) const override;
    QVariant data(const QModelIndex& index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // Starts over with these VCNs (plan order) and no samples.
    void reset(const QStringList& vcns = {});
    // Records a sample; an unknown VCN gets a new row.
    void addSample(const BootSample& sample);

    QStringList vcns() const;
    std::optional<qint64> phaseMs(int row, BootPhase phase) const;
    // The last phase a VCN reached, if any.
    std::optional<BootPhase> lastPhase(int row) const;
    bool isReady(int row) const { return phaseMs(row, BootPhase::Ready).has_value(); }
    // The latest sample of all.
    qint64 maxMs() const;

    // The paper's VM boot time range (seconds), drawn as the reference band.
    void setReference(double minS, double maxS, const QString& label);
    double referenceMinS() const { return m_referenceMinS; }
    double referenceMaxS() const { return m_referenceMaxS; }
    QString referenceLabel() const { return m_referenceLabel; }

    // One colour per phase, shared by the timeline and its legend.
    static QColor phaseColor(BootPhase phase);
    static QString phaseLabel(BootPhase phase);

signals:
    void referenceChanged();

private:
    struct Row
    {
        QString vcn;
        std::array<std::optional<qint64>, std::size(allBootPhases)> ms;
    };
    QList<Row> m_rows;
    double m_referenceMinS = 0;
    double m_referenceMaxS = 0;
    QString m_referenceLabel;
};

} // namespace voc
