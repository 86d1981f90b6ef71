#pragma once
#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace concord::ui {

class ReferenceData;

// The operations of a routing version, one row each in the order of their sequence numbers as
// loaded: seq, name, work centre, set-up and run minutes (decimal text), qualification, inspection
// point, second-person verification, instructions. Editable while the version is a draft.
class RoutingOperationModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SeqColumn,
        NameColumn,
        WorkCentreColumn,
        SetupColumn,
        RunColumn,
        QualificationColumn,
        InspectionColumn,
        SecondPersonColumn,
        InstructionsColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        ProblemRole = Qt::UserRole + 1, // QString: the server's refusal on this cell
        SeqRole,                        // int
    };

    explicit RoutingOperationModel(const ReferenceData *refs, QObject *parent = nullptr);

    void setOperations(const QJsonArray &operations, bool editable);
    QJsonArray operations() const;
    QJsonObject operation(int row) const { return m_rows.value(row); }
    int seqAt(int row) const;
    int rowOfSeq(int seq) const;

    int addOperation(); // the next sequence number in steps of 10; returns its row
    void removeOperation(int row);

    void setProblem(int row, Column column, const QString &message);
    void clearProblems();
    // Operations whose parameters have problems show it on their sequence number.
    void setParameterProblems(const QSet<int> &seqs);
    void referenceDataChanged();

    static QString fieldName(Column column);
    static int columnOfField(const QString &field);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

Q_SIGNALS:
    void edited();
    void seqChanged(int oldSeq, int newSeq);
    void operationRemoved(int seq);

private:
    const ReferenceData *m_refs = nullptr;
    QList<QJsonObject> m_rows;
    QList<QHash<int, QString>> m_problems;
    QSet<int> m_parameterProblems;
    bool m_editable = false;
};

} // namespace concord::ui
