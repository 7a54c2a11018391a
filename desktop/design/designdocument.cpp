// SPDX-License-Identifier: GPL-3.0-or-later
#include "designdocument.h"

#include "designcommands.h"

#include "common/atomicfile.h"
#include "model/designfile.h"
#include "model/validation.h"

#include <QFileInfo>
#include <QFutureWatcher>
#include <QTimer>
#include <QUndoStack>
#include <QtConcurrent/QtConcurrentRun>

namespace voc {

DesignDocument::DesignDocument(QObject* parent)
    : QObject(parent)
    , m_undoStack(new QUndoStack(this))
    , m_planTimer(new QTimer(this))
{
    m_planTimer->setSingleShot(true);
    m_planTimer->setInterval(0);
    connect(m_planTimer, &QTimer::timeout, this, &DesignDocument::startPlan);
    connect(m_undoStack, &QUndoStack::cleanChanged, this, &DesignDocument::emitModifiedIfChanged);
    replaceDocument(makeDefaultDesign(), {}, {});
}

DesignDocument::~DesignDocument() = default;

QString DesignDocument::displayName() const
{
    return m_filePath.isEmpty() ? tr("Untitled") : QFileInfo(m_filePath).fileName();
}

bool DesignDocument::isModified() const
{
    return m_recovered || !m_undoStack->isClean();
}

void DesignDocument::newDesign(const Design& design)
{
    replaceDocument(design, {}, {});
}

Status DesignDocument::load(const QString& path)
{
    Result<ParsedDesign> parsed = loadDesignFile(path);
    if (!parsed.ok())
        return parsed.error();
    replaceDocument(parsed->design, QFileInfo(path).absoluteFilePath(), parsed->problems);
    return Ok{};
}

void DesignDocument::recover(const Design& design, const QString& originalPath)
{
    replaceDocument(design, originalPath, {});
    m_recovered = true;
    emitModifiedIfChanged();
}

Status DesignDocument::save()
{
    if (m_filePath.isEmpty())
        return makeError(ErrorCode::InvalidInput, tr("the design has no file yet"), displayName(),
                         tr("use Save As to choose one"));
    return saveAs(m_filePath);
}

Status DesignDocument::saveAs(const QString& path)
{
    const QString absolutePath = QFileInfo(path).absoluteFilePath();
    const Status saved = saveDesignFile(m_design, absolutePath);
    if (!saved.ok())
        return saved;
    setFilePath(absolutePath);
    // The file now holds exactly this design, so what was wrong in the old file is gone.
    if (!m_loadProblems.isEmpty()) {
        m_loadProblems.clear();
        reanalyse();
    }
    m_recovered = false;
    m_undoStack->setClean();
    emitModifiedIfChanged();
    return Ok{};
}

Status DesignDocument::writeCopy(const QString& path) const
{
    return writeFileAtomically(path, serializeDesign(m_design));
}

bool DesignDocument::setField(FieldRef field, const QVariant& value)
{
    if (!field.holdsValue())
        return false;
    Design after = m_design;
    if (!setFieldValue(&after, field, value))
        return false;
    if (after == m_design)
        return true; // nothing changed: no undo step
    m_undoStack->push(new SetFieldCommand(this, field, m_design, after));
    return true;
}

void DesignDocument::addRole(RoleKind kind)
{
    Design after = m_design;
    // A new role starts as a copy of the last one of its kind, so the image and sizes carry over;
    // without one, as the default design's.
    Role role;
    role.kind = kind;
    for (const Role& existing : makeDefaultDesign(m_design.name).roles)
        if (existing.kind == kind)
            role = existing;
    for (const Role& existing : std::as_const(m_design.roles))
        if (existing.kind == kind)
            role = existing;
    if (kind == RoleKind::Head)
        role.count = 1;
    after.roles.append(role);
    m_undoStack->push(new AddRoleCommand(this, m_design, after));
}

bool DesignDocument::removeRole(int index)
{
    if (index < 0 || index >= m_design.roles.size())
        return false;
    Design after = m_design;
    after.roles.removeAt(index);
    m_undoStack->push(new RemoveRoleCommand(this, m_design, after));
    return true;
}

void DesignDocument::applyDesign(const Design& design)
{
    m_design = design;
    reanalyse();
    emit designChanged();
}

void DesignDocument::replaceDocument(const Design& design, const QString& path, Problems loadProblems)
{
    m_undoStack->clear();
    m_recovered = false;
    m_loadProblems = std::move(loadProblems);
    m_design = design;
    setFilePath(path);
    reanalyse();
    emit designChanged();
    emit documentReplaced();
    emitModifiedIfChanged();
}

void DesignDocument::setFilePath(const QString& path)
{
    if (path == m_filePath)
        return;
    m_filePath = path;
    emit filePathChanged(m_filePath);
}

void DesignDocument::reanalyse()
{
    Problems problems = m_loadProblems;
    for (const Problem& problem : validateDesign(m_design))
        if (!problems.contains(problem))
            problems.append(problem);
    m_summary = summarizeDesign(m_design);
    if (problems != m_problems) {
        m_problems = std::move(problems);
        emit problemsChanged();
    }
    ++m_planGeneration;
    m_planPending = true;
    m_planTimer->start();
}

void DesignDocument::startPlan()
{
    const quint64 generation = m_planGeneration;
    auto* watcher = new QFutureWatcher<Result<Plan>>(this);
    connect(watcher, &QFutureWatcher<Result<Plan>>::finished, this, [this, watcher, generation] {
        watcher->deleteLater();
        if (generation != m_planGeneration)
            return; // a newer design is being planned
        const Result<Plan> result = watcher->result();
        m_planPending = false;
        if (result.ok()) {
            m_plan = result.value();
            m_planError.reset();
        } else {
            m_plan = Plan{};
            m_planError = result.error();
        }
        emit planChanged();
    });
    // A copy of the design goes to the worker: the document may change while it runs.
    watcher->setFuture(QtConcurrent::run([design = m_design] { return planLocal(design); }));
}

void DesignDocument::emitModifiedIfChanged()
{
    const bool modified = isModified();
    if (modified == m_lastModified)
        return;
    m_lastModified = modified;
    emit modifiedChanged(modified);
}

} // namespace voc
