// SPDX-License-Identifier: GPL-3.0-or-later
#include "preferencesdialog.h"
#include "ui_preferencesdialog.h"

#include "appsettings.h"

namespace voc {

PreferencesDialog::PreferencesDialog(QWidget* parent)
    : QDialog(parent)
    , m_ui(std::make_unique<Ui::PreferencesDialog>())
{
    m_ui->setupUi(this);
    // Language names in their own language, so a user lost in a foreign UI finds theirs.
    m_ui->languageCombo->addItem(tr("System default"), QString());
    m_ui->languageCombo->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_ui->languageCombo->addItem(QStringLiteral("Deutsch"), QStringLiteral("de"));
    m_ui->languageCombo->setCurrentIndex(std::max(0, m_ui->languageCombo->findData(settings::language())));

    m_ui->autosaveSpin->setRange(settings::minAutosaveSeconds, settings::maxAutosaveSeconds);
    m_ui->autosaveSpin->setValue(settings::autosaveSeconds());
}

PreferencesDialog::~PreferencesDialog() = default;

QString PreferencesDialog::language() const
{
    return m_ui->languageCombo->currentData().toString();
}

int PreferencesDialog::autosaveSeconds() const
{
    return m_ui->autosaveSpin->value();
}

void PreferencesDialog::store() const
{
    settings::setLanguage(language());
    settings::setAutosaveSeconds(autosaveSeconds());
}

} // namespace voc
