#pragma once
#include <QAbstractTableModel>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSet>

namespace concord::ui {

// The process parameters of a routing version. It holds all of them, flat as the server has them
// (each names its operation by seq), and shows the rows of one operation at a time: name,
// minimum, target, maximum, unit and the limits drawn as a bar. A wrong order of the limits is
// flagged on the cells at once (WarningRole), before the server refuses it; the server's own
// refusals mark cells too (ProblemRole).
class RoutingParameterModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        NameColumn,
        MinimumColumn,
        TargetColumn,
        MaximumColumn,
        UnitColumn,
        LimitsColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        ProblemRole = Qt::UserRole + 1, // QString: the server's refusal on this cell
        WarningRole,                    // QString: the limits are in the wrong order (this cell is involved)
        LimitsOkRole,                   // bool
        TargetPermilleRole,             // int 0‥1000, -1 if unknown
    };

    explicit RoutingParameterModel(QObject *parent = nullptr);

    void setParameters(const QJsonArray &parameters, bool editable);
    QJsonArray parameters() const; // all operations', in their order
    void setOperation(int seq);    // shows this operation's parameters
    int operation() const { return m_seq; }

    int addParameter(); // to the operation shown; returns its row
    void removeParameter(int row);
    void renumberOperation(int oldSeq, int newSeq);
    void removeOperation(int seq);

    int flatIndex(int row) const { return m_visible.value(row, -1); }
    int rowOfFlat(int flat) const { return int(m_visible.indexOf(flat)); }
    int operationOfFlat(int flat) const;
    void setProblem(int flat, Column column, const QString &message);
    void clearProblems();
    QSet<int> operationsWithProblems() const;
    // The limit warnings of the operation shown, one line per parameter, translated.
    QStringList warnings() const;

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

private:
    void rebuild();

    QList<QJsonObject> m_all;
    QList<QHash<int, QString>> m_problems; // per flat index
    QList<int> m_visible;                  // flat indexes of the operation shown
    int m_seq = -1;
    bool m_editable = false;
};

} // namespace concord::ui
