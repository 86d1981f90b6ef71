#include "masterdata/routingparametermodel.h"

#include "masterdata/decimalvalidator.h"
#include "masterdata/parameterlimits.h"

#include <QBrush>
#include <QColor>

namespace concord::ui {

namespace {
const QColor kProblemBackground(0xff, 0xd7, 0xd7);
const QColor kProblemText(0x8b, 0x00, 0x00);

bool isLimit(int column)
{
    return column == RoutingParameterModel::MinimumColumn || column == RoutingParameterModel::TargetColumn ||
           column == RoutingParameterModel::MaximumColumn;
}
} // namespace

RoutingParameterModel::RoutingParameterModel(QObject *parent) : QAbstractTableModel(parent) {}

QString RoutingParameterModel::fieldName(Column column)
{
    switch (column) {
    case NameColumn:
        return QStringLiteral("name");
    case MinimumColumn:
        return QStringLiteral("minimum");
    case TargetColumn:
        return QStringLiteral("target");
    case MaximumColumn:
        return QStringLiteral("maximum");
    case UnitColumn:
        return QStringLiteral("unit");
    case LimitsColumn:
    case ColumnCount:
        break;
    }
    return {};
}

int RoutingParameterModel::columnOfField(const QString &field)
{
    for (int c = 0; c < ColumnCount; ++c)
        if (!field.isEmpty() && fieldName(Column(c)) == field) return c;
    return -1;
}

void RoutingParameterModel::setParameters(const QJsonArray &parameters, bool editable)
{
    beginResetModel();
    m_all.clear();
    for (const QJsonValue &v : parameters)
        m_all.append(v.toObject());
    m_problems = QList<QHash<int, QString>>(m_all.size());
    m_editable = editable;
    m_visible.clear();
    for (int i = 0; i < m_all.size(); ++i)
        if (m_all.at(i).value(QStringLiteral("operation")).toInt() == m_seq) m_visible.append(i);
    endResetModel();
}

QJsonArray RoutingParameterModel::parameters() const
{
    QJsonArray out;
    for (const QJsonObject &p : m_all) {
        QJsonObject o{{QStringLiteral("operation"), p.value(QStringLiteral("operation")).toInt()}};
        for (int c = 0; c < LimitsColumn; ++c) {
            const QString key = fieldName(Column(c));
            const QString v = p.value(key).toString();
            // An empty limit is no limit: the field is left out.
            if (!v.isEmpty() || key == QLatin1String("name") || key == QLatin1String("unit"))
                o.insert(key, v);
        }
        out.append(o);
    }
    return out;
}

void RoutingParameterModel::rebuild()
{
    beginResetModel();
    m_visible.clear();
    for (int i = 0; i < m_all.size(); ++i)
        if (m_all.at(i).value(QStringLiteral("operation")).toInt() == m_seq) m_visible.append(i);
    endResetModel();
}

void RoutingParameterModel::setOperation(int seq)
{
    if (seq == m_seq) return;
    m_seq = seq;
    rebuild();
}

int RoutingParameterModel::addParameter()
{
    if (m_seq <= 0) return -1;
    const int row = int(m_visible.size());
    beginInsertRows({}, row, row);
    m_all.append({{QStringLiteral("operation"), m_seq},
                  {QStringLiteral("name"), QString()},
                  {QStringLiteral("minimum"), QString()},
                  {QStringLiteral("target"), QString()},
                  {QStringLiteral("maximum"), QString()},
                  {QStringLiteral("unit"), QString()}});
    m_problems.append(QHash<int, QString>());
    m_visible.append(int(m_all.size()) - 1);
    endInsertRows();
    Q_EMIT edited();
    return row;
}

void RoutingParameterModel::removeParameter(int row)
{
    const int flat = flatIndex(row);
    if (flat < 0) return;
    beginResetModel(); // flat indexes after it shift
    m_all.removeAt(flat);
    m_problems.removeAt(flat);
    m_visible.clear();
    for (int i = 0; i < m_all.size(); ++i)
        if (m_all.at(i).value(QStringLiteral("operation")).toInt() == m_seq) m_visible.append(i);
    endResetModel();
    Q_EMIT edited();
}

void RoutingParameterModel::renumberOperation(int oldSeq, int newSeq)
{
    for (QJsonObject &p : m_all)
        if (p.value(QStringLiteral("operation")).toInt() == oldSeq)
            p.insert(QStringLiteral("operation"), newSeq);
    if (m_seq == oldSeq) m_seq = newSeq;
    rebuild();
}

void RoutingParameterModel::removeOperation(int seq)
{
    for (int i = int(m_all.size()) - 1; i >= 0; --i)
        if (m_all.at(i).value(QStringLiteral("operation")).toInt() == seq) {
            m_all.removeAt(i);
            m_problems.removeAt(i);
        }
    rebuild();
}

int RoutingParameterModel::operationOfFlat(int flat) const
{
    return m_all.value(flat).value(QStringLiteral("operation")).toInt();
}

void RoutingParameterModel::setProblem(int flat, Column column, const QString &message)
{
    if (flat < 0 || flat >= m_all.size()) return;
    m_problems[flat].insert(column, message);
    const int row = rowOfFlat(flat);
    if (row >= 0) Q_EMIT dataChanged(index(row, column), index(row, LimitsColumn));
}

void RoutingParameterModel::clearProblems()
{
    for (auto &p : m_problems)
        p.clear();
    if (!m_visible.isEmpty())
        Q_EMIT dataChanged(index(0, 0), index(int(m_visible.size()) - 1, ColumnCount - 1));
}

QSet<int> RoutingParameterModel::operationsWithProblems() const
{
    QSet<int> out;
    for (int i = 0; i < m_all.size(); ++i)
        if (!m_problems.at(i).isEmpty()) out.insert(operationOfFlat(i));
    return out;
}

QStringList RoutingParameterModel::warnings() const
{
    QStringList out;
    for (const int flat : m_visible) {
        const QJsonObject &p = m_all.at(flat);
        const ParameterLimits limits = ParameterLimits::of(p);
        if (!limits.isOk())
            out.append(tr("%1: %2").arg(p.value(QStringLiteral("name")).toString(), limits.warning()));
    }
    return out;
}

int RoutingParameterModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_visible.size());
}

int RoutingParameterModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant RoutingParameterModel::data(const QModelIndex &index, int role) const
{
    const int flat = flatIndex(index.row());
    if (!index.isValid() || flat < 0) return {};
    const QJsonObject &p = m_all.at(flat);
    const int column = index.column();
    const QString problem = m_problems.at(flat).value(column);
    const ParameterLimits limits = ParameterLimits::of(p);
    const bool warned = (isLimit(column) && limits.flags(fieldName(Column(column)))) ||
                        (column == LimitsColumn && !limits.isOk());
    const QString warning = warned ? limits.warning() : QString();
    switch (role) {
    case Qt::DisplayRole:
    case Qt::EditRole:
        if (column == LimitsColumn) return limits.text();
        return p.value(fieldName(Column(column))).toString();
    case Qt::ToolTipRole:
        if (!problem.isEmpty()) return problem;
        if (!warning.isEmpty()) return warning;
        return {};
    case Qt::BackgroundRole:
        if (!problem.isEmpty() || !warning.isEmpty()) return QBrush(kProblemBackground);
        return {};
    case Qt::ForegroundRole:
        if (!problem.isEmpty() || !warning.isEmpty()) return QBrush(kProblemText);
        return {};
    case Qt::TextAlignmentRole:
        if (isLimit(column)) return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    case ProblemRole:
        return problem;
    case WarningRole:
        return warning;
    case LimitsOkRole:
        return limits.isOk();
    case TargetPermilleRole:
        return limits.targetPermille();
    }
    return {};
}

bool RoutingParameterModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    const int flat = flatIndex(index.row());
    if (role != Qt::EditRole || flat < 0 || !(flags(index) & Qt::ItemIsEditable)) return false;
    const int column = index.column();
    const QString key = fieldName(Column(column));
    const QString v =
        isLimit(column) ? DecimalValidator::canonical(value.toString()) : value.toString().trimmed();
    QJsonObject &p = m_all[flat];
    if (p.value(key).toString() == v) return true;
    p.insert(key, v);
    m_problems[flat].remove(column);
    // A limit changes the check of the others and the bar: the whole row.
    Q_EMIT dataChanged(this->index(index.row(), 0), this->index(index.row(), ColumnCount - 1));
    Q_EMIT edited();
    return true;
}

Qt::ItemFlags RoutingParameterModel::flags(const QModelIndex &index) const
{
    if (!index.isValid()) return Qt::NoItemFlags;
    Qt::ItemFlags f = Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    if (m_editable && index.column() != LimitsColumn) f |= Qt::ItemIsEditable;
    return f;
}

QVariant RoutingParameterModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole) return {};
    switch (section) {
    case NameColumn:
        return tr("Parameter");
    case MinimumColumn:
        return tr("Minimum");
    case TargetColumn:
        return tr("Target");
    case MaximumColumn:
        return tr("Maximum");
    case UnitColumn:
        return tr("Unit");
    case LimitsColumn:
        return tr("Limits");
    }
    return {};
}

} // namespace concord::ui
