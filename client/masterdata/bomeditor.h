#pragma once
#include "masterdata/recordeditor.h"

#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTreeView;

namespace concord::ui {

class BomTreeModel;
class ReferenceData;

// The editor of a BOM version: material, base quantity and note, and the lines as a tree in which
// a component with a BOM of its own opens to that BOM's lines (read-only, any depth). A draft can
// be edited — lines added, removed, moved, the component picked from the materials, quantities as
// decimal text, the unit from the units of the component's dimension; any other version is shown
// read-only. The server checks everything when the page saves; its refusals mark the cells.
class BomEditor : public RecordEditor
{
    Q_OBJECT
public:
    BomEditor(RpcClient *client, QWidget *parent = nullptr);

    void setRecord(const QJsonObject &record, bool editable) override;
    QJsonObject content() const override;
    void showProblems(const QList<QPair<QString, QString>> &pathAndMessage) override;

    bool isEditable() const { return m_editable; }
    BomTreeModel *model() const { return m_model; }
    QTreeView *tree() const { return m_tree; }
    ReferenceData *referenceData() const { return m_refs; }
    QLabel *problemsLabel() const { return m_problems; }
    // Opens every component that has a BOM, level after level as their lines arrive.
    void expandAll();

private:
    void updateHeader();
    void updateButtons();
    void expandLoaded(const QModelIndex &parent);
    int currentLine() const;

    QPointer<RpcClient> m_client;
    ReferenceData *m_refs = nullptr;
    BomTreeModel *m_model = nullptr;
    QJsonObject m_record;
    bool m_editable = false;
    bool m_expandAll = false;

    QLineEdit *m_code = nullptr;
    QLabel *m_materialName = nullptr;
    QLabel *m_version = nullptr;
    QLineEdit *m_baseQuantity = nullptr;
    QLabel *m_baseUnit = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_remove = nullptr;
    QPushButton *m_up = nullptr;
    QPushButton *m_down = nullptr;
    QPushButton *m_expand = nullptr;
    QTreeView *m_tree = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace concord::ui
