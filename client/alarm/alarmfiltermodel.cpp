#include "alarm/alarmfiltermodel.h"

#include "core/alarmmodel.h"

namespace concord::ui {

namespace {
int severityRank(const QString &s)
{
    if (s == QLatin1String("critical")) return 3;
    if (s == QLatin1String("warning")) return 2;
    return 1;
}
} // namespace

void AlarmFilterModel::setSeverity(const QString &severity)
{
    if (severity == m_severity) return;
    m_severity = severity;
    invalidateFilter();
}

bool AlarmFilterModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    if (m_severity.isEmpty()) return true;
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    return i.data(AlarmModel::SeverityRole).toString() == m_severity;
}

bool AlarmFilterModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    switch (left.column()) {
    case AlarmModel::RaisedAtColumn:
        return left.data(AlarmModel::IdRole).toLongLong() < right.data(AlarmModel::IdRole).toLongLong();
    case AlarmModel::SeverityColumn:
        return severityRank(left.data(AlarmModel::SeverityRole).toString()) <
               severityRank(right.data(AlarmModel::SeverityRole).toString());
    case AlarmModel::AcknowledgedAtColumn:
        return left.data(AlarmModel::AcknowledgedAtRole).toDateTime() <
               right.data(AlarmModel::AcknowledgedAtRole).toDateTime();
    default:
        return QSortFilterProxyModel::lessThan(left, right);
    }
}

} // namespace concord::ui
