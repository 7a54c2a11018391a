// SPDX-License-Identifier: GPL-3.0-or-later
// The Images page: the catalogue of base images with their checksums, adding and verifying images
// as cancellable jobs, building the demo images, and putting an image into the open design.
#pragma once

#include "common/job.h"
#include "common/result.h"
#include "images/imagecatalogue.h"
#include "images/imageinfo.h"

#include <QPointer>
#include <QThreadPool>
#include <QWidget>

#include <memory>

namespace voc {

namespace Ui {
class ImagesPage;
}

class ChecksumJob;
class DesignDocument;
class ImageBuild;
class ImageCatalogueModel;

class ImagesPage : public QWidget
{
    Q_OBJECT

public:
    // cataloguePath: tests pass a temporary file.
    explicit ImagesPage(DesignDocument* document,
                        const QString& cataloguePath = ImageCatalogue::defaultPath(),
                        QWidget* parent = nullptr);
    ~ImagesPage() override;

    ImageCatalogueModel* model() const { return m_model; }
    const ImageCatalogue& catalogue() const { return m_catalogue; }
    // A job or an image build is running.
    bool isBusy() const;
    // The message shown for the last error (empty when none).
    QString messageText() const;

    // Inspects, hashes and adds the image (or manifest.json); progress and Cancel in the page.
    void addImage(const QString& path);
    void verifyImage(const QString& path);
    void removeImage(const QString& path);
    void selectImage(const QString& path);
    QString selectedPath() const;
    // Sets design role `roleIndex`'s image to the selected one, as one undo step.
    bool useSelectedInDesign(int roleIndex);
    void cancel();

signals:
    // For the status bar.
    void statusMessage(const QString& message);
    void busyChanged(bool busy);

protected:
    // The file dialog, behind a virtual function so tests answer it without blocking.
    virtual QString askImageFile();

private:
    void loadCatalogue();
    void saveCatalogue();
    void startChecksum(const ImageInfo& info, bool adding);
    void finishChecksum(ChecksumJob* job, const ImageInfo& info, bool adding);
    void buildDemoImages();
    void importManifests(const QStringList& manifests);
    template<typename J> void track(J* job, const QString& text);
    void setBusy(const QString& text);
    void setIdle(const QString& text = {});
    void showError(const Error& error);
    void clearMessage();
    void updateActions();
    void updateDetails();
    void updateRoles();

    std::unique_ptr<Ui::ImagesPage> m_ui;
    DesignDocument* m_document;
    ImageCatalogueModel* m_model;
    ImageBuild* m_build;
    ImageCatalogue m_catalogue;
    QThreadPool m_pool;     // the page's own, so its destructor can wait for its jobs
    QThreadPool m_savePool; // one thread: catalogue writes land in order
    Generation m_generation;
    QPointer<Job> m_job; // the one cancellable job running, if any
};

} // namespace voc
