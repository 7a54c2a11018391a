// SPDX-License-Identifier: GPL-3.0-or-later
// File > Export Bundle… and Import Bundle…: the migration bundle jobs of the core, run off the GUI
// thread behind a progress dialog with Cancel.
#pragma once

#include "common/result.h"

#include <QObject>
#include <QPointer>
#include <QProgressDialog>
#include <QThreadPool>

class QAction;

namespace voc {

class Job;
class MainWindow;

class BundleActions : public QObject
{
    Q_OBJECT

public:
    explicit BundleActions(MainWindow* window);
    ~BundleActions() override;

    QAction* exportAction() const { return m_exportAction; }
    QAction* importAction() const { return m_importAction; }
    bool isBusy() const { return m_job != nullptr; }
    // Shown while a job runs (after a short delay); tests press its Cancel button.
    QProgressDialog* progressDialog() const { return m_progress; }

    // The work behind the actions, without their file dialogs (tests call these).
    void exportDesign(const QString& designPath, const QString& bundlePath, bool overwrite);
    void importBundle(const QString& bundlePath, const QString& targetDir, bool overwrite);

signals:
    void exported(const QString& bundlePath);
    // The window opens the design; the files stay where they are even if it does not.
    void imported(const QString& designPath);
    void failed(const QString& title, const voc::Error& error);
    void statusMessage(const QString& message);

private:
    void onExportTriggered();
    void onImportTriggered();
    void run(Job* job, const QString& title);
    void setBusy(bool busy);

    MainWindow* m_window;
    QAction* m_exportAction;
    QAction* m_importAction;
    QPointer<QProgressDialog> m_progress;
    Job* m_job = nullptr;
    QThreadPool m_pool;
};

} // namespace voc
