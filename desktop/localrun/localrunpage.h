// SPDX-License-Identifier: GPL-3.0-or-later
// The Test-locally page: starts the open design on this workstation (LocalRunJob), shows every VCN's
// state and boot phases live as a table and a timeline, its serial console, and tears the run down.
#pragma once

#include "common/job.h"
#include "common/result.h"

#include <QDateTime>
#include <QHash>
#include <QPointer>
#include <QThreadPool>
#include <QWidget>

#include <memory>

class QTimer;

namespace voc {

namespace Ui {
class LocalRunPage;
}

class BootTimelineModel;
class DesignDocument;
class Hypervisor;
class LocalRunJob;
class VcnStateModel;
struct BootSample;
struct RunningVcn;

class LocalRunPage : public QWidget
{
    Q_OBJECT

public:
    enum class RunState
    {
        Idle,     // nothing of this design is known to run
        Checking, // asking libvirt what runs
        Starting,
        Up,
        Failed,
        TearingDown
    };

    explicit LocalRunPage(DesignDocument* document, QWidget* parent = nullptr);
    ~LocalRunPage() override;

    // For tests: a fake hypervisor (not owned) and a private state folder.
    void setHypervisor(Hypervisor* hypervisor) { m_hypervisor = hypervisor; }
    void setStateDir(const QString& stateDir) { m_stateDir = stateDir; }

    VcnStateModel* stateModel() const { return m_stateModel; }
    BootTimelineModel* timelineModel() const { return m_timelineModel; }
    RunState runState() const { return m_state; }
    QString messageText() const;

    void start();
    // Asks first (see askConfirmStop), then tears down.
    void stop();
    // Tears down at once; a start in progress is cancelled and cleaned up.
    void destroyRun();
    // Looks up what of the current design runs in libvirt now.
    void refresh();
    // Shows a VCN's serial log in the console view.
    void showConsole(const QString& hostname);

signals:
    void statusMessage(const QString& message);
    void busyChanged(bool busy);

protected:
    virtual bool askConfirmStop();
    void showEvent(QShowEvent* event) override;

private:
    void onProgress(int done, int total, const QString& text);
    void onSample(const BootSample& sample);
    void onRunFinished();
    void onStatus(const QList<RunningVcn>& vcns);
    // Role and planned address per VCN from the document's plan, once it is there.
    void fillFromPlan();
    void startTeardown();
    void storeResult();
    void pollConsole();
    void setState(RunState state);
    void showError(const Error& error);
    void showInfo(const QString& text);
    void clearMessage();
    void updateActions();
    void resetViews();
    QString stateDir() const;

    std::unique_ptr<Ui::LocalRunPage> m_ui;
    DesignDocument* m_document;
    VcnStateModel* m_stateModel;
    BootTimelineModel* m_timelineModel;
    QTimer* m_consoleTimer;
    QThreadPool m_pool; // the page's own, so its destructor can wait for its jobs
    Generation m_generation;
    RunState m_state = RunState::Idle;
    Hypervisor* m_hypervisor = nullptr;
    QString m_stateDir;

    // The run shown: the job (kept after it finished: it holds the consoles), its design and VCNs.
    std::unique_ptr<LocalRunJob> m_runJob;
    QPointer<Job> m_otherJob; // a status or teardown job
    QString m_runDesign;
    QStringList m_runHostnames;
    QDateTime m_started;
    bool m_samplesSeen = false;
    bool m_teardownAfterJob = false;
    bool m_checkedOnce = false;

    QString m_consoleHost;
    qint64 m_consoleSeen = 0;   // SerialLog::totalBytes() shown so far
    qint64 m_consoleOffset = 0; // or: bytes of the log file shown so far
    bool m_consoleReading = false;
};

} // namespace voc
