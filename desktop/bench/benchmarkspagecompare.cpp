// SPDX-License-Identifier: GPL-3.0-or-later
// The Benchmarks page's Compare tab: the chart of the selected runs (and the paper's, on demand),
// the problems that keep a chart from being drawn, and its export.
#include "benchmarkspage.h"
#include "ui_benchmarkspage.h"

#include "charts/chartview.h"
#include "runhistorymodel.h"

#include <QDir>
#include <QFileDialog>
#include <QJsonDocument>
#include <QJsonObject>
#include <QStandardPaths>

#include <algorithm>

namespace voc {

namespace {

RunKind runKindFor(ChartKind kind)
{
    switch (kind) {
    case ChartKind::GflopsByGrid:
    case ChartKind::Penalty:
    case ChartKind::GflopsVsN:
        return RunKind::Hpl;
    case ChartKind::BootDistribution:
    case ChartKind::BootTimeline:
        return RunKind::Boot;
    case ChartKind::NetByNic:
        return RunKind::Net;
    }
    return RunKind::Hpl;
}

ChartKind defaultChartFor(RunKind kind)
{
    switch (kind) {
    case RunKind::Hpl:
        return ChartKind::GflopsByGrid;
    case RunKind::Boot:
        return ChartKind::BootDistribution;
    case RunKind::Net:
        return ChartKind::NetByNic;
    }
    return ChartKind::GflopsByGrid;
}

// A paper run's settings say which table and which side of it the run is.
QString paperSetting(const Run& run, const char* key)
{
    return QJsonDocument::fromJson(run.settings.toUtf8()).object().value(QLatin1String(key)).toString();
}

bool isVocRun(const Run& run)
{
    return run.target == RunTarget::Local || run.target == RunTarget::Site ||
           (run.target == RunTarget::Paper && paperSetting(run, "system") == QLatin1String("voc"));
}

bool isPhysicalRun(const Run& run)
{
    return run.target == RunTarget::BareMetal ||
           (run.target == RunTarget::Paper && paperSetting(run, "system") == QLatin1String("baremetal"));
}

// The paper's runs the toggle adds: Table III for HPL charts (Table II compares two operating
// systems, not virtualization), every boot subject for boot charts; the paper measured no network.
bool paperRunFits(const Run& run, RunKind kind)
{
    if (run.target != RunTarget::Paper || run.kind != kind)
        return false;
    return kind != RunKind::Hpl || paperSetting(run, "table") == QLatin1String("III");
}

} // namespace

void BenchmarksPage::setupCompare()
{
    m_ui->chartHostLayout->addWidget(m_chart);
    const std::pair<ChartKind, QString> kinds[] = {
        {ChartKind::GflopsByGrid, tr("GFLOPS per process grid")},
        {ChartKind::Penalty, tr("Virtualization penalty")},
        {ChartKind::GflopsVsN, tr("GFLOPS against N")},
        {ChartKind::BootDistribution, tr("Boot time distribution")},
        {ChartKind::BootTimeline, tr("Boot timeline")},
        {ChartKind::NetByNic, tr("Network by NIC model")},
    };
    for (const auto& [kind, title] : kinds)
        m_ui->chartKindCombo->addItem(title, int(kind));
    connect(m_ui->chartKindCombo, &QComboBox::currentIndexChanged, this, &BenchmarksPage::updateChart);
    connect(m_ui->paperCheck, &QCheckBox::toggled, this, &BenchmarksPage::updateChart);
    connect(m_ui->exportChartButton, &QPushButton::clicked, this, &BenchmarksPage::exportChart);
}

ChartKind BenchmarksPage::chartKind() const
{
    return ChartKind(m_ui->chartKindCombo->currentData().toInt());
}

void BenchmarksPage::setChartKind(ChartKind kind)
{
    m_ui->chartKindCombo->setCurrentIndex(std::max(0, m_ui->chartKindCombo->findData(int(kind))));
}

void BenchmarksPage::setShowPaper(bool show)
{
    m_ui->paperCheck->setChecked(show);
}

void BenchmarksPage::onSelectionChanged()
{
    const QList<Run> runs = selectedRuns();
    m_ui->selectionLabel->setText(runs.isEmpty() ? QString()
                                                 : tr("%n run(s) selected", nullptr, int(runs.size())));
    // A selection the current chart cannot draw switches to the chart that suits its first run.
    const RunKind wanted = runKindFor(chartKind());
    const bool fits =
        std::any_of(runs.cbegin(), runs.cend(), [wanted](const Run& r) { return r.kind == wanted; });
    if (!runs.isEmpty() && !fits) {
        const QSignalBlocker blocker(m_ui->chartKindCombo);
        setChartKind(defaultChartFor(runs.first().kind));
    }
    updateChart();
    updateActions();
}

QList<Run> BenchmarksPage::chartRuns(RunKind kind, QString* note) const
{
    QList<Run> runs;
    int leftOut = 0;
    for (const Run& run : selectedRuns()) {
        if (run.kind == kind)
            runs.append(run);
        else
            ++leftOut;
    }
    if (leftOut > 0 && note)
        *note = tr("%n selected run(s) of another kind are not in this chart.", nullptr, leftOut);
    if (!m_ui->paperCheck->isChecked())
        return runs;
    // The stored copies when the store has them (their ids name them), else the shipped reference.
    const auto has = [&runs](const Run& run) {
        return std::any_of(runs.cbegin(), runs.cend(), [&run](const Run& r) {
            return r.target == RunTarget::Paper && r.label == run.label;
        });
    };
    QList<Run> paper;
    for (const Run& run : m_history->runs()) {
        if (paperRunFits(run, kind) && !has(run))
            paper.append(run);
    }
    if (paper.isEmpty()) {
        for (const Run& run : m_paperRuns) {
            if (paperRunFits(run, kind) && !has(run))
                paper.append(run);
        }
    }
    return paper + runs;
}

void BenchmarksPage::updateChart()
{
    const ChartKind kind = chartKind();
    const RunKind runKind = runKindFor(kind);
    QString note;
    const QList<Run> runs = chartRuns(runKind, &note);
    ChartData empty;
    empty.kind = kind;
    empty.title = m_ui->chartKindCombo->currentText();
    if (runs.isEmpty()) {
        m_chart->setChart(empty);
        const QString what = runKind == RunKind::Hpl    ? tr("an HPL run")
                             : runKind == RunKind::Boot ? tr("a boot run")
                                                        : tr("a network run");
        QString text = m_history->rowCount() == 0
                           ? tr("No runs yet: run HPL or import the paper's results.")
                           : tr("Select %1 in the history to draw this chart.").arg(what);
        if (runKind != RunKind::Net && !m_ui->paperCheck->isChecked())
            text += u' ' + tr("Or show the paper's results.");
        showProblem(note.isEmpty() ? text : note + u' ' + text);
        updateActions();
        return;
    }
    if (kind == ChartKind::Penalty) {
        const bool voc = std::any_of(runs.cbegin(), runs.cend(), isVocRun);
        const bool physical = std::any_of(runs.cbegin(), runs.cend(), isPhysicalRun);
        if (!voc || !physical) {
            m_chart->setChart(empty);
            showProblem(!physical
                            ? tr("Select a bare-metal run and a VOC run to see the penalty: no bare-metal "
                                 "run is selected.")
                            : tr("Select a bare-metal run and a VOC run to see the penalty: no VOC run "
                                 "(local run or site) is selected."));
            updateActions();
            return;
        }
    }
    const Result<ChartData> data = chartData(kind, runs);
    if (!data) {
        m_chart->setChart(empty);
        QString text = data.error().what;
        if (!data.error().hint.isEmpty())
            text += u' ' + data.error().hint;
        showProblem(text);
    } else {
        m_chart->setChart(*data);
        showProblem(note);
    }
    updateActions();
}

void BenchmarksPage::showProblem(const QString& text)
{
    m_ui->problemLabel->setText(text);
    m_ui->problemLabel->setVisible(!text.isEmpty());
}

QString BenchmarksPage::problemText() const
{
    return m_ui->problemLabel->isHidden() ? QString() : m_ui->problemLabel->text();
}

QString BenchmarksPage::askChartPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(this, tr("Export Chart"), dir + QStringLiteral("/chart.png"),
                                        ChartView::exportFilter());
}

void BenchmarksPage::exportChart()
{
    if (m_chart->chart().series.isEmpty())
        return;
    const QString path = askChartPath();
    if (path.isEmpty())
        return;
    if (const Status status = exportChartTo(path); !status)
        showError(status.error());
}

Status BenchmarksPage::exportChartTo(const QString& path)
{
    const Status status = m_chart->exportTo(path);
    if (status)
        emit statusMessage(tr("Chart exported to %1").arg(QDir::toNativeSeparators(path)));
    return status;
}

} // namespace voc
