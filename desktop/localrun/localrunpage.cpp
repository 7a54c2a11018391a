// SPDX-License-Identifier: GPL-3.0-or-later
#include "localrunpage.h"
#include "ui_localrunpage.h"

#include "bench/storerunjob.h"
#include "errormessage.h"

#include "appsettings.h"
#include "boottimelinemodel.h"
#include "design/designdocument.h"
#include "runjobs.h"
#include "vcnstatemodel.h"

#include "bench/paperreference.h"
#include "bench/resultsstore.h"
#include "images/builtimages.h"
#include "run/localrun.h"
#include "run/runjournal.h"
#include "run/seriallog.h"

#include <QDir>
#include <QFileInfo>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QMessageBox>
#include <QTimer>

namespace voc {

LocalRunPage::LocalRunPage(DesignDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::LocalRunPage>())
    , m_document(document)
    , m_stateModel(new VcnStateModel(this))
    , m_timelineModel(new BootTimelineModel(this))
    , m_consoleTimer(new QTimer(this))
{
    m_ui->setupUi(this);
    m_ui->timeline->setModel(m_timelineModel);
    m_ui->vcnTable->setModel(m_stateModel);
    m_ui->vcnTable->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_ui->vcnTable->horizontalHeader()->setStretchLastSection(false);
    // Timeline and table as tall as their rows need; the console takes the rest.
    m_ui->mainSplitter->setStretchFactor(0, 0);
    m_ui->mainSplitter->setStretchFactor(1, 0);
    m_ui->mainSplitter->setStretchFactor(2, 1);
    m_ui->console->setTitle(tr("Select a VCN to see its serial console"));
    m_ui->messageFrame->hide();
    m_ui->progressRow->hide();

    m_ui->accelCombo->addItem(tr("Auto (KVM if available)"), QStringLiteral("auto"));
    m_ui->accelCombo->addItem(tr("KVM"), QStringLiteral("kvm"));
    m_ui->accelCombo->addItem(tr("TCG (emulation)"), QStringLiteral("tcg"));
    m_ui->accelCombo->setCurrentIndex(std::max(0, m_ui->accelCombo->findData(settings::acceleration())));
    connect(m_ui->accelCombo, &QComboBox::currentIndexChanged, this,
            [this] { settings::setAcceleration(m_ui->accelCombo->currentData().toString()); });

    // The paper measured its VMs from starting KVM to a booted system: the band to compare with.
    if (const Result<PaperReference> paper = loadPaperReference()) {
        for (const PaperBootTime& boot : paper->boot) {
            if (boot.subject.startsWith(QLatin1String("virtual machines")))
                m_timelineModel->setReference(
                    boot.minS, boot.maxS,
                    tr("Paper: %1 VMs booted in %2–%3 s").arg(boot.count).arg(boot.minS).arg(boot.maxS));
        }
    }
    connect(m_ui->referenceCheck, &QCheckBox::toggled, m_ui->timeline, &BootTimeline::setReferenceVisible);

    connect(m_ui->startButton, &QPushButton::clicked, this, &LocalRunPage::start);
    connect(m_ui->stopButton, &QPushButton::clicked, this, &LocalRunPage::stop);
    connect(m_ui->destroyButton, &QPushButton::clicked, this, &LocalRunPage::destroyRun);
    connect(m_ui->refreshButton, &QPushButton::clicked, this, &LocalRunPage::refresh);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &LocalRunPage::destroyRun);
    connect(m_ui->messageCloseButton, &QToolButton::clicked, this, &LocalRunPage::clearMessage);
    connect(m_ui->vcnTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            [this](const QModelIndex& current) {
                showConsole(current.isValid() ? m_stateModel->hostname(current.row()) : QString());
            });
    connect(m_document, &DesignDocument::documentReplaced, this, [this] {
        // Another design: what this page showed belongs to the old one, unless it is still starting.
        if (m_state == RunState::Idle || m_state == RunState::Up || m_state == RunState::Failed) {
            m_runJob.reset();
            resetViews();
            setState(RunState::Idle);
            if (isVisible())
                refresh();
        }
    });
    connect(m_document, &DesignDocument::designChanged, this, &LocalRunPage::updateActions);
    connect(m_document, &DesignDocument::planChanged, this, &LocalRunPage::fillFromPlan);

    m_consoleTimer->setInterval(300);
    connect(m_consoleTimer, &QTimer::timeout, this, &LocalRunPage::pollConsole);
    updateActions();
}

LocalRunPage::~LocalRunPage()
{
    // A start in progress is rolled back; a run that is up keeps running (vocctl down removes it).
    if (m_runJob && !m_runJob->isFinished())
        m_runJob->cancel();
    if (m_otherJob)
        m_otherJob->cancel();
    m_pool.waitForDone();
}

QString LocalRunPage::stateDir() const
{
    return m_stateDir.isEmpty() ? RunJournal::defaultStateDir() : m_stateDir;
}

QString LocalRunPage::messageText() const
{
    return m_ui->messageFrame->isHidden() ? QString() : m_ui->messageLabel->text();
}

bool LocalRunPage::askConfirmStop()
{
    return QMessageBox::question(this, tr("Stop the Run"),
                                 tr("Stop %1? Every VCN is powered off and its overlay disk, the network and "
                                    "the DHCP leases are removed.")
                                     .arg(m_runDesign)) == QMessageBox::Yes;
}

void LocalRunPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    m_consoleTimer->start();
    // The first time the page shows: a run of this design may be up already (from vocctl or an
    // earlier session).
    if (!m_checkedOnce && m_state == RunState::Idle)
        refresh();
}

void LocalRunPage::resetViews()
{
    m_stateModel->clear();
    m_timelineModel->reset();
    m_ui->timeline->stopLive();
    m_ui->console->clear();
    m_consoleHost.clear();
    m_consoleSeen = m_consoleOffset = 0;
    m_samplesSeen = false;
}

void LocalRunPage::refresh()
{
    if (m_state == RunState::Starting || m_state == RunState::TearingDown)
        return;
    m_checkedOnce = true;
    const QString design = m_document->design().name;
    auto* job = new RunStatusJob(design, settings::libvirtUri(), m_stateDir, m_hypervisor, this);
    job->setGeneration(m_generation.next());
    m_otherJob = job;
    connect(job, &Job::finished, this, [this, job, design] {
        job->deleteLater();
        if (!m_generation.isCurrent(job->generation()))
            return;
        const Result<QList<RunningVcn>> vcns = *job->result();
        setState(RunState::Idle);
        if (!vcns) {
            showError(vcns.error());
            return;
        }
        m_runDesign = design;
        onStatus(*vcns);
    });
    setState(RunState::Checking);
    job->start(&m_pool);
}

void LocalRunPage::onStatus(const QList<RunningVcn>& vcns)
{
    if (vcns.isEmpty()) {
        emit statusMessage(tr("No VCN of %1 runs").arg(m_runDesign));
        return;
    }
    resetViews();
    m_runHostnames.clear();
    for (const RunningVcn& vcn : vcns) {
        m_runHostnames.append(vcn.hostname);
        m_stateModel->ensureRow(vcn.hostname);
        for (const BootSample& sample : vcn.samples) {
            m_stateModel->addSample(sample);
            m_timelineModel->addSample(sample);
        }
        m_stateModel->setState(vcn.hostname, vcn.state);
        m_stateModel->setAddress(vcn.hostname, vcn.address);
    }
    setState(RunState::Up);
    fillFromPlan();
    showInfo(tr("%n VCN(s) of %1 are running from an earlier start. Stop or Destroy removes them.", nullptr,
                int(vcns.size()))
                 .arg(m_runDesign));
    m_ui->vcnTable->selectRow(0);
}

void LocalRunPage::start()
{
    if (m_state == RunState::Starting || m_state == RunState::TearingDown || m_state == RunState::Up)
        return;
    clearMessage();
    if (m_otherJob)
        m_otherJob->cancel();
    resetViews();
    m_runJob.reset();

    // A role that names a built image takes it from the build cache: a folder listing and a small
    // manifest, read here so that a missing build is said before anything starts.
    const Result<Design> design = resolveBuiltImages(m_document->design());
    if (!design) {
        showError(design.error());
        return;
    }
    LocalRunOptions options;
    options.design = *design;
    if (!m_document->filePath().isEmpty())
        options.designDir = QFileInfo(m_document->filePath()).absolutePath();
    fromString(m_ui->accelCombo->currentData().toString(), &options.accel);
    options.uri = settings::libvirtUri();
    options.stateDir = m_stateDir;
    options.watchdogSeconds = settings::bootWatchdogSeconds();
    options.bootTimeoutSeconds = settings::readyTimeoutSeconds(options.bootTimeoutSeconds);
    options.hypervisor = m_hypervisor;
    m_runDesign = options.design.name;
    m_runHostnames.clear();

    m_runJob = std::make_unique<LocalRunJob>(options);
    LocalRunJob* job = m_runJob.get();
    job->setGeneration(m_generation.next());
    connect(job, &Job::progress, this, &LocalRunPage::onProgress);
    connect(job, &LocalRunJob::bootSample, this, &LocalRunPage::onSample);
    connect(job, &Job::finished, this, &LocalRunPage::onRunFinished);
    m_started = QDateTime::currentDateTimeUtc();
    m_teardownAfterJob = false;
    setState(RunState::Starting);
    fillFromPlan();
    m_ui->progressBar->setRange(0, 0);
    m_ui->progressLabel->setText(tr("Starting %1").arg(m_runDesign));
    job->start(&m_pool);
}

void LocalRunPage::fillFromPlan()
{
    const bool showsThisDesign = m_runDesign == m_document->design().name &&
                                 (m_state == RunState::Starting || m_state == RunState::Up);
    if (!showsThisDesign || m_document->isPlanPending() || m_document->planError())
        return;
    const QList<PlanEntry>& entries = m_document->plan().entries;
    if (m_stateModel->rowCount() == 0) {
        m_stateModel->setPlan(entries);
        m_runHostnames.clear();
        for (const PlanEntry& entry : entries)
            m_runHostnames.append(entry.hostname);
        m_timelineModel->reset(m_runHostnames);
    } else {
        for (const PlanEntry& entry : entries) {
            if (m_stateModel->rowOf(entry.hostname) < 0)
                continue;
            m_stateModel->setRole(entry.hostname, entry.role == RoleKind::Head ? tr("head") : tr("compute"));
            if (m_stateModel->address(entry.hostname).isEmpty())
                m_stateModel->setAddress(entry.hostname, entry.ip);
        }
    }
    if (!m_ui->vcnTable->currentIndex().isValid() && m_stateModel->rowCount() > 0)
        m_ui->vcnTable->selectRow(0);
}

void LocalRunPage::onProgress(int done, int total, const QString& text)
{
    m_ui->progressBar->setRange(0, std::max(total, 1));
    m_ui->progressBar->setValue(done);
    m_ui->progressLabel->setText(text);
    emit statusMessage(text);
}

void LocalRunPage::onSample(const BootSample& sample)
{
    if (!m_runJob || sample.vcn.isEmpty())
        return;
    if (!m_samplesSeen) {
        m_samplesSeen = true;
        // The first sample is ms after the first start call: the timeline's clock starts there.
        m_ui->timeline->startLive(sample.ms);
    }
    if (!m_runHostnames.contains(sample.vcn))
        m_runHostnames.append(sample.vcn);
    m_stateModel->addSample(sample);
    m_timelineModel->addSample(sample);
    if (!m_ui->vcnTable->currentIndex().isValid())
        m_ui->vcnTable->selectRow(m_stateModel->rowOf(sample.vcn));
}

void LocalRunPage::onRunFinished()
{
    if (!m_runJob || !m_generation.isCurrent(m_runJob->generation()))
        return;
    m_ui->timeline->stopLive();
    const Result<LocalRunResult> result = *m_runJob->result();
    if (m_teardownAfterJob) {
        startTeardown();
        return;
    }
    if (!result) {
        m_stateModel->setAllStates(result.error().code == ErrorCode::Cancelled ? tr("cancelled")
                                                                               : tr("failed"));
        setState(RunState::Failed);
        if (result.error().code != ErrorCode::Cancelled)
            showError(result.error());
        return;
    }
    for (const VcnRun& vcn : result->vcns) {
        if (!vcn.address.isEmpty())
            m_stateModel->setAddress(vcn.entry.hostname, vcn.address);
        if (!vcn.ready)
            m_stateModel->setState(vcn.entry.hostname, tr("running"));
    }
    setState(RunState::Up);
    emit statusMessage(
        tr("%n VCN(s) of %1 ready (%2); all domains running after %3 s", nullptr, int(result->vcns.size()))
            .arg(result->design, toString(result->accel))
            .arg(double(result->launchMs) / 1000.0, 0, 'f', 2));
    storeResult();
}

void LocalRunPage::storeResult()
{
    auto* job = new StoreRunJob(m_runJob->result()->value().toBootRun(m_started), {}, this);
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        const Result<qint64> id = *job->result();
        if (!id)
            showError(Error{id.error().code, tr("The boot times were not stored: %1").arg(id.error().what),
                            id.error().where, id.error().hint});
        else
            emit statusMessage(tr("Boot times stored as run %1").arg(*id));
    });
    job->start(&m_pool);
}

void LocalRunPage::stop()
{
    if (m_state == RunState::Idle || m_state == RunState::TearingDown || m_state == RunState::Checking)
        return;
    if (askConfirmStop())
        destroyRun();
}

void LocalRunPage::destroyRun()
{
    if (m_state == RunState::Starting && m_runJob) {
        // The job removes what it made when cancelled; the teardown afterwards catches the rest.
        m_teardownAfterJob = true;
        m_runJob->cancel();
        m_ui->progressLabel->setText(tr("Cancelling the start of %1").arg(m_runDesign));
        return;
    }
    if (m_state == RunState::Up || m_state == RunState::Failed)
        startTeardown();
}

void LocalRunPage::startTeardown()
{
    // Consoles detach with the job; then nothing of ours holds the domains.
    m_runJob.reset();
    TeardownOptions options{.designName = m_runDesign, .stateDir = m_stateDir};
    options.overlayDir = RunJournal::defaultOverlayDir(m_stateDir);
    options.hostnames = m_runHostnames;
    auto* job = new TeardownJob(options, settings::libvirtUri(), m_hypervisor, this);
    job->setGeneration(m_generation.next());
    m_otherJob = job;
    connect(job, &Job::progress, this, &LocalRunPage::onProgress);
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        if (!m_generation.isCurrent(job->generation()))
            return;
        const Result<TeardownReport> report = *job->result();
        if (!report) {
            setState(RunState::Failed);
            showError(report.error());
            return;
        }
        m_stateModel->setAllStates(tr("removed"));
        setState(RunState::Idle);
        const QString text =
            tr("Removed %1: %n domain(s)", nullptr, int(report->domains.size())).arg(m_runDesign) +
            tr(", %n overlay(s)", nullptr, int(report->overlays.size())) +
            tr(", %n network(s)", nullptr, int(report->networks.size()));
        showInfo(text);
        emit statusMessage(text);
    });
    setState(RunState::TearingDown);
    m_ui->progressBar->setRange(0, 0);
    m_ui->progressLabel->setText(tr("Removing %1").arg(m_runDesign));
    job->start(&m_pool);
}

void LocalRunPage::showConsole(const QString& hostname)
{
    if (hostname == m_consoleHost)
        return;
    m_consoleHost = hostname;
    m_consoleSeen = m_consoleOffset = 0;
    m_ui->console->clear();
    m_ui->console->setTitle(hostname.isEmpty() ? tr("Select a VCN to see its serial console")
                                               : tr("Serial console of %1").arg(hostname));
    pollConsole();
}

void LocalRunPage::pollConsole()
{
    if (m_consoleHost.isEmpty() || !isVisible())
        return;
    // While the job lives it holds the console: its in-memory log is live. Only once samples came is
    // the job past its set-up, where the list of VCNs stops changing.
    if (m_runJob && m_samplesSeen) {
        if (const std::shared_ptr<SerialLog> log = m_runJob->serialLog(m_consoleHost)) {
            const qint64 total = log->totalBytes();
            if (total == m_consoleSeen)
                return;
            const QByteArray snapshot = log->snapshot();
            const qint64 fresh = total - m_consoleSeen;
            if (m_consoleSeen > 0 && fresh <= snapshot.size())
                m_ui->console->appendLog(snapshot.right(fresh));
            else
                m_ui->console->setLog(snapshot);
            m_consoleSeen = total;
            return;
        }
    }
    if (m_runDesign.isEmpty() || m_consoleReading || m_state == RunState::Idle)
        return;
    // No console of ours: the file virtlogd writes, read on a worker.
    const QString host = m_consoleHost;
    auto* job = new ReadFileTailJob(RunJournal::serialLogPathFor(m_runDesign, host, m_stateDir),
                                    m_consoleOffset, this);
    m_consoleReading = true;
    connect(job, &Job::finished, this, [this, job, host] {
        job->deleteLater();
        m_consoleReading = false;
        const Result<FileTail> tail = *job->result();
        if (!tail || host != m_consoleHost)
            return;
        if (tail->restart)
            m_ui->console->setLog(tail->bytes);
        else
            m_ui->console->appendLog(tail->bytes);
        m_consoleOffset = tail->end;
    });
    job->start(&m_pool);
}

void LocalRunPage::setState(RunState state)
{
    m_state = state;
    const bool busy =
        state == RunState::Starting || state == RunState::TearingDown || state == RunState::Checking;
    m_ui->progressRow->setVisible(state == RunState::Starting || state == RunState::TearingDown);
    if (state == RunState::Checking)
        emit statusMessage(tr("Looking up the VCNs of %1").arg(m_document->design().name));
    emit busyChanged(busy);
    updateActions();
}

void LocalRunPage::updateActions()
{
    const bool idle = m_state == RunState::Idle || m_state == RunState::Failed;
    const bool hasRun =
        m_state == RunState::Up || m_state == RunState::Failed || m_state == RunState::Starting;
    m_ui->startButton->setEnabled(idle && !m_document->design().roles.isEmpty());
    m_ui->stopButton->setEnabled(m_state == RunState::Up);
    m_ui->destroyButton->setEnabled(hasRun);
    m_ui->refreshButton->setEnabled(idle || m_state == RunState::Up);
    m_ui->accelCombo->setEnabled(idle);
    m_ui->cancelButton->setEnabled(m_state == RunState::Starting);
}

void LocalRunPage::showError(const Error& error)
{
    m_ui->messageLabel->setText(errorMessage(error));
    m_ui->messageFrame->show();
    emit statusMessage(error.what);
}

void LocalRunPage::showInfo(const QString& text)
{
    m_ui->messageLabel->setText(text);
    m_ui->messageFrame->show();
}

void LocalRunPage::clearMessage()
{
    m_ui->messageFrame->hide();
    m_ui->messageLabel->clear();
}

} // namespace voc
