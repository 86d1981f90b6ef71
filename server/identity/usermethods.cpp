#include "identity/usermethods.h"

#include "core/cryptopool.h"
#include "core/serverconfig.h"
#include "core/services.h"
#include "events/eventhub.h"
#include "identity/accounts.h"
#include "identity/approvalrequest.h"
#include "identity/commissioning.h"
#include "identity/principalloader.h"
#include "identity/rolechange.h"
#include "identity/rolemethods.h"
#include "rpc/async.h"
#include "rpc/dispatcher.h"
#include "rpc/methodregistry.h"
#include "rpc/schema.h"

#include <QJsonArray>

namespace concord {

namespace {
const QString kUser = QStringLiteral("user");
const QString kUsernamePattern = QStringLiteral("[a-z][a-z0-9._-]{1,63}");

QJsonObject userView(Sql &sql, qint64 id)
{
    QJsonObject u = accounts::requireUser(sql, id);
    u.insert(QStringLiteral("roles"), QJsonArray::fromStringList(identity::rolesOf(sql, id)));
    return u;
}

RpcError conflict(qint64 id, const QJsonValue &current)
{
    return RpcError::make(QStringLiteral("conflict"), {{QStringLiteral("recordType"), kUser}, {QStringLiteral("recordId"), QString::number(id)},
                                                       {QStringLiteral("currentVersion"), current}});
}

// Temporary passwords are hashed on the crypto pool, then written; the clear text is returned once
// to the administrator and must be changed at first login (P11-200a2/3).
void withTemporaryPassword(Services &s, const CallPtr &call, std::function<void(const QString &, const PasswordHash &)> then)
{
    const QString temp = randomPassword();
    const int iterations = s.config.pbkdf2Iterations;
    Services *services = &s;
    s.crypto.run(CryptoPool::Lane::Session, QString(), [services, temp, iterations, then = std::move(then)] {
        const PasswordHash h = PasswordHash::make(temp, iterations);
        QMetaObject::invokeMethod(&services->dispatcher, [then, temp, h] { then(temp, h); }, Qt::QueuedConnection);
    });
    Q_UNUSED(call);
}
const QString kDeactivation = QStringLiteral("user_deactivation");

// The account exists, is active and is not the last administrator; returns it.
QJsonObject requireDeactivatable(Sql &sql, qint64 id)
{
    const QJsonObject user = accounts::requireUser(sql, id);
    if (user.value(QStringLiteral("active")).toInteger() != 1)
        throw RpcError::make(QStringLiteral("rule.record_not_pending"), {{QStringLiteral("recordType"), kUser},
                                                                        {QStringLiteral("recordId"), QString::number(id)},
                                                                        {QStringLiteral("status"), QStringLiteral("inactive")}});
    const auto target = identity::loadPrincipal(sql, id);
    if (target && target->permissions.contains(QStringLiteral("user.admin")) &&
        sql.scalar(QStringLiteral("identity.active_holders_of_permission"), {QStringLiteral("user.admin"), id}).toLongLong() == 0)
        throw RpcError::make(QStringLiteral("rule.last_admin"));
    return user;
}

// The signing rights that make a deactivation need a second person: every approval right the
// user holds, and every signing right nobody else active holds.
QStringList rightsNeedingApproval(Sql &sql, qint64 id)
{
    QStringList out;
    for (const QJsonValue &v : sql.rows(QStringLiteral("identity.signing_rights_of_user"), {id})) {
        const QString right = v.toObject().value(QStringLiteral("permission")).toString();
        if (right.endsWith(QLatin1String(":approved")) ||
            sql.scalar(QStringLiteral("identity.active_holders_of_permission"), {right, id}).toLongLong() == 0)
            out.append(right);
    }
    out.sort();
    return out;
}

void deactivate(WriteContext &ctx, qint64 id, const QString &reason)
{
    const QJsonObject before = requireDeactivatable(ctx.sql(), id);
    ctx.sql().exec(QStringLiteral("identity.user_deactivate"), {ctx.now(), id});
    const QJsonObject after = accounts::requireUser(ctx.sql(), id);
    ctx.audit(QStringLiteral("deactivate"), kUser, QString::number(id), diff(before, after), reason);
    ctx.emitEvent(QStringLiteral("identity.user"), {{QStringLiteral("userId"), id}, {QStringLiteral("change"), QStringLiteral("deactivated")}});
}
} // namespace

ApprovalKind userDeactivationKind()
{
    ApprovalKind k;
    k.recordType = kDeactivation;
    // The subject may consent to their own deactivation: requester and subject are two people.
    k.summary = [](const QJsonObject &r) {
        return QStringLiteral("Deactivate %1 (signing rights: %2)")
            .arg(r.value(QStringLiteral("subjectName")).toString(),
                 r.value(QStringLiteral("oldValue")).toObject().value(QStringLiteral("signingRights")).toVariant().toStringList().join(QStringLiteral(", ")));
    };
    k.waivable = [](Sql &sql, qint64 signer, const QJsonObject &r) {
        return commissioning::waives(sql, signer, r.value(QStringLiteral("subjectId")).toInteger(), QStringLiteral("signature:user_deactivation:approved"));
    };
    k.apply = [](WriteContext &ctx, const QJsonObject &r) {
        deactivate(ctx, r.value(QStringLiteral("subjectId")).toInteger(),
                   QStringLiteral("deactivation %1 approved: %2").arg(r.value(QStringLiteral("id")).toInteger()).arg(r.value(QStringLiteral("reason")).toString()));
    };
    return k;
}

void registerUserMethods(Services &s)
{
    using namespace schema;
    registerRoleChange(s);
    approvals::registerKinds(s, {rolePermissionChangeKind(), userDeactivationKind()});
    s.events.declareTopic(QStringLiteral("identity.user"), QStringLiteral("user.read"));

    s.registry.add({
        .name = QStringLiteral("user.create"),
        .summary = QStringLiteral("Creates an account with a one-time temporary password (returned once; must be changed at first "
                                  "login). Initial roles become a role change that another person must approve."),
        .permission = QStringLiteral("user.admin"),
        .kind = MethodKind::Inline,
        .inlineWrites = true,
        .params = object({{QStringLiteral("username"), pattern(kUsernamePattern, 64)},
                          {QStringLiteral("fullName"), string(200, 1)},
                          {QStringLiteral("email"), string(200)},
                          {QStringLiteral("kind"), oneOf({QStringLiteral("person"), QStringLiteral("device"), QStringLiteral("display")})},
                          {QStringLiteral("roles"), array(string(64, 1), 50)},
                          {QStringLiteral("reason"), string(1000, 1)}},
                         {QStringLiteral("username"), QStringLiteral("fullName"), QStringLiteral("reason")}),
        .inlineHandler =
            [&s](const CallPtr &call) {
                withTemporaryPassword(s, call, [&s, call](const QString &temp, const PasswordHash &hash) {
                    const QJsonObject p = call->params;
                    // Set only if the write really ran: an idempotent replay returns the stored
                    // result, and the one-time password is never stored anywhere.
                    auto ran = std::make_shared<bool>(false);
                    async::write(s, call, QStringLiteral("user.create"), [p, hash, ran](WriteContext &ctx) {
                        *ran = true;
                        accounts::NewUser u;
                        u.username = p.value(QStringLiteral("username")).toString();
                        u.fullName = p.value(QStringLiteral("fullName")).toString();
                        u.email = p.value(QStringLiteral("email")).toString();
                        u.kind = p.value(QStringLiteral("kind")).toString(QStringLiteral("person"));
                        u.password = hash;
                        u.mustChangePassword = true;
                        QStringList roles;
                        for (const QJsonValue &v : p.value(QStringLiteral("roles")).toArray())
                            roles.append(v.toString());
                        accounts::requireRolesExist(ctx.sql(), roles, QStringLiteral("params.roles"));
                        const qint64 id = accounts::create(ctx, u);
                        QJsonObject out{{QStringLiteral("user"), userView(ctx.sql(), id)}};
                        if (!roles.isEmpty())
                            out.insert(QStringLiteral("roleChangeId"), requestRoleChange(ctx, id, roles, p.value(QStringLiteral("reason")).toString()));
                        return out;
                    }, [call, temp, ran](QJsonObject r) {
                        if (*ran)
                            r.insert(QStringLiteral("temporaryPassword"), temp);
                        call->reply(r);
                    });
                });
            },
    });
    s.registry.add({
        .name = QStringLiteral("user.update"),
        .summary = QStringLiteral("Changes a user's name or e-mail (optimistic concurrency with rowVersion)."),
        .permission = QStringLiteral("user.admin"),
        .kind = MethodKind::Write,
        .params = object({{QStringLiteral("userId"), integer(1)}, {QStringLiteral("rowVersion"), integer(1)},
                          {QStringLiteral("fullName"), string(200, 1)}, {QStringLiteral("email"), string(200)},
                          {QStringLiteral("reason"), string(1000, 1)}},
                         {QStringLiteral("userId"), QStringLiteral("rowVersion"), QStringLiteral("reason")}),
        .write =
            [](WriteContext &ctx, const QJsonObject &p) {
                const qint64 id = p.value(QStringLiteral("userId")).toInteger();
                const QJsonObject before = accounts::requireUser(ctx.sql(), id);
                const QString fullName = p.value(QStringLiteral("fullName")).toString(before.value(QStringLiteral("fullName")).toString());
                const QString email = p.contains(QStringLiteral("email")) ? p.value(QStringLiteral("email")).toString()
                                                                          : before.value(QStringLiteral("email")).toString();
                if (ctx.sql().exec(QStringLiteral("identity.user_update_profile"), {fullName, email, id, p.value(QStringLiteral("rowVersion")).toInteger()}) != 1)
                    throw conflict(id, before.value(QStringLiteral("rowVersion")));
                const QJsonObject after = accounts::requireUser(ctx.sql(), id);
                ctx.audit(QStringLiteral("update"), kUser, QString::number(id), diff(before, after), p.value(QStringLiteral("reason")).toString());
                ctx.emitEvent(QStringLiteral("identity.user"), {{QStringLiteral("userId"), id}, {QStringLiteral("change"), QStringLiteral("profile")}});
                return userView(ctx.sql(), id);
            },
    });
    s.registry.add({
        .name = QStringLiteral("user.deactivate"),
        .summary = QStringLiteral("Deactivates an account at once (its sessions end; the user ID stays reserved forever) — or, if it holds "
                                  "an approval right or is the last holder of a signing right, requests that (deactivationRequest): "
                                  "another person must approve it."),
        .permission = QStringLiteral("user.admin"),
        .kind = MethodKind::Write,
        .params = object({{QStringLiteral("userId"), integer(1)}, {QStringLiteral("reason"), string(1000, 1)}},
                         {QStringLiteral("userId"), QStringLiteral("reason")}),
        .write =
            [](WriteContext &ctx, const QJsonObject &p) {
                const qint64 id = p.value(QStringLiteral("userId")).toInteger();
                const QString reason = p.value(QStringLiteral("reason")).toString();
                const QJsonObject before = requireDeactivatable(ctx.sql(), id);
                const QStringList rights = rightsNeedingApproval(ctx.sql(), id);
                if (rights.isEmpty()) {
                    deactivate(ctx, id, reason);
                    return userView(ctx.sql(), id);
                }
                // Taking away an approval right or the last holder of a signing right needs a
                // second person: the account stays active until the request is approved.
                QJsonObject out = userView(ctx.sql(), id);
                out.insert(QStringLiteral("deactivationRequest"),
                           approvals::request(ctx, kDeactivation, id, before.value(QStringLiteral("username")).toString(),
                                              QJsonObject{{QStringLiteral("active"), true}, {QStringLiteral("signingRights"), QJsonArray::fromStringList(rights)}},
                                              QJsonObject{{QStringLiteral("active"), false}}, reason));
                return out;
            },
    });
    s.registry.add({
        .name = QStringLiteral("user.unlock"),
        .summary = QStringLiteral("Unlocks an account locked after failed attempts."),
        .permission = QStringLiteral("user.admin"),
        .kind = MethodKind::Write,
        .params = object({{QStringLiteral("userId"), integer(1)}, {QStringLiteral("reason"), string(1000, 1)}},
                         {QStringLiteral("userId"), QStringLiteral("reason")}),
        .write =
            [](WriteContext &ctx, const QJsonObject &p) {
                const qint64 id = p.value(QStringLiteral("userId")).toInteger();
                const QJsonObject before = accounts::requireUser(ctx.sql(), id);
                ctx.sql().exec(QStringLiteral("identity.user_unlock"), {id});
                ctx.audit(QStringLiteral("unlock"), kUser, QString::number(id), diff(before, accounts::requireUser(ctx.sql(), id)),
                          p.value(QStringLiteral("reason")).toString());
                ctx.emitEvent(QStringLiteral("identity.user"), {{QStringLiteral("userId"), id}, {QStringLiteral("change"), QStringLiteral("unlocked")}});
                return userView(ctx.sql(), id);
            },
    });
    s.registry.add({
        .name = QStringLiteral("user.resetPassword"),
        .summary = QStringLiteral("Sets a one-time temporary password (returned once), unlocks the account and forces a change at next login."),
        .permission = QStringLiteral("user.admin"),
        .kind = MethodKind::Inline,
        .inlineWrites = true,
        .params = object({{QStringLiteral("userId"), integer(1)}, {QStringLiteral("reason"), string(1000, 1)}},
                         {QStringLiteral("userId"), QStringLiteral("reason")}),
        .inlineHandler =
            [&s](const CallPtr &call) {
                withTemporaryPassword(s, call, [&s, call](const QString &temp, const PasswordHash &hash) {
                    const QJsonObject p = call->params;
                    auto ran = std::make_shared<bool>(false);
                    async::write(s, call, QStringLiteral("user.resetPassword"), [p, hash, ran](WriteContext &ctx) {
                        *ran = true;
                        const qint64 id = p.value(QStringLiteral("userId")).toInteger();
                        const QJsonObject before = accounts::requireUser(ctx.sql(), id);
                        if (id == ctx.principal().userId)
                            throw RpcError::make(QStringLiteral("rule.separation_of_duties"),
                                                 {{QStringLiteral("firstRole"), QStringLiteral("administrator")}, {QStringLiteral("secondRole"), QStringLiteral("account owner")}});
                        ctx.sql().exec(QStringLiteral("identity.user_set_password"), {hash.hash, hash.salt, hash.iterations, ctx.now(), 1, id});
                        ctx.sql().exec(QStringLiteral("identity.password_history_insert"), {id, hash.hash, hash.salt, hash.iterations, ctx.now()});
                        const QJsonObject after = accounts::requireUser(ctx.sql(), id);
                        ctx.audit(QStringLiteral("auth.password_reset"), kUser, QString::number(id), diff(before, after), p.value(QStringLiteral("reason")).toString());
                        // A reset means the account may be in the wrong hands: every session ends now.
                        const QJsonArray ended = accounts::endSessions(ctx, id, QStringLiteral("password reset"));
                        ctx.emitEvent(QStringLiteral("identity.user"), {{QStringLiteral("userId"), id},
                                                                        {QStringLiteral("change"), QStringLiteral("password_reset")},
                                                                        {QStringLiteral("endedSessions"), ended}});
                        return QJsonObject{{QStringLiteral("user"), userView(ctx.sql(), id)}};
                    }, [call, temp, ran](QJsonObject r) {
                        if (*ran)
                            r.insert(QStringLiteral("temporaryPassword"), temp);
                        call->reply(r);
                    });
                });
            },
    });
    s.registry.add({
        .name = QStringLiteral("user.list"),
        .summary = QStringLiteral("Accounts with their roles (no password data)."),
        .permission = QStringLiteral("user.read"),
        .kind = MethodKind::Read,
        .params = object({{QStringLiteral("includeInactive"), boolean()}}),
        .read =
            [](ReadContext &ctx, const QJsonObject &p) {
                QJsonArray users = ctx.sql().rows(QStringLiteral("identity.user_list"), {int(p.value(QStringLiteral("includeInactive")).toBool())});
                for (qsizetype i = 0; i < users.size(); ++i) {
                    QJsonObject u = users.at(i).toObject();
                    u.insert(QStringLiteral("roles"), QJsonArray::fromStringList(identity::rolesOf(ctx.sql(), u.value(QStringLiteral("id")).toInteger())));
                    users.replace(i, u);
                }
                return QJsonObject{{QStringLiteral("users"), users}};
            },
    });
    s.registry.add({
        .name = QStringLiteral("user.get"),
        .summary = QStringLiteral("One account with its roles."),
        .permission = QStringLiteral("user.read"),
        .kind = MethodKind::Read,
        .params = object({{QStringLiteral("userId"), integer(1)}}, {QStringLiteral("userId")}),
        .read = [](ReadContext &ctx, const QJsonObject &p) { return userView(ctx.sql(), p.value(QStringLiteral("userId")).toInteger()); },
    });
}

} // namespace concord
