// SPDX-License-Identifier: GPL-3.0-or-later
// A one-line status label whose text never widens its window: what does not fit is elided in the
// middle (a host URI keeps its host and its end) and the whole text is its tooltip. text() stays the
// whole text. The pages' progress labels are these: a long step ("kvm1: connecting to
// qemu+ssh://alpha@…/session?keyfile=…") once grew the main window past the screen.
#pragma once

#include <QLabel>

namespace voc {

class ElidedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit ElidedLabel(QWidget* parent = nullptr);

    QSize minimumSizeHint() const override;
    QSize sizeHint() const override;
    // Whether the text as shown now is elided.
    bool isElided() const;

protected:
    bool event(QEvent* event) override;
    void paintEvent(QPaintEvent* event) override;

private:
    QString shownText() const;
};

} // namespace voc
