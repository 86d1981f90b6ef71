#include "kiosk/activealarmsmodel.h"

#include "core/alarmmodel.h"

namespace concord::ui {

ActiveAlarmsModel::ActiveAlarmsModel(QObject *parent) : QSortFilterProxyModel(parent)
{
    setDynamicSortFilter(true);
    sort(0, Qt::AscendingOrder);
}

int ActiveAlarmsModel::severityRank(const QString &severity)
{
    if (severity == QLatin1String("critical")) return 0;
    if (severity == QLatin1String("warning")) return 1;
    if (severity == QLatin1String("info")) return 2;
    return 3;
}

int ActiveAlarmsModel::count(const QString &severity) const
{
    int n = 0;
    for (int row = 0; row < rowCount(); ++row) {
        if (index(row, 0).data(AlarmModel::SeverityRole).toString() == severity) ++n;
    }
    return n;
}

bool ActiveAlarmsModel::filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const
{
    const QModelIndex i = sourceModel()->index(sourceRow, 0, sourceParent);
    return i.data(AlarmModel::StateRole).toString() == QLatin1String("active");
}

bool ActiveAlarmsModel::lessThan(const QModelIndex &left, const QModelIndex &right) const
{
    const int l = severityRank(left.data(AlarmModel::SeverityRole).toString());
    const int r = severityRank(right.data(AlarmModel::SeverityRole).toString());
    if (l != r) return l < r;
    return left.data(AlarmModel::IdRole).toLongLong() > right.data(AlarmModel::IdRole).toLongLong();
}

} // namespace concord::ui
