// SPDX-License-Identifier: GPL-3.0-or-later
// qcow2 overlays made by the real qemu-img: backing file and format recorded, base never written.
#include "virt/overlay.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>
#include <QTest>

using namespace voc;

namespace {

bool qemuImg(const QStringList& arguments)
{
    QProcess process;
    process.start(QStringLiteral("qemu-img"), arguments);
    return process.waitForFinished(30000) && process.exitStatus() == QProcess::NormalExit &&
           process.exitCode() == 0;
}

QJsonObject imageInfo(const QString& path)
{
    QProcess process;
    process.start(QStringLiteral("qemu-img"),
                  {QStringLiteral("info"), QStringLiteral("-U"), QStringLiteral("--output=json"), path});
    process.waitForFinished(30000);
    return QJsonDocument::fromJson(process.readAllStandardOutput()).object();
}

QByteArray sha256(const QString& path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

PlanEntry entry(const QString& hostname)
{
    PlanEntry e;
    e.hostname = hostname;
    return e;
}

// A stand-in for qemu-img for the one failure a test cannot cause on demand: a full disk.
QString writeFakeQemuImg(const QString& dir)
{
    const QString path = dir + QStringLiteral("/fake-qemu-img");
    QFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return {};
    file.write("#!/bin/sh\n"
               "if [ \"$1\" = info ]; then echo '{\"format\": \"qcow2\"}'; exit 0; fi\n"
               "for last; do :; done\n"
               "echo \"qemu-img: $last: Could not write qcow2 header: No space left on device\" >&2\n"
               "exit 1\n");
    file.close();
    file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return path;
}

} // namespace

class TestOverlayStore : public QObject
{
    Q_OBJECT

private slots:
    void initTestCase();
    void baseFormat_data();
    void baseFormat();
    void createFor_data();
    void createFor();
    void existingOverlayIsConflict();
    void noSpace();
    void missingTool();
    void sweep();

private:
    QTemporaryDir m_dir;
};

void TestOverlayStore::initTestCase()
{
    if (QStandardPaths::findExecutable(QStringLiteral("qemu-img")).isEmpty())
        QFAIL("qemu-img is not installed (scripts/setup installs qemu-utils)");
    QVERIFY(m_dir.isValid());
    QVERIFY(qemuImg({QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"),
                     QStringLiteral("qcow2"), m_dir.filePath(QStringLiteral("base.qcow2")),
                     QStringLiteral("16M")}));
    QVERIFY(
        qemuImg({QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("raw"),
                 m_dir.filePath(QStringLiteral("base.img")), QStringLiteral("4M")}));
    QVERIFY(
        qemuImg({QStringLiteral("create"), QStringLiteral("-q"), QStringLiteral("-f"), QStringLiteral("vmdk"),
                 m_dir.filePath(QStringLiteral("base.vmdk")), QStringLiteral("4M")}));
    QDir().mkpath(m_dir.filePath(QStringLiteral("a folder")));
}

void TestOverlayStore::baseFormat_data()
{
    QTest::addColumn<QString>("file");
    QTest::addColumn<bool>("ok");
    QTest::addColumn<QString>("format");
    QTest::addColumn<ErrorCode>("code");
    QTest::newRow("qcow2") << QStringLiteral("base.qcow2") << true << QStringLiteral("qcow2")
                           << ErrorCode::Internal;
    QTest::newRow("raw") << QStringLiteral("base.img") << true << QStringLiteral("raw")
                         << ErrorCode::Internal;
    QTest::newRow("vmdk") << QStringLiteral("base.vmdk") << false << QString()
                          << ErrorCode::UnsupportedFormat;
    QTest::newRow("missing") << QStringLiteral("nope.qcow2") << false << QString() << ErrorCode::NotFound;
    QTest::newRow("a folder") << QStringLiteral("a folder") << false << QString() << ErrorCode::Io;
}

void TestOverlayStore::baseFormat()
{
    QFETCH(QString, file);
    QFETCH(bool, ok);
    QFETCH(QString, format);
    QFETCH(ErrorCode, code);
    const QString path = m_dir.filePath(file);
    const Result<QString> result = OverlayStore().baseFormat(path);
    QCOMPARE(result.ok(), ok);
    if (ok) {
        QCOMPARE(*result, format);
    } else {
        QCOMPARE(result.error().code, code);
        QCOMPARE(result.error().where, path); // the error names the file
    }
}

void TestOverlayStore::createFor_data()
{
    QTest::addColumn<QString>("base");
    QTest::addColumn<QString>("format");
    QTest::addColumn<QString>("prefix");
    QTest::newRow("on qcow2") << QStringLiteral("base.qcow2") << QStringLiteral("qcow2")
                              << QStringLiteral("voc-a-");
    QTest::newRow("on raw") << QStringLiteral("base.img") << QStringLiteral("raw")
                            << QStringLiteral("voc-b-");
    QTest::newRow("relative base path")
        << QStringLiteral("REL:base.qcow2") << QStringLiteral("qcow2") << QStringLiteral("voc-c-");
}

void TestOverlayStore::createFor()
{
    QFETCH(QString, base);
    QFETCH(QString, format);
    QFETCH(QString, prefix);
    QString basePath = m_dir.filePath(base);
    if (base.startsWith(QLatin1String("REL:")))
        basePath = QDir::current().relativeFilePath(m_dir.filePath(base.mid(4)));
    const QString absoluteBase = QFileInfo(basePath).absoluteFilePath();
    const QByteArray before = sha256(absoluteBase);

    const QString dir = m_dir.filePath(QStringLiteral("overlays/") + prefix); // created on demand
    OverlayStore store;
    const Result<QString> overlay = store.createFor(entry(QStringLiteral("node1")), basePath, dir, prefix);
    QVERIFY2(overlay.ok(), qPrintable(overlay.ok() ? QString() : overlay.error().toString()));
    QCOMPARE(*overlay, QDir(dir).absoluteFilePath(prefix + QStringLiteral("node1.qcow2")));
    QCOMPARE(*overlay, OverlayStore::overlayPath(dir, prefix, entry(QStringLiteral("node1"))));

    const QJsonObject info = imageInfo(*overlay);
    QCOMPARE(info.value(QLatin1String("format")).toString(), QStringLiteral("qcow2"));
    QCOMPARE(info.value(QLatin1String("backing-filename")).toString(), absoluteBase);
    QCOMPARE(info.value(QLatin1String("backing-filename-format")).toString(), format);
    QCOMPARE(sha256(absoluteBase), before); // the base was only read

    QVERIFY(store.remove(*overlay).ok());
    QVERIFY(!QFile::exists(*overlay));
    QVERIFY(store.remove(*overlay).ok()); // already gone is fine
}

void TestOverlayStore::existingOverlayIsConflict()
{
    OverlayStore store;
    const QString dir = m_dir.filePath(QStringLiteral("conflict"));
    const Result<QString> first =
        store.createFor(entry(QStringLiteral("h")), m_dir.filePath(QStringLiteral("base.qcow2")), dir);
    QVERIFY(first.ok());
    const QByteArray content = sha256(*first);
    const Result<QString> second =
        store.createFor(entry(QStringLiteral("h")), m_dir.filePath(QStringLiteral("base.qcow2")), dir);
    QVERIFY(!second.ok());
    QCOMPARE(second.error().code, ErrorCode::Conflict);
    QCOMPARE(second.error().where, *first);
    QCOMPARE(sha256(*first), content); // not truncated
}

void TestOverlayStore::noSpace()
{
    const QString fake = writeFakeQemuImg(m_dir.path());
    QVERIFY(!fake.isEmpty());
    const QString dir = m_dir.filePath(QStringLiteral("full"));
    const Result<QString> overlay = OverlayStore(fake).createFor(
        entry(QStringLiteral("n")), m_dir.filePath(QStringLiteral("base.qcow2")), dir);
    QVERIFY(!overlay.ok());
    QCOMPARE(overlay.error().code, ErrorCode::Exhausted);
    QVERIFY(overlay.error().what.contains(QLatin1String("No space left on device")));
    QVERIFY(!overlay.error().hint.isEmpty());
    QVERIFY(QDir(dir).isEmpty()); // nothing half-made left behind
}

void TestOverlayStore::missingTool()
{
    const Result<QString> format = OverlayStore(QStringLiteral("/nonexistent/qemu-img"))
                                       .baseFormat(m_dir.filePath(QStringLiteral("base.qcow2")));
    QVERIFY(!format.ok());
    QCOMPARE(format.error().code, ErrorCode::NotFound);
    QVERIFY(format.error().hint.contains(QLatin1String("qemu-utils")));
}

void TestOverlayStore::sweep()
{
    OverlayStore store;
    const QString dir = m_dir.filePath(QStringLiteral("sweep"));
    const QString base = m_dir.filePath(QStringLiteral("base.qcow2"));
    QStringList made;
    for (const QString& host : {QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")}) {
        const Result<QString> overlay = store.createFor(entry(host), base, dir, QStringLiteral("voc-s-"));
        QVERIFY(overlay.ok());
        made.append(*overlay);
    }
    const Result<QString> other =
        store.createFor(entry(QStringLiteral("a")), base, dir, QStringLiteral("voc-t-"));
    QVERIFY(other.ok());

    const Result<QStringList> removed = store.sweep(dir, QStringLiteral("voc-s-"), {made.at(1)});
    QVERIFY(removed.ok());
    QCOMPARE(*removed, (QStringList{made.at(0), made.at(2)}));
    QVERIFY(!QFile::exists(made.at(0)));
    QVERIFY(QFile::exists(made.at(1))); // backs a running domain
    QVERIFY(!QFile::exists(made.at(2)));
    QVERIFY(QFile::exists(*other)); // another VOC's
    QVERIFY(QFile::exists(base));
    QCOMPARE(store.sweep(m_dir.filePath(QStringLiteral("no-such-dir")), QStringLiteral("voc-"), {})->size(),
             0);
}

QTEST_GUILESS_MAIN(TestOverlayStore)
#include "tst_overlaystore.moc"
