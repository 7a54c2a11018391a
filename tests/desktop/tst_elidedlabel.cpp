// SPDX-License-Identifier: GPL-3.0-or-later
// The progress labels' ElidedLabel: a long step never widens its window (the Deploy page's progress
// line "kvm1: connecting to qemu+ssh://…" once grew the main window to 2757 px), the shown line is
// elided in the middle while text() keeps the whole text, and a short text is shown as it is.
#include "elidedlabel.h"

#include <QHBoxLayout>
#include <QPushButton>
#include <QTest>

using namespace voc;

class TestElidedLabel : public QObject
{
    Q_OBJECT

private slots:
    void longTextKeepsTheWindowsWidth_data();
    void longTextKeepsTheWindowsWidth();
};

void TestElidedLabel::longTextKeepsTheWindowsWidth_data()
{
    QTest::addColumn<QString>("text");
    QTest::addColumn<bool>("elided");
    const QString uri =
        QStringLiteral("kvm1: connecting to qemu+ssh://alpha@10.213.0.11/session?keyfile=/run/"
                       "vocstudio/gui-demo/vos/alpha/ssh/id_ed25519&command=/tmp/gui/data/"
                       "vocstudio/sites/demo-alpha.ssh&no_tty=1");
    QTest::newRow("host URI") << uri << true;
    QTest::newRow("URI twice, one word") << QString(uri + uri).remove(u' ') << true;
    QTest::newRow("two lines") << QStringLiteral("kvm1: pushing\n") + uri << true;
    QTest::newRow("short") << QStringLiteral("kvm1: ready") << false;
    QTest::newRow("empty") << QString() << false;
}

void TestElidedLabel::longTextKeepsTheWindowsWidth()
{
    QFETCH(QString, text);
    QFETCH(bool, elided);
    QWidget window;
    auto* layout = new QHBoxLayout(&window);
    auto* label = new ElidedLabel(&window);
    layout->addWidget(new QPushButton(QStringLiteral("Cancel"), &window));
    layout->addWidget(label, 1);
    window.resize(400, 60);
    window.show();
    QVERIFY(QTest::qWaitForWindowExposed(&window));

    label->setText(text);
    QCoreApplication::processEvents();
    // The layout asks no more width of the window than before, and the window keeps its size.
    QVERIFY2(window.minimumSizeHint().width() < 400,
             qPrintable(QString::number(window.minimumSizeHint().width())));
    QVERIFY(label->sizeHint().width() <= label->fontMetrics().averageCharWidth() * 40);
    QCOMPARE(window.width(), 400);
    QVERIFY(label->width() < 400);
    QCOMPARE(label->text(), text);
    QCOMPARE(label->isElided(), elided);
    // Drawn without failing at its narrowest.
    label->resize(0, label->height());
    QVERIFY(!label->grab().isNull() || label->width() == 0);
}

QTEST_MAIN(TestElidedLabel)
#include "tst_elidedlabel.moc"
