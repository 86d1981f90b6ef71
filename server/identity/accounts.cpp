#include "identity/accounts.h"

#include "protocol/rpcerror.h"

#include "alarm/alarms.h"
#include "identity/commissioning.h"
#include "identity/principalloader.h"
#include "storage/writecontext.h"

#include <QJsonArray>

namespace concord::accounts {

namespace {
const QString kUser = QStringLiteral("user");
QJsonValue str(const QString &s) { return QJsonValue(s); }
} // namespace

qint64 create(WriteContext &ctx, const NewUser &u)
{
    if (ctx.sql().one(QStringLiteral("identity.user_by_name"), {u.username}))
        throw RpcError::make(QStringLiteral("rule.user_reserved"), {{QStringLiteral("user"), u.username}});
    const qint64 id = ctx.sql()
                          .scalar(QStringLiteral("identity.user_insert"),
                                  {u.username, u.fullName, u.email, u.kind, u.password.hash, u.password.salt, u.password.iterations,
                                   ctx.now(), int(u.mustChangePassword), ctx.now(), ctx.principal().username})
                          .toLongLong();
    ctx.sql().exec(QStringLiteral("identity.password_history_insert"), {id, u.password.hash, u.password.salt, u.password.iterations, ctx.now()});
    ctx.audit(QStringLiteral("create"), kUser, QString::number(id),
              diff({}, {{QStringLiteral("username"), u.username},
                        {QStringLiteral("fullName"), u.fullName},
                        {QStringLiteral("email"), u.email},
                        {QStringLiteral("kind"), u.kind},
                        {QStringLiteral("mustChangePassword"), u.mustChangePassword}}));
    ctx.emitEvent(QStringLiteral("identity.user"), {{QStringLiteral("userId"), id}, {QStringLiteral("change"), str(QStringLiteral("created"))}});
    return id;
}

QJsonArray endSessions(WriteContext &ctx, qint64 userId, const QString &reason, const QString &keepSessionId)
{
    QJsonArray ended;
    for (const QJsonValue &v : ctx.sql().rows(QStringLiteral("session.open_of_user"), {userId})) {
        const QString id = v.toObject().value(QStringLiteral("id")).toString();
        if (id == keepSessionId)
            continue;
        ctx.sql().exec(QStringLiteral("session.end"), {ctx.now(), reason, id});
        ctx.audit(QStringLiteral("session.ended"), QStringLiteral("session"), id.left(16), {{QStringLiteral("endReason"), QJsonArray{QJsonValue(), reason}}},
                  reason);
        ended.append(id.left(16));
    }
    return ended;
}

void requireRolesExist(Sql &sql, const QStringList &roles, const QString &field)
{
    QList<FieldError> errors;
    for (qsizetype i = 0; i < roles.size(); ++i)
        if (!sql.one(QStringLiteral("identity.role_by_name"), {roles.at(i)}))
            errors.append({QStringLiteral("%1[%2]").arg(field).arg(i), QStringLiteral("unknown"),
                           QStringLiteral("there is no role named %1").arg(roles.at(i))});
    if (!errors.isEmpty())
        throw RpcError::validation(errors);
}

QJsonObject requireUser(Sql &sql, qint64 userId)
{
    const auto row = sql.one(QStringLiteral("identity.user_by_id"), {userId});
    if (!row)
        throw RpcError::make(QStringLiteral("not_found"), {{QStringLiteral("recordType"), kUser}, {QStringLiteral("recordId"), QString::number(userId)}});
    return Sql::toJson(*row);
}

void applyRoles(WriteContext &ctx, qint64 userId, const QStringList &roles, const QString &reason)
{
    requireRolesExist(ctx.sql(), roles, QStringLiteral("roles"));
    const QStringList before = identity::rolesOf(ctx.sql(), userId);
    ctx.sql().exec(QStringLiteral("identity.user_role_clear"), {userId});
    for (const QString &r : roles)
        ctx.sql().exec(QStringLiteral("identity.user_role_add"), {userId, r});
    QStringList after = roles;
    after.sort();
    after.removeDuplicates();
    ctx.audit(QStringLiteral("update"), kUser, QString::number(userId),
              {{QStringLiteral("roles"), QJsonArray{QJsonArray::fromStringList(before), QJsonArray::fromStringList(after)}}}, reason);
    ctx.emitEvent(QStringLiteral("identity.user"), {{QStringLiteral("userId"), userId}, {QStringLiteral("change"), str(QStringLiteral("roles"))}});
    commissioning::noteApprovers(ctx);
}

bool recordFailedAttempt(WriteContext &ctx, qint64 userId, const QString &username, int threshold, const QString &what)
{
    const auto before = ctx.sql().one(QStringLiteral("identity.user_by_id"), {userId});
    if (!before)
        return false;
    const bool wasLocked = before->value(QStringLiteral("locked")).toInt() == 1;
    ctx.sql().exec(QStringLiteral("identity.user_failed_attempt"), {threshold, userId});
    const auto after = ctx.sql().one(QStringLiteral("identity.user_by_id"), {userId});
    const int attempts = after->value(QStringLiteral("failed_attempts")).toInt();
    const bool locked = after->value(QStringLiteral("locked")).toInt() == 1;
    ctx.audit(what, kUser, QString::number(userId),
              {{QStringLiteral("failedAttempts"), QJsonArray{attempts - 1, attempts}}});
    if (locked && !wasLocked) {
        ctx.audit(QStringLiteral("lock"), kUser, QString::number(userId), {{QStringLiteral("locked"), QJsonArray{false, true}}},
                  QStringLiteral("%1 consecutive failed password attempts").arg(attempts));
        alarms::raise(ctx, QStringLiteral("critical"), QStringLiteral("security"), QStringLiteral("security.lockout"),
                      QStringLiteral("Account %1 locked after %2 failed password attempts").arg(username).arg(attempts));
        ctx.emitEvent(QStringLiteral("identity.user"), {{QStringLiteral("userId"), userId}, {QStringLiteral("change"), str(QStringLiteral("locked"))}});
    }
    return locked;
}

} // namespace concord::accounts
