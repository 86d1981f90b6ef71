#pragma once
#include <QSortFilterProxyModel>

namespace concord::ui {

// Filters alarms by severity ("" = all) and sorts by the model's roles rather than display text.
class AlarmFilterModel : public QSortFilterProxyModel
{
    Q_OBJECT
public:
    using QSortFilterProxyModel::QSortFilterProxyModel;
    void setSeverity(const QString &severity);
    QString severity() const { return m_severity; }

protected:
    bool filterAcceptsRow(int sourceRow, const QModelIndex &sourceParent) const override;
    bool lessThan(const QModelIndex &left, const QModelIndex &right) const override;

private:
    QString m_severity;
};

} // namespace concord::ui
