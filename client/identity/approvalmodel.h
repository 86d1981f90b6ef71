#pragma once
#include "core/recordlistmodel.h"

namespace concord::ui {

// Requests that change who may sign — a role's permissions (role_permission_change) and the
// deactivation of an approver (user_deactivation) — for the Approvals tab, newest first:
// approvalRequest.list (all, or one status), kept current from identity.approval events.
class ApprovalModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column { IdColumn, KindColumn, SubjectColumn, ChangeColumn, StatusColumn, RequestedByColumn, RequestedAtColumn, ReasonColumn, ColumnCount };
    Q_ENUM(Column)
    enum Role { IdRole = Qt::UserRole + 1, RequestRole };
    Q_ENUM(Role)

    explicit ApprovalModel(RpcClient *client, QObject *parent = nullptr);

    QString statusFilter() const { return m_status; }
    void setStatusFilter(const QString &status); // empty = all

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    // "Role permissions" / "Deactivation".
    static QString kindText(const QString &recordType);
    // What the request changes, in words: "+a, −b" for permissions, "deactivate" for an account.
    static QString changeText(const QJsonObject &request);

protected:
    QJsonObject listParams() const override;
    bool lessThan(const QJsonObject &a, const QJsonObject &b) const override;
    bool belongs(const QJsonObject &request) const override;

private:
    QString m_status;
};

} // namespace concord::ui
