#pragma once
#include <QJsonObject>
#include <QJsonValue>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace concord {
class RpcClient;
}

namespace concord::ui {

class RefCombo;

// One field of the generic master-data form, built from its dictionary entry: a line edit for text
// and numbers (the unit shown beside it), a box of translated values for a choice, a date with a
// check box for "set", a check box for yes/no, or the codes of the referenced entity. value() is
// the JSON the server expects (decimals as text, null when empty); the server validates it.
class FieldEditor : public QWidget
{
    Q_OBJECT
public:
    // `refListMethod`: for a reference, the list method of the referenced entity ("uom.list"), or
    // empty when its codes cannot be offered.
    FieldEditor(const QJsonObject &field, RpcClient *client, const QString &refListMethod, QWidget *parent = nullptr);

    QString name() const { return m_field.value(QStringLiteral("name")).toString(); }
    const QJsonObject &field() const { return m_field; }
    void setValue(const QJsonValue &value);
    QJsonValue value() const;
    void setEditable(bool editable);
    // The unit of a value whose unit is another field (a BOM line's quantity in its unit).
    void setUnit(const QString &unit);
    // A problem with the value (translated), shown under it in red; empty clears it.
    void setProblem(const QString &message);
    QString problem() const;
    QWidget *input() const { return m_input; }

Q_SIGNALS:
    // The value changed (also when set by setValue(): the form ignores it while it fills itself).
    void edited();

private:
    QString type() const { return m_field.value(QStringLiteral("type")).toString(); }

    QJsonObject m_field;
    QWidget *m_input = nullptr;
    QLineEdit *m_line = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QComboBox *m_choice = nullptr;
    RefCombo *m_ref = nullptr;
    QCheckBox *m_check = nullptr;
    QCheckBox *m_dateSet = nullptr;
    QDateEdit *m_date = nullptr;
    QLineEdit *m_display = nullptr; // read-only view of a choice, reference or date
    QLabel *m_unit = nullptr;
    QLabel *m_problem = nullptr;
};

} // namespace concord::ui
