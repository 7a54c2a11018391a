// SPDX-License-Identifier: GPL-3.0-or-later
// The Benchmarks page's Run tab: settings from the design, the target, and the benchmark job with
// its progress, log and cancel.
#include "benchmarkspage.h"
#include "ui_benchmarkspage.h"

#include "benchjobs.h"
#include "charts/chartview.h"
#include "deploy/deployjobs.h"
#include "design/designdocument.h"

#include "bench/benchrun.h"
#include "bench/hpldesign.h"
#include "model/siteprofile.h"

#include <QFileInfo>
#include <QFontDatabase>
#include <QScrollBar>
#include <QSettings>
#include <QTimer>

namespace voc {

namespace {

constexpr int targetRole = Qt::UserRole + 1; // int(RunTarget)
// The deployment's id (Site), or the site profile's path (BareMetal on a site's hosts).
constexpr int keyRole = Qt::UserRole + 2;
constexpr int siteNameRole = Qt::UserRole + 3; // the site's name (BareMetal on a site's hosts)
constexpr int maxLogLines = 20000;

} // namespace

void BenchmarksPage::setupRun()
{
    m_ui->progressRow->hide();
    m_ui->logView->setMaximumBlockCount(maxLogLines);
    m_ui->logView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    // Only the user's own scrolling decides whether the log follows new lines: the scroll bar's range
    // is stale while the view lays out, so comparing value and maximum before an append misleads.
    QScrollBar* logBar = m_ui->logView->verticalScrollBar();
    // The view lays new lines out lazily (later still while the window is not exposed): jump again
    // whenever the range grows.
    connect(logBar, &QScrollBar::rangeChanged, this, [this, logBar](int, int maximum) {
        if (m_logFollows)
            logBar->setValue(maximum);
    });
    connect(logBar, &QScrollBar::actionTriggered, this, [this, logBar] {
        QTimer::singleShot(0, this, [this, logBar] { m_logFollows = logBar->value() >= logBar->maximum(); });
    });
    m_ui->derivationLabel->setForegroundRole(QPalette::PlaceholderText);
    showTargets(BenchTargets{});
    connect(m_ui->runHplButton, &QPushButton::clicked, this, &BenchmarksPage::runHpl);
    connect(m_ui->runNetButton, &QPushButton::clicked, this, &BenchmarksPage::runNetworkTest);
    connect(m_ui->defaultsButton, &QPushButton::clicked, this, &BenchmarksPage::resetRunSettings);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &BenchmarksPage::cancelRun);
    connect(m_ui->reloadTargetsButton, &QToolButton::clicked, this, &BenchmarksPage::refreshTargets);
    const auto updateProcesses = [this] {
        const int processes = m_ui->pSpin->value() * m_ui->qSpin->value();
        m_ui->processesLabel->setText(tr("= %n MPI process(es)", nullptr, processes));
    };
    connect(m_ui->pSpin, &QSpinBox::valueChanged, this, updateProcesses);
    connect(m_ui->qSpin, &QSpinBox::valueChanged, this, updateProcesses);
    updateProcesses();
    connect(m_document, &DesignDocument::documentReplaced, this, [this] {
        resetRunSettings();
        showTargets(BenchTargets{});
        if (isVisible())
            refreshTargets();
    });
    connect(m_document, &DesignDocument::designChanged, this, &BenchmarksPage::updateDerivation);
}

void BenchmarksPage::resetRunSettings()
{
    m_defaultsApplied = true;
    const HplDesignSizing defaults = sizeHplForDesign(m_document->design());
    if (defaults.n && defaults.grid) {
        m_ui->nEdit->setText(QString::number(*defaults.n));
        m_ui->nbSpin->setValue(defaults.blockSize);
        m_ui->pSpin->setValue(defaults.grid->p);
        m_ui->qSpin->setValue(defaults.grid->q);
    }
    updateDerivation();
}

void BenchmarksPage::updateDerivation()
{
    const HplDesignSizing defaults = sizeHplForDesign(m_document->design());
    if (!defaults.n || !defaults.grid) {
        m_ui->derivationLabel->setText(!defaults.n ? defaults.n.error().what : defaults.grid.error().what);
        return;
    }
    m_ui->derivationLabel->setText(
        tr("Design default %1; grid %2 × %3 for %n process(es) (compute VCNs × vCPUs).", nullptr,
           defaults.processes)
            .arg(hplDerivation(defaults))
            .arg(defaults.grid->p)
            .arg(defaults.grid->q));
    // The local run's entry names the design, which may just have been renamed.
    const int local = m_ui->runTargetCombo->findData(int(RunTarget::Local), targetRole);
    if (local >= 0)
        m_ui->runTargetCombo->setItemText(local, tr("Local run of %1").arg(m_document->design().name));
}

void BenchmarksPage::refreshTargets()
{
    auto* job = new ListBenchTargetsJob(
        m_deployStateDir,
        m_extraSites + QSettings().value(QStringLiteral("sites/addedProfiles")).toStringList(),
        m_sitesDir.isEmpty() ? siteProfilesFolder() : m_sitesDir, this);
    job->setGeneration(m_targetGeneration.next());
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        if (!m_targetGeneration.isCurrent(job->generation()))
            return;
        const Result<BenchTargets> targets = *job->result();
        showTargets(targets ? *targets : BenchTargets{{}, {}, true});
    });
    job->start(&m_pool);
}

namespace {

bool matchesTarget(const QComboBox* combo, int row, RunTarget target, const QString& key)
{
    if (combo->itemData(row, targetRole).toInt() != int(target))
        return false;
    const QString rowKey = combo->itemData(row, keyRole).toString();
    if (target == RunTarget::Site)
        return rowKey == key;
    if (target == RunTarget::BareMetal)
        return key.isEmpty() ? rowKey.isEmpty()
                             : rowKey == key || combo->itemData(row, siteNameRole).toString() == key ||
                                   (!rowKey.isEmpty() && rowKey == QFileInfo(key).absoluteFilePath());
    return true;
}

} // namespace

void BenchmarksPage::showTargets(const BenchTargets& targets)
{
    QComboBox* combo = m_ui->runTargetCombo;
    std::pair<RunTarget, QString> previous{RunTarget::Local, QString()};
    if (m_pendingTarget)
        previous = *m_pendingTarget;
    else if (combo->currentData(targetRole).isValid())
        previous = {RunTarget(combo->currentData(targetRole).toInt()),
                    combo->currentData(keyRole).toString()};
    const QSignalBlocker blocker(combo);
    combo->clear();
    combo->addItem(tr("Local run of %1").arg(m_document->design().name));
    combo->setItemData(0, int(RunTarget::Local), targetRole);
    combo->setItemData(0, tr("The design started on the Test locally page; HPL runs on its compute VCNs"),
                       Qt::ToolTipRole);
    for (const DeploymentSummary& deployment : targets.deployments) {
        const int row = combo->count();
        combo->addItem(tr("%1 at %2 (%3)").arg(deployment.design, deployment.site, deployment.id.left(8)));
        combo->setItemData(row, int(RunTarget::Site), targetRole);
        combo->setItemData(row, deployment.id, keyRole);
        combo->setItemData(row,
                           tr("Deployment %1, started %2").arg(deployment.id, deployment.started.toString()),
                           Qt::ToolTipRole);
    }
    const int bare = combo->count();
    combo->addItem(tr("Bare metal: this workstation"));
    combo->setItemData(bare, int(RunTarget::BareMetal), targetRole);
    combo->setItemData(bare, tr("The baseline: HPL with the same settings on this machine, without VMs"),
                       Qt::ToolTipRole);
    for (const SiteEntry& site : targets.sites) {
        QStringList hosts;
        for (const SiteHost& host : site.profile.hosts)
            hosts.append(host.name);
        const int row = combo->count();
        combo->addItem(
            tr("Bare metal: hosts of %1 (%2)").arg(site.profile.name, hosts.join(QStringLiteral(", "))));
        combo->setItemData(row, int(RunTarget::BareMetal), targetRole);
        combo->setItemData(row, site.path, keyRole);
        combo->setItemData(row, site.profile.name, siteNameRole);
        combo->setItemData(row,
                           tr("The site's KVM hosts without VMs: HPL over as many hosts as the grid fills, "
                              "the network test between the first two (%1)")
                               .arg(site.path),
                           Qt::ToolTipRole);
    }

    int index = -1;
    for (int row = 0; row < combo->count() && index < 0; ++row)
        if (matchesTarget(combo, row, previous.first, previous.second))
            index = row;
    combo->setCurrentIndex(std::max(0, index));
    if (index >= 0)
        m_pendingTarget.reset();
    if (m_runWhenTargeted && targets.read) {
        const Benchmark benchmark = *std::exchange(m_runWhenTargeted, std::nullopt);
        // Only on the target asked for: a target that is not there leaves the choice to the user.
        if (index >= 0)
            QTimer::singleShot(0, this, [this, benchmark] { startBenchmark(benchmark); });
        else
            showError(Error{ErrorCode::NotFound,
                            tr("The target %1 is not available").arg(previous.second),
                            {},
                            tr("Choose where to run on the Run tab.")});
    }
}

void BenchmarksPage::runOn(Benchmark benchmark, RunTarget target, const QString& key)
{
    if (setRunTarget(target, key)) {
        startBenchmark(benchmark);
        return;
    }
    m_pendingTarget = {target, key};
    m_runWhenTargeted = benchmark;
    if (target == RunTarget::BareMetal && QFileInfo(key).isFile() && !m_extraSites.contains(key))
        m_extraSites.append(key);
    refreshTargets();
}

bool BenchmarksPage::setRunTarget(RunTarget target, const QString& key)
{
    QComboBox* combo = m_ui->runTargetCombo;
    for (int row = 0; row < combo->count(); ++row) {
        if (matchesTarget(combo, row, target, key)) {
            combo->setCurrentIndex(row);
            m_pendingTarget.reset();
            return true;
        }
    }
    if (!key.isEmpty())
        m_pendingTarget = {target, key}; // chosen once the targets have been read
    return false;
}

void BenchmarksPage::setProblemSizes(const QString& text)
{
    m_defaultsApplied = true; // the first show must not replace what the caller set
    m_ui->nEdit->setText(text);
}

void BenchmarksPage::setGrid(int p, int q)
{
    m_defaultsApplied = true;
    m_ui->pSpin->setValue(p);
    m_ui->qSpin->setValue(q);
}

void BenchmarksPage::runHpl()
{
    startBenchmark(Benchmark::Hpl);
}

void BenchmarksPage::runNetworkTest()
{
    startBenchmark(Benchmark::Network);
}

void BenchmarksPage::startBenchmark(Benchmark benchmark)
{
    if (m_activity != Activity::Idle)
        return;
    clearMessage();
    if (benchmark == Benchmark::Hpl) {
        if (const Result<QList<qint64>> sizes = parseProblemSizes(m_ui->nEdit->text()); !sizes) {
            showError(sizes.error());
            m_ui->nEdit->setFocus();
            return;
        }
    }
    BenchTargetChoice choice;
    choice.target = RunTarget(m_ui->runTargetCombo->currentData(targetRole).toInt());
    choice.designFile = m_document->filePath();
    const QString key = m_ui->runTargetCombo->currentData(keyRole).toString();
    if (choice.target == RunTarget::Site)
        choice.deploymentId = key;
    else if (choice.target == RunTarget::BareMetal)
        choice.siteProfile = key;
    // HPL needs as many ranks as the grid; a ping-pong one on each of two nodes.
    choice.processes = m_ui->pSpin->value() * m_ui->qSpin->value();
    choice.network = benchmark == Benchmark::Network;
    choice.runStateDir = m_runStateDir;
    choice.deployStateDir = m_deployStateDir;

    m_benchJob.reset();
    auto* job = new ResolveEndpointJob(choice, this);
    const quint64 generation = m_benchGeneration.next();
    job->setGeneration(generation);
    m_prepareJob = job;
    connect(job, &Job::finished, this, [this, job, benchmark] {
        job->deleteLater();
        if (!m_benchGeneration.isCurrent(job->generation()))
            return;
        const Result<BenchEndpoint> endpoint = *job->result();
        if (!endpoint) {
            setActivity(Activity::Idle);
            showError(endpoint.error());
            onBenchLog(endpoint.error().toString());
            emit runFinished(false);
            return;
        }
        onEndpointResolved(benchmark, *endpoint);
    });
    m_ui->logView->clear();
    m_logFollows = true;
    m_ui->tabs->setCurrentWidget(m_ui->runTab);
    setActivity(Activity::Preparing);
    m_ui->progressBar->setRange(0, 0);
    m_ui->progressLabel->setText(tr("Finding %1").arg(m_ui->runTargetCombo->currentText()));
    job->start(&m_pool);
}

void BenchmarksPage::onEndpointResolved(Benchmark benchmark, const BenchEndpoint& endpoint)
{
    const QString where = endpoint.label.isEmpty() ? m_ui->runTargetCombo->currentText() : endpoint.label;
    if (benchmark == Benchmark::Hpl) {
        HplBenchRequest request;
        request.endpoint = endpoint;
        // The design's N under TCG would run for hours: the same cap as vocctl bench, shown in the field.
        if (endpoint.accel == QLatin1String("tcg")) {
            const HplDesignSizing tcg = sizeHplForDesign(m_document->design(), {.tcg = true});
            const Result<QList<qint64>> typed = parseProblemSizes(m_ui->nEdit->text());
            if (tcg.cappedForTcg() && typed && *typed == QList<qint64>{tcg.uncappedN}) {
                m_ui->nEdit->setText(QString::number(*tcg.n));
                onBenchLog(tr("%1 runs under TCG: N scaled down from %2 to %3")
                               .arg(where)
                               .arg(tcg.uncappedN)
                               .arg(*tcg.n));
            }
        }
        request.settings.problemSizes = parseProblemSizes(m_ui->nEdit->text()).value();
        request.settings.blockSizes = {m_ui->nbSpin->value()};
        request.settings.grids = {HplGrid{m_ui->pSpin->value(), m_ui->qSpin->value()}};
        request.storePath = m_storePath;
        const int ranks = int(endpoint.nodes.size()) * endpoint.slotsPerNode;
        const int processes = m_ui->pSpin->value() * m_ui->qSpin->value();
        if (ranks != processes) {
            setActivity(Activity::Idle);
            showError(Error{ErrorCode::InvalidInput,
                            tr("The grid %1 × %2 needs %n MPI process(es)", nullptr, processes)
                                    .arg(m_ui->pSpin->value())
                                    .arg(m_ui->qSpin->value()) +
                                u' ' +
                                tr("but %1 has %n node(s)", nullptr, int(endpoint.nodes.size())).arg(where) +
                                u' ' + tr("× %n rank(s) each", nullptr, endpoint.slotsPerNode),
                            where, tr("Choose a grid with P × Q = %1.").arg(ranks)});
            emit runFinished(false);
            return;
        }
        auto job = std::make_unique<HplBenchJob>(request);
        connect(job.get(), &HplBenchJob::logLine, this, &BenchmarksPage::onBenchLog);
        m_benchJob = std::move(job);
        onBenchLog(tr("HPL on %1: N = %2, NB = %3, grid %4 × %5")
                       .arg(where, m_ui->nEdit->text().simplified())
                       .arg(m_ui->nbSpin->value())
                       .arg(m_ui->pSpin->value())
                       .arg(m_ui->qSpin->value()));
    } else {
        NetBenchRequest request;
        request.endpoint = endpoint;
        request.nodeA = endpoint.nodes.value(0);
        request.nodeB = endpoint.nodes.value(1, request.nodeA);
        request.storePath = m_storePath;
        auto job = std::make_unique<NetBenchJob>(request);
        connect(job.get(), &NetBenchJob::logLine, this, &BenchmarksPage::onBenchLog);
        m_benchJob = std::move(job);
        onBenchLog(tr("Network test on %1: %2 ↔ %3")
                       .arg(where, endpoint.displayName(request.nodeA), endpoint.displayName(request.nodeB)));
    }
    m_benchJob->setGeneration(m_benchGeneration.current());
    connect(m_benchJob.get(), &Job::progress, this, &BenchmarksPage::onBenchProgress);
    connect(m_benchJob.get(), &Job::finished, this, &BenchmarksPage::onBenchFinished);
    setActivity(Activity::Running);
    m_ui->progressLabel->setText(benchmark == Benchmark::Hpl ? tr("Running HPL on %1").arg(where)
                                                             : tr("Measuring the network of %1").arg(where));
    m_benchJob->start(&m_pool);
}

void BenchmarksPage::onBenchProgress(int done, int total, const QString& text)
{
    m_ui->progressBar->setRange(0, std::max(total, 0));
    m_ui->progressBar->setValue(done);
    if (!text.isEmpty()) {
        m_ui->progressLabel->setText(text);
        emit statusMessage(text);
    }
}

void BenchmarksPage::onBenchLog(const QString& line)
{
    m_ui->logView->appendPlainText(line);
    // Follow the output unless the user scrolled back to read something (see setupRun).
    if (m_logFollows)
        m_ui->logView->verticalScrollBar()->setValue(m_ui->logView->verticalScrollBar()->maximum());
    emit logLine(line);
}

void BenchmarksPage::onBenchFinished()
{
    if (!m_benchJob || !m_benchGeneration.isCurrent(m_benchJob->generation()))
        return;
    const Result<Run> run = *m_benchJob->result();
    setActivity(Activity::Idle);
    if (!run) {
        if (run.error().code == ErrorCode::Cancelled) {
            showInfo(tr("The benchmark was cancelled; nothing was stored."));
            onBenchLog(tr("Cancelled."));
        } else {
            showError(run.error());
            onBenchLog(run.error().toString());
        }
        emit runFinished(false);
        return;
    }
    const QString summary = tr("Stored as run %1").arg(run->id);
    onBenchLog(summary);
    emit statusMessage(summary);
    // The new run, selected and charted.
    m_pendingSelection = {run->id};
    {
        const QSignalBlocker blocker(m_ui->chartKindCombo);
        setChartKind(run->kind == RunKind::Net ? ChartKind::NetByNic : ChartKind::GflopsByGrid);
    }
    setKindFilter(std::nullopt);
    setTargetFilter(std::nullopt);
    m_ui->tabs->setCurrentWidget(m_ui->compareTab);
    reload();
    emit runFinished(true);
}

void BenchmarksPage::cancelRun()
{
    if (m_activity == Activity::Preparing) {
        // Finding the target holds nothing remote: drop its answer.
        m_benchGeneration.next();
        if (m_prepareJob)
            m_prepareJob->cancel();
        setActivity(Activity::Idle);
        showInfo(tr("The benchmark was cancelled; nothing was stored."));
        emit runFinished(false);
        return;
    }
    if (m_activity == Activity::Running && m_benchJob) {
        m_benchJob->cancel();
        m_ui->cancelButton->setEnabled(false);
        m_ui->progressLabel->setText(tr("Cancelling: stopping the remote run"));
    }
}

void BenchmarksPage::setActivity(Activity activity)
{
    m_activity = activity;
    m_ui->progressRow->setVisible(activity != Activity::Idle);
    emit busyChanged(activity != Activity::Idle);
    updateActions();
}

void BenchmarksPage::updateActions()
{
    const bool idle = m_activity == Activity::Idle;
    for (QWidget* widget : std::initializer_list<QWidget*>{
             m_ui->runHplButton, m_ui->runNetButton, m_ui->defaultsButton, m_ui->runTargetCombo,
             m_ui->reloadTargetsButton, m_ui->nEdit, m_ui->nbSpin, m_ui->pSpin, m_ui->qSpin})
        widget->setEnabled(idle);
    m_ui->cancelButton->setEnabled(!idle && !(m_benchJob && m_benchJob->isCancelled()));
    const bool selected =
        m_ui->runTable->selectionModel() && m_ui->runTable->selectionModel()->hasSelection();
    m_ui->deleteButton->setEnabled(selected);
    m_ui->exportCsvButton->setEnabled(selected);
    m_ui->exportChartButton->setEnabled(!m_chart->chart().series.isEmpty());
}

} // namespace voc
