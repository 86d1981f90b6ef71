#include "masterdata/routingeditor.h"

#include "core/datadictionary.h"
#include "core/rpcclient.h"
#include "masterdata/materialcompleter.h"
#include "masterdata/problemmark.h"
#include "masterdata/problempath.h"
#include "masterdata/referencedata.h"
#include "masterdata/routingdelegate.h"
#include "masterdata/routingoperationmodel.h"
#include "masterdata/routingparametermodel.h"
#include "shell/errortext.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace concord::ui {

namespace {
QTableView *makeTable(QAbstractItemModel *model, const char *name, QWidget *parent)
{
    auto *view = new QTableView(parent);
    view->setObjectName(QString::fromLatin1(name));
    view->setModel(model);
    view->setSelectionBehavior(QAbstractItemView::SelectRows);
    view->setSelectionMode(QAbstractItemView::SingleSelection);
    view->setAlternatingRowColors(true);
    view->verticalHeader()->hide();
    view->horizontalHeader()->setStretchLastSection(true);
    view->setWordWrap(false);
    view->verticalHeader()->setDefaultSectionSize(view->fontMetrics().height() + 10);
    return view;
}

QPushButton *makeButton(const QString &text, const char *name, QWidget *parent)
{
    auto *b = new QPushButton(text, parent);
    b->setObjectName(QString::fromLatin1(name));
    return b;
}
} // namespace

RoutingEditor::RoutingEditor(RpcClient *client, QWidget *parent) : RecordEditor(parent), m_client(client)
{
    setObjectName(QStringLiteral("routingEditor"));
    m_refs = new ReferenceData(
        client, ReferenceData::Materials | ReferenceData::Units | ReferenceData::WorkCentres, this);
    m_operations = new RoutingOperationModel(m_refs, this);
    m_parameters = new RoutingParameterModel(this);

    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("routingCode"));
    m_code->setMaxLength(40);
    m_code->setPlaceholderText(tr("RT-…"));
    m_version = new QLabel(this);
    m_version->setObjectName(QStringLiteral("routingVersion"));
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("routingName"));
    m_name->setMaxLength(120);
    m_material = new QLineEdit(this);
    m_material->setObjectName(QStringLiteral("routingMaterial"));
    m_material->setMaxLength(40);
    m_materialName = new QLabel(this);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("routingNote"));
    m_note->setMaxLength(1000);

    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code);
    codeRow->addWidget(m_version, 1);
    auto *materialRow = new QHBoxLayout;
    materialRow->addWidget(m_material);
    materialRow->addWidget(m_materialName, 1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Code:"), codeRow);
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Material:"), materialRow);
    form->addRow(tr("N&ote:"), m_note);
    qobject_cast<QLabel *>(form->labelForField(codeRow))->setBuddy(m_code);
    qobject_cast<QLabel *>(form->labelForField(materialRow))->setBuddy(m_material);

    auto *opsBox = new QGroupBox(tr("Operations"), this);
    m_addOperation = makeButton(tr("Add &operation"), "addOperation", opsBox);
    m_removeOperation = makeButton(tr("Remove operation"), "removeOperation", opsBox);
    m_operationView = makeTable(m_operations, "operationTable", opsBox);
    m_operationView->setItemDelegate(
        new RoutingDelegate(m_refs,
                            {{RoutingOperationModel::SeqColumn, RoutingDelegate::Integer},
                             {RoutingOperationModel::WorkCentreColumn, RoutingDelegate::WorkCentre},
                             {RoutingOperationModel::SetupColumn, RoutingDelegate::Decimal},
                             {RoutingOperationModel::RunColumn, RoutingDelegate::Decimal}},
                            m_operationView));
    auto *opsBar = new QHBoxLayout;
    opsBar->addWidget(m_addOperation);
    opsBar->addWidget(m_removeOperation);
    opsBar->addStretch(1);
    auto *opsLayout = new QVBoxLayout(opsBox);
    opsLayout->addLayout(opsBar);
    opsLayout->addWidget(m_operationView);

    auto *paramBox = new QGroupBox(tr("Process parameters"), this);
    m_parameterTitle = new QLabel(paramBox);
    m_parameterTitle->setObjectName(QStringLiteral("parameterTitle"));
    QFont bold = m_parameterTitle->font();
    bold.setBold(true);
    m_parameterTitle->setFont(bold);
    m_addParameter = makeButton(tr("Add &parameter"), "addParameter", paramBox);
    m_removeParameter = makeButton(tr("Remove parameter"), "removeParameter", paramBox);
    m_parameterView = makeTable(m_parameters, "parameterTable", paramBox);
    // The limits column ends where its bar ends, so that the bars line up under each other.
    m_parameterView->horizontalHeader()->setStretchLastSection(false);
    m_parameterView->setItemDelegate(
        new RoutingDelegate(m_refs,
                            {{RoutingParameterModel::MinimumColumn, RoutingDelegate::SignedDecimal},
                             {RoutingParameterModel::TargetColumn, RoutingDelegate::SignedDecimal},
                             {RoutingParameterModel::MaximumColumn, RoutingDelegate::SignedDecimal},
                             {RoutingParameterModel::UnitColumn, RoutingDelegate::Unit},
                             {RoutingParameterModel::LimitsColumn, RoutingDelegate::Limits}},
                            m_parameterView));
    m_warning = new QLabel(paramBox);
    m_warning->setObjectName(QStringLiteral("limitsWarning"));
    m_warning->setWordWrap(true);
    m_warning->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));
    m_warning->hide();
    auto *paramBar = new QHBoxLayout;
    paramBar->addWidget(m_parameterTitle, 1);
    paramBar->addWidget(m_addParameter);
    paramBar->addWidget(m_removeParameter);
    auto *paramLayout = new QVBoxLayout(paramBox);
    paramLayout->addLayout(paramBar);
    paramLayout->addWidget(m_parameterView);
    paramLayout->addWidget(m_warning);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    splitter->addWidget(opsBox);
    splitter->addWidget(paramBox);
    splitter->setChildrenCollapsible(false);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 2);

    m_problems = makeErrorLabel(this); // hidden, word-wrapped, red
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_problems);

    connect(m_addOperation, &QPushButton::clicked, this, [this] {
        const int row = m_operations->addOperation();
        const QModelIndex at = m_operations->index(row, RoutingOperationModel::NameColumn);
        m_operationView->setCurrentIndex(at);
        m_operationView->edit(at);
    });
    connect(m_removeOperation, &QPushButton::clicked, this,
            [this] { m_operations->removeOperation(m_operationView->currentIndex().row()); });
    connect(m_addParameter, &QPushButton::clicked, this, [this] {
        const int row = m_parameters->addParameter();
        if (row < 0) return;
        const QModelIndex at = m_parameters->index(row, RoutingParameterModel::NameColumn);
        m_parameterView->setCurrentIndex(at);
        m_parameterView->edit(at);
    });
    connect(m_removeParameter, &QPushButton::clicked, this,
            [this] { m_parameters->removeParameter(m_parameterView->currentIndex().row()); });
    connect(m_operationView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RoutingEditor::showOperation);
    connect(m_parameterView->selectionModel(), &QItemSelectionModel::currentRowChanged, this,
            &RoutingEditor::updateButtons);
    connect(m_operations, &RoutingOperationModel::seqChanged, m_parameters,
            &RoutingParameterModel::renumberOperation);
    connect(m_operations, &RoutingOperationModel::operationRemoved, m_parameters,
            &RoutingParameterModel::removeOperation);
    connect(m_operations, &RoutingOperationModel::edited, this, [this] {
        showOperation();
        Q_EMIT edited();
    });
    connect(m_parameters, &RoutingParameterModel::edited, this, [this] {
        updateWarnings();
        m_operations->setParameterProblems(m_parameters->operationsWithProblems());
        Q_EMIT edited();
    });
    connect(m_refs, &ReferenceData::loaded, this, [this] {
        m_material->setCompleter(new MaterialCompleter(m_refs->materials(), m_material));
        m_materialName->setText(m_refs->materialName(MaterialCompleter::codeOf(m_material->text())));
        m_operations->referenceDataChanged();
        m_operationView->resizeColumnsToContents(); // work centres now with their names
    });
    for (QLineEdit *edit : {m_code, m_name, m_material, m_note})
        connect(edit, &QLineEdit::textEdited, this, [this, edit] {
            problemmark::clear(edit);
            if (edit == m_material)
                m_materialName->setText(m_refs->materialName(MaterialCompleter::codeOf(m_material->text())));
            Q_EMIT edited();
        });
    setRecord({}, false);
}

void RoutingEditor::setRecord(const QJsonObject &record, bool editable)
{
    m_record = record;
    const bool isNew = !record.contains(QStringLiteral("version"));
    const QString status = record.value(QStringLiteral("status")).toString();
    // The page decides (a new draft starts from the approved version's content); the server
    // refuses any change of a version that has left draft anyway.
    m_editable = editable;
    m_code->setText(record.value(QStringLiteral("code")).toString());
    m_code->setReadOnly(!(isNew && m_editable));
    m_name->setText(record.value(QStringLiteral("name")).toString());
    m_material->setText(record.value(QStringLiteral("material")).toString());
    m_materialName->setText(m_refs->materialName(m_material->text()));
    m_note->setText(record.value(QStringLiteral("note")).toString());
    for (QLineEdit *edit : {m_code, m_name, m_material, m_note})
        problemmark::clear(edit);
    for (QLineEdit *edit : {m_name, m_material, m_note})
        edit->setReadOnly(!m_editable);
    const int version = record.value(QStringLiteral("version")).toInt();
    if (isNew)
        m_version->setText(m_editable ? tr("New routing") : QString());
    else if (m_editable && status != QLatin1String("draft"))
        m_version->setText(tr("New draft, starting from version %1").arg(version));
    else
        m_version->setText(tr("Version %1 · %2").arg(version).arg(DataDictionary::valueLabel(status)));
    m_problems->clear();
    m_problems->hide();
    m_parameters->setParameters(record.value(QStringLiteral("parameters")).toArray(), m_editable);
    m_operations->setOperations(record.value(QStringLiteral("operations")).toArray(), m_editable);
    const auto triggers = m_editable
                              ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                    QAbstractItemView::AnyKeyPressed | QAbstractItemView::SelectedClicked
                              : QAbstractItemView::NoEditTriggers;
    m_operationView->setEditTriggers(triggers);
    m_parameterView->setEditTriggers(triggers);
    for (QPushButton *b : {m_addOperation, m_removeOperation, m_addParameter, m_removeParameter})
        b->setVisible(m_editable);
    m_operationView->resizeColumnsToContents();
    if (m_operations->rowCount() > 0)
        m_operationView->setCurrentIndex(m_operations->index(0, 0));
    else
        showOperation();
}

QJsonObject RoutingEditor::content() const
{
    return {{QStringLiteral("code"), m_code->text().trimmed()},
            {QStringLiteral("name"), m_name->text().trimmed()},
            {QStringLiteral("material"), MaterialCompleter::codeOf(m_material->text())},
            {QStringLiteral("note"), m_note->text().trimmed()},
            {QStringLiteral("operations"), m_operations->operations()},
            {QStringLiteral("parameters"), m_parameters->parameters()}};
}

bool RoutingEditor::selectOperation(int seq)
{
    const int row = m_operations->rowOfSeq(seq);
    if (row < 0) return false;
    m_operationView->setCurrentIndex(m_operations->index(row, 0));
    return true;
}

void RoutingEditor::showOperation()
{
    const int row = m_operationView->currentIndex().row();
    const int seq = row >= 0 ? m_operations->seqAt(row) : -1;
    m_parameters->setOperation(seq);
    if (row < 0)
        m_parameterTitle->setText(tr("Select an operation to see its process parameters."));
    else
        m_parameterTitle->setText(
            tr("Operation %1 · %2")
                .arg(seq)
                .arg(m_operations->operation(row).value(QStringLiteral("name")).toString()));
    m_parameterView->resizeColumnsToContents();
    updateWarnings();
    updateButtons();
}

void RoutingEditor::updateWarnings()
{
    const QStringList warnings = m_parameters->warnings();
    m_warning->setText(warnings.isEmpty()
                           ? QString()
                           : tr("Check the limits (minimum ≤ target ≤ maximum); the server will refuse them "
                                "like this:\n%1")
                                 .arg(warnings.join(QLatin1Char('\n'))));
    m_warning->setVisible(!warnings.isEmpty());
}

void RoutingEditor::updateButtons()
{
    const bool hasOperation = m_operationView->currentIndex().isValid();
    m_removeOperation->setEnabled(m_editable && hasOperation);
    m_addParameter->setEnabled(m_editable && hasOperation);
    m_removeParameter->setEnabled(m_editable && m_parameterView->currentIndex().isValid());
}

void RoutingEditor::showProblems(const QList<QPair<QString, QString>> &pathAndMessage)
{
    m_operations->clearProblems();
    m_parameters->clearProblems();
    for (QLineEdit *edit : {m_code, m_name, m_material, m_note})
        problemmark::clear(edit);
    QStringList texts; // the messages name their fields (RecordPanel words them so)
    int firstParameterOperation = -1;
    const qsizetype operationCount = m_operations->operations().size();
    const qsizetype parameterCount = m_parameters->parameters().size();
    const QHash<QString, QLineEdit *> header{{QStringLiteral("code"), m_code},
                                             {QStringLiteral("name"), m_name},
                                             {QStringLiteral("material"), m_material},
                                             {QStringLiteral("note"), m_note}};
    for (const auto &[path, message] : pathAndMessage) {
        texts.append(message);
        const ProblemPath p = ProblemPath::parse(path);
        if (p.member == QLatin1String("operations") && p.row >= 0 && p.row < operationCount) {
            int column = RoutingOperationModel::columnOfField(p.field);
            if (column < 0) column = RoutingOperationModel::SeqColumn;
            m_operations->setProblem(p.row, RoutingOperationModel::Column(column), message);
        } else if (p.member == QLatin1String("parameters") && p.row >= 0 && p.row < parameterCount) {
            int column = RoutingParameterModel::columnOfField(p.field);
            if (column < 0) column = RoutingParameterModel::NameColumn;
            m_parameters->setProblem(p.row, RoutingParameterModel::Column(column), message);
            if (firstParameterOperation < 0) firstParameterOperation = m_parameters->operationOfFlat(p.row);
        } else if (p.member.isEmpty() && header.contains(p.field)) {
            problemmark::set(header.value(p.field), message);
        }
    }
    m_operations->setParameterProblems(m_parameters->operationsWithProblems());
    if (firstParameterOperation >= 0) selectOperation(firstParameterOperation);
    m_problems->setText(texts.join(QLatin1Char('\n')));
    m_problems->setVisible(!texts.isEmpty());
}

} // namespace concord::ui
