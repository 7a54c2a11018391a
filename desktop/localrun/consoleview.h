// SPDX-License-Identifier: GPL-3.0-or-later
// A VCN's serial log: follows new output (unless the reader scrolled up), and a search field that
// highlights every match and steps through them.
#pragma once

#include "common/terminaltext.h"

#include <QByteArray>
#include <QWidget>

#include <memory>

namespace voc {

namespace Ui {
class ConsoleView;
}

class ConsoleView : public QWidget
{
    Q_OBJECT

public:
    explicit ConsoleView(QWidget* parent = nullptr);
    ~ConsoleView() override;

    void setTitle(const QString& title);
    // Replaces the log / adds to it: raw serial bytes as plain text (TerminalTextFilter: escape
    // sequences and control characters dropped, also when one is split between two appends).
    void setLog(const QByteArray& bytes);
    void appendLog(const QByteArray& bytes);
    void clear();
    QString text() const;

    void setSearchText(const QString& text);
    // Select the next / previous match, wrapping around; false when there is none.
    bool findNext();
    bool findPrevious();
    int matchCount() const { return m_matches; }
    // The matches painted as highlighted (every match of the search text).
    int highlightCount() const;
    // The selected match's text, empty when none.
    QString currentMatch() const;

private:
    bool find(bool backward);
    void updateHighlights();

    std::unique_ptr<Ui::ConsoleView> m_ui;
    TerminalTextFilter m_filter;
    int m_matches = 0;
};

} // namespace voc
