// SPDX-License-Identifier: GPL-3.0-or-later
#include "boottimeline.h"

#include "boottimelinemodel.h"

#include <QLocale>
#include <QPainter>
#include <QPainterPath>
#include <QTimer>

#include <cmath>

namespace voc {

namespace {

constexpr int margin = 8;

// 1, 2 or 5 times a power of ten: ticks a reader can add up.
qint64 niceStep(qint64 rangeMs, int maxTicks)
{
    const double raw = double(rangeMs) / std::max(1, maxTicks);
    const double power = std::pow(10.0, std::floor(std::log10(std::max(raw, 1.0))));
    for (double factor : {1.0, 2.0, 5.0, 10.0}) {
        if (factor * power >= raw)
            return std::max<qint64>(qint64(factor * power), 1);
    }
    return qint64(10 * power);
}

} // namespace

BootTimeline::BootTimeline(QWidget* parent)
    : QWidget(parent)
    , m_tick(new QTimer(this))
{
    setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    setFocusPolicy(Qt::NoFocus);
    // Ten frames a second is smooth enough for bars measured in seconds, and cheap.
    m_tick->setInterval(100);
    connect(m_tick, &QTimer::timeout, this, qOverload<>(&QWidget::update));
}

void BootTimeline::setModel(BootTimelineModel* model)
{
    if (m_model)
        m_model->disconnect(this);
    m_model = model;
    if (m_model) {
        const auto relayout = [this] {
            updateGeometry();
            update();
        };
        connect(m_model, &QAbstractItemModel::modelReset, this, relayout);
        connect(m_model, &QAbstractItemModel::rowsInserted, this, relayout);
        connect(m_model, &QAbstractItemModel::dataChanged, this, qOverload<>(&QWidget::update));
        connect(m_model, &BootTimelineModel::referenceChanged, this, qOverload<>(&QWidget::update));
    }
    updateGeometry();
    update();
}

void BootTimeline::startLive(qint64 elapsedMs)
{
    m_clockOffsetMs = elapsedMs;
    m_clock.start();
    m_live = true;
    m_tick->start();
}

void BootTimeline::stopLive()
{
    if (m_live)
        m_frozenMs = nowMs();
    m_live = false;
    m_tick->stop();
    update();
}

qint64 BootTimeline::nowMs() const
{
    return m_live ? m_clockOffsetMs + m_clock.elapsed() : m_frozenMs;
}

void BootTimeline::setReferenceVisible(bool visible)
{
    m_referenceVisible = visible;
    update();
}

qint64 BootTimeline::axisEndMs() const
{
    qint64 end = 1000;
    if (m_model) {
        end = std::max(end, m_model->maxMs());
        if (m_live)
            end = std::max(end, nowMs());
        if (m_referenceVisible && m_model->referenceMaxS() > 0)
            end = std::max(end, qint64(m_model->referenceMaxS() * 1000));
    }
    const qint64 step = niceStep(end, 8);
    return (end / step + 1) * step;
}

int BootTimeline::rowHeight() const
{
    return fontMetrics().height() + 10;
}

int BootTimeline::labelWidth() const
{
    int widest = fontMetrics().horizontalAdvance(tr("VCN"));
    if (m_model) {
        for (const QString& vcn : m_model->vcns())
            widest = std::max(widest, fontMetrics().horizontalAdvance(vcn));
    }
    return widest + 2 * margin;
}

int BootTimeline::axisHeight() const
{
    return 2 * fontMetrics().height() + 14;
}

int BootTimeline::legendHeight() const
{
    return fontMetrics().height() + 2 * margin;
}

QSize BootTimeline::sizeHint() const
{
    const int rows = std::max(m_model ? m_model->rowCount() : 0, 3);
    return {640, legendHeight() + rows * rowHeight() + axisHeight() + margin};
}

QSize BootTimeline::minimumSizeHint() const
{
    return {320, legendHeight() + rowHeight() + axisHeight() + margin};
}

void BootTimeline::paintEvent(QPaintEvent*)
{
    QPainter painter(this);
    painter.setRenderHint(QPainter::Antialiasing);
    const QPalette pal = palette();
    painter.fillRect(rect(), pal.base());
    const QFontMetrics fm = fontMetrics();

    // Legend: one swatch per phase (a bar's colour is the phase it is in), the ready marker, the band.
    int x = margin;
    const int legendY = margin;
    const int swatch = fm.height() - 4;
    const auto legendEntry = [&](const QColor& color, const QString& text, bool marker) {
        if (marker) {
            painter.setPen(QPen(color, 3));
            painter.drawLine(x + swatch / 2, legendY + 1, x + swatch / 2, legendY + swatch + 1);
        } else {
            painter.setPen(Qt::NoPen);
            painter.setBrush(color);
            painter.drawRoundedRect(QRectF(x, legendY + 2, swatch, swatch), 2, 2);
        }
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(x + swatch + 4, legendY + fm.ascent(), text);
        x += swatch + 4 + fm.horizontalAdvance(text) + 2 * margin;
    };
    legendEntry(pal.color(QPalette::Mid), tr("Starting"), false);
    for (BootPhase phase : {BootPhase::Running, BootPhase::Kernel, BootPhase::Init, BootPhase::Network})
        legendEntry(BootTimelineModel::phaseColor(phase), BootTimelineModel::phaseLabel(phase), false);
    legendEntry(BootTimelineModel::phaseColor(BootPhase::Ready),
                BootTimelineModel::phaseLabel(BootPhase::Ready), true);
    const bool band = m_referenceVisible && m_model && m_model->referenceMaxS() > 0;
    QColor bandColor(0xCC, 0x79, 0xA7, 60);
    if (band)
        legendEntry(bandColor, m_model->referenceLabel(), false);

    const int left = labelWidth();
    const int right = width() - margin - fm.horizontalAdvance(QStringLiteral("000.0 s"));
    const int top = legendHeight();
    const int rows = m_model ? m_model->rowCount() : 0;
    const int rowH = rowHeight();
    const int plotBottom = std::max(top + rows * rowH, top + rowH);
    if (right <= left + 20)
        return;
    const qint64 end = axisEndMs();
    const auto xOf = [&](qint64 ms) { return left + double(right - left) * double(ms) / double(end); };

    if (band) {
        const QRectF area(xOf(qint64(m_model->referenceMinS() * 1000)), top,
                          xOf(qint64(m_model->referenceMaxS() * 1000)) -
                              xOf(qint64(m_model->referenceMinS() * 1000)),
                          plotBottom - top);
        painter.fillRect(area, bandColor);
    }

    // Axis with grid lines in seconds.
    const qint64 step = niceStep(end, std::max(2, (right - left) / 90));
    painter.setPen(pal.color(QPalette::Mid));
    painter.drawLine(left, plotBottom, right, plotBottom);
    for (qint64 tick = 0; tick <= end; tick += step) {
        const double tx = xOf(tick);
        painter.setPen(QPen(pal.color(QPalette::Midlight), 1, Qt::DotLine));
        painter.drawLine(QPointF(tx, top), QPointF(tx, plotBottom));
        painter.setPen(pal.color(QPalette::Text));
        const QString label = QLocale().toString(double(tick) / 1000.0, 'g', 4) + QStringLiteral(" s");
        painter.drawText(QRectF(tx - 40, plotBottom + 4, 80, fm.height()), Qt::AlignHCenter, label);
    }
    painter.drawText(QRectF(left, plotBottom + 6 + fm.height(), right - left, fm.height()), Qt::AlignRight,
                     tr("seconds from the first domain start call"));

    if (rows == 0) {
        painter.setPen(pal.color(QPalette::PlaceholderText));
        painter.drawText(QRect(left, top, right - left, rowH), Qt::AlignCenter,
                         tr("Start a run to watch every VCN boot here."));
        return;
    }

    const qint64 now = nowMs();
    const int barH = rowH - 8;
    for (int row = 0; row < rows; ++row) {
        const int y = top + row * rowH;
        painter.setPen(pal.color(QPalette::Text));
        painter.drawText(QRect(margin, y, left - 2 * margin, rowH), Qt::AlignVCenter | Qt::AlignLeft,
                         m_model->vcns().at(row));
        const std::optional<BootPhase> last = m_model->lastPhase(row);
        const bool ready = m_model->isReady(row);
        // Until it runs, a VCN is "starting" (overlay, domain creation) up to now or its running time.
        const std::optional<qint64> running = m_model->phaseMs(row, BootPhase::Running);
        const qint64 startEnd = running ? *running : (m_live ? now : 0);
        const QRectF barArea(0, y + 4, 0, barH);
        if (startEnd > 0) {
            painter.setPen(Qt::NoPen);
            painter.setBrush(pal.color(QPalette::Mid));
            painter.drawRect(QRectF(xOf(0), barArea.top(), xOf(startEnd) - xOf(0), barH));
        }
        for (BootPhase phase : {BootPhase::Running, BootPhase::Kernel, BootPhase::Init, BootPhase::Network}) {
            const std::optional<qint64> from = m_model->phaseMs(row, phase);
            if (!from)
                continue;
            std::optional<qint64> to;
            for (int next = int(phase) + 1; next < int(std::size(allBootPhases)) && !to; ++next)
                to = m_model->phaseMs(row, BootPhase(next));
            if (!to)
                to = (m_live && !ready) ? std::max(now, *from) : *from;
            painter.setPen(Qt::NoPen);
            painter.setBrush(BootTimelineModel::phaseColor(phase));
            painter.drawRect(QRectF(xOf(*from), barArea.top(), std::max(1.0, xOf(*to) - xOf(*from)), barH));
        }
        if (ready) {
            const qint64 at = *m_model->phaseMs(row, BootPhase::Ready);
            painter.setPen(QPen(BootTimelineModel::phaseColor(BootPhase::Ready), 3));
            painter.drawLine(QPointF(xOf(at), y + 1), QPointF(xOf(at), y + rowH - 1));
            painter.setPen(pal.color(QPalette::Text));
            painter.drawText(QPointF(xOf(at) + 5, y + (rowH + fm.ascent() - fm.descent()) / 2.0),
                             QLocale().toString(double(at) / 1000.0, 'f', 1) + QStringLiteral(" s"));
        } else if (last && !m_live) {
            // Stopped before ready (failed or cancelled): mark where it got to.
            painter.setPen(pal.color(QPalette::PlaceholderText));
            const qint64 at = *m_model->phaseMs(row, *last);
            painter.drawText(QPointF(xOf(at) + 5, y + (rowH + fm.ascent() - fm.descent()) / 2.0),
                             tr("not ready"));
        }
    }
}

} // namespace voc
