// SPDX-License-Identifier: GPL-3.0-or-later
// The Benchmarks page: the history of stored runs (results store, the paper's runs imported the first
// time) with filters, delete and CSV export; a chart of the selected runs (ChartView over chartData)
// with the paper's results on demand and export; and the Run tab, which runs HPL or the network test
// on the open design's local run, a deployment or this workstation (HplBenchJob / NetBenchJob off the
// GUI thread) with live progress, log and cancel, then selects and charts the new run.
#pragma once

#include "bench/chartdata.h"
#include "common/job.h"
#include "common/result.h"
#include "model/results.h"

#include <QPointer>
#include <QThreadPool>
#include <QWidget>

#include <memory>
#include <optional>

namespace voc {

namespace Ui {
class BenchmarksPage;
}

class ChartView;
class DesignDocument;
class RunFilterModel;
class RunHistoryModel;
struct BenchEndpoint;
struct BenchTargets;

class BenchmarksPage : public QWidget
{
    Q_OBJECT

public:
    enum class Activity
    {
        Idle,
        Preparing, // finding the target (a local run's head answers over ssh)
        Running
    };
    enum class Benchmark
    {
        Hpl,
        Network
    };

    // storePath: empty means ResultsStore::defaultPath() (tests: a temporary file).
    explicit BenchmarksPage(DesignDocument* document, const QString& storePath = {},
                            QWidget* parent = nullptr);
    ~BenchmarksPage() override;

    // For tests: private state folders of local runs and deployments.
    void setRunStateDir(const QString& dir) { m_runStateDir = dir; }
    void setDeployStateDir(const QString& dir) { m_deployStateDir = dir; }
    // For tests: where site profiles are looked for (default: siteProfilesFolder()).
    void setSitesDir(const QString& dir) { m_sitesDir = dir; }

    Ui::BenchmarksPage* ui() const { return m_ui.get(); }
    RunHistoryModel* historyModel() const { return m_history; }
    RunFilterModel* filterModel() const { return m_filter; }
    ChartView* chartView() const { return m_chart; }
    QString storePath() const { return m_storePath; }
    Activity activity() const { return m_activity; }
    QString messageText() const;
    QString problemText() const;
    bool isHistoryLoaded() const { return m_loadedOnce; }

    // History.
    void reload();
    void importPaperResults();
    QList<qint64> selectedRunIds() const;
    void selectRuns(const QList<qint64>& ids);
    // Selects the runs whose label contains `text` (vocstudio --bench-select "Table III"), now or once
    // the history has loaded.
    void selectRunsLabelled(const QString& text);
    void setKindFilter(std::optional<RunKind> kind);
    void setTargetFilter(std::optional<RunTarget> target);
    // Asks (askConfirmDelete), then removes the selected runs.
    void deleteSelected();
    void removeRuns(const QList<qint64>& ids);
    // Asks for a file (askCsvPath), then exportCsvTo().
    void exportSelectedCsv();
    void exportCsvTo(const QString& path);

    // Compare.
    ChartKind chartKind() const;
    void setChartKind(ChartKind kind);
    void setShowPaper(bool show);
    // Asks for a file (askChartPath), then exportChartTo().
    void exportChart();
    Status exportChartTo(const QString& path);

    // Run.
    void resetRunSettings(); // N, NB and the grid from the design
    void refreshTargets();   // running deployments and sites' hosts, off the GUI thread
    // Chooses where the next run goes: Local, Site with a deployment id, or BareMetal: this
    // workstation, or the hosts of a site (`key`: the profile's name or path). A choice not listed
    // yet is made once the targets have been read.
    bool setRunTarget(RunTarget target, const QString& key = {});
    void setProblemSizes(const QString& text);
    void setGrid(int p, int q);
    void runHpl();
    void runNetworkTest();
    // Chooses the target (setRunTarget) and runs the benchmark as soon as it is listed.
    void runOn(Benchmark benchmark, RunTarget target, const QString& key = {});
    void cancelRun();

signals:
    void statusMessage(const QString& message);
    void busyChanged(bool busy);
    void historyLoaded();
    void runsRemoved(bool ok);
    void csvExported(bool ok);
    void runFinished(bool ok);
    void logLine(const QString& line);

protected:
    // Dialogs behind virtual functions, so tests answer them without blocking.
    virtual bool askConfirmDelete(const QList<voc::Run>& runs);
    virtual QString askCsvPath();
    virtual QString askChartPath();
    void showEvent(QShowEvent* event) override;

private:
    void setupHistory();
    void setupCompare();
    void setupRun();
    // Reads the store off the GUI thread (adding the paper's runs first when asked) into the history.
    void loadRuns(bool importPaper, bool sayImported);
    void onHistoryLoaded(const QList<Run>& runs, int imported);
    void updateEmptyState();
    void onSelectionChanged();
    void updateChart();
    QList<Run> selectedRuns() const;
    QList<Run> chartRuns(RunKind kind, QString* note) const;
    void showProblem(const QString& text);
    void updateDerivation();
    void showTargets(const BenchTargets& targets);
    void startBenchmark(Benchmark benchmark);
    void onEndpointResolved(Benchmark benchmark, const BenchEndpoint& endpoint);
    void onBenchProgress(int done, int total, const QString& text);
    void onBenchLog(const QString& line);
    void onBenchFinished();
    void setActivity(Activity activity);
    void updateActions();
    void showError(const Error& error);
    void showInfo(const QString& text);
    void clearMessage();

    std::unique_ptr<Ui::BenchmarksPage> m_ui;
    DesignDocument* m_document;
    QString m_storePath;
    QString m_runStateDir;
    QString m_deployStateDir;
    QString m_sitesDir;
    QStringList m_extraSites; // profile files named by runOn(), listed besides the known ones
    RunHistoryModel* m_history;
    RunFilterModel* m_filter;
    ChartView* m_chart;
    QList<Run> m_paperRuns; // the shipped reference, for the paper toggle

    QThreadPool m_pool; // the page's own, so its destructor can wait for its jobs
    Generation m_loadGeneration;
    Generation m_benchGeneration;
    Generation m_targetGeneration;
    Activity m_activity = Activity::Idle;
    bool m_loadedOnce = false;
    bool m_importedOnce = false;
    bool m_defaultsApplied = false;
    QList<qint64> m_pendingSelection; // selected once the history has loaded
    QString m_pendingLabel;
    // A target asked for before the targets were read: its kind and key (deployment id or site).
    std::optional<std::pair<RunTarget, QString>> m_pendingTarget;
    std::optional<Benchmark> m_runWhenTargeted; // runOn() waiting for its target

    QPointer<Job> m_prepareJob;
    std::unique_ptr<TypedJob<Run>> m_benchJob; // HplBenchJob or NetBenchJob
    bool m_logFollows = true;                  // the log scrolls to new lines until the user scrolls back
};

} // namespace voc
