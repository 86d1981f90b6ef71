#include "masterdata/entityform.h"

#include "masterdata/childrowstable.h"
#include "masterdata/fieldeditor.h"
#include "shell/errortext.h"

#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QScrollArea>
#include <QVBoxLayout>

namespace concord::ui {

namespace {
const QString kDataPath = QStringLiteral("params.data.");
}

EntityForm::EntityForm(const QJsonObject &entity, const QJsonObject &dictionary, RpcClient *client, QWidget *parent)
    : RecordEditor(parent), m_entity(entity), m_dictionary(dictionary)
{
    setObjectName(QStringLiteral("entityForm"));
    auto *content = new QWidget;
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    form->setRowWrapPolicy(QFormLayout::DontWrapRows);
    form->setLabelAlignment(Qt::AlignRight | Qt::AlignTop);
    for (const QJsonObject &f : DataDictionary::fields(entity)) {
        QString refMethod;
        if (f.value(QStringLiteral("type")).toString() == QLatin1String("ref")) {
            const QJsonObject target = m_dictionary.entity(f.value(QStringLiteral("ref")).toString());
            if (DataDictionary::isPlain(target) || DataDictionary::isVersioned(target))
                refMethod = DataDictionary::method(target, "list");
        }
        auto *editor = new FieldEditor(f, client, refMethod, content);
        const bool required = f.value(QStringLiteral("required")).toBool();
        auto *label = new QLabel(required ? tr("%1 *").arg(DataDictionary::label(f)) : DataDictionary::label(f), content);
        label->setObjectName(QStringLiteral("label_") + editor->name());
        label->setToolTip(DataDictionary::description(f));
        label->setBuddy(editor->input());
        form->addRow(label, editor);
        m_fields.append(editor);
        m_labels.append(label);
        connect(editor, &FieldEditor::edited, this, [this, editor] {
            if (m_filling) return;
            editor->setProblem({});
            updateUnits();
            Q_EMIT edited();
        });
    }
    m_otherProblems = makeErrorLabel(content); // hidden, word-wrapped, red
    m_otherProblems->setObjectName(QStringLiteral("otherProblems"));

    auto *layout = new QVBoxLayout(content);
    layout->addLayout(form);
    for (const QJsonObject &child : m_dictionary.children(DataDictionary::name(entity))) {
        auto *box = new QGroupBox(DataDictionary::label(child), content);
        auto *rows = new ChildRowsTable(child, box);
        auto *boxLayout = new QVBoxLayout(box);
        boxLayout->addWidget(rows);
        layout->addWidget(box, 1);
        m_rows.append(rows);
        connect(rows, &ChildRowsTable::edited, this, [this] {
            if (!m_filling) Q_EMIT edited();
        });
    }
    layout->addWidget(m_otherProblems);
    if (m_rows.isEmpty()) layout->addStretch(1);

    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("formScroll"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(content);
    auto *outer = new QVBoxLayout(this);
    outer->setContentsMargins(0, 0, 0, 0);
    outer->addWidget(scroll);
}

FieldEditor *EntityForm::fieldEditor(const QString &name) const
{
    for (FieldEditor *f : m_fields)
        if (f->name() == name) return f;
    return nullptr;
}

QLabel *EntityForm::fieldLabel(const QString &name) const
{
    for (int i = 0; i < m_fields.size(); ++i)
        if (m_fields.at(i)->name() == name) return m_labels.at(i);
    return nullptr;
}

ChildRowsTable *EntityForm::rowsTable(const QString &member) const
{
    for (ChildRowsTable *t : m_rows)
        if (t->member() == member) return t;
    return nullptr;
}

void EntityForm::setRecord(const QJsonObject &record, bool editable)
{
    m_filling = true;
    const bool isNew = record.value(QStringLiteral("code")).toString().isEmpty();
    const bool autoCode = m_entity.value(QStringLiteral("autoCode")).toBool();
    for (FieldEditor *f : m_fields) {
        QJsonValue v = record.value(f->name());
        if (isNew && v.isUndefined()) v = f->field().value(QStringLiteral("default"));
        f->setValue(v);
        f->setProblem({});
        // A code never changes once given, and the server gives numbered ones itself.
        const bool isCode = f->name() == QLatin1String("code");
        f->setEditable(editable && !(isCode && (!isNew || autoCode)));
    }
    if (FieldEditor *code = fieldEditor(QStringLiteral("code")); code && autoCode && isNew)
        code->input()->setToolTip(tr("The server gives the number when the record is saved."));
    for (ChildRowsTable *t : m_rows)
        t->setRows(record.value(t->member()).toArray(), editable);
    m_otherProblems->clear();
    m_otherProblems->hide();
    updateUnits();
    m_filling = false;
}

QJsonObject EntityForm::content() const
{
    QJsonObject data;
    for (const FieldEditor *f : m_fields) {
        const QJsonValue v = f->value();
        // Absent rather than null where the server applies a default, or says "required" once.
        if (v.isNull() && (f->field().contains(QStringLiteral("default")) || f->field().value(QStringLiteral("required")).toBool()))
            continue;
        data.insert(f->name(), v);
    }
    for (const ChildRowsTable *t : m_rows)
        data.insert(t->member(), t->rows());
    return data;
}

void EntityForm::showProblems(const QList<QPair<QString, QString>> &pathAndMessage)
{
    for (FieldEditor *f : m_fields)
        f->setProblem({});
    for (ChildRowsTable *t : m_rows)
        t->clearProblems();
    QStringList other;
    for (const auto &[path, message] : pathAndMessage) {
        const QString local = path.startsWith(kDataPath) ? path.mid(kDataPath.size()) : path;
        if (FieldEditor *f = fieldEditor(local)) {
            f->setProblem(f->problem().isEmpty() ? message : f->problem() + QLatin1Char('\n') + message);
            continue;
        }
        const qsizetype bracket = local.indexOf(QLatin1Char('['));
        ChildRowsTable *rows = bracket > 0 ? rowsTable(local.left(bracket)) : nullptr;
        if (rows) {
            const qsizetype close = local.indexOf(QLatin1Char(']'), bracket);
            const int row = local.mid(bracket + 1, close - bracket - 1).toInt();
            rows->addProblem(row, local.mid(close + 2), message);
            continue;
        }
        other.append(message);
    }
    m_otherProblems->setText(other.join(QLatin1Char('\n')));
    m_otherProblems->setVisible(!other.isEmpty());
}

void EntityForm::updateUnits()
{
    // A value whose unit is another field (a quantity in "unit") shows that field's current value.
    for (FieldEditor *f : m_fields) {
        const QString unitField = f->field().value(QStringLiteral("unitField")).toString();
        if (unitField.isEmpty()) continue;
        if (const FieldEditor *unit = fieldEditor(unitField)) f->setUnit(unit->value().toString());
    }
}

} // namespace concord::ui
