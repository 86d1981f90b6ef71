#include "masterdata/routingoperationmodel.h"

#include "masterdata/decimalvalidator.h"
#include "masterdata/referencedata.h"

#include <QBrush>
#include <QColor>
#include <algorithm>

namespace concord::ui {

namespace {
const QColor kProblemBackground(0xff, 0xd7, 0xd7);
const QColor kProblemText(0x8b, 0x00, 0x00);

bool isBool(int column)
{
    return column == RoutingOperationModel::InspectionColumn ||
           column == RoutingOperationModel::SecondPersonColumn;
}

bool isDecimal(int column)
{
    return column == RoutingOperationModel::SetupColumn || column == RoutingOperationModel::RunColumn;
}
} // namespace

RoutingOperationModel::RoutingOperationModel(const ReferenceData *refs, QObject *parent)
    : QAbstractTableModel(parent), m_refs(refs)
{
}

QString RoutingOperationModel::fieldName(Column column)
{
    switch (column) {
    case SeqColumn:
        return QStringLiteral("seq");
    case NameColumn:
        return QStringLiteral("name");
    case WorkCentreColumn:
        return QStringLiteral("workCentre");
    case SetupColumn:
        return QStringLiteral("setupMinutes");
    case RunColumn:
        return QStringLiteral("runMinutes");
    case QualificationColumn:
        return QStringLiteral("qualification");
    case InspectionColumn:
        return QStringLiteral("inspectionPoint");
    case SecondPersonColumn:
        return QStringLiteral("secondPerson");
    case InstructionsColumn:
        return QStringLiteral("instructions");
    case ColumnCount:
        break;
    }
    return {};
}

int RoutingOperationModel::columnOfField(const QString &field)
{
    for (int c = 0; c < ColumnCount; ++c)
        if (fieldName(Column(c)) == field) return c;
    return -1;
}

void RoutingOperationModel::setOperations(const QJsonArray &operations, bool editable)
{
    beginResetModel();
    m_rows.clear();
    for (const QJsonValue &v : operations)
        m_rows.append(v.toObject());
    m_problems = QList<QHash<int, QString>>(m_rows.size());
    m_parameterProblems.clear();
    m_editable = editable;
    endResetModel();
}

QJsonArray RoutingOperationModel::operations() const
{
    QJsonArray out;
    for (const QJsonObject &o : m_rows) {
        QJsonObject op;
        for (int c = 0; c < ColumnCount; ++c) {
            const QString key = fieldName(Column(c));
            const QJsonValue v = o.value(key);
            if (!v.isUndefined() && !v.isNull()) op.insert(key, v);
        }
        out.append(op);
    }
    return out;
}

int RoutingOperationModel::seqAt(int row) const
{
    return m_rows.value(row).value(QStringLiteral("seq")).toInt();
}

int RoutingOperationModel::rowOfSeq(int seq) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (seqAt(row) == seq) return row;
    return -1;
}

int RoutingOperationModel::addOperation()
{
    int maxSeq = 0;
    for (int row = 0; row < m_rows.size(); ++row)
        maxSeq = std::max(maxSeq, seqAt(row));
    const int row = int(m_rows.size());
    beginInsertRows({}, row, row);
    m_rows.append({{QStringLiteral("seq"), maxSeq / 10 * 10 + 10},
                   {QStringLiteral("name"), QString()},
                   {QStringLiteral("workCentre"), QString()},
                   {QStringLiteral("setupMinutes"), QStringLiteral("0")},
                   {QStringLiteral("runMinutes"), QStringLiteral("0")},
                   {QStringLiteral("qualification"), QString()},
                   {QStringLiteral("inspectionPoint"), false},
                   {QStringLiteral("secondPerson"), false},
                   {QStringLiteral("instructions"), QString()}});
    m_problems.append(QHash<int, QString>());
    endInsertRows();
    Q_EMIT edited();
    return row;
}

void RoutingOperationModel::removeOperation(int row)
{
    if (row < 0 || row >= m_rows.size()) return;
    const int seq = seqAt(row);
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    m_problems.removeAt(row);
    endRemoveRows();
    Q_EMIT operationRemoved(seq);
    Q_EMIT edited();
}

void RoutingOperationModel::setProblem(int row, Column column, const QString &message)
{
    if (row < 0 || row >= m_rows.size()) return;
    m_problems[row].insert(column, message);
    Q_EMIT dataChanged(index(row, column), index(row, column));
}

void RoutingOperationModel::clearProblems()
{
    for (auto &p : m_problems)
        p.clear();
    m_parameterProblems.clear();
    if (!m_rows.isEmpty()) Q_EMIT dataChanged(index(0, 0), index(int(m_rows.size()) - 1, ColumnCount - 1));
}

void RoutingOperationModel::setParameterProblems(const QSet<int> &seqs)
{
    m_parameterProblems = seqs;
    if (!m_rows.isEmpty()) Q_EMIT dataChanged(index(0, SeqColumn), index(int(m_rows.size()) - 1, SeqColumn));
}

void RoutingOperationModel::referenceDataChanged()
{
    if (!m_rows.isEmpty())
        Q_EMIT dataChanged(index(0, WorkCentreColumn), index(int(m_rows.size()) - 1, WorkCentreColumn));
}

int RoutingOperationModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int RoutingOperationModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoutingOperationModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) return {};
    const QJsonObject &op = m_rows.at(index.row());
    const int column = index.column();
    const QJsonValue value = op.value(fieldName(Column(column)));
    QString problem = m_problems.at(index.row()).value(column);
    if (problem.isEmpty() && column == SeqColumn && m_parameterProblems.contains(seqAt(index.row())))
        problem = tr("The process parameters of this operation have problems.");
    switch (role) {
    case Qt::DisplayRole:
        if (isBool(column)) return {};
        if (column == SeqColumn) return value.toInt();
        return value.toString();
    case Qt::EditRole:
        if (isBool(column)) return value.toBool();
        if (column == SeqColumn) return value.toInt();
        return value.toString();
    case Qt::CheckStateRole:
        if (isBool(column)) return value.toBool() ? Qt::Checked : Qt::Unchecked;
        return {};
    case Qt::ToolTipRole:
        if (!problem.isEmpty()) return problem;
        if (column == WorkCentreColumn && m_refs)
            return m_refs->workCentreName(value.toString()); // the code is shown
        return {};
    case Qt::BackgroundRole:
        return problem.isEmpty() ? QVariant() : QVariant(QBrush(kProblemBackground));
    case Qt::ForegroundRole:
        return problem.isEmpty() ? QVariant() : QVariant(QBrush(kProblemText));
    case Qt::TextAlignmentRole:
        if (column == SeqColumn || isDecimal(column)) return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ProblemRole:
        return problem;
    case SeqRole:
        return seqAt(index.row());
    }
    return {};
}

bool RoutingOperationModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!(flags(index) & (Qt::ItemIsEditable | Qt::ItemIsUserCheckable))) return false;
    const int column = index.column();
    QJsonValue v;
    if (isBool(column)) {
        if (role != Qt::CheckStateRole) return false;
        v = value.toInt() == Qt::Checked;
    } else {
        if (role != Qt::EditRole) return false;
        if (column == SeqColumn)
            v = value.toInt();
        else if (isDecimal(column))
            v = DecimalValidator::canonical(value.toString());
        else
            v = value.toString().trimmed();
    }
    QJsonObject &op = m_rows[index.row()];
    const QString key = fieldName(Column(column));
    if (op.value(key) == v) return true;
    const int oldSeq = seqAt(index.row());
    op.insert(key, v);
    m_problems[index.row()].remove(column);
    Q_EMIT dataChanged(index, index);
    if (column == SeqColumn) Q_EMIT seqChanged(oldSeq, v.toInt());
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags RoutingOperationModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (!m_editable) return f;
    return f | (isBool(index.column()) ? Qt::ItemIsUserCheckable : Qt::ItemIsEditable);
}

QVariant RoutingOperationModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal) return {};
    if (role == Qt::ToolTipRole) {
        if (section == SetupColumn) return tr("Standard set-up time per order, in minutes");
        if (section == RunColumn) return tr("Standard run time per unit, in minutes");
        if (section == SecondPersonColumn) return tr("A second person must verify the step");
        if (section == InspectionColumn) return tr("Results must be inspected before the next operation");
        return {};
    }
    if (role != Qt::DisplayRole) return {};
    switch (section) {
    case SeqColumn:
        return tr("Seq");
    case NameColumn:
        return tr("Operation");
    case WorkCentreColumn:
        return tr("Work centre");
    case SetupColumn:
        return tr("Set-up (min)");
    case RunColumn:
        return tr("Run (min)");
    case QualificationColumn:
        return tr("Qualification");
    case InspectionColumn:
        return tr("Inspection");
    case SecondPersonColumn:
        return tr("Second person");
    case InstructionsColumn:
        return tr("Instructions");
    }
    return {};
}

} // namespace concord::ui
