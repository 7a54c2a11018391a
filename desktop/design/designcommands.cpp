// SPDX-License-Identifier: GPL-3.0-or-later
#include "designcommands.h"

#include "designdocument.h"

#include <QCoreApplication>

namespace voc {

namespace {
struct CommandText
{
    Q_DECLARE_TR_FUNCTIONS(voc::DesignCommands)
};
} // namespace

DesignSnapshotCommand::DesignSnapshotCommand(DesignDocument* document, const Design& before,
                                             const Design& after, const QString& text)
    : QUndoCommand(text)
    , m_document(document)
    , m_before(before)
    , m_after(after)
{}

void DesignSnapshotCommand::undo()
{
    m_document->applyDesign(m_before);
}

void DesignSnapshotCommand::redo()
{
    m_document->applyDesign(m_after);
}

SetFieldCommand::SetFieldCommand(DesignDocument* document, FieldRef field, const Design& before,
                                 const Design& after)
    : DesignSnapshotCommand(document, before, after, CommandText::tr("Edit %1").arg(fieldLabel(field.field)))
    , m_field(field)
{}

bool SetFieldCommand::mergeWith(const QUndoCommand* other)
{
    const auto* next = static_cast<const SetFieldCommand*>(other); // same id() guarantees the type
    if (next->m_field != m_field)
        return false;
    m_after = next->m_after;
    // Typing a value back to what it was leaves no step behind.
    setObsolete(m_after == m_before);
    return true;
}

AddRoleCommand::AddRoleCommand(DesignDocument* document, const Design& before, const Design& after)
    : DesignSnapshotCommand(document, before, after, CommandText::tr("Add role"))
{}

RemoveRoleCommand::RemoveRoleCommand(DesignDocument* document, const Design& before, const Design& after)
    : DesignSnapshotCommand(document, before, after, CommandText::tr("Remove role"))
{}

} // namespace voc
