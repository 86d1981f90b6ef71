#pragma once
#include "core/datadictionary.h"
#include "masterdata/recordeditor.h"

#include <QList>
#include <QPointer>

class QLabel;

namespace concord::ui {

class ChildRowsTable;
class FieldEditor;

// The generic RecordEditor, built from the data dictionary alone: one FieldEditor per field (label
// translated, "*" for required, the description as tool tip) and one ChildRowsTable per child
// entity. The code can be typed only for a new record (codes never change), and not at all where
// the server numbers them. Problems of a validation.failed answer appear under their fields.
class EntityForm : public RecordEditor
{
    Q_OBJECT
public:
    EntityForm(const QJsonObject &entity, const QJsonObject &dictionary, RpcClient *client, QWidget *parent = nullptr);

    void setRecord(const QJsonObject &record, bool editable) override;
    QJsonObject content() const override;
    void showProblems(const QList<QPair<QString, QString>> &pathAndMessage) override;

    FieldEditor *fieldEditor(const QString &name) const; // nullptr for an unknown field
    ChildRowsTable *rowsTable(const QString &member) const;
    QLabel *fieldLabel(const QString &name) const;

private:
    void updateUnits();

    QJsonObject m_entity;
    DataDictionary m_dictionary;
    QList<FieldEditor *> m_fields;
    QList<QLabel *> m_labels;
    QList<ChildRowsTable *> m_rows;
    QLabel *m_otherProblems = nullptr;
    bool m_filling = false;
};

} // namespace concord::ui
