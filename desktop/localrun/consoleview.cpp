// SPDX-License-Identifier: GPL-3.0-or-later
#include "consoleview.h"
#include "ui_consoleview.h"

#include <QFontDatabase>
#include <QKeyEvent>
#include <QScrollBar>
#include <QShortcut>
#include <QTextBlock>
#include <QTextDocument>

namespace voc {

namespace {

// Far more than a boot prints; keeps a console left open for days from eating memory.
constexpr int maxLines = 20000;

} // namespace

ConsoleView::ConsoleView(QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::ConsoleView>())
{
    m_ui->setupUi(this);
    m_ui->logView->setFont(QFontDatabase::systemFont(QFontDatabase::FixedFont));
    m_ui->logView->setMaximumBlockCount(maxLines);
    m_ui->previousButton->setIcon(QIcon::fromTheme(QStringLiteral("go-up")));
    m_ui->nextButton->setIcon(QIcon::fromTheme(QStringLiteral("go-down")));
    m_ui->previousButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    m_ui->nextButton->setToolButtonStyle(Qt::ToolButtonTextBesideIcon);
    connect(m_ui->searchEdit, &QLineEdit::textChanged, this, [this] {
        updateHighlights();
        // Typing searches from the top, so the first match shows at once.
        m_ui->logView->moveCursor(QTextCursor::Start);
        if (!m_ui->searchEdit->text().isEmpty())
            findNext();
    });
    connect(m_ui->searchEdit, &QLineEdit::returnPressed, this, [this] {
        if (QGuiApplication::keyboardModifiers() & Qt::ShiftModifier)
            findPrevious();
        else
            findNext();
    });
    connect(m_ui->nextButton, &QToolButton::clicked, this, &ConsoleView::findNext);
    connect(m_ui->previousButton, &QToolButton::clicked, this, &ConsoleView::findPrevious);
    auto* findShortcut = new QShortcut(QKeySequence::Find, this, [this] {
        m_ui->searchEdit->setFocus();
        m_ui->searchEdit->selectAll();
    });
    findShortcut->setContext(Qt::WidgetWithChildrenShortcut);
    updateHighlights();
}

ConsoleView::~ConsoleView() = default;

void ConsoleView::setTitle(const QString& title)
{
    m_ui->titleLabel->setText(title);
}

void ConsoleView::setLog(const QByteArray& bytes)
{
    m_filter.reset();
    m_ui->logView->setPlainText(m_filter.feed(bytes));
    m_ui->logView->verticalScrollBar()->setValue(m_ui->logView->verticalScrollBar()->maximum());
    updateHighlights();
}

void ConsoleView::appendLog(const QByteArray& bytes)
{
    if (bytes.isEmpty())
        return;
    QScrollBar* bar = m_ui->logView->verticalScrollBar();
    // Follow the output only when the reader is at the end; someone reading further up stays put.
    const bool follow = bar->value() >= bar->maximum() - 2;
    const int position = bar->value();
    QTextCursor cursor(m_ui->logView->document());
    cursor.movePosition(QTextCursor::End);
    const QString text = m_filter.feed(bytes);
    if (text.isEmpty())
        return; // all of it a sequence, or the start of one
    cursor.insertText(text);
    bar->setValue(follow ? bar->maximum() : position);
    if (!m_ui->searchEdit->text().isEmpty())
        updateHighlights();
}

void ConsoleView::clear()
{
    m_filter.reset();
    m_ui->logView->clear();
    updateHighlights();
}

QString ConsoleView::text() const
{
    return m_ui->logView->toPlainText();
}

void ConsoleView::setSearchText(const QString& text)
{
    m_ui->searchEdit->setText(text);
}

bool ConsoleView::findNext()
{
    return find(false);
}

bool ConsoleView::findPrevious()
{
    return find(true);
}

bool ConsoleView::find(bool backward)
{
    const QString needle = m_ui->searchEdit->text();
    if (needle.isEmpty())
        return false;
    QTextDocument* document = m_ui->logView->document();
    const QTextDocument::FindFlags flags =
        backward ? QTextDocument::FindBackward : QTextDocument::FindFlags();
    QTextCursor found = document->find(needle, m_ui->logView->textCursor(), flags);
    if (found.isNull()) {
        // Wrap around, like every editor's find bar.
        QTextCursor from(document);
        if (backward)
            from.movePosition(QTextCursor::End);
        found = document->find(needle, from, flags);
    }
    if (found.isNull())
        return false;
    m_ui->logView->setTextCursor(found);
    m_ui->logView->ensureCursorVisible();
    return true;
}

void ConsoleView::updateHighlights()
{
    QList<QTextEdit::ExtraSelection> selections;
    const QString needle = m_ui->searchEdit->text();
    if (!needle.isEmpty()) {
        QTextCharFormat format;
        format.setBackground(QColor(0xFF, 0xE0, 0x66));
        format.setForeground(Qt::black);
        QTextDocument* document = m_ui->logView->document();
        QTextCursor cursor(document);
        while (true) {
            cursor = document->find(needle, cursor);
            if (cursor.isNull())
                break;
            selections.append({cursor, format});
        }
    }
    m_matches = int(selections.size());
    m_ui->logView->setExtraSelections(selections);
    m_ui->matchLabel->setText(needle.isEmpty() ? QString()
                              : m_matches == 0 ? tr("no match")
                                               : tr("%n match(es)", nullptr, m_matches));
    m_ui->previousButton->setEnabled(m_matches > 0);
    m_ui->nextButton->setEnabled(m_matches > 0);
}

int ConsoleView::highlightCount() const
{
    return int(m_ui->logView->extraSelections().size());
}

QString ConsoleView::currentMatch() const
{
    return m_ui->logView->textCursor().selectedText();
}

} // namespace voc
