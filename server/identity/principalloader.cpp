#include "identity/principalloader.h"

#include <QJsonArray>

namespace concord::identity {

std::optional<Principal> loadPrincipal(Sql &sql, qint64 userId)
{
    const auto user = sql.one(QStringLiteral("identity.user_by_id"), {userId});
    if (!user)
        return std::nullopt;
    Principal p;
    p.userId = userId;
    p.username = user->value(QStringLiteral("username")).toString();
    p.fullName = user->value(QStringLiteral("full_name")).toString();
    p.kind = user->value(QStringLiteral("kind")).toString();
    p.mustChangePassword = user->value(QStringLiteral("must_change_password")).toInt() == 1;
    QSqlQuery &q = sql.run(QStringLiteral("identity.permissions_of_user"), {userId});
    while (q.next())
        p.permissions.insert(q.value(0).toString());
    q.finish();
    p.roles = rolesOf(sql, userId);
    return p;
}

QStringList rolesOf(Sql &sql, qint64 userId)
{
    QStringList roles;
    QSqlQuery &q = sql.run(QStringLiteral("identity.roles_of_user"), {userId});
    while (q.next())
        roles.append(q.value(0).toString());
    q.finish();
    roles.sort();
    return roles;
}

Principal principalFromJson(const QJsonObject &user, const QString &peer)
{
    Principal p;
    p.userId = user.value(QStringLiteral("id")).toInteger();
    p.username = user.value(QStringLiteral("username")).toString();
    p.fullName = user.value(QStringLiteral("fullName")).toString();
    p.kind = user.value(QStringLiteral("kind")).toString();
    p.mustChangePassword = user.value(QStringLiteral("mustChangePassword")).toBool();
    for (const QJsonValue &v : user.value(QStringLiteral("roles")).toArray())
        p.roles.append(v.toString());
    for (const QJsonValue &v : user.value(QStringLiteral("permissions")).toArray())
        p.permissions.insert(v.toString());
    p.peer = peer;
    return p;
}

QJsonObject principalJson(const Principal &p)
{
    QStringList perms(p.permissions.begin(), p.permissions.end());
    perms.sort();
    return {{QStringLiteral("id"), p.userId},
            {QStringLiteral("username"), p.username},
            {QStringLiteral("fullName"), p.fullName},
            {QStringLiteral("kind"), p.kind},
            {QStringLiteral("roles"), QJsonArray::fromStringList(p.roles)},
            {QStringLiteral("permissions"), QJsonArray::fromStringList(perms)}};
}

} // namespace concord::identity
