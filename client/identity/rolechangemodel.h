#pragma once
#include "core/recordlistmodel.h"

namespace concord::ui {

// Role changes for the Role changes tab, newest first: roleChange.list (all, or one status), kept
// current from identity.role_change events (requested, edited, applied by an approval signature,
// cancelled).
class RoleChangeModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column {
        IdColumn,
        UserColumn,
        OldRolesColumn,
        NewRolesColumn,
        ReasonColumn,
        RequestedByColumn,
        RequestedAtColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        StatusRole,                // "pending" | "applied" | "cancelled"
        RowVersionRole,            // int: the version a signature binds to
        ChangeRole,                // the whole role change as QJsonObject
    };
    Q_ENUM(Role)

    explicit RoleChangeModel(RpcClient *client, QObject *parent = nullptr);

    QString statusFilter() const { return m_status; }
    void setStatusFilter(const QString &status); // empty = all

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString rolesText(const QJsonValue &roles);

protected:
    QJsonObject listParams() const override;
    bool lessThan(const QJsonObject &a, const QJsonObject &b) const override;
    bool belongs(const QJsonObject &change) const override;

private:
    QString m_status;
};

} // namespace concord::ui
