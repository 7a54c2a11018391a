// SPDX-License-Identifier: GPL-3.0-or-later
// MainWindow's modal dialogs. They are virtual (tests answer them without a dialog) and kept here,
// apart from the window's logic.
#include "mainwindow.h"

#include "appsettings.h"
#include "design/designdocument.h"
#include "preferencesdialog.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QMessageBox>
#include <QPushButton>
#include <QStatusBar>

namespace voc {

MainWindow::UnsavedChoice MainWindow::askUnsaved()
{
    QMessageBox box(QMessageBox::Warning, tr("Unsaved Changes"),
                    tr("The design “%1” has unsaved changes.").arg(m_document->displayName()),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel, this);
    box.setInformativeText(tr("Do you want to save them?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return UnsavedChoice::Save;
    case QMessageBox::Discard:
        return UnsavedChoice::Discard;
    default:
        return UnsavedChoice::Cancel;
    }
}

QString MainWindow::askOpenFileName()
{
    const QStringList recent = settings::recentFiles();
    const QString dir = recent.isEmpty() ? QDir::homePath() : QFileInfo(recent.first()).path();
    return QFileDialog::getOpenFileName(this, tr("Open Design"), dir,
                                        tr("VOC Studio designs (*.voc);;All files (*)"));
}

QString MainWindow::askSaveFileName()
{
    const QString current = m_document->filePath();
    const QString suggestion = current.isEmpty()
                                   ? QDir::home().filePath(m_document->design().name + QLatin1String(".voc"))
                                   : current;
    return QFileDialog::getSaveFileName(this, tr("Save Design As"), suggestion,
                                        tr("VOC Studio designs (*.voc);;All files (*)"));
}

bool MainWindow::askRecover(const RecoverableDesign& file)
{
    const QString name =
        file.originalPath.isEmpty() ? tr("an unsaved design") : QDir::toNativeSeparators(file.originalPath);
    QMessageBox box(QMessageBox::Question, tr("Recover Unsaved Changes"),
                    tr("VOC Studio did not close properly. Unsaved changes to %1 were kept.").arg(name),
                    QMessageBox::NoButton, this);
    box.setInformativeText(tr("Saved automatically at %1. Recover them, or discard them for good?")
                               .arg(QLocale().toString(file.savedAt, QLocale::ShortFormat)));
    QPushButton* recoverButton = box.addButton(tr("&Recover"), QMessageBox::AcceptRole);
    box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.setDefaultButton(recoverButton);
    box.exec();
    return box.clickedButton() == recoverButton;
}

void MainWindow::showError(const QString& title, const Error& error)
{
    QMessageBox box(QMessageBox::Critical, title, error.what, QMessageBox::Ok, this);
    QStringList details;
    if (!error.where.isEmpty())
        details << tr("Where: %1").arg(error.where);
    if (!error.hint.isEmpty())
        details << tr("What to do: %1").arg(error.hint);
    box.setInformativeText(details.join(u'\n'));
    box.exec();
}

void MainWindow::showPreferences()
{
    PreferencesDialog dialog(this);
    const QString languageBefore = settings::language();
    if (dialog.exec() != QDialog::Accepted)
        return;
    dialog.store();
    applySettings();
    if (settings::language() != languageBefore)
        statusBar()->showMessage(tr("The new language applies after VOC Studio is restarted."), 10000);
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About VOC Studio"),
                       tr("<h3>VOC Studio %1</h3>"
                          "<p>Design, test, deploy and benchmark Virtual Organization Clusters: virtual "
                          "clusters of KVM virtual machines that a Virtualization Service Provider hosts for "
                          "a Virtual Organization.</p>"
                          "<p>Licensed under the GNU General Public License, version 3 or later.</p>")
                           .arg(QLatin1String(VOC_VERSION)));
}

} // namespace voc
