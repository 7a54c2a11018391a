// SPDX-License-Identifier: GPL-3.0-or-later
#pragma once

#include <QDialog>

#include <memory>

namespace voc {

namespace Ui {
class PreferencesDialog;
}

// Language and autosave interval; stored in QSettings when accepted.
class PreferencesDialog : public QDialog
{
    Q_OBJECT

public:
    explicit PreferencesDialog(QWidget* parent = nullptr);
    ~PreferencesDialog() override;

    QString language() const; // "", "en" or "de"
    int autosaveSeconds() const;

    // Writes the dialog's values to the settings.
    void store() const;

private:
    std::unique_ptr<Ui::PreferencesDialog> m_ui;
};

} // namespace voc
