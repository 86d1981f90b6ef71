#pragma once
#include <QSortFilterProxyModel>

namespace concord::ui {

// The alarm board's view of AlarmModel: only alarms still active (not acknowledged), critical
// first, then warning, then info, and within a severity the newest first. Rows come and go in
// place as the source model is updated by events.
class ActiveAlarmsModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    explicit ActiveAlarmsModel(QObject *parent = nullptr);

    // How many active alarms have this severity ("critical", "warning", "info").
    int count(const QString &severity) const;
    static int severityRank(const QString &severity); // 0 = most urgent

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;
};

} // namespace concord::ui
