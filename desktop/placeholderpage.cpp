// SPDX-License-Identifier: GPL-3.0-or-later
#include "placeholderpage.h"

#include <QHBoxLayout>
#include <QLabel>
#include <QVBoxLayout>

#include <algorithm>

namespace voc {

PlaceholderPage::PlaceholderPage(const QIcon& icon, const QString& title, const QString& description,
                                 QWidget* parent)
    : QWidget(parent)
    , m_title(title)
    , m_description(description)
{
    auto* layout = new QVBoxLayout(this);
    layout->addStretch(2);

    auto* iconLabel = new QLabel(this);
    iconLabel->setPixmap(icon.pixmap(64, 64, QIcon::Disabled));
    iconLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(iconLabel);

    auto* titleLabel = new QLabel(title, this);
    titleLabel->setObjectName(QStringLiteral("placeholderTitle"));
    QFont titleFont = titleLabel->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.5);
    titleFont.setBold(true);
    titleLabel->setFont(titleFont);
    titleLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(titleLabel);

    auto* descriptionLabel = new QLabel(description, this);
    descriptionLabel->setObjectName(QStringLiteral("placeholderDescription"));
    descriptionLabel->setWordWrap(true);
    descriptionLabel->setAlignment(Qt::AlignCenter);
    // Centred by stretches, not by alignment: an aligned word-wrapped label loses its height for width.
    descriptionLabel->setFixedWidth(std::min(520, descriptionLabel->sizeHint().width()));
    auto* descriptionRow = new QHBoxLayout;
    descriptionRow->addStretch();
    descriptionRow->addWidget(descriptionLabel);
    descriptionRow->addStretch();
    layout->addLayout(descriptionRow);

    auto* comingLabel = new QLabel(tr("This page is not available yet."), this);
    comingLabel->setEnabled(false);
    comingLabel->setAlignment(Qt::AlignCenter);
    layout->addWidget(comingLabel);

    layout->addStretch(3);
}

} // namespace voc
