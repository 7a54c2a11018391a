// SPDX-License-Identifier: GPL-3.0-or-later
// The open design: its values, file, undo history, problems and local plan. Every edit goes
// through an undo command, so undo/redo and "modified" come from one QUndoStack.
#pragma once

#include "design/designfields.h"
#include "design/designsummary.h"

#include "common/result.h"
#include "model/design.h"
#include "model/plan.h"
#include "model/problem.h"

#include <QObject>
#include <QString>

#include <optional>

class QTimer;
class QUndoStack;

namespace voc {

class DesignDocument : public QObject
{
    Q_OBJECT

public:
    explicit DesignDocument(QObject* parent = nullptr);
    ~DesignDocument() override;

    const Design& design() const { return m_design; }
    QString filePath() const { return m_filePath; }
    // The file's name, or "Untitled" for a design never saved.
    QString displayName() const;
    QUndoStack* undoStack() const { return m_undoStack; }
    bool isModified() const;

    // Problems met while reading the file (kept until the next save) plus validation's.
    const Problems& problems() const { return m_problems; }
    const DesignSummary& summary() const { return m_summary; }

    // The local plan is made on a worker thread; until its result arrives the previous one stays.
    bool isPlanPending() const { return m_planPending; }
    const Plan& plan() const { return m_plan; }
    const std::optional<Error>& planError() const { return m_planError; }

    // Replace the whole document; the undo history starts over.
    void newDesign(const Design& design = makeDefaultDesign());
    Status load(const QString& path);
    // Opens a design recovered from an autosave: modified, and saving goes to originalPath.
    void recover(const Design& design, const QString& originalPath);

    Status save(); // to filePath(); fails when there is none
    Status saveAs(const QString& path);
    // Writes the design somewhere else (an autosave) without touching path or modified state.
    Status writeCopy(const QString& path) const;

    // Edits, each one undo step (consecutive edits of one field merge).
    bool setField(FieldRef field, const QVariant& value);
    void addRole(RoleKind kind);
    bool removeRole(int index);

    // For the undo commands only: installs a design without recording history.
    void applyDesign(const Design& design);

signals:
    void designChanged();
    void problemsChanged();
    void planChanged();
    void modifiedChanged(bool modified);
    void filePathChanged(const QString& path);
    // After newDesign/load/recover: views should forget selections into the old design.
    void documentReplaced();

private:
    void replaceDocument(const Design& design, const QString& path, Problems loadProblems);
    void setFilePath(const QString& path);
    void reanalyse();
    void startPlan();
    void emitModifiedIfChanged();

    Design m_design;
    QString m_filePath;
    QUndoStack* m_undoStack = nullptr;
    bool m_recovered = false; // content differs from the file even at the clean index
    bool m_lastModified = false;

    Problems m_loadProblems;
    Problems m_problems;
    DesignSummary m_summary;

    QTimer* m_planTimer = nullptr; // coalesces a burst of edits into one plan
    quint64 m_planGeneration = 0;  // a late result of an older design is dropped
    bool m_planPending = false;
    Plan m_plan;
    std::optional<Error> m_planError;
};

} // namespace voc
