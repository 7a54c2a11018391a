// SPDX-License-Identifier: GPL-3.0-or-later
#include "imagespage.h"
#include "ui_imagespage.h"

#include "errormessage.h"

#include "design/designcommands.h"
#include "design/designdocument.h"
#include "imagebuild.h"
#include "imagecataloguemodel.h"
#include "imagejobs.h"

#include "images/checksumjob.h"

#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFontDatabase>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLocale>
#include <QScrollBar>
#include <QUndoStack>

namespace voc {

ImagesPage::ImagesPage(DesignDocument* document, const QString& cataloguePath, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ImagesPage>())
    , m_document(document)
    , m_model(new ImageCatalogueModel(this))
    , m_build(new ImageBuild(this))
    , m_catalogue(cataloguePath)
{
    m_ui->setupUi(this);
    m_savePool.setMaxThreadCount(1);
    m_ui->imageTable->setModel(m_model);
    QHeaderView* header = m_ui->imageTable->horizontalHeader();
    header->setSectionResizeMode(QHeaderView::ResizeToContents);
    header->setSectionResizeMode(ImageCatalogueModel::NameColumn, QHeaderView::Stretch);
    header->setStretchLastSection(false);
    m_ui->mainSplitter->setStretchFactor(0, 3);
    m_ui->mainSplitter->setStretchFactor(1, 2);
    // The table first: long paths in the details wrap instead of taking the width.
    m_ui->mainSplitter->setSizes({600, 400});
    m_ui->leftSplitter->setSizes({400, 200});

    m_ui->buildRoleCombo->addItem(tr("Tiny test image"), QStringLiteral("tiny"));
    m_ui->buildRoleCombo->addItem(tr("Head image"), QStringLiteral("head"));
    m_ui->buildRoleCombo->addItem(tr("Compute image"), QStringLiteral("compute"));
    m_ui->buildRoleCombo->addItem(tr("All demo images"), QStringLiteral("all"));
    m_ui->buildRoleCombo->setCurrentIndex(3);

    // Paths and checksums have no break points: clipped with the whole text in the tooltip, they
    // leave the width to the table.
    for (QLabel* label :
         {m_ui->pathValue, m_ui->kernelValue, m_ui->initrdValue, m_ui->cmdlineValue, m_ui->sha256Value})
        label->setSizePolicy(QSizePolicy::Ignored, QSizePolicy::Preferred);
    m_ui->sha256Value->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));

    m_ui->messageFrame->hide();
    m_ui->progressRow->hide();
    m_ui->buildGroup->hide();

    connect(m_ui->addButton, &QPushButton::clicked, this, [this] {
        const QString path = askImageFile();
        if (!path.isEmpty())
            addImage(path);
    });
    connect(m_ui->removeButton, &QPushButton::clicked, this, [this] { removeImage(selectedPath()); });
    connect(m_ui->verifyButton, &QPushButton::clicked, this, [this] { verifyImage(selectedPath()); });
    connect(m_ui->buildButton, &QPushButton::clicked, this, &ImagesPage::buildDemoImages);
    connect(m_ui->cancelButton, &QPushButton::clicked, this, &ImagesPage::cancel);
    connect(m_ui->messageCloseButton, &QToolButton::clicked, this, &ImagesPage::clearMessage);
    connect(m_ui->useButton, &QPushButton::clicked, this,
            [this] { useSelectedInDesign(m_ui->useRoleCombo->currentData().toInt()); });
    connect(m_ui->imageTable->selectionModel(), &QItemSelectionModel::currentRowChanged, this, [this] {
        updateDetails();
        updateActions();
    });
    connect(m_model, &QAbstractItemModel::dataChanged, this, &ImagesPage::updateDetails);
    connect(m_model, &QAbstractItemModel::modelReset, this, &ImagesPage::updateActions);
    connect(m_model, &QAbstractItemModel::rowsRemoved, this, &ImagesPage::updateActions);
    connect(m_document, &DesignDocument::designChanged, this, &ImagesPage::updateRoles);
    connect(m_document, &DesignDocument::documentReplaced, this, &ImagesPage::updateRoles);

    connect(m_build, &ImageBuild::outputLine, this, [this](const QString& line) {
        m_ui->buildLog->appendPlainText(line);
        m_ui->progressLabel->setText(line);
    });
    connect(m_build, &ImageBuild::finished, this, [this](const Result<QStringList>& manifests) {
        if (!manifests) {
            setIdle();
            showError(manifests.error());
            return;
        }
        importManifests(*manifests);
    });

    updateRoles();
    updateDetails();
    updateActions();
    loadCatalogue();
}

ImagesPage::~ImagesPage()
{
    if (m_job)
        m_job->cancel();
    m_pool.waitForDone();
    m_savePool.waitForDone();
}

QString ImagesPage::askImageFile()
{
    return QFileDialog::getOpenFileName(this, tr("Add a Base Image"), QDir::homePath(),
                                        tr("Disk images (*.qcow2 *.img *.raw);;Image manifests "
                                           "(manifest.json);;All files (*)"));
}

bool ImagesPage::isBusy() const
{
    return m_job || m_build->isRunning();
}

QString ImagesPage::messageText() const
{
    return m_ui->messageFrame->isHidden() ? QString() : m_ui->messageLabel->text();
}

// Runs a job on the page's pool, its progress in the page; the caller connects finished().
template<typename J> void ImagesPage::track(J* job, const QString& text)
{
    job->setParent(this);
    job->setGeneration(m_generation.next());
    m_job = job;
    connect(job, &Job::progress, this, [this, job](int done, int total, const QString& label) {
        if (!m_generation.isCurrent(job->generation()))
            return;
        m_ui->progressBar->setRange(0, qMax(total, 1));
        m_ui->progressBar->setValue(total == 0 ? 1 : done);
        if (!label.isEmpty())
            m_ui->progressLabel->setText(label);
    });
    setBusy(text);
    job->start(&m_pool);
}

void ImagesPage::loadCatalogue()
{
    auto* job = new LoadCatalogueJob(m_catalogue.filePath());
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        const bool current = m_generation.isCurrent(job->generation());
        if (!current)
            return;
        setIdle();
        const Result<LoadedCatalogue> loaded = *job->result();
        if (!loaded) {
            showError(loaded.error());
            return;
        }
        m_catalogue = loaded->catalogue;
        m_model->setEntries(m_catalogue.entries(), loaded->missing);
        if (m_model->rowCount() > 0)
            m_ui->imageTable->selectRow(0);
    });
    track(job, tr("Reading the image catalogue"));
}

void ImagesPage::saveCatalogue()
{
    auto* job = new SaveCatalogueJob(m_catalogue, this);
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        if (std::optional<Error> error = job->failure())
            showError(*error);
    });
    job->start(&m_savePool);
}

void ImagesPage::addImage(const QString& path)
{
    if (isBusy())
        return;
    clearMessage();
    auto* job = new InspectImageJob(path);
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        if (!m_generation.isCurrent(job->generation()))
            return;
        const Result<ImageInfo> info = *job->result();
        if (!info) {
            setIdle();
            showError(info.error());
            return;
        }
        if (m_catalogue.find(info->path)) {
            setIdle();
            showError(makeError(ErrorCode::Conflict, tr("this image is in the catalogue already"), info->path,
                                tr("select it and press Verify to check it again")));
            return;
        }
        startChecksum(*info, true);
    });
    track(job, tr("Inspecting %1").arg(QFileInfo(path).fileName()));
}

void ImagesPage::verifyImage(const QString& path)
{
    const std::optional<ImageInfo> info = m_catalogue.find(path);
    if (!info || isBusy())
        return;
    clearMessage();
    m_model->setCheck(path, ImageCatalogueModel::Check::Checking);
    startChecksum(*info, false);
}

void ImagesPage::startChecksum(const ImageInfo& info, bool adding)
{
    auto* job = new ChecksumJob(info.path);
    connect(job, &Job::finished, this, [this, job, info, adding] { finishChecksum(job, info, adding); });
    track(job, tr("Computing the SHA-256 of %1").arg(QFileInfo(info.path).fileName()));
}

void ImagesPage::finishChecksum(ChecksumJob* job, const ImageInfo& info, bool adding)
{
    job->deleteLater();
    if (!m_generation.isCurrent(job->generation()))
        return;
    const Result<QString> sha256 = *job->result();
    using Check = ImageCatalogueModel::Check;
    if (!sha256) {
        const Error& error = sha256.error();
        setIdle(error.code == ErrorCode::Cancelled ? tr("Checksum cancelled") : QString());
        if (!adding)
            m_model->setCheck(
                info.path, error.code == ErrorCode::NotFound ? Check::Missing : Check::Unchecked, error.what);
        if (error.code != ErrorCode::Cancelled)
            showError(error);
        return;
    }
    ImageInfo checked = info;
    if (adding && info.sha256.isEmpty())
        checked.sha256 = *sha256;
    // A manifest brings its own checksum, and a verify compares with the recorded one.
    const Status same =
        checked.sha256.isEmpty() ? Status(Ok{}) : ImageCatalogue::compareChecksum(checked, *sha256);
    if (adding && same) {
        if (Status added = m_catalogue.add(checked); !added) {
            setIdle();
            showError(added.error());
            return;
        }
        m_model->upsert(m_catalogue.find(checked.path).value_or(checked));
        saveCatalogue();
        selectImage(m_catalogue.find(checked.path).value_or(checked).path);
    }
    const QString path = m_catalogue.find(checked.path) ? m_catalogue.find(checked.path)->path : checked.path;
    m_model->setCheck(path, same ? Check::Verified : Check::Mismatch, same ? QString() : same.error().what);
    setIdle(same ? (adding ? tr("Added %1").arg(QFileInfo(path).fileName())
                           : tr("%1 matches its SHA-256").arg(QFileInfo(path).fileName()))
                 : QString());
    if (!same)
        showError(same.error());
}

void ImagesPage::removeImage(const QString& path)
{
    if (path.isEmpty() || isBusy() || !m_catalogue.remove(path))
        return;
    m_model->remove(path);
    saveCatalogue();
    emit statusMessage(tr("Removed %1 from the catalogue").arg(QFileInfo(path).fileName()));
}

void ImagesPage::buildDemoImages()
{
    if (isBusy())
        return;
    clearMessage();
    const QString script = ImageBuild::findScript();
    if (script.isEmpty()) {
        showError(makeError(ErrorCode::NotFound, tr("scripts/build-vcn-image was not found"),
                            QCoreApplication::applicationDirPath(),
                            tr("run VOC Studio from its build tree, or set VOCSTUDIO_BUILD_VCN_IMAGE to the "
                               "script's path")));
        return;
    }
    m_ui->buildLog->clear();
    m_ui->buildGroup->show();
    const QString role = m_ui->buildRoleCombo->currentData().toString();
    m_ui->buildLog->appendPlainText(tr("$ %1 --role %2").arg(script, role));
    if (!m_build->start(script, role))
        return;          // finished() reported why
    m_generation.next(); // a catalogue job still finishing is no longer shown
    setBusy(tr("Building %1").arg(m_ui->buildRoleCombo->currentText()));
    m_ui->progressBar->setRange(0, 0);
}

void ImagesPage::importManifests(const QStringList& manifests)
{
    auto* job = new ImportManifestsJob(manifests);
    connect(job, &Job::finished, this, [this, job] {
        job->deleteLater();
        if (!m_generation.isCurrent(job->generation()))
            return;
        const Result<QList<ImageInfo>> images = *job->result();
        if (!images) {
            setIdle();
            showError(images.error());
            return;
        }
        for (const ImageInfo& info : *images) {
            m_catalogue.replace(info);
            m_model->upsert(m_catalogue.find(info.path).value_or(info));
            m_model->setCheck(info.path, ImageCatalogueModel::Check::Unchecked);
        }
        saveCatalogue();
        setIdle(tr("Built and added %n image(s)", nullptr, int(images->size())));
        if (!images->isEmpty())
            selectImage(images->constLast().path);
    });
    track(job, tr("Importing the built images"));
}

void ImagesPage::cancel()
{
    if (m_build->isRunning())
        m_build->cancel();
    if (m_job)
        m_job->cancel();
}

void ImagesPage::selectImage(const QString& path)
{
    const int row = m_model->rowOf(path);
    if (row >= 0)
        m_ui->imageTable->selectRow(row);
}

QString ImagesPage::selectedPath() const
{
    const QModelIndex current = m_ui->imageTable->selectionModel()->currentIndex();
    return current.isValid() ? current.data(ImageCatalogueModel::PathRole).toString() : QString();
}

bool ImagesPage::useSelectedInDesign(int roleIndex)
{
    const std::optional<ImageInfo> info = m_catalogue.find(selectedPath());
    const Design before = m_document->design();
    if (!info || roleIndex < 0 || roleIndex >= before.roles.size())
        return false;
    Design after = before;
    after.roles[roleIndex].image = toImageRef(*info);
    if (after == before) {
        emit statusMessage(tr("The role uses this image already"));
        return false;
    }
    const QString role = m_ui->useRoleCombo->itemText(m_ui->useRoleCombo->findData(roleIndex));
    m_document->undoStack()->push(new DesignSnapshotCommand(
        m_document, before, after, tr("Use %1 for %2").arg(QFileInfo(info->path).fileName(), role)));
    emit statusMessage(tr("%1 now boots %2").arg(role, QFileInfo(info->path).fileName()));
    return true;
}

void ImagesPage::setBusy(const QString& text)
{
    m_ui->progressRow->show();
    m_ui->progressLabel->setText(text);
    m_ui->progressBar->setRange(0, 0);
    emit statusMessage(text);
    emit busyChanged(true);
    updateActions();
}

void ImagesPage::setIdle(const QString& text)
{
    m_job = nullptr;
    m_ui->progressRow->hide();
    if (!text.isEmpty())
        emit statusMessage(text);
    emit busyChanged(false);
    updateActions();
}

void ImagesPage::showError(const Error& error)
{
    m_ui->messageLabel->setText(errorMessage(error));
    m_ui->messageFrame->show();
    emit statusMessage(error.what);
}

void ImagesPage::clearMessage()
{
    m_ui->messageFrame->hide();
    m_ui->messageLabel->clear();
}

void ImagesPage::updateActions()
{
    const bool busy = isBusy();
    const bool selected = !selectedPath().isEmpty();
    m_ui->addButton->setEnabled(!busy);
    m_ui->buildButton->setEnabled(!busy);
    m_ui->buildRoleCombo->setEnabled(!busy);
    m_ui->removeButton->setEnabled(!busy && selected);
    m_ui->verifyButton->setEnabled(!busy && selected);
    m_ui->cancelButton->setEnabled(busy);
    m_ui->useButton->setEnabled(selected && m_ui->useRoleCombo->count() > 0);
}

void ImagesPage::updateDetails()
{
    const std::optional<ImageInfo> info = m_catalogue.find(selectedPath());
    const bool kernel = info && info->bootMode == BootMode::Kernel;
    const auto native = [](const QString& path) { return QDir::toNativeSeparators(path); };
    m_ui->pathValue->setText(info ? native(info->path) : tr("No image selected"));
    m_ui->formatValue->setText(info ? info->format : QString());
    m_ui->sizeValue->setText(info ? imageSizeText(info->sizeBytes) : QString());
    m_ui->virtualSizeValue->setText(info ? imageSizeText(info->virtualSizeBytes) : QString());
    m_ui->bootValue->setText(!info ? QString() : kernel ? tr("kernel (direct kernel boot)") : tr("disk"));
    m_ui->kernelValue->setText(kernel ? native(info->kernel) : QString());
    m_ui->initrdValue->setText(kernel ? native(info->initrd) : QString());
    m_ui->cmdlineValue->setText(kernel ? info->cmdline : QString());
    for (QWidget* row : {m_ui->kernelTitle, m_ui->kernelValue, m_ui->initrdTitle, m_ui->initrdValue,
                         m_ui->cmdlineTitle, m_ui->cmdlineValue})
        row->setVisible(kernel);
    m_ui->sha256Value->setText(info ? info->sha256 : QString());
    for (QLabel* label :
         {m_ui->pathValue, m_ui->kernelValue, m_ui->initrdValue, m_ui->cmdlineValue, m_ui->sha256Value})
        label->setToolTip(label->text());
    m_ui->roleValue->setText(!info ? QString() : info->role.isEmpty() ? tr("added by hand") : info->role);
    if (info) {
        const QString detail = m_model->checkDetail(info->path);
        const QString check = ImageCatalogueModel::checkText(m_model->check(info->path));
        m_ui->statusValue->setText(detail.isEmpty() ? check : tr("%1: %2").arg(check, detail));
    } else {
        m_ui->statusValue->clear();
    }
}

void ImagesPage::updateRoles()
{
    const int previous = m_ui->useRoleCombo->currentData().toInt();
    m_ui->useRoleCombo->clear();
    const QList<Role>& roles = m_document->design().roles;
    for (qsizetype i = 0; i < roles.size(); ++i) {
        const Role& role = roles.at(i);
        const QString image =
            role.image.path.isEmpty() ? tr("no image") : QFileInfo(role.image.path).fileName();
        const QString kind = role.kind == RoleKind::Head ? tr("head") : tr("compute");
        m_ui->useRoleCombo->addItem(tr("%1 (role %2, now %3)").arg(kind).arg(i + 1).arg(image), int(i));
    }
    const int index = m_ui->useRoleCombo->findData(previous);
    m_ui->useRoleCombo->setCurrentIndex(index >= 0 ? index : 0);
    updateActions();
}

} // namespace voc
