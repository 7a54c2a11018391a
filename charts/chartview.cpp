// SPDX-License-Identifier: GPL-3.0-or-later
#include "charts/chartview.h"

#include "charts/chartbuilder.h"
#include "charts/densetimeline.h"
#include "common/atomicfile.h"

#include <QAction>
#include <QBuffer>
#include <QElapsedTimer>
#include <QFileInfo>
#include <QImage>
#include <QPageSize>
#include <QPdfWriter>
#include <QSvgGenerator>
#include <QToolTip>
#include <QVBoxLayout>

#include <algorithm>

#include <qcustomplot.h>

namespace voc {

namespace {

// Used when the view was never laid out, so an export does not come out at a widget's default size.
constexpr QSize defaultExportSize(1024, 640);
// QPdfWriter's device pixels per inch: with the page in points at 72 per inch, a chart exported as
// W x H pixels keeps those proportions and font sizes as on screen.
constexpr int pdfResolution = 96;

} // namespace

ChartView::ChartView(QWidget* parent)
    : QWidget(parent)
    , m_plot(new QCustomPlot(this))
{
    auto* layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_plot);
    setMinimumSize(320, 240);

    m_plot->setInteractions(QCP::iRangeDrag | QCP::iRangeZoom);
    m_plot->setNoAntialiasingOnDrag(true);
    m_plot->setPlottingHint(QCP::phCacheLabels, true);
    m_plot->setMouseTracking(true);

    // Title above, legend below the axes: inside the axis rect it would cover bars and labels.
    m_plot->plotLayout()->insertRow(0);
    auto* title =
        new QCPTextElement(m_plot, QString(), QFont(font().family(), font().pointSize() + 2, QFont::Bold));
    title->setObjectName(QStringLiteral("chartTitle"));
    m_plot->plotLayout()->addElement(0, 0, title);
    m_plot->legend->setVisible(true);
    m_plot->axisRect()->insetLayout()->take(m_plot->legend);
    auto* legendRow = new QCPLayoutGrid;
    m_plot->plotLayout()->addElement(2, 0, legendRow);
    legendRow->setMargins(QMargins(8, 0, 8, 6));
    legendRow->addElement(0, 0, m_plot->legend);
    m_plot->legend->setFillOrder(QCPLegend::foColumnsFirst);
    m_plot->legend->setWrap(3);
    m_plot->legend->setBorderPen(Qt::NoPen);
    m_plot->legend->setBrush(Qt::NoBrush);
    m_plot->legend->setSelectableParts(QCPLegend::spItems);
    m_plot->plotLayout()->setRowStretchFactor(0, 0.001);
    m_plot->plotLayout()->setRowStretchFactor(2, 0.001);

    connect(m_plot, &QCustomPlot::mouseMove, this, &ChartView::onMouseMove);
    connect(m_plot, &QCustomPlot::legendClick, this, &ChartView::onLegendClick);
    connect(m_plot, &QCustomPlot::mouseDoubleClick, this, [this] { resetZoom(); });
    // The timeline's VCNs run down the left axis: a dense one is redrawn for the rows in view.
    connect(m_plot->yAxis, qOverload<const QCPRange&>(&QCPAxis::rangeChanged), this,
            &ChartView::queueDetailRefresh);

    auto* reset = new QAction(tr("Reset zoom"), this);
    connect(reset, &QAction::triggered, this, &ChartView::resetZoom);
    m_plot->addAction(reset);
    m_plot->setContextMenuPolicy(Qt::ActionsContextMenu);
    m_plot->setToolTip(QString());
    m_plot->setWhatsThis(tr("Drag to pan, wheel to zoom, double-click to fit the chart again. "
                            "Click a legend entry to hide or show its series."));
}

ChartView::~ChartView() = default;

void ChartView::setChart(const ChartData& data)
{
    m_data = data;
    m_visible = QList<bool>(m_data.series.size(), true);
    rebuild();
}

void ChartView::clear()
{
    setChart(ChartData{});
}

void ChartView::setFastPath(bool fast)
{
    m_fastPath = fast;
    rebuild();
}

void ChartView::rebuild()
{
    m_denseTimeline.reset(); // its plottables go with the old chart
    charts::BuiltChart built = charts::buildChart(m_plot, m_data, m_fastPath);
    m_plottables = built.plottables;
    m_labels = built.labels;
    m_seriesOf = built.seriesOf;
    m_denseTimeline = built.denseTimeline;
    if (auto* title = m_plot->findChild<QCPTextElement*>(QStringLiteral("chartTitle")))
        title->setText(m_data.title);
    m_hoverText.clear();
    for (int s = 0; s < m_data.series.size(); ++s)
        applyVisibility(s);
    charts::fitAxes(m_plot, m_data, m_visible);
    updateDetail();
    m_plot->replot();
}

int ChartView::seriesCount() const
{
    return int(m_data.series.size());
}

bool ChartView::isSeriesVisible(int series) const
{
    return m_visible.value(series, false);
}

void ChartView::setSeriesVisible(int series, bool visible)
{
    if (series < 0 || series >= m_visible.size() || m_visible[series] == visible)
        return;
    m_visible[series] = visible;
    applyVisibility(series);
    m_plot->replot();
    emit seriesVisibilityChanged(series, visible);
}

void ChartView::applyVisibility(int series)
{
    const bool visible = m_visible.value(series, true);
    for (QCPAbstractPlottable* plottable : std::as_const(m_plottables[series]))
        plottable->setVisible(visible);
    for (QObject* label : std::as_const(m_labels[series]))
        static_cast<QCPAbstractItem*>(label)->setVisible(visible);
    if (m_plottables[series].isEmpty())
        return;
    if (QCPPlottableLegendItem* item = m_plot->legend->itemWithPlottable(m_plottables[series].first())) {
        // A hidden series stays in the legend, greyed, so it can be clicked back.
        item->setTextColor(visible ? palette().color(QPalette::WindowText)
                                   : palette().color(QPalette::PlaceholderText));
        QFont font = item->font();
        font.setStrikeOut(!visible);
        item->setFont(font);
    }
}

QString ChartView::hoverTextFor(int series, int index) const
{
    return charts::hoverText(m_data, series, charts::pointOfIndex(m_data, series, index));
}

void ChartView::resetZoom()
{
    charts::fitAxes(m_plot, m_data, m_visible);
    updateDetail();
    m_plot->replot();
}

QCPAxis* ChartView::keyAxis() const
{
    return charts::keyAxisIsVertical(m_data) ? m_plot->yAxis : m_plot->xAxis;
}

std::pair<double, double> ChartView::keyRange() const
{
    const QCPRange range = keyAxis()->range();
    return {range.lower, range.upper};
}

void ChartView::setKeyRange(double lower, double upper)
{
    keyAxis()->setRange(lower, upper);
    m_plot->replot(QCustomPlot::rpQueuedReplot);
}

void ChartView::queueDetailRefresh()
{
    // A drag or a burst of wheel steps changes the range many times before the event loop runs
    // again: the rows are drawn once, for the last range. Until then QCustomPlot's own replots show
    // the rows drawn before, which reach a view's height beyond it on either side.
    if (!m_denseTimeline || m_detailQueued)
        return;
    m_detailQueued = true;
    QMetaObject::invokeMethod(
        this,
        [this] {
            m_detailQueued = false;
            if (updateDetail())
                m_plot->replot(QCustomPlot::rpQueuedReplot);
        },
        Qt::QueuedConnection);
}

bool ChartView::updateDetail()
{
    if (!m_denseTimeline)
        return false;
    const QCPRange range = m_plot->yAxis->range();
    return m_denseTimeline->showRows(range.lower, range.upper);
}

double ChartView::replotNow()
{
    QElapsedTimer timer;
    timer.start();
    m_plot->replot(QCustomPlot::rpImmediateRefresh);
    return double(timer.nsecsElapsed()) / 1e6;
}

QWidget* ChartView::plotWidget() const
{
    return m_plot;
}

QPoint ChartView::pointPosition(int series, int index) const
{
    const int point = charts::pointOfIndex(m_data, series, index);
    if (point < 0 || !m_visible.value(series) || m_plottables.value(series).isEmpty())
        return {};
    const QPointF coords = charts::pointCoordinates(m_data, series, point);
    double x = 0, y = 0;
    m_plottables[series].first()->coordsToPixels(coords.x(), coords.y(), x, y);
    return QPointF(x, y).toPoint();
}

QRect ChartView::legendItemRect(int series) const
{
    if (m_plottables.value(series).isEmpty())
        return {};
    QCPPlottableLegendItem* item = m_plot->legend->itemWithPlottable(m_plottables[series].first());
    return item ? item->outerRect() : QRect();
}

QList<double> ChartView::drawnKeys(int series) const
{
    QList<double> keys;
    for (QCPAbstractPlottable* plottable : m_plottables.value(series)) {
        QCPPlottableInterface1D* data = plottable->interface1D();
        const QCPRange range = plottable->keyAxis()->range();
        for (int i = 0; data && i < data->dataCount(); ++i) {
            if (range.contains(data->dataMainKey(i)))
                keys.append(data->dataMainKey(i));
        }
    }
    std::sort(keys.begin(), keys.end());
    return keys;
}

QString ChartView::hoverTextAt(const QPointF& pos) const
{
    // As QCustomPlot::plottableAt, but hidden series do not answer.
    const QCPAbstractPlottable* nearest = nullptr;
    QVariant nearestDetails;
    double nearestDistance = m_plot->selectionTolerance();
    for (int i = 0; i < m_plot->plottableCount(); ++i) {
        QCPAbstractPlottable* plottable = m_plot->plottable(i);
        if (!plottable->visible() || !plottable->keyAxis()->axisRect()->rect().contains(pos.toPoint()))
            continue;
        QVariant details;
        const double distance = plottable->selectTest(pos, false, &details);
        if (distance >= 0 && distance < nearestDistance) {
            nearest = plottable;
            nearestDetails = details;
            nearestDistance = distance;
        }
    }
    if (!nearest)
        return {};
    const QCPDataSelection selection = nearestDetails.value<QCPDataSelection>();
    auto* data = const_cast<QCPAbstractPlottable*>(nearest)->interface1D();
    if (selection.isEmpty() || !data)
        return {};
    const int series = m_seriesOf.value(nearest, -1);
    const double key = data->dataMainKey(selection.dataRange(0).begin());
    return charts::hoverText(m_data, series, charts::pointAtKey(m_data, series, key));
}

void ChartView::onMouseMove(QMouseEvent* event)
{
    const QString text = hoverTextAt(event->position());
    if (text == m_hoverText)
        return;
    m_hoverText = text;
    if (text.isEmpty())
        QToolTip::hideText();
    else
        QToolTip::showText(event->globalPosition().toPoint(), text, m_plot);
    emit hoverTextChanged(text);
}

void ChartView::onLegendClick(QCPLegend*, QCPAbstractLegendItem* item, QMouseEvent*)
{
    auto* plottableItem = qobject_cast<QCPPlottableLegendItem*>(item);
    if (!plottableItem)
        return;
    const int series = m_seriesOf.value(plottableItem->plottable(), -1);
    if (series >= 0)
        setSeriesVisible(series, !isSeriesVisible(series));
}

QStringList ChartView::exportSuffixes()
{
    return {QStringLiteral("png"), QStringLiteral("pdf"), QStringLiteral("svg"), QStringLiteral("csv")};
}

QString ChartView::exportFilter()
{
    return tr("PNG image (*.png);;PDF document (*.pdf);;SVG drawing (*.svg);;CSV table (*.csv)");
}

Status ChartView::exportTo(const QString& path, QSize size)
{
    const QString suffix = QFileInfo(path).suffix().toLower();
    if (!exportSuffixes().contains(suffix))
        return makeError(ErrorCode::InvalidInput,
                         suffix.isEmpty() ? tr("The chart file has no type suffix")
                                          : tr("Charts cannot be saved as .%1").arg(suffix),
                         path, tr("Name the file .png, .pdf, .svg or .csv."));
    if (!size.isValid() || size.isEmpty())
        size = testAttribute(Qt::WA_Resized) || isVisible() ? m_plot->size() : defaultExportSize;
    const int width = size.width();
    const int height = size.height();

    QByteArray bytes;
    if (suffix == QLatin1String("csv")) {
        bytes = chartCsv(m_data);
    } else if (suffix == QLatin1String("png")) {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        const QImage image = m_plot->toPixmap(width, height).toImage();
        if (image.isNull() || !image.save(&buffer, "PNG"))
            return makeError(ErrorCode::Internal, tr("Could not draw the chart as PNG"), path);
    } else {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::WriteOnly);
        QCPPainter painter;
        if (suffix == QLatin1String("pdf")) {
            QPdfWriter writer(&buffer);
            writer.setResolution(pdfResolution);
            writer.setPageSize(QPageSize(QSizeF(width, height) * 72.0 / pdfResolution, QPageSize::Point));
            writer.setPageMargins(QMarginsF());
            writer.setTitle(m_data.title);
            writer.setCreator(QStringLiteral("VOC Studio"));
            painter.begin(&writer);
            painter.setMode(QCPPainter::pmVectorized);
            m_plot->toPainter(&painter, width, height);
            painter.end();
        } else {
            QSvgGenerator generator;
            generator.setOutputDevice(&buffer);
            generator.setSize(size);
            generator.setViewBox(QRect(QPoint(0, 0), size));
            generator.setTitle(m_data.title);
            generator.setDescription(tr("VOC Studio benchmark chart"));
            painter.begin(&generator);
            painter.setMode(QCPPainter::pmVectorized);
            m_plot->toPainter(&painter, width, height);
            painter.end();
        }
        if (bytes.isEmpty())
            return makeError(ErrorCode::Internal, tr("Could not draw the chart as %1").arg(suffix.toUpper()),
                             path);
    }
    return writeFileAtomically(path, bytes);
}

Status renderChartToFile(const ChartData& data, const QString& path, QSize size)
{
    ChartView view;
    view.setAttribute(Qt::WA_DontShowOnScreen);
    view.resize(size.isValid() && !size.isEmpty() ? size : defaultExportSize);
    view.setChart(data);
    return view.exportTo(path, size);
}

} // namespace voc
