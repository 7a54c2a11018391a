// SPDX-License-Identifier: GPL-3.0-or-later
// The Images page: its catalogue model, adding a real qcow2/raw image (inspect + checksum jobs),
// verification that notices a changed or missing file, and "Use in design" as an undoable edit.
#include "design/designdocument.h"
#include "images/imagecataloguemodel.h"
#include "images/imagespage.h"
#include "testfiles.h"

#include <QAbstractItemModelTester>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>
#include <QUndoStack>

using namespace voc;
using namespace Qt::StringLiterals;

namespace {

using voc::test::sha256Of;

// Creates an image with qemu-img; returns an empty string (and a reason) when it cannot.
QString makeImage(const QTemporaryDir& dir, const QString& name, const QString& format, QString* why)
{
    const QString path = dir.filePath(name);
    QProcess qemuImg;
    qemuImg.start(u"qemu-img"_s, {u"create"_s, u"-q"_s, u"-f"_s, format, path, u"8M"_s});
    if (!qemuImg.waitForFinished(30000) || qemuImg.exitCode() != 0) {
        *why = qemuImg.errorString() + u"\n"_s + QString::fromLocal8Bit(qemuImg.readAllStandardError());
        return {};
    }
    return path;
}

ImageInfo info(const QString& path, const QString& format = u"qcow2"_s)
{
    ImageInfo image;
    image.path = path;
    image.format = format;
    image.sizeBytes = 196608;
    image.virtualSizeBytes = 8 << 20;
    image.sha256 = QString(64, u'a');
    return image;
}

bool idle(const ImagesPage& page)
{
    return QTest::qWaitFor([&page] { return !page.isBusy(); }, 30000);
}

} // namespace

class TestImagesPage : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void model_data();
    void model();
    void addImage_data();
    void addImage();
    void verifyNoticesChanges_data();
    void verifyNoticesChanges();
    void addMissingFileShowsError();
    void useInDesign_data();
    void useInDesign();
};

void TestImagesPage::initTestCase()
{
    QStandardPaths::setTestModeEnabled(true);
}

void TestImagesPage::model_data()
{
    QTest::addColumn<int>("entries");
    QTest::addColumn<int>("missing");
    QTest::newRow("empty") << 0 << 0;
    QTest::newRow("one") << 1 << 0;
    QTest::newRow("three, one missing") << 3 << 1;
}

void TestImagesPage::model()
{
    QFETCH(int, entries);
    QFETCH(int, missing);
    ImageCatalogueModel model;
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
    QList<ImageInfo> images;
    for (int i = 0; i < entries; ++i)
        images.append(info(u"/images/disk%1.qcow2"_s.arg(i)));
    QStringList gone;
    for (int i = 0; i < missing; ++i)
        gone.append(images.at(i).path);
    model.setEntries(images, gone);
    QCOMPARE(model.rowCount(), entries);
    QCOMPARE(model.columnCount(), int(ImageCatalogueModel::ColumnCount));
    for (int row = 0; row < entries; ++row) {
        const QModelIndex status = model.index(row, ImageCatalogueModel::StatusColumn);
        const auto expected =
            row < missing ? ImageCatalogueModel::Check::Missing : ImageCatalogueModel::Check::Unchecked;
        QCOMPARE(status.data(ImageCatalogueModel::CheckRole).toInt(), int(expected));
        QCOMPARE(status.data().toString(), ImageCatalogueModel::checkText(expected));
        // Short checksum in the cell, the whole one in the tooltip.
        const QModelIndex sha = model.index(row, ImageCatalogueModel::Sha256Column);
        QVERIFY(sha.data().toString().size() < 20);
        QCOMPARE(sha.data(Qt::ToolTipRole).toString(), images.at(row).sha256);
        QCOMPARE(model.index(row, ImageCatalogueModel::NameColumn).data().toString(),
                 u"images/disk%1.qcow2"_s.arg(row));
    }

    // Add, update, check, remove: the row count follows, the tester watches the signals.
    ImageInfo extra = info(u"/images/extra.raw"_s, u"raw"_s);
    model.upsert(extra);
    QCOMPARE(model.rowCount(), entries + 1);
    extra.virtualSizeBytes *= 2;
    model.upsert(extra);
    QCOMPARE(model.rowCount(), entries + 1);
    model.setCheck(extra.path, ImageCatalogueModel::Check::Mismatch, u"differs"_s);
    const QModelIndex status = model.index(model.rowOf(extra.path), ImageCatalogueModel::StatusColumn);
    QCOMPARE(status.data().toString(), ImageCatalogueModel::checkText(ImageCatalogueModel::Check::Mismatch));
    QCOMPARE(status.data(Qt::ToolTipRole).toString(), u"differs"_s);
    QVERIFY(model.remove(extra.path));
    QVERIFY(!model.remove(extra.path));
    QCOMPARE(model.rowCount(), entries);
}

void TestImagesPage::addImage_data()
{
    QTest::addColumn<QString>("format");
    QTest::newRow("qcow2") << u"qcow2"_s;
    QTest::newRow("raw") << u"raw"_s;
}

void TestImagesPage::addImage()
{
    QFETCH(QString, format);
    QTemporaryDir dir;
    QString why;
    const QString path = makeImage(dir, u"base."_s + format, format, &why);
    if (path.isEmpty())
        QFAIL(qPrintable(u"qemu-img could not create an image: "_s + why));

    DesignDocument document;
    ImagesPage page(&document, dir.filePath(u"images.json"_s));
    QAbstractItemModelTester tester(page.model(), QAbstractItemModelTester::FailureReportingMode::QtTest);
    QVERIFY(idle(page));
    QCOMPARE(page.model()->rowCount(), 0);

    page.addImage(path);
    QVERIFY(page.isBusy());
    QVERIFY(idle(page));
    QVERIFY2(page.messageText().isEmpty(), qPrintable(page.messageText()));
    QCOMPARE(page.model()->rowCount(), 1);
    const std::optional<ImageInfo> added = page.catalogue().find(path);
    QVERIFY(added);
    QCOMPARE(added->format, format);
    QCOMPARE(added->virtualSizeBytes, qint64(8) << 20);
    QCOMPARE(added->sha256, sha256Of(path));
    QCOMPARE(page.model()->check(path), ImageCatalogueModel::Check::Verified);
    QCOMPARE(page.selectedPath(), path);
    // The catalogue reached its file: a new page reads it back.
    QTRY_VERIFY(QFile::exists(dir.filePath(u"images.json"_s)));
    ImagesPage reread(&document, dir.filePath(u"images.json"_s));
    QVERIFY(idle(reread));
    QCOMPARE(reread.catalogue().entries().size(), 1);
    QCOMPARE(reread.catalogue().entries().first().sha256, added->sha256);

    // The same file again is refused with a hint, not added twice.
    page.addImage(path);
    QVERIFY(idle(page));
    QCOMPARE(page.model()->rowCount(), 1);
    QVERIFY(page.messageText().contains(u"Verify"_s));
}

void TestImagesPage::verifyNoticesChanges_data()
{
    QTest::addColumn<bool>("remove");
    QTest::newRow("changed") << false;
    QTest::newRow("missing") << true;
}

void TestImagesPage::verifyNoticesChanges()
{
    QFETCH(bool, remove);
    QTemporaryDir dir;
    QString why;
    const QString path = makeImage(dir, u"base.qcow2"_s, u"qcow2"_s, &why);
    if (path.isEmpty())
        QFAIL(qPrintable(u"qemu-img could not create an image: "_s + why));
    DesignDocument document;
    ImagesPage page(&document, dir.filePath(u"images.json"_s));
    QVERIFY(idle(page));
    page.addImage(path);
    QVERIFY(idle(page));
    QCOMPARE(page.model()->check(path), ImageCatalogueModel::Check::Verified);

    if (remove) {
        QVERIFY(QFile::remove(path));
    } else {
        QFile file(path);
        QVERIFY(file.open(QIODevice::Append));
        file.write(QByteArray(4096, 'x'));
    }
    page.verifyImage(path);
    QVERIFY(idle(page));
    const auto expected = remove ? ImageCatalogueModel::Check::Missing : ImageCatalogueModel::Check::Mismatch;
    QCOMPARE(page.model()->check(path), expected);
    const QModelIndex status = page.model()->index(0, ImageCatalogueModel::StatusColumn);
    QCOMPARE(status.data().toString(), ImageCatalogueModel::checkText(expected));
    // The error is shown in the page with the file it is about.
    QVERIFY2(page.messageText().contains(path), qPrintable(page.messageText()));
}

void TestImagesPage::addMissingFileShowsError()
{
    QTemporaryDir dir;
    DesignDocument document;
    ImagesPage page(&document, dir.filePath(u"images.json"_s));
    QVERIFY(idle(page));
    const QString path = dir.filePath(u"nothing-here.qcow2"_s);
    page.addImage(path);
    QVERIFY(idle(page));
    QCOMPARE(page.model()->rowCount(), 0);
    QVERIFY2(page.messageText().contains(u"nothing-here.qcow2"_s), qPrintable(page.messageText()));
}

void TestImagesPage::useInDesign_data()
{
    QTest::addColumn<int>("role");
    QTest::newRow("head") << 0;
    QTest::newRow("compute") << 1;
}

void TestImagesPage::useInDesign()
{
    QFETCH(int, role);
    QTemporaryDir dir;
    QString why;
    const QString path = makeImage(dir, u"base.qcow2"_s, u"qcow2"_s, &why);
    if (path.isEmpty())
        QFAIL(qPrintable(u"qemu-img could not create an image: "_s + why));
    DesignDocument document;
    ImagesPage page(&document, dir.filePath(u"images.json"_s));
    QVERIFY(idle(page));
    page.addImage(path);
    QVERIFY(idle(page));

    const Design before = document.design();
    QVERIFY(role < before.roles.size());
    const int steps = document.undoStack()->count();
    QVERIFY(page.useSelectedInDesign(role));
    const ImageRef& image = document.design().roles.at(role).image;
    QCOMPARE(image.path, path);
    QCOMPARE(image.sha256, sha256Of(path));
    QVERIFY(image.bootMode == BootMode::Disk);
    QCOMPARE(document.undoStack()->count(), steps + 1);
    QVERIFY(document.isModified());
    // The other role is untouched.
    QVERIFY(document.design().roles.at(1 - role) == before.roles.at(1 - role));
    // Using it again changes nothing and adds no step.
    QVERIFY(!page.useSelectedInDesign(role));
    QCOMPARE(document.undoStack()->count(), steps + 1);

    document.undoStack()->undo();
    QVERIFY(document.design() == before);
    document.undoStack()->redo();
    QCOMPARE(document.design().roles.at(role).image.path, path);
    // An unknown role is refused.
    QVERIFY(!page.useSelectedInDesign(before.roles.size()));
}

QTEST_MAIN(TestImagesPage)
#include "tst_imagespage.moc"
