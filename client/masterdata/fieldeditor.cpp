#include "masterdata/fieldeditor.h"

#include "core/datadictionary.h"
#include "masterdata/refcombo.h"
#include "shell/errortext.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace concord::ui {

namespace {
// Texts longer than this get a box of several lines.
constexpr int kMultiLine = 200;
const QString kDateFormat = QStringLiteral("yyyy-MM-dd");
} // namespace

FieldEditor::FieldEditor(const QJsonObject &field, RpcClient *client, const QString &refListMethod, QWidget *parent)
    : QWidget(parent), m_field(field)
{
    setObjectName(QStringLiteral("field_") + name());
    const QString t = type();
    auto *row = new QHBoxLayout;
    row->setContentsMargins(0, 0, 0, 0);
    if (t == QLatin1String("enum")) {
        m_choice = new QComboBox(this);
        if (!field.value(QStringLiteral("required")).toBool()) m_choice->addItem(QString(), QString());
        for (const QJsonValue &v : field.value(QStringLiteral("allowedValues")).toArray())
            m_choice->addItem(DataDictionary::valueLabel(v.toString()), v.toString());
        m_choice->setCurrentIndex(-1);
        connect(m_choice, &QComboBox::currentIndexChanged, this, &FieldEditor::edited);
        m_input = m_choice;
    } else if (t == QLatin1String("bool")) {
        m_check = new QCheckBox(this);
        connect(m_check, &QCheckBox::toggled, this, &FieldEditor::edited);
        m_input = m_check;
    } else if (t == QLatin1String("date")) {
        m_dateSet = new QCheckBox(this);
        m_dateSet->setObjectName(QStringLiteral("dateSet"));
        m_dateSet->setToolTip(tr("Set a date; clear the box to leave the date empty."));
        m_date = new QDateEdit(this);
        m_date->setCalendarPopup(true);
        m_date->setDisplayFormat(kDateFormat);
        m_date->setDate(QDate::currentDate());
        m_date->setEnabled(false);
        connect(m_dateSet, &QCheckBox::toggled, m_date, &QWidget::setEnabled);
        connect(m_dateSet, &QCheckBox::toggled, this, &FieldEditor::edited);
        connect(m_date, &QDateEdit::dateChanged, this, &FieldEditor::edited);
        row->addWidget(m_dateSet);
        m_input = m_date;
    } else if (t == QLatin1String("ref")) {
        m_ref = new RefCombo(client, refListMethod, this);
        connect(m_ref, &QComboBox::editTextChanged, this, &FieldEditor::edited);
        m_input = m_ref;
    } else if (t == QLatin1String("text") && field.value(QStringLiteral("maxLength")).toInt() > kMultiLine) {
        m_text = new QPlainTextEdit(this);
        m_text->setTabChangesFocus(true);
        m_text->setFixedHeight(m_text->fontMetrics().lineSpacing() * 3 + 12);
        connect(m_text, &QPlainTextEdit::textChanged, this, &FieldEditor::edited);
        m_input = m_text;
    } else {
        m_line = new QLineEdit(this);
        if (t == QLatin1String("integer"))
            m_line->setValidator(new QRegularExpressionValidator(QRegularExpression(QStringLiteral("-?[0-9]{0,15}")), m_line));
        else if (t == QLatin1String("decimal"))
            m_line->setValidator(
                new QRegularExpressionValidator(QRegularExpression(QStringLiteral("-?[0-9]{0,18}(\\.[0-9]{0,12})?")), m_line));
        else if (field.value(QStringLiteral("maxLength")).toInt() > 0)
            m_line->setMaxLength(field.value(QStringLiteral("maxLength")).toInt());
        if (t == QLatin1String("integer") || t == QLatin1String("decimal")) {
            m_line->setAlignment(Qt::AlignRight);
            m_line->setMaximumWidth(m_line->fontMetrics().horizontalAdvance(QLatin1Char('0')) * 16 + 16);
        }
        connect(m_line, &QLineEdit::textChanged, this, &FieldEditor::edited);
        m_input = m_line;
    }
    m_input->setObjectName(QStringLiteral("input"));
    m_input->setToolTip(DataDictionary::description(field));
    row->addWidget(m_input, t == QLatin1String("integer") || t == QLatin1String("decimal") ? 0 : 1);
    if (m_choice || m_ref || m_date) {
        // Read-only, a disabled box would be greyed out and hard to read: plain text instead.
        m_display = new QLineEdit(this);
        m_display->setObjectName(QStringLiteral("display"));
        m_display->setReadOnly(true);
        m_display->setToolTip(m_input->toolTip());
        m_display->hide();
        row->addWidget(m_display, 1);
    }
    m_unit = new QLabel(this);
    m_unit->setObjectName(QStringLiteral("unit"));
    row->addWidget(m_unit);
    if (t == QLatin1String("integer") || t == QLatin1String("decimal") || t == QLatin1String("date") ||
        t == QLatin1String("bool"))
        row->addStretch(1);
    setUnit(field.value(QStringLiteral("unit")).toString());

    m_problem = makeErrorLabel(this); // hidden, word-wrapped, red
    m_problem->setObjectName(QStringLiteral("problem"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->setSpacing(2);
    layout->addLayout(row);
    layout->addWidget(m_problem);
}

void FieldEditor::setValue(const QJsonValue &value)
{
    const bool empty = value.isNull() || value.isUndefined();
    if (m_choice) {
        m_choice->setCurrentIndex(empty ? (m_choice->findData(QString()) >= 0 ? 0 : -1) : m_choice->findData(value.toString()));
    } else if (m_check) {
        m_check->setChecked(value.toBool());
    } else if (m_date) {
        const QDate d = QDate::fromString(value.toString(), kDateFormat);
        m_dateSet->setChecked(d.isValid());
        m_date->setDate(d.isValid() ? d : QDate::currentDate());
    } else if (m_ref) {
        m_ref->setCode(value.toString());
    } else if (m_text) {
        m_text->setPlainText(value.toString());
    } else if (m_line) {
        m_line->setText(empty ? QString() : value.isString() ? value.toString() : QString::number(value.toInteger()));
    }
}

QJsonValue FieldEditor::value() const
{
    const QJsonValue null(QJsonValue::Null);
    // An empty text is "" where the field's default is "" (descriptions, notes), otherwise null.
    const bool blankIsText = m_field.value(QStringLiteral("default")).isString();
    if (m_choice) {
        const QString v = m_choice->currentData().toString();
        return v.isEmpty() ? null : QJsonValue(v);
    }
    if (m_check) return m_check->isChecked();
    if (m_date) return m_dateSet->isChecked() ? QJsonValue(m_date->date().toString(kDateFormat)) : null;
    if (m_ref) return m_ref->code().isEmpty() ? null : QJsonValue(m_ref->code());
    const QString text = m_text ? m_text->toPlainText() : m_line->text().trimmed();
    // A required text left empty goes as "" so that the server answers "required" (null is a type error).
    const bool required = m_field.value(QStringLiteral("required")).toBool() && type() == QLatin1String("text");
    if (text.isEmpty()) return blankIsText || required ? QJsonValue(QString()) : null;
    if (type() == QLatin1String("integer")) {
        bool ok = false;
        const qint64 n = text.toLongLong(&ok);
        return ok ? QJsonValue(n) : QJsonValue(text); // the server names what is wrong
    }
    return text;
}

void FieldEditor::setEditable(bool editable)
{
    if (m_line) m_line->setReadOnly(!editable);
    if (m_text) m_text->setReadOnly(!editable);
    if (m_check) m_check->setEnabled(editable);
    if (m_dateSet) {
        m_dateSet->setVisible(editable);
        m_date->setEnabled(editable && m_dateSet->isChecked());
    }
    if (m_display) {
        const QJsonValue v = value();
        m_display->setText(m_choice ? DataDictionary::valueLabel(v.toString()) : v.toString());
        m_display->setVisible(!editable);
        m_input->setVisible(editable);
    }
}

void FieldEditor::setUnit(const QString &unit)
{
    m_unit->setText(unit);
    m_unit->setVisible(!unit.isEmpty());
}

void FieldEditor::setProblem(const QString &message)
{
    m_problem->setText(message);
    m_problem->setVisible(!message.isEmpty());
    m_input->setStyleSheet(message.isEmpty() ? QString() : QStringLiteral("border: 1px solid #b00020;"));
}

QString FieldEditor::problem() const
{
    return m_problem->text();
}

} // namespace concord::ui
