// SPDX-License-Identifier: GPL-3.0-or-later
#include "designpage.h"
#include "ui_designpage.h"

#include "designdocument.h"
#include "icons.h"
#include "problemsmodel.h"
#include "roledelegate.h"
#include "rolesmodel.h"
#include "vcnplanmodel.h"

#include <QDataStream>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLocale>
#include <QScrollBar>
#include <QShowEvent>
#include <QSignalBlocker>
#include <QSplitter>

#include <cmath>

namespace voc {

namespace {

// Only when the value really differs: setText() moves the cursor, and the user may be typing.
void setTextIfDifferent(QLineEdit* edit, const QString& text)
{
    if (edit->text() == text)
        return;
    edit->setText(text);
    // A long value someone else set reads best from its start.
    if (!edit->hasFocus())
        edit->setCursorPosition(0);
}

void setValueQuietly(QSpinBox* spin, int value)
{
    if (spin->value() == value)
        return;
    const QSignalBlocker blocker(spin);
    spin->setValue(value);
}

void setValueQuietly(QDoubleSpinBox* spin, double value)
{
    if (std::abs(spin->value() - value) < 0.5 * std::pow(10.0, -spin->decimals()))
        return;
    const QSignalBlocker blocker(spin);
    spin->setValue(value);
}

// Columns as wide as their contents plus some air; the last one takes the rest.
void fitColumns(QTableView* view)
{
    view->resizeColumnsToContents();
    QHeaderView* header = view->horizontalHeader();
    const int padding = view->fontMetrics().averageCharWidth();
    for (int column = 0; column < header->count() - 1; ++column)
        header->resizeSection(column, header->sectionSize(column) + padding);
    header->setStretchLastSection(true);
}

// The width a table needs to show every column at its contents' width, without scrolling.
int contentsWidth(const QTableView* view)
{
    const QHeaderView* header = view->horizontalHeader();
    const int last = header->count() - 1;
    int width = 2 * view->frameWidth() + view->verticalScrollBar()->sizeHint().width();
    if (!view->verticalHeader()->isHidden())
        width += view->verticalHeader()->width();
    for (int column = 0; column < last; ++column)
        width += header->sectionSize(column);
    if (last >= 0)
        width += qMax(static_cast<const QAbstractItemView*>(view)->sizeHintForColumn(last),
                      header->sectionSizeHint(last)) +
                 view->fontMetrics().averageCharWidth();
    return width;
}

// Gives the table in `splitter` at `index` the width it needs, as far as the other side's
// minimum allows; the other side gets the rest.
void giveTableItsWidth(QSplitter* splitter, int index, const QTableView* view)
{
    QList<int> sizes = splitter->sizes();
    if (sizes.size() != 2)
        return;
    const int total = sizes[0] + sizes[1];
    const int other = 1 - index;
    const int otherMinimum = splitter->widget(other)->minimumSizeHint().width();
    const int wanted = qMin(contentsWidth(view), total - otherMinimum);
    if (wanted <= sizes[index])
        return;
    sizes[index] = wanted;
    sizes[other] = total - wanted;
    splitter->setSizes(sizes);
}

} // namespace

DesignPage::DesignPage(DesignDocument* document, QWidget* parent)
    : QWidget(parent)
    , m_ui(std::make_unique<Ui::DesignPage>())
    , m_document(document)
    , m_rolesModel(new RolesModel(document, this))
    , m_problemsModel(new ProblemsModel(document, this))
    , m_vcnModel(new VcnPlanModel(document, this))
{
    m_ui->setupUi(this);
    setupFieldEditors();

    connect(document, &DesignDocument::designChanged, this, &DesignPage::updateFromDocument);
    connect(document, &DesignDocument::problemsChanged, this, &DesignPage::updateProblems);
    connect(document, &DesignDocument::planChanged, this, &DesignPage::updatePlan);
    connect(document, &DesignDocument::documentReplaced, this, [this] {
        selectRole(0);
        fitColumns(m_ui->rolesView);
        m_fitPlanColumns = true; // once the new document's plan is in
    });

    updateFromDocument();
    updateProblems();
    updatePlan();
    selectRole(0);
    fitColumns(m_ui->rolesView);
}

DesignPage::~DesignPage() = default;

void DesignPage::setupFieldEditors()
{
    bindLineEdit(m_ui->nameEdit, Field::Name);
    bindLineEdit(m_ui->voEdit, Field::Vo);
    bindLineEdit(m_ui->descriptionEdit, Field::Description);
    bindLineEdit(m_ui->subnetEdit, Field::Subnet);
    bindLineEdit(m_ui->gatewayEdit, Field::Gateway);
    bindLineEdit(m_ui->domainEdit, Field::Domain);
    bindLineEdit(m_ui->macSeedEdit, Field::MacSeed);
    bindLineEdit(m_ui->imagePathEdit, Field::RoleImagePath);
    bindLineEdit(m_ui->sha256Edit, Field::RoleImageSha256);
    bindLineEdit(m_ui->kernelEdit, Field::RoleKernel);
    bindLineEdit(m_ui->initrdEdit, Field::RoleInitrd);
    bindLineEdit(m_ui->cmdlineEdit, Field::RoleCmdline);

    m_ui->blockSizeSpin->setRange(limits::minHplBlockSize, limits::maxHplBlockSize);
    const auto bindSpin = [this](QSpinBox* spin, Field field) {
        connect(spin, &QSpinBox::valueChanged, this,
                [this, field](int value) { m_document->setField(FieldRef{field}, value); });
    };
    bindSpin(m_ui->blockSizeSpin, Field::HplBlockSize);
    bindSpin(m_ui->stepSpin, Field::HplStep);
    bindSpin(m_ui->gridPSpin, Field::HplGridP);
    bindSpin(m_ui->gridQSpin, Field::HplGridQ);
    connect(m_ui->utilizationSpin, &QDoubleSpinBox::valueChanged, this,
            [this](double value) { m_document->setField(FieldRef{Field::HplUtilization}, value); });

    m_ui->bootCombo->addItem(RolesModel::bootText(BootMode::Disk), static_cast<int>(BootMode::Disk));
    m_ui->bootCombo->addItem(RolesModel::bootText(BootMode::Kernel), static_cast<int>(BootMode::Kernel));
    // activated, not currentIndexChanged: only the user's choice is an edit, not our updates.
    connect(m_ui->bootCombo, &QComboBox::activated, this, [this] {
        m_document->setField(FieldRef{Field::RoleBootMode, selectedRole()}, m_ui->bootCombo->currentData());
    });

    QTableView* roles = m_ui->rolesView;
    roles->setModel(m_rolesModel);
    roles->setItemDelegate(new RoleDelegate(roles));
    const QFontMetrics metrics = fontMetrics();
    roles->verticalHeader()->setDefaultSectionSize(metrics.height() + 10);
    connect(roles->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &DesignPage::updateRoleFields);
    connect(m_ui->addRoleButton, &QPushButton::clicked, this, &DesignPage::addRole);
    connect(m_ui->removeRoleButton, &QPushButton::clicked, this, &DesignPage::removeRole);
    connect(m_ui->browseImageButton, &QPushButton::clicked, this, &DesignPage::browseImage);

    m_ui->problemsView->setModel(m_problemsModel);
    connect(m_ui->problemsView, &QListView::activated, this, &DesignPage::activateProblem);

    QTableView* vcns = m_ui->vcnView;
    vcns->setModel(m_vcnModel);
    // Fixed row heights and column widths: the view then never measures 4096 rows.
    vcns->verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    vcns->verticalHeader()->setDefaultSectionSize(metrics.height() + 6);
    // Sized to the contents of the first rows only: all of 4096 would be measured otherwise.
    vcns->horizontalHeader()->setResizeContentsPrecision(32);
    roles->horizontalHeader()->setResizeContentsPrecision(32);

    m_ui->noProblemsIcon->setPixmap(
        themeIcon({"emblem-default", "object-select"}, QStyle::SP_DialogApplyButton).pixmap(32, 32));

    // Editors get what they need; the plan below takes the rest.
    m_ui->splitter->setStretchFactor(0, 0);
    m_ui->splitter->setStretchFactor(1, 1);
    m_ui->rolesSplitter->setStretchFactor(0, 2);
    m_ui->rolesSplitter->setStretchFactor(1, 1);
    m_ui->analysisSplitter->setStretchFactor(0, 2);
    m_ui->analysisSplitter->setStretchFactor(1, 3);
    // Long summary values wrap, so the VCN table beside them keeps its width in longer languages.
    for (QLabel* label : m_ui->summaryGroup->findChildren<QLabel*>())
        label->setWordWrap(true);
    for (QSplitter* splitter : {m_ui->rolesSplitter, m_ui->analysisSplitter}) {
        connect(splitter, &QSplitter::splitterMoved, this, [this] { m_layoutRestored = true; });
        splitter->installEventFilter(this);
    }
}

void DesignPage::bindLineEdit(QLineEdit* edit, Field field)
{
    const bool perRole = FieldRef{field}.isRoleField();
    (perRole ? m_roleLineEdits : m_designLineEdits).append({edit, field});
    // textEdited, not textChanged: only what the user types becomes an undo step.
    connect(edit, &QLineEdit::textEdited, this, [this, field, perRole](const QString& text) {
        m_document->setField(FieldRef{field, perRole ? selectedRole() : -1}, text);
    });
}

void DesignPage::updateFromDocument()
{
    updateDesignFields();
    updateRoleFields();
    updateSummary();
}

void DesignPage::updateDesignFields()
{
    const Design& design = m_document->design();
    for (const auto& [edit, field] : std::as_const(m_designLineEdits))
        setTextIfDifferent(edit, fieldValue(design, FieldRef{field}).toString());
    setValueQuietly(m_ui->utilizationSpin, design.hpl.utilization);
    setValueQuietly(m_ui->blockSizeSpin, design.hpl.blockSize);
    setValueQuietly(m_ui->stepSpin, design.hpl.step);
    setValueQuietly(m_ui->gridPSpin, design.hpl.gridP);
    setValueQuietly(m_ui->gridQSpin, design.hpl.gridQ);
}

void DesignPage::updateRoleFields()
{
    const Design& design = m_document->design();
    const int row = selectedRole();
    const bool valid = row >= 0 && row < design.roles.size();
    m_ui->roleGroup->setEnabled(valid);
    m_ui->removeRoleButton->setEnabled(valid);
    if (!valid) {
        m_ui->roleGroup->setTitle(tr("Selected role"));
        for (const auto& [edit, field] : std::as_const(m_roleLineEdits))
            setTextIfDifferent(edit, QString());
        return;
    }
    const Role& role = design.roles.at(row);
    m_ui->roleGroup->setTitle(
        tr("Selected role: %1 (row %2)").arg(RolesModel::kindText(role.kind)).arg(row + 1));
    for (const auto& [edit, field] : std::as_const(m_roleLineEdits))
        setTextIfDifferent(edit, fieldValue(design, FieldRef{field, row}).toString());
    const int bootIndex = m_ui->bootCombo->findData(static_cast<int>(role.image.bootMode));
    if (m_ui->bootCombo->currentIndex() != bootIndex)
        m_ui->bootCombo->setCurrentIndex(bootIndex);
    // Also when disk boot ignores them: the user must be able to clear what validation warns about.
    const bool kernelBoot = role.image.bootMode == BootMode::Kernel || !role.image.kernel.isEmpty() ||
                            !role.image.initrd.isEmpty() || !role.image.cmdline.isEmpty();
    for (QWidget* widget :
         {static_cast<QWidget*>(m_ui->kernelEdit), static_cast<QWidget*>(m_ui->kernelLabel),
          static_cast<QWidget*>(m_ui->initrdEdit), static_cast<QWidget*>(m_ui->initrdLabel),
          static_cast<QWidget*>(m_ui->cmdlineEdit), static_cast<QWidget*>(m_ui->cmdlineLabel)})
        widget->setEnabled(kernelBoot);
}

void DesignPage::updateProblems()
{
    const bool none = m_problemsModel->rowCount() == 0;
    m_ui->noProblemsPanel->setVisible(none);
    m_ui->problemsView->setVisible(!none);
    if (none)
        m_ui->problemsGroup->setTitle(tr("Problems"));
    else
        m_ui->problemsGroup->setTitle(tr("Problems (errors: %1, warnings: %2)")
                                          .arg(m_problemsModel->errorCount())
                                          .arg(m_problemsModel->warningCount()));
}

void DesignPage::updateSummary()
{
    const DesignSummary& s = m_document->summary();
    const QLocale locale;
    const auto memory = [&locale](qint64 mib) {
        return locale.formattedDataSize(mib * 1024 * 1024, 1, QLocale::DataSizeIecFormat);
    };
    m_ui->vcnCountLabel->setText(tr("%1 (head: %2, compute: %3)")
                                     .arg(locale.toString(s.vcnCount),
                                          locale.toString(s.vcnCount - s.computeNodes),
                                          locale.toString(s.computeNodes)));
    m_ui->vcpuLabel->setText(locale.toString(s.totalVcpus));
    m_ui->memoryLabel->setText(memory(s.totalMemoryMiB));
    // One short line each: the summary must not need wrapping in a narrow column.
    const auto showUnavailable = [](QLabel* label, const QString& reason) {
        label->setText(tr("not available"));
        label->setToolTip(reason);
    };
    m_ui->hplBasisLabel->setText(tr("%1 × %2, U = %3, step %4")
                                     .arg(locale.toString(s.computeNodes), memory(s.computeMemoryMiB),
                                          locale.toString(m_document->design().hpl.utilization, 'f', 2),
                                          locale.toString(s.hplStep)));
    m_ui->hplBasisLabel->setToolTip(
        tr("compute nodes × memory of the smallest, utilization, N rounded down to a "
           "multiple of the step"));
    if (s.hplN) {
        m_ui->hplLabel->setText(tr("N = %1").arg(locale.toString(*s.hplN)));
        m_ui->hplLabel->setToolTip({});
    } else {
        showUnavailable(m_ui->hplLabel, s.hplError);
    }
    if (s.hplGrid) {
        m_ui->gridValueLabel->setText(
            tr("P × Q = %1 × %2").arg(locale.toString(s.hplGrid->p), locale.toString(s.hplGrid->q)));
        m_ui->gridValueLabel->setToolTip(tr("one MPI rank per compute vCPU"));
    } else {
        showUnavailable(m_ui->gridValueLabel, s.gridError);
    }
}

void DesignPage::updatePlan()
{
    const std::optional<Error>& error = m_document->planError();
    if (!error) {
        m_ui->vcnStack->setCurrentWidget(m_ui->vcnView);
        if (m_fitPlanColumns && m_vcnModel->rowCount() > 0) {
            m_fitPlanColumns = false;
            fitColumns(m_ui->vcnView);
            balanceSplitters();
        }
        m_ui->vcnGroup->setTitle(tr("Virtual compute nodes (local plan): %1").arg(m_vcnModel->rowCount()));
        return;
    }
    QString text = tr("No local plan: %1").arg(error->what);
    if (!error->where.isEmpty())
        text += u'\n' + tr("Where: %1").arg(error->where);
    if (!error->hint.isEmpty())
        text += u'\n' + tr("What to do: %1").arg(error->hint);
    m_ui->planErrorLabel->setText(text);
    m_ui->vcnStack->setCurrentWidget(m_ui->planErrorPage);
    m_ui->vcnGroup->setTitle(tr("Virtual compute nodes (local plan)"));
}

QByteArray DesignPage::saveLayout() const
{
    QByteArray state;
    QDataStream stream(&state, QIODevice::WriteOnly);
    stream << m_ui->splitter->saveState() << m_ui->rolesSplitter->saveState()
           << m_ui->analysisSplitter->saveState();
    return state;
}

void DesignPage::restoreLayout(const QByteArray& state)
{
    if (state.isEmpty())
        return;
    QDataStream stream(state);
    QByteArray main, roles, analysis;
    stream >> main >> roles >> analysis;
    if (stream.status() != QDataStream::Ok)
        return; // from another version: keep the default layout
    m_ui->splitter->restoreState(main);
    m_ui->rolesSplitter->restoreState(roles);
    m_ui->analysisSplitter->restoreState(analysis);
    m_layoutRestored = true;
}

void DesignPage::showEvent(QShowEvent* event)
{
    QWidget::showEvent(event);
    balanceSplitters();
}

bool DesignPage::eventFilter(QObject* watched, QEvent* event)
{
    // The window settles its size after the first show: balance again once a splitter has
    // distributed its new width (hence queued).
    if (event->type() == QEvent::Resize && !m_layoutRestored)
        QMetaObject::invokeMethod(this, &DesignPage::balanceSplitters, Qt::QueuedConnection);
    return QWidget::eventFilter(watched, event);
}

void DesignPage::balanceSplitters()
{
    // Only the first layout is ours to choose: a restored or user-dragged one is left alone.
    if (m_layoutRestored || !isVisible())
        return;
    giveTableItsWidth(m_ui->rolesSplitter, 0, m_ui->rolesView);
    giveTableItsWidth(m_ui->analysisSplitter, 1, m_ui->vcnView);
}

int DesignPage::selectedRole() const
{
    const QModelIndex current = m_ui->rolesView->selectionModel()->currentIndex();
    return current.isValid() ? current.row() : -1;
}

void DesignPage::selectRole(int row)
{
    if (row < 0 || row >= m_rolesModel->rowCount()) {
        updateRoleFields();
        return;
    }
    const int column = std::max(0, m_ui->rolesView->currentIndex().column());
    m_ui->rolesView->selectionModel()->setCurrentIndex(
        m_rolesModel->index(row, column), QItemSelectionModel::ClearAndSelect | QItemSelectionModel::Rows);
    updateRoleFields();
}

void DesignPage::addRole()
{
    // A design has exactly one head: add it when it is missing, compute roles otherwise.
    const RoleKind kind = m_document->design().head() ? RoleKind::Compute : RoleKind::Head;
    m_document->addRole(kind);
    selectRole(m_rolesModel->rowCount() - 1);
    m_ui->rolesView->setFocus(Qt::OtherFocusReason);
}

void DesignPage::removeRole()
{
    const int row = selectedRole();
    if (!m_document->removeRole(row))
        return;
    selectRole(std::min(row, m_rolesModel->rowCount() - 1));
}

void DesignPage::browseImage()
{
    const int row = selectedRole();
    if (row < 0)
        return;
    const QString designFile = m_document->filePath();
    const QDir designDir = designFile.isEmpty() ? QDir::home() : QFileInfo(designFile).dir();
    const QString current = m_ui->imagePathEdit->text();
    const QString start = current.isEmpty() ? designDir.path() : designDir.absoluteFilePath(current);
    const QString chosen = QFileDialog::getOpenFileName(
        this, tr("Choose a Base Image"), start, tr("Disk images (*.qcow2 *.img *.raw);;All files (*)"));
    if (chosen.isEmpty())
        return;
    // Images beside the design stay relative, so the folder can move as a whole.
    QString path = chosen;
    if (!designFile.isEmpty()) {
        const QString relative = designDir.relativeFilePath(chosen);
        if (!relative.startsWith(QLatin1String("..")))
            path = relative;
    }
    m_document->setField(FieldRef{Field::RoleImagePath, row}, path);
}

void DesignPage::activateProblem(const QModelIndex& index)
{
    const QString path = index.data(ProblemsModel::PathRole).toString();
    if (!focusPath(path))
        emit statusMessage(tr("This problem concerns the design as a whole."));
}

QWidget* DesignPage::editorForField(FieldRef ref) const
{
    switch (ref.field) {
    case Field::Name:
        return m_ui->nameEdit;
    case Field::Vo:
        return m_ui->voEdit;
    case Field::Description:
        return m_ui->descriptionEdit;
    case Field::Subnet:
        return m_ui->subnetEdit;
    case Field::Gateway:
        return m_ui->gatewayEdit;
    case Field::Domain:
        return m_ui->domainEdit;
    case Field::MacSeed:
        return m_ui->macSeedEdit;
    case Field::HplUtilization:
        return m_ui->utilizationSpin;
    case Field::HplBlockSize:
        return m_ui->blockSizeSpin;
    case Field::HplStep:
        return m_ui->stepSpin;
    case Field::HplGridP:
        return m_ui->gridPSpin;
    case Field::HplGridQ:
        return m_ui->gridQSpin;
    case Field::RoleImagePath:
        return m_ui->imagePathEdit;
    case Field::RoleImageSha256:
        return m_ui->sha256Edit;
    case Field::RoleBootMode:
        return m_ui->bootCombo;
    case Field::RoleKernel:
        return m_ui->kernelEdit;
    case Field::RoleInitrd:
        return m_ui->initrdEdit;
    case Field::RoleCmdline:
        return m_ui->cmdlineEdit;
    case Field::RoleKind:
    case Field::RoleCount:
    case Field::RoleVcpus:
    case Field::RoleMemory:
    case Field::RoleNic:
    case Field::RoleHostnamePattern:
    case Field::Role:
    case Field::Roles:
        return m_ui->rolesView;
    }
    return nullptr;
}

QWidget* DesignPage::editorForPath(const QString& path) const
{
    const std::optional<FieldRef> ref = fieldForPath(path);
    return ref ? editorForField(*ref) : nullptr;
}

bool DesignPage::focusPath(const QString& path)
{
    const std::optional<FieldRef> ref = fieldForPath(path);
    if (!ref)
        return false;
    QWidget* editor = editorForField(*ref);
    if (ref->isRoleField() && ref->role >= 0 && ref->role < m_rolesModel->rowCount()) {
        selectRole(ref->role);
        const int column = RolesModel::columnOfField(ref->field);
        if (editor == m_ui->rolesView && column >= 0) {
            const QModelIndex cell = m_rolesModel->index(ref->role, column);
            m_ui->rolesView->selectionModel()->setCurrentIndex(cell, QItemSelectionModel::ClearAndSelect |
                                                                         QItemSelectionModel::Rows);
            m_ui->rolesView->scrollTo(cell);
        }
    }
    if (!editor)
        return false;
    editor->setFocus(Qt::OtherFocusReason);
    if (auto* edit = qobject_cast<QLineEdit*>(editor))
        edit->selectAll();
    return true;
}

} // namespace voc
