// SPDX-License-Identifier: GPL-3.0-or-later
// What the GUI's e2e suites share: main() with a QApplication (re-run inside tests/e2e/libvirt-sandbox
// when the suite is built with SANDBOX), a page's widget by its object name, the answer to the next
// message box a button opens, clicks on a view's rows, and a widget grabbed to a PNG.
#pragma once

#ifdef VOC_LIBVIRT_SANDBOX_SCRIPT
#include "sandboxmain.h"
#endif

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QImage>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageBox>
#include <QPointer>
#include <QTest>
#include <QTimer>
#include <QWidget>

#include <memory>

namespace voc::test {

// A widget by its object name; the test fails loudly when the .ui renamed it.
template<typename W> W* child(const QObject& parent, const char* name)
{
    W* widget = parent.findChild<W*>(QLatin1String(name));
    if (!widget)
        qFatal("no %s named %s", W::staticMetaObject.className(), name);
    return widget;
}

// Answers the next message box that opens (within timeoutMs) with `button`, as a person would click
// it; its text goes to *text. Call before the click that opens it: the box runs its own event loop.
class MessageBoxAnswer : public QObject
{
public:
    MessageBoxAnswer(QMessageBox::StandardButton button, int timeoutMs = 30000)
        : m_button(button)
    {
        m_clock.start();
        auto* timer = new QTimer(this);
        timer->setInterval(50);
        connect(timer, &QTimer::timeout, this, [this, timer, timeoutMs] {
            for (QWidget* widget : QApplication::topLevelWidgets()) {
                auto* box = qobject_cast<QMessageBox*>(widget);
                if (!box || !box->isVisible() || !box->button(m_button))
                    continue;
                m_text = box->text();
                m_answered = true;
                timer->stop();
                QTest::mouseClick(box->button(m_button), Qt::LeftButton);
                return;
            }
            if (m_clock.elapsed() > timeoutMs)
                timer->stop();
        });
        timer->start();
    }
    bool answered() const { return m_answered; }
    QString text() const { return m_text; }

private:
    QMessageBox::StandardButton m_button;
    QElapsedTimer m_clock;
    bool m_answered = false;
    QString m_text;
};

// Clicks row `row` of a view (column 0), with `modifiers` (Ctrl adds to a selection).
inline void clickRow(QAbstractItemView* view, int row, Qt::KeyboardModifiers modifiers = {})
{
    const QModelIndex index = view->model()->index(row, 0);
    view->scrollTo(index);
    QTest::mouseClick(view->viewport(), Qt::LeftButton, modifiers, view->visualRect(index).center());
}

// Replaces a line edit's or spin box's text by typing, as a person would: select all, then the keys.
inline void typeInto(QWidget* field, const QString& text)
{
    field->setFocus();
    QTest::keyClick(field, Qt::Key_A, Qt::ControlModifier);
    QTest::keyClick(field, Qt::Key_Delete);
    QTest::keyClicks(field, text);
}

// The widget as it is drawn, saved as PNG to `path` (look at it when a layout is in question).
inline bool grabToPng(QWidget* widget, const QString& path)
{
    return widget->grab().save(path, "PNG");
}

} // namespace voc::test

// main() of a GUI e2e suite: inside the libvirt sandbox when built with SANDBOX, widgets offscreen.
#ifdef VOC_LIBVIRT_SANDBOX_SCRIPT
#define VOC_E2E_REEXEC(argc, argv) voc::e2e::reexecInSandbox(argc, argv)
#else
#define VOC_E2E_REEXEC(argc, argv) ((void)0)
#endif

#define VOC_E2E_GUI_MAIN(TestClass)                                                                          \
    int main(int argc, char** argv)                                                                          \
    {                                                                                                        \
        VOC_E2E_REEXEC(argc, argv);                                                                          \
        if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))                                                  \
            qputenv("QT_QPA_PLATFORM", "offscreen");                                                         \
        QApplication app(argc, argv);                                                                        \
        TestClass test;                                                                                      \
        return QTest::qExec(&test, argc, argv);                                                              \
    }
