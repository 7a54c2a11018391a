// SPDX-License-Identifier: GPL-3.0-or-later
#include "bundleactions.h"

#include "bundle/exportbundlejob.h"
#include "bundle/importbundlejob.h"
#include "design/designdocument.h"
#include "mainwindow.h"

#include <QAction>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QIcon>
#include <QMessageBox>
#include <QProgressDialog>

namespace voc {

namespace {

QString bundleFilter()
{
    return BundleActions::tr("VOC Studio bundles (*.vocbundle);;All files (*)");
}

} // namespace

BundleActions::BundleActions(MainWindow* window)
    : QObject(window)
    , m_window(window)
    , m_exportAction(
          new QAction(QIcon::fromTheme(QStringLiteral("document-export")), tr("&Export Bundle…"), this))
    , m_importAction(
          new QAction(QIcon::fromTheme(QStringLiteral("document-import")), tr("&Import Bundle…"), this))
{
    m_exportAction->setObjectName(QStringLiteral("exportBundleAction"));
    m_exportAction->setToolTip(
        tr("Write the design and its images into one bundle to move the VOC to another "
           "site"));
    m_importAction->setObjectName(QStringLiteral("importBundleAction"));
    m_importAction->setToolTip(tr("Unpack a bundle into a folder, verify its images and open its design"));
    connect(m_exportAction, &QAction::triggered, this, &BundleActions::onExportTriggered);
    connect(m_importAction, &QAction::triggered, this, &BundleActions::onImportTriggered);
    m_pool.setMaxThreadCount(1);
}

BundleActions::~BundleActions()
{
    if (m_job)
        m_job->cancel();
    m_pool.waitForDone(); // the job removes its partial files before it returns
}

void BundleActions::onExportTriggered()
{
    DesignDocument* document = m_window->document();
    // The bundle carries the file on disk, so unsaved edits are saved first.
    if ((document->filePath().isEmpty() || document->isModified()) && !m_window->save())
        return;
    const QFileInfo design(document->filePath());
    const QString suggestion =
        design.absoluteDir().filePath(design.completeBaseName() + QStringLiteral(".vocbundle"));
    QString path = QFileDialog::getSaveFileName(m_window, tr("Export Bundle"), suggestion, bundleFilter());
    if (path.isEmpty())
        return;
    if (QFileInfo(path).suffix().isEmpty())
        path += QStringLiteral(".vocbundle");
    exportDesign(design.absoluteFilePath(), path, true); // the file dialog asked before replacing
}

void BundleActions::onImportTriggered()
{
    if (!m_window->maybeSave())
        return;
    const QString bundle =
        QFileDialog::getOpenFileName(m_window, tr("Import Bundle"), QDir::homePath(), bundleFilter());
    if (bundle.isEmpty())
        return;
    const QString dir = QFileDialog::getExistingDirectory(m_window, tr("Import Bundle Into Folder"),
                                                          QFileInfo(bundle).absolutePath());
    if (!dir.isEmpty())
        importBundle(bundle, dir, false);
}

void BundleActions::exportDesign(const QString& designPath, const QString& bundlePath, bool overwrite)
{
    if (m_job)
        return;
    auto* job = new ExportBundleJob({designPath, bundlePath, overwrite});
    connect(job, &Job::finished, this, [this, job] {
        const Result<ExportedBundle> result = *job->result();
        setBusy(false);
        if (result) {
            emit statusMessage(tr("Exported %1 (%2 MiB)")
                                   .arg(QDir::toNativeSeparators(result->path))
                                   .arg(double(result->archiveBytes) / (1024.0 * 1024.0), 0, 'f', 1));
            emit exported(result->path);
        } else if (result.error().code == ErrorCode::Cancelled) {
            emit statusMessage(tr("Export cancelled; no bundle was written"));
        } else {
            emit failed(tr("Could Not Export the Bundle"), result.error());
        }
    });
    run(job, tr("Exporting %1…").arg(QFileInfo(designPath).fileName()));
}

void BundleActions::importBundle(const QString& bundlePath, const QString& targetDir, bool overwrite)
{
    if (m_job)
        return;
    auto* job = new ImportBundleJob({bundlePath, targetDir, overwrite});
    connect(job, &Job::finished, this, [this, job, bundlePath, targetDir, overwrite] {
        const Result<ImportedBundle> result = *job->result();
        setBusy(false);
        if (result) {
            emit statusMessage(tr("Imported %1").arg(QDir::toNativeSeparators(result->designPath)));
            emit imported(result->designPath);
        } else if (result.error().code == ErrorCode::Cancelled) {
            emit statusMessage(tr("Import cancelled; nothing was written"));
        } else if (result.error().code == ErrorCode::Conflict && !overwrite &&
                   QMessageBox::question(
                       m_window, tr("Replace Files?"),
                       tr("%1\n\nReplace them with the bundle's files?").arg(result.error().what)) ==
                       QMessageBox::Yes) {
            importBundle(bundlePath, targetDir, true);
        } else {
            emit failed(tr("Could Not Import the Bundle"), result.error());
        }
    });
    run(job, tr("Importing %1…").arg(QFileInfo(bundlePath).fileName()));
}

void BundleActions::run(Job* job, const QString& title)
{
    m_job = job;
    m_progress = new QProgressDialog(title, tr("Cancel"), 0, 0, m_window);
    m_progress->setWindowTitle(title);
    m_progress->setWindowModality(Qt::WindowModal);
    m_progress->setMinimumDuration(300);
    m_progress->setAutoClose(false);
    m_progress->setAutoReset(false);
    connect(m_progress, &QProgressDialog::canceled, job, [this, job] {
        job->cancel();
        if (m_progress)
            m_progress->setLabelText(tr("Cancelling…"));
    });
    // A progress event queued before the job finished can arrive after setBusy(false) cleared
    // m_progress (the dialog itself lives on until its deleteLater): talk to the dialog it was for.
    connect(job, &Job::progress, m_progress,
            [this, dialog = m_progress.data()](int done, int total, const QString& text) {
                if (m_job && m_job->isCancelled())
                    return;
                dialog->setMaximum(std::max(total, 1));
                dialog->setValue(std::min(done, std::max(total, 1)));
                dialog->setLabelText(text);
            });
    setBusy(true);
    emit statusMessage(title);
    job->start(&m_pool);
}

void BundleActions::setBusy(bool busy)
{
    m_exportAction->setEnabled(!busy);
    m_importAction->setEnabled(!busy);
    if (busy)
        return;
    if (m_progress)
        m_progress->deleteLater();
    m_progress = nullptr;
    if (m_job)
        m_job->deleteLater();
    m_job = nullptr;
}

} // namespace voc
