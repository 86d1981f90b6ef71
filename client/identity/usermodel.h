#pragma once
#include "core/recordlistmodel.h"

namespace concord::ui {

// The accounts for the Users tab: user.list (optionally with deactivated accounts), kept current
// from identity.user events (created, profile, roles, locked, unlocked, deactivated, password reset).
class UserModel : public RecordListModel
{
    Q_OBJECT
public:
    enum Column {
        UsernameColumn,
        NameColumn,
        EmailColumn,
        KindColumn,
        RolesColumn,
        StatusColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        UsernameRole,
        RowVersionRole, // int
        StatusRole,     // "active" | "locked" | "inactive"
        UserRole,       // the whole account as QJsonObject
    };
    Q_ENUM(Role)

    explicit UserModel(RpcClient *client, QObject *parent = nullptr);

    bool includeInactive() const { return m_includeInactive; }
    void setIncludeInactive(bool include);
    int rowOfUsername(const QString &username) const;

    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    static QString status(const QJsonObject &user); // "active" | "locked" | "inactive"
    static QString statusText(const QJsonObject &user);

protected:
    QJsonObject listParams() const override;
    bool lessThan(const QJsonObject &a, const QJsonObject &b) const override;
    bool belongs(const QJsonObject &user) const override;

private:
    bool m_includeInactive = false;
};

} // namespace concord::ui
