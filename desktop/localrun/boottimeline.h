// SPDX-License-Identifier: GPL-3.0-or-later
// The live boot timeline: one row per VCN, a coloured bar per boot phase on a common time axis,
// growing while the VCNs boot, with a legend and the paper's VM boot time range as a reference band.
#pragma once

#include <QElapsedTimer>
#include <QWidget>

#include <optional>

class QTimer;

namespace voc {

class BootTimelineModel;

class BootTimeline : public QWidget
{
    Q_OBJECT

public:
    explicit BootTimeline(QWidget* parent = nullptr);

    void setModel(BootTimelineModel* model);
    BootTimelineModel* model() const { return m_model; }

    // Bars of VCNs not yet ready grow with the clock: `elapsedMs` is the time since the run's first
    // start call right now.
    void startLive(qint64 elapsedMs);
    void stopLive();
    bool isLive() const { return m_live; }
    qint64 nowMs() const;

    void setReferenceVisible(bool visible);
    bool isReferenceVisible() const { return m_referenceVisible; }

    // The end of the time axis in ms (a round number past the latest bar and the reference band).
    qint64 axisEndMs() const;

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void paintEvent(QPaintEvent* event) override;

private:
    int rowHeight() const;
    int labelWidth() const;
    int legendHeight() const;
    int axisHeight() const;

    BootTimelineModel* m_model = nullptr;
    QTimer* m_tick;
    QElapsedTimer m_clock;
    qint64 m_clockOffsetMs = 0;
    qint64 m_frozenMs = 0;
    bool m_live = false;
    bool m_referenceVisible = true;
};

} // namespace voc
