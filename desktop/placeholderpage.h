// SPDX-License-Identifier: GPL-3.0-or-later
// Stands in for a page that is not built yet and says what it will do.
#pragma once

#include <QIcon>
#include <QWidget>

namespace voc {

class PlaceholderPage : public QWidget
{
    Q_OBJECT

public:
    PlaceholderPage(const QIcon& icon, const QString& title, const QString& description,
                    QWidget* parent = nullptr);

    QString title() const { return m_title; }
    QString description() const { return m_description; }

private:
    QString m_title;
    QString m_description;
};

} // namespace voc
