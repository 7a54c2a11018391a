// SPDX-License-Identifier: GPL-3.0-or-later
// The Benchmarks page and its history; the Compare tab is in benchmarkspagecompare.cpp, the Run tab in
// benchmarkspagerun.cpp.
#include "benchmarkspage.h"
#include "ui_benchmarkspage.h"

#include "benchjobs.h"
#include "charts/chartview.h"
#include "errormessage.h"
#include "runfiltermodel.h"
#include "runhistorymodel.h"

#include "bench/paperreference.h"
#include "bench/resultsstore.h"

#include <QDir>
#include <QFileDialog>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QShortcut>
#include <QStandardPaths>

namespace voc {

BenchmarksPage::BenchmarksPage(DesignDocument* document, const QString& storePath, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::BenchmarksPage>())
    , m_document(document)
    , m_storePath(storePath.isEmpty() ? ResultsStore::defaultPath() : storePath)
    , m_history(new RunHistoryModel(this))
    , m_filter(new RunFilterModel(this))
    , m_chart(new ChartView(this))
{
    m_ui->setupUi(this);
    m_ui->messageFrame->hide();
    m_ui->mainSplitter->setStretchFactor(0, 1);
    m_ui->mainSplitter->setStretchFactor(1, 1);
    m_ui->mainSplitter->setSizes({520, 580});
    if (const Result<PaperReference> paper = loadPaperReference())
        m_paperRuns = paperRuns(*paper);
    setupHistory();
    setupCompare();
    setupRun();
    connect(m_ui->messageCloseButton, &QToolButton::clicked, this, &BenchmarksPage::clearMessage);
    updateEmptyState();
    updateChart();
    updateActions();
}

BenchmarksPage::~BenchmarksPage()
{
    // A benchmark in progress is stopped: its remote mpirun must not outlive the page.
    if (m_benchJob && !m_benchJob->isFinished())
        m_benchJob->cancel();
    if (m_prepareJob)
        m_prepareJob->cancel();
    m_pool.waitForDone();
}

void BenchmarksPage::setupHistory()
{
    m_filter->setSourceModel(m_history);
    m_ui->runTable->setModel(m_filter);
    m_ui->runTable->sortByColumn(-1, Qt::AscendingOrder); // the store's order until a header is clicked
    m_ui->runTable->verticalHeader()->hide();
    QHeaderView* header = m_ui->runTable->horizontalHeader();
    // Every column as wide as its text, the last one takes what is left (the table scrolls sideways
    // when the page is narrow).
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setStretchLastSection(true);
    // Long labels ("Boot: virtual machines (1 head + 28 compute)") would push the result out of view:
    // the label column starts at a fixed width, elides, and the tooltip has the whole label.
    header->setSectionResizeMode(RunHistoryModel::LabelColumn, QHeaderView::Interactive);
    header->resizeSection(RunHistoryModel::LabelColumn, 220);
    m_ui->runTable->setTextElideMode(Qt::ElideRight);

    m_ui->kindFilterCombo->addItem(tr("All kinds"));
    for (const RunKind kind : {RunKind::Hpl, RunKind::Boot, RunKind::Net})
        m_ui->kindFilterCombo->addItem(RunHistoryModel::kindTitle(kind), int(kind));
    m_ui->targetFilterCombo->addItem(tr("All targets"));
    for (const RunTarget target : {RunTarget::Local, RunTarget::Site, RunTarget::BareMetal, RunTarget::Paper})
        m_ui->targetFilterCombo->addItem(RunHistoryModel::targetTitle(target), int(target));
    connect(m_ui->kindFilterCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant kind = m_ui->kindFilterCombo->currentData();
        m_filter->setKindFilter(kind.isValid() ? std::optional(RunKind(kind.toInt())) : std::nullopt);
        updateEmptyState();
    });
    connect(m_ui->targetFilterCombo, &QComboBox::currentIndexChanged, this, [this] {
        const QVariant target = m_ui->targetFilterCombo->currentData();
        m_filter->setTargetFilter(target.isValid() ? std::optional(RunTarget(target.toInt())) : std::nullopt);
        updateEmptyState();
    });
    connect(m_ui->runTable->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &BenchmarksPage::onSelectionChanged);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &BenchmarksPage::reload);
    connect(m_ui->importPaperButton, &QPushButton::clicked, this, &BenchmarksPage::importPaperResults);
    connect(m_ui->deleteButton, &QPushButton::clicked, this, &BenchmarksPage::deleteSelected);
    connect(m_ui->exportCsvButton, &QPushButton::clicked, this, &BenchmarksPage::exportSelectedCsv);
    auto* del = new QShortcut(QKeySequence::Delete, m_ui->runTable, nullptr, nullptr, Qt::WidgetShortcut);
    connect(del, &QShortcut::activated, this, &BenchmarksPage::deleteSelected);
}

void BenchmarksPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    // The first time the page shows: read the store, and give a new one the paper's runs to compare with.
    if (!m_loadedOnce && !m_importedOnce) {
        m_importedOnce = true;
        loadRuns(true, false);
    }
    if (!m_defaultsApplied)
        resetRunSettings();
    refreshTargets();
}

void BenchmarksPage::reload()
{
    loadRuns(false, false);
}

void BenchmarksPage::importPaperResults()
{
    m_importedOnce = true;
    loadRuns(true, true);
}

void BenchmarksPage::loadRuns(bool importPaper, bool sayImported)
{
    auto* job = new LoadRunsJob(m_storePath, importPaper, this);
    job->setGeneration(m_loadGeneration.next());
    connect(job, &Job::finished, this, [this, job, sayImported] {
        job->deleteLater();
        if (!m_loadGeneration.isCurrent(job->generation()))
            return;
        const Result<RunHistory> history = *job->result();
        if (!history)
            return showError(history.error());
        onHistoryLoaded(history->runs, history->imported);
        if (sayImported)
            emit statusMessage(tr("%n run(s) of the paper added", nullptr, history->imported));
    });
    job->start(&m_pool);
}

void BenchmarksPage::onHistoryLoaded(const QList<Run>& runs, int imported)
{
    QList<qint64> keep = m_pendingSelection.isEmpty() ? selectedRunIds() : m_pendingSelection;
    m_pendingSelection.clear();
    if (!m_pendingLabel.isEmpty()) {
        for (const Run& run : runs) {
            if (run.label.contains(m_pendingLabel))
                keep.append(run.id);
        }
        m_pendingLabel.clear();
    }
    m_history->setRuns(runs);
    m_loadedOnce = true;
    updateEmptyState();
    selectRuns(keep);
    if (imported > 0)
        emit statusMessage(
            tr("The paper's %n reference run(s) were added to the results store", nullptr, imported));
    emit historyLoaded();
}

void BenchmarksPage::updateEmptyState()
{
    const bool empty = m_filter->rowCount() == 0;
    if (m_history->rowCount() == 0) {
        m_ui->emptyLabel->setText(m_loadedOnce ? tr("No runs yet: run HPL or import the paper's results.")
                                               : tr("Reading the results store…"));
        m_ui->importPaperButton->setVisible(m_loadedOnce);
    } else {
        m_ui->emptyLabel->setText(tr("No run matches the filter."));
        m_ui->importPaperButton->hide();
    }
    m_ui->historyStack->setCurrentWidget(empty ? m_ui->emptyPage : static_cast<QWidget*>(m_ui->runTable));
}

QList<qint64> BenchmarksPage::selectedRunIds() const
{
    QList<qint64> ids;
    for (const QModelIndex& index : m_ui->runTable->selectionModel()->selectedRows())
        ids.append(index.data(RunHistoryModel::RunIdRole).toLongLong());
    std::sort(ids.begin(), ids.end());
    return ids;
}

QList<Run> BenchmarksPage::selectedRuns() const
{
    QList<Run> runs;
    for (const qint64 id : selectedRunIds()) {
        if (const Run* run = m_history->findRun(id))
            runs.append(*run);
    }
    return runs;
}

void BenchmarksPage::selectRuns(const QList<qint64>& ids)
{
    QItemSelection selection;
    QModelIndex first;
    for (const qint64 id : ids) {
        const int row = m_history->rowOf(id);
        if (row < 0)
            continue;
        const QModelIndex index = m_filter->mapFromSource(m_history->index(row, 0));
        if (!index.isValid())
            continue; // filtered out
        selection.select(index, index.siblingAtColumn(RunHistoryModel::ColumnCount - 1));
        if (!first.isValid())
            first = index;
    }
    QItemSelectionModel* model = m_ui->runTable->selectionModel();
    model->select(selection, QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    if (first.isValid()) {
        model->setCurrentIndex(first, QItemSelectionModel::NoUpdate);
        m_ui->runTable->scrollTo(first);
    }
    onSelectionChanged();
}

void BenchmarksPage::selectRunsLabelled(const QString& text)
{
    if (!m_loadedOnce) {
        m_pendingLabel = text;
        return;
    }
    QList<qint64> ids;
    for (const Run& run : m_history->runs()) {
        if (run.label.contains(text))
            ids.append(run.id);
    }
    selectRuns(ids);
}

void BenchmarksPage::setKindFilter(std::optional<RunKind> kind)
{
    m_ui->kindFilterCombo->setCurrentIndex(kind ? std::max(0, m_ui->kindFilterCombo->findData(int(*kind)))
                                                : 0);
}

void BenchmarksPage::setTargetFilter(std::optional<RunTarget> target)
{
    m_ui->targetFilterCombo->setCurrentIndex(
        target ? std::max(0, m_ui->targetFilterCombo->findData(int(*target))) : 0);
}

bool BenchmarksPage::askConfirmDelete(const QList<Run>& runs)
{
    QStringList names;
    for (const Run& run : runs)
        names.append(run.label.isEmpty() ? tr("run %1").arg(run.id) : run.label);
    return QMessageBox::question(
               this, tr("Delete Runs"),
               tr("Delete %n run(s) and their results from the results store? This cannot be undone.",
                  nullptr, int(runs.size())) +
                   u"\n\n" + names.join(u'\n')) == QMessageBox::Yes;
}

void BenchmarksPage::deleteSelected()
{
    const QList<Run> runs = selectedRuns();
    if (runs.isEmpty() || !askConfirmDelete(runs))
        return;
    QList<qint64> ids;
    for (const Run& run : runs)
        ids.append(run.id);
    removeRuns(ids);
}

void BenchmarksPage::removeRuns(const QList<qint64>& ids)
{
    auto* job = new RemoveRunsJob(m_storePath, ids, this);
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        const Result<int> removed = *job->result();
        if (!removed) {
            showError(removed.error());
            emit runsRemoved(false);
        } else {
            emit statusMessage(tr("%n run(s) deleted", nullptr, *removed));
            emit runsRemoved(true);
        }
        reload();
    });
    job->start(&m_pool);
}

QString BenchmarksPage::askCsvPath()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    return QFileDialog::getSaveFileName(this, tr("Export Runs as CSV"), dir + QStringLiteral("/runs.csv"),
                                        tr("CSV files (*.csv)"));
}

void BenchmarksPage::exportSelectedCsv()
{
    if (selectedRunIds().isEmpty())
        return;
    const QString path = askCsvPath();
    if (!path.isEmpty())
        exportCsvTo(path);
}

void BenchmarksPage::exportCsvTo(const QString& path)
{
    auto* job = new ExportRunsCsvJob(selectedRuns(), path, this);
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        const Result<QStringList> files = *job->result();
        if (!files) {
            showError(files.error());
            emit csvExported(false);
            return;
        }
        QStringList shown;
        for (const QString& file : *files)
            shown.append(QDir::toNativeSeparators(file));
        emit statusMessage(tr("Exported to %1").arg(shown.join(QStringLiteral(", "))));
        emit csvExported(true);
    });
    job->start(&m_pool);
}

QString BenchmarksPage::messageText() const
{
    return m_ui->messageFrame->isHidden() ? QString() : m_ui->messageLabel->text();
}

void BenchmarksPage::showError(const Error& error)
{
    m_ui->messageLabel->setText(errorMessage(error));
    m_ui->messageFrame->show();
    emit statusMessage(error.what);
}

void BenchmarksPage::showInfo(const QString& text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageFrame->show();
}

void BenchmarksPage::clearMessage()
{
    m_ui->messageFrame->hide();
    m_ui->messageLabel->clear();
}

} // namespace voc
