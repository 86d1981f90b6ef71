#pragma once
#include "masterdata/recordeditor.h"

#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace concord::ui {

class ReferenceData;
class RoutingOperationModel;
class RoutingParameterModel;

// The editor of a routing version: code, name, the material it makes, note; the operations (seq,
// name, work centre, set-up and run minutes, qualification, inspection point, second-person
// verification, instructions) and, for the selected operation, its process parameters with their
// limits drawn as a bar. A wrong order of minimum, target and maximum is flagged at once; the
// server decides when the page saves, and its refusals mark the cells.
class RoutingEditor : public RecordEditor
{
    Q_OBJECT
public:
    RoutingEditor(RpcClient *client, QWidget *parent = nullptr);

    void setRecord(const QJsonObject &record, bool editable) override;
    QJsonObject content() const override;
    void showProblems(const QList<QPair<QString, QString>> &pathAndMessage) override;

    bool isEditable() const { return m_editable; }
    RoutingOperationModel *operations() const { return m_operations; }
    RoutingParameterModel *parameters() const { return m_parameters; }
    QTableView *operationTable() const { return m_operationView; }
    QTableView *parameterTable() const { return m_parameterView; }
    ReferenceData *referenceData() const { return m_refs; }
    QLabel *limitsWarning() const { return m_warning; }
    QLabel *problemsLabel() const { return m_problems; }
    // Shows the parameters of this operation (selects its row).
    bool selectOperation(int seq);

private:
    void showOperation();
    void updateWarnings();
    void updateButtons();

    QPointer<RpcClient> m_client;
    ReferenceData *m_refs = nullptr;
    RoutingOperationModel *m_operations = nullptr;
    RoutingParameterModel *m_parameters = nullptr;
    QJsonObject m_record;
    bool m_editable = false;

    QLineEdit *m_code = nullptr;
    QLabel *m_version = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_material = nullptr;
    QLabel *m_materialName = nullptr;
    QLineEdit *m_note = nullptr;
    QPushButton *m_addOperation = nullptr;
    QPushButton *m_removeOperation = nullptr;
    QPushButton *m_addParameter = nullptr;
    QPushButton *m_removeParameter = nullptr;
    QTableView *m_operationView = nullptr;
    QTableView *m_parameterView = nullptr;
    QLabel *m_parameterTitle = nullptr;
    QLabel *m_warning = nullptr;
    QLabel *m_problems = nullptr;
};

} // namespace concord::ui
