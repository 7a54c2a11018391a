// SPDX-License-Identifier: GPL-3.0-or-later
// The Design page: the design's fields and roles on the left, its problems, totals, HPL sizing
// and local plan on the right, all following the document live.
#pragma once

#include "design/designfields.h"

#include <QWidget>

#include <memory>

class QLineEdit;

namespace voc {

namespace Ui {
class DesignPage;
}

class DesignDocument;
class ProblemsModel;
class RolesModel;
class VcnPlanModel;

class DesignPage : public QWidget
{
    Q_OBJECT

public:
    explicit DesignPage(DesignDocument* document, QWidget* parent = nullptr);
    ~DesignPage() override;

    RolesModel* rolesModel() const { return m_rolesModel; }
    ProblemsModel* problemsModel() const { return m_problemsModel; }
    VcnPlanModel* vcnPlanModel() const { return m_vcnModel; }

    // The widget that edits what a problem's path points at; for a table column, the roles
    // table (whose current index focusPath() sets). Null when nothing on the page shows it.
    QWidget* editorForPath(const QString& path) const;
    // Selects the role, focuses the editor of the field. False when the path is unknown.
    bool focusPath(const QString& path);

    // The splitter between editors and analysis, for the window's saved state.
    QByteArray saveLayout() const;
    void restoreLayout(const QByteArray& state);

    int selectedRole() const;
    void selectRole(int row);

signals:
    // For the status bar: a short line about what the user just did.
    void statusMessage(const QString& message);

protected:
    void showEvent(QShowEvent* event) override;
    bool eventFilter(QObject* watched, QEvent* event) override;

private:
    void balanceSplitters();
    void setupFieldEditors();
    void bindLineEdit(QLineEdit* edit, Field field);
    void updateFromDocument();
    void updateDesignFields();
    void updateRoleFields();
    void updateProblems();
    void updateSummary();
    void updatePlan();
    void addRole();
    void removeRole();
    void browseImage();
    void activateProblem(const QModelIndex& index);
    QWidget* editorForField(FieldRef ref) const;

    std::unique_ptr<Ui::DesignPage> m_ui;
    DesignDocument* m_document;
    RolesModel* m_rolesModel;
    ProblemsModel* m_problemsModel;
    VcnPlanModel* m_vcnModel;
    QList<QPair<QLineEdit*, Field>> m_designLineEdits;
    QList<QPair<QLineEdit*, Field>> m_roleLineEdits;
    bool m_fitPlanColumns = true;
    bool m_layoutRestored = false; // the splitters show a saved or user-chosen layout
};

} // namespace voc
