#pragma once
#include <QJsonObject>
#include <QWidget>

namespace concord {
class RpcClient;
}

namespace concord::ui {

// Shows and edits the content of one master-data record or version: the generic form built from
// the data dictionary for most entities, dedicated editors for BOMs (tree) and routings
// (operations + parameter limits). The page around it owns loading, saving, history and diff.
class RecordEditor : public QWidget
{
    Q_OBJECT
public:
    using QWidget::QWidget;
    // `record` as served by <entity>.get (fields, bookkeeping, child arrays); empty for a new one.
    virtual void setRecord(const QJsonObject &record, bool editable) = 0;
    // The `data` to send to <entity>.create / .update / .saveDraft (fields and child arrays).
    virtual QJsonObject content() const = 0;
    // Field paths of a validation.failed answer ("params.data.lines[2].qtyPer") to point at.
    virtual void showProblems(const QList<QPair<QString, QString>> &pathAndMessage) = 0;

signals:
    void edited(); // the user changed something since setRecord()
};

// The editor for an entity: `entity` is the dictionary entry of dictionary.get (name, fields …),
// `dictionary` the whole answer (child entities, referenced entities).
RecordEditor *createRecordEditor(const QJsonObject &entity, const QJsonObject &dictionary, RpcClient *client, QWidget *parent);

} // namespace concord::ui
