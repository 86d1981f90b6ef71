#include "masterdata/bomeditor.h"

#include "core/datadictionary.h"
#include "core/rpcclient.h"
#include "masterdata/bomlinedelegate.h"
#include "masterdata/bomtreemodel.h"
#include "masterdata/decimalvalidator.h"
#include "masterdata/materialcompleter.h"
#include "masterdata/problemmark.h"
#include "masterdata/problempath.h"
#include "masterdata/referencedata.h"
#include "shell/errortext.h"

#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QTreeView>
#include <QVBoxLayout>
#include <algorithm>

namespace concord::ui {

BomEditor::BomEditor(RpcClient *client, QWidget *parent) : RecordEditor(parent), m_client(client)
{
    setObjectName(QStringLiteral("bomEditor"));
    m_refs = new ReferenceData(client, ReferenceData::Materials | ReferenceData::Units | ReferenceData::Boms,
                               this);
    m_model = new BomTreeModel(client, m_refs, this);

    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("bomCode"));
    m_code->setMaxLength(40);
    m_code->setPlaceholderText(tr("Code of a finished or semi-finished material"));
    m_materialName = new QLabel(this);
    m_materialName->setObjectName(QStringLiteral("bomMaterialName"));
    m_version = new QLabel(this);
    m_version->setObjectName(QStringLiteral("bomVersion"));
    m_baseQuantity = new QLineEdit(this);
    m_baseQuantity->setObjectName(QStringLiteral("bomBaseQuantity"));
    m_baseQuantity->setValidator(new DecimalValidator(false, m_baseQuantity));
    m_baseQuantity->setAlignment(Qt::AlignRight);
    m_baseQuantity->setMaximumWidth(140);
    m_baseUnit = new QLabel(this);
    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("bomNote"));
    m_note->setMaxLength(1000);

    auto *codeRow = new QHBoxLayout;
    codeRow->addWidget(m_code);
    codeRow->addWidget(m_materialName, 1);
    codeRow->addWidget(m_version);
    auto *quantityRow = new QHBoxLayout;
    quantityRow->addWidget(m_baseQuantity);
    quantityRow->addWidget(m_baseUnit);
    quantityRow->addStretch(1);
    auto *form = new QFormLayout;
    form->addRow(tr("&Material:"), codeRow);
    form->addRow(tr("&Base quantity:"), quantityRow);
    form->addRow(tr("N&ote:"), m_note);
    qobject_cast<QLabel *>(form->labelForField(codeRow))->setBuddy(m_code);
    qobject_cast<QLabel *>(form->labelForField(quantityRow))->setBuddy(m_baseQuantity);

    auto button = [this](const QString &text, const char *name) {
        auto *b = new QPushButton(text, this);
        b->setObjectName(QString::fromLatin1(name));
        return b;
    };
    m_add = button(tr("&Add line"), "addLine");
    m_remove = button(tr("&Remove line"), "removeLine");
    m_up = button(tr("Move &up"), "moveLineUp");
    m_down = button(tr("Move &down"), "moveLineDown");
    m_expand = button(tr("&Expand all"), "expandAll");
    auto *bar = new QHBoxLayout;
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        bar->addWidget(b);
    bar->addStretch(1);
    bar->addWidget(m_expand);

    m_tree = new QTreeView(this);
    m_tree->setObjectName(QStringLiteral("bomTree"));
    m_tree->setModel(m_model);
    m_tree->setItemDelegate(new BomLineDelegate(m_refs, m_tree));
    m_tree->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_tree->setSelectionMode(QAbstractItemView::SingleSelection);
    m_tree->setAlternatingRowColors(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    m_tree->header()->setSectionResizeMode(QHeaderView::Interactive);
    // Wide enough for three levels of indentation before the position, and for the names.
    const int em = m_tree->fontMetrics().horizontalAdvance(QLatin1Char('M'));
    m_tree->setColumnWidth(BomTreeModel::PositionColumn, 9 * em);
    m_tree->setColumnWidth(BomTreeModel::ComponentColumn, 13 * em);
    m_tree->setColumnWidth(BomTreeModel::NameColumn, 25 * em);
    for (const int column : {BomTreeModel::QtyColumn, BomTreeModel::UnitColumn, BomTreeModel::ScrapColumn})
        m_tree->setColumnWidth(column, std::max(6 * em, m_tree->header()->sectionSizeHint(column)));

    m_problems = makeErrorLabel(this); // hidden, word-wrapped, red
    m_problems->setObjectName(QStringLiteral("problems"));
    m_problems->setTextInteractionFlags(Qt::TextSelectableByMouse);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(form);
    layout->addLayout(bar);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_problems);

    connect(m_add, &QPushButton::clicked, this, [this] {
        const int row = m_model->addLine();
        const QModelIndex at = m_model->index(row, BomTreeModel::ComponentColumn);
        m_tree->setCurrentIndex(at);
        m_tree->edit(at);
    });
    connect(m_remove, &QPushButton::clicked, this, [this] { m_model->removeLine(currentLine()); });
    connect(m_up, &QPushButton::clicked, this, [this] {
        const int row = currentLine();
        if (m_model->moveLine(row, -1)) m_tree->setCurrentIndex(m_model->index(row - 1, 0));
    });
    connect(m_down, &QPushButton::clicked, this, [this] {
        const int row = currentLine();
        if (m_model->moveLine(row, +1)) m_tree->setCurrentIndex(m_model->index(row + 1, 0));
    });
    connect(m_expand, &QPushButton::clicked, this, &BomEditor::expandAll);
    connect(m_tree->selectionModel(), &QItemSelectionModel::currentChanged, this, &BomEditor::updateButtons);
    connect(m_model, &BomTreeModel::edited, this, [this] {
        updateButtons();
        Q_EMIT edited();
    });
    connect(m_model, &BomTreeModel::subBomLoaded, this, &BomEditor::expandLoaded);
    connect(m_refs, &ReferenceData::loaded, this, [this] {
        m_code->setCompleter(new MaterialCompleter(m_refs->materials(), m_code));
        m_model->referenceDataChanged();
        updateHeader();
        if (m_expandAll) expandAll();
    });
    connect(m_code, &QLineEdit::textEdited, this, [this] {
        problemmark::clear(m_code);
        m_model->setBomCode(MaterialCompleter::codeOf(m_code->text()));
        updateHeader();
        Q_EMIT edited();
    });
    connect(m_baseQuantity, &QLineEdit::textEdited, this, [this] {
        problemmark::clear(m_baseQuantity);
        Q_EMIT edited();
    });
    connect(m_note, &QLineEdit::textEdited, this, [this] {
        problemmark::clear(m_note);
        Q_EMIT edited();
    });
    setRecord({}, false);
}

void BomEditor::setRecord(const QJsonObject &record, bool editable)
{
    m_record = record;
    const bool isNew = !record.contains(QStringLiteral("version"));
    const QString status = record.value(QStringLiteral("status")).toString();
    // The page decides (a new draft starts from the approved version's content); the server
    // refuses any change of a version that has left draft anyway.
    m_editable = editable;
    const QString code = record.value(QStringLiteral("code")).toString();
    m_code->setText(code);
    m_code->setReadOnly(!(isNew && m_editable));
    m_baseQuantity->setText(record.value(QStringLiteral("baseQuantity")).toString(QStringLiteral("1")));
    m_baseQuantity->setReadOnly(!m_editable);
    m_note->setText(record.value(QStringLiteral("note")).toString());
    m_note->setReadOnly(!m_editable);
    for (QWidget *w : {static_cast<QWidget *>(m_code), static_cast<QWidget *>(m_baseQuantity),
                       static_cast<QWidget *>(m_note)})
        problemmark::clear(w);
    m_problems->clear();
    m_problems->hide();
    m_model->setLines(code, record.value(QStringLiteral("lines")).toArray(), m_editable);
    m_tree->setEditTriggers(m_editable
                                ? QAbstractItemView::DoubleClicked | QAbstractItemView::EditKeyPressed |
                                      QAbstractItemView::AnyKeyPressed
                                : QAbstractItemView::NoEditTriggers);
    for (QPushButton *b : {m_add, m_remove, m_up, m_down})
        b->setVisible(m_editable);
    const int version = record.value(QStringLiteral("version")).toInt();
    if (isNew)
        m_version->setText(m_editable ? tr("New BOM") : QString());
    else if (m_editable && status != QLatin1String("draft"))
        m_version->setText(tr("New draft, starting from version %1").arg(version));
    else
        m_version->setText(tr("Version %1 · %2").arg(version).arg(DataDictionary::valueLabel(status)));
    updateHeader();
    updateButtons();
    if (m_expandAll) expandAll();
}

QJsonObject BomEditor::content() const
{
    return {{QStringLiteral("code"), MaterialCompleter::codeOf(m_code->text())},
            {QStringLiteral("baseQuantity"), DecimalValidator::canonical(m_baseQuantity->text())},
            {QStringLiteral("note"), m_note->text().trimmed()},
            {QStringLiteral("lines"), m_model->lines()}};
}

void BomEditor::showProblems(const QList<QPair<QString, QString>> &pathAndMessage)
{
    m_model->clearProblems();
    for (QWidget *w : {static_cast<QWidget *>(m_code), static_cast<QWidget *>(m_baseQuantity),
                       static_cast<QWidget *>(m_note)})
        problemmark::clear(w);
    QStringList texts; // the messages name their fields (RecordPanel words them so)
    QModelIndex first;
    const QHash<QString, QLineEdit *> header{{QStringLiteral("code"), m_code},
                                             {QStringLiteral("baseQuantity"), m_baseQuantity},
                                             {QStringLiteral("note"), m_note}};
    for (const auto &[path, message] : pathAndMessage) {
        texts.append(message);
        const ProblemPath p = ProblemPath::parse(path);
        if (p.member == QLatin1String("lines") && p.row >= 0 && p.row < m_model->rowCount()) {
            int column = BomTreeModel::columnOfField(p.field);
            if (column < 0) column = BomTreeModel::ComponentColumn; // the line as a whole
            m_model->setProblem(p.row, BomTreeModel::Column(column), message);
            if (!first.isValid()) first = m_model->index(p.row, column);
        } else if (p.member.isEmpty() && header.contains(p.field)) {
            problemmark::set(header.value(p.field), message);
        }
    }
    m_problems->setText(texts.join(QLatin1Char('\n')));
    m_problems->setVisible(!texts.isEmpty());
    if (first.isValid()) {
        m_tree->setCurrentIndex(first);
        m_tree->scrollTo(first);
    }
}

void BomEditor::expandAll()
{
    m_expandAll = true;
    expandLoaded({});
}

void BomEditor::expandLoaded(const QModelIndex &parent)
{
    if (!m_expandAll) return;
    if (parent.isValid()) m_tree->expand(parent);
    for (int row = 0; row < m_model->rowCount(parent); ++row) {
        const QModelIndex child = m_model->index(row, 0, parent);
        if (m_model->hasChildren(child)) m_tree->expand(child); // fetches; its answer comes back here
    }
}

void BomEditor::updateHeader()
{
    const QString code = MaterialCompleter::codeOf(m_code->text());
    const QJsonObject material = m_refs->material(code);
    m_materialName->setText(material.value(QStringLiteral("name")).toString());
    m_baseUnit->setText(material.value(QStringLiteral("unit")).toString());
}

int BomEditor::currentLine() const
{
    QModelIndex i = m_tree->currentIndex();
    if (!i.isValid() || i.parent().isValid()) return -1; // only lines of this version move
    return i.row();
}

void BomEditor::updateButtons()
{
    const int row = currentLine();
    m_remove->setEnabled(m_editable && row >= 0);
    m_up->setEnabled(m_editable && row > 0);
    m_down->setEnabled(m_editable && row >= 0 && row < m_model->rowCount() - 1);
}

} // namespace concord::ui
