#include "identity/usermodel.h"

#include <QJsonArray>

namespace concord::ui {

namespace {
const QString kTopic = QStringLiteral("identity.user");

QString rolesText(const QJsonObject &user)
{
    QStringList roles;
    for (const QJsonValue &v : user.value(QStringLiteral("roles")).toArray())
        roles.append(v.toString());
    return roles.join(QStringLiteral(", "));
}
} // namespace

UserModel::UserModel(RpcClient *client, QObject *parent)
    : RecordListModel(client,
                      {kTopic, QStringLiteral("userId"), QStringLiteral("user.list"), QStringLiteral("users"),
                       QStringLiteral("user.get"), QStringLiteral("userId")},
                      parent)
{
}

void UserModel::setIncludeInactive(bool include)
{
    if (include == m_includeInactive) return;
    m_includeInactive = include;
    reload();
}

int UserModel::rowOfUsername(const QString &username) const
{
    for (int row = 0; row < rowCount(); ++row)
        if (record(row).value(QStringLiteral("username")).toString() == username) return row;
    return -1;
}

QJsonObject UserModel::listParams() const
{
    return {{QStringLiteral("includeInactive"), m_includeInactive}};
}

bool UserModel::lessThan(const QJsonObject &a, const QJsonObject &b) const
{
    return a.value(QStringLiteral("username")).toString() < b.value(QStringLiteral("username")).toString();
}

bool UserModel::belongs(const QJsonObject &user) const
{
    return m_includeInactive || status(user) != QLatin1String("inactive");
}

QString UserModel::status(const QJsonObject &user)
{
    if (user.value(QStringLiteral("active")).toInteger() != 1) return QStringLiteral("inactive");
    if (user.value(QStringLiteral("locked")).toInteger() == 1) return QStringLiteral("locked");
    return QStringLiteral("active");
}

QString UserModel::statusText(const QJsonObject &user)
{
    const QString s = status(user);
    if (s == QLatin1String("inactive")) return tr("Deactivated");
    if (s == QLatin1String("locked")) return tr("Locked");
    if (user.value(QStringLiteral("mustChangePassword")).toInteger() == 1)
        return tr("Active, must change password");
    return tr("Active");
}

int UserModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant UserModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= rowCount()) return {};
    const QJsonObject u = record(index.row());
    switch (role) {
    case IdRole:
        return u.value(QStringLiteral("id")).toInteger();
    case UsernameRole:
        return u.value(QStringLiteral("username")).toString();
    case RowVersionRole:
        return u.value(QStringLiteral("rowVersion")).toInt();
    case StatusRole:
        return status(u);
    case UserRole:
        return u;
    case Qt::ToolTipRole:
        if (index.column() == RolesColumn) return rolesText(u);
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case UsernameColumn:
        return u.value(QStringLiteral("username")).toString();
    case NameColumn:
        return u.value(QStringLiteral("fullName")).toString();
    case EmailColumn:
        return u.value(QStringLiteral("email")).toString();
    case KindColumn: {
        const QString kind = u.value(QStringLiteral("kind")).toString();
        if (kind == QLatin1String("person")) return tr("Person");
        if (kind == QLatin1String("device")) return tr("Device");
        if (kind == QLatin1String("display")) return tr("Display");
        return kind;
    }
    case RolesColumn:
        return rolesText(u);
    case StatusColumn:
        return statusText(u);
    default:
        return {};
    }
}

QVariant UserModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return RecordListModel::headerData(section, orientation, role);
    switch (section) {
    case UsernameColumn:
        return tr("User ID");
    case NameColumn:
        return tr("Name");
    case EmailColumn:
        return tr("E-mail");
    case KindColumn:
        return tr("Kind");
    case RolesColumn:
        return tr("Roles");
    case StatusColumn:
        return tr("Status");
    default:
        return {};
    }
}

} // namespace concord::ui
