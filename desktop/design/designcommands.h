// SPDX-License-Identifier: GPL-3.0-or-later
// Undo commands of the design editor. They store whole designs before and after: a Design is a
// handful of implicitly shared values, so this is cheap and can never get out of step.
#pragma once

#include "design/designfields.h"

#include "model/design.h"

#include <QUndoCommand>

namespace voc {

class DesignDocument;

class DesignSnapshotCommand : public QUndoCommand
{
public:
    DesignSnapshotCommand(DesignDocument* document, const Design& before, const Design& after,
                          const QString& text);

    void undo() override;
    void redo() override;

protected:
    DesignDocument* m_document;
    Design m_before;
    Design m_after;
};

// One field changed. Consecutive edits of the same field (of the same role) merge, so typing a
// name is one undo step.
class SetFieldCommand : public DesignSnapshotCommand
{
public:
    enum
    {
        Id = 0x766f63
    };

    SetFieldCommand(DesignDocument* document, FieldRef field, const Design& before, const Design& after);

    int id() const override { return Id; }
    bool mergeWith(const QUndoCommand* other) override;
    FieldRef field() const { return m_field; }

private:
    FieldRef m_field;
};

class AddRoleCommand : public DesignSnapshotCommand
{
public:
    AddRoleCommand(DesignDocument* document, const Design& before, const Design& after);
};

class RemoveRoleCommand : public DesignSnapshotCommand
{
public:
    RemoveRoleCommand(DesignDocument* document, const Design& before, const Design& after);
};

} // namespace voc
