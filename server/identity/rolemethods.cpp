#include "identity/rolemethods.h"

#include "core/services.h"
#include "events/eventhub.h"
#include "identity/approvalrequest.h"
#include "identity/commissioning.h"
#include "identity/principalloader.h"
#include "rpc/methodregistry.h"
#include "rpc/schema.h"
#include "signature/signatureservice.h"
#include "storage/writecontext.h"

#include <QJsonArray>

namespace concord {

namespace {
const QString kPermissionChange = QStringLiteral("role_permission_change");

QStringList permissionsOf(Sql &sql, qint64 roleId)
{
    QStringList perms;
    for (const QJsonValue &v : sql.rows(QStringLiteral("identity.role_permissions"), {roleId}))
        perms.append(v.toObject().value(QStringLiteral("permission")).toString());
    return perms;
}

QJsonObject roleView(Sql &sql, qint64 id)
{
    const auto row = sql.one(QStringLiteral("identity.role_by_id"), {id});
    if (!row)
        throw RpcError::make(QStringLiteral("not_found"), {{QStringLiteral("recordType"), QStringLiteral("role")}, {QStringLiteral("recordId"), QString::number(id)}});
    QJsonObject r = Sql::toJson(*row);
    r.insert(QStringLiteral("permissions"), QJsonArray::fromStringList(permissionsOf(sql, id)));
    // A permission change waiting for a second person's approval (or null).
    const QJsonObject pending = approvals::pendingFor(sql, kPermissionChange, id);
    r.insert(QStringLiteral("pendingChange"), pending.isEmpty() ? QJsonValue() : QJsonValue(pending));
    return r;
}

// Every permission a role can hold: method permissions plus signing rights per record type and meaning.
QStringList knownPermissions(const Services &s)
{
    QStringList all = s.registry.permissions();
    for (const QString &t : s.signatures.types())
        for (const QString &perm : s.signatures.find(t)->meanings)
            all.append(perm);
    all.removeDuplicates();
    all.sort();
    return all;
}

// The requested permission set: known, sorted, without duplicates; throws validation.failed.
QStringList checkedPermissions(const Services &s, const QJsonArray &perms)
{
    const QStringList known = knownPermissions(s);
    QList<FieldError> errors;
    for (qsizetype i = 0; i < perms.size(); ++i)
        if (!known.contains(perms.at(i).toString()))
            errors.append({QStringLiteral("params.permissions[%1]").arg(i), QStringLiteral("unknown"),
                           QStringLiteral("%1 is not a permission of this server").arg(perms.at(i).toString())});
    if (!errors.isEmpty())
        throw RpcError::validation(errors);
    QStringList unique;
    for (const QJsonValue &v : perms)
        unique.append(v.toString());
    unique.sort();
    unique.removeDuplicates();
    return unique;
}

// A change of a role's permissions changes who may do and sign what: it becomes a request that
// another person approves (approvalrequest.h). Nothing is requested when the set stays the same.
void requestPermissions(WriteContext &ctx, const Services &s, qint64 roleId, const QString &roleName, const QJsonArray &perms, const QString &reason)
{
    const QStringList wanted = checkedPermissions(s, perms);
    QStringList current = permissionsOf(ctx.sql(), roleId);
    current.sort();
    if (wanted == current && approvals::pendingFor(ctx.sql(), kPermissionChange, roleId).isEmpty())
        return;
    approvals::request(ctx, kPermissionChange, roleId, roleName, QJsonArray::fromStringList(current), QJsonArray::fromStringList(wanted), reason);
}

QStringList toList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

// "+a, -b" between two permission sets.
QString delta(const QStringList &before, const QStringList &after)
{
    QStringList parts;
    for (const QString &p : after)
        if (!before.contains(p))
            parts.append(QLatin1Char('+') + p);
    for (const QString &p : before)
        if (!after.contains(p))
            parts.append(QLatin1Char('-') + p);
    return parts.isEmpty() ? QStringLiteral("no change") : parts.join(QStringLiteral(", "));
}
} // namespace

ApprovalKind rolePermissionChangeKind()
{
    ApprovalKind k;
    k.recordType = kPermissionChange;
    k.summary = [](const QJsonObject &r) {
        return QStringLiteral("Permissions of role %1: %2")
            .arg(r.value(QStringLiteral("subjectName")).toString(), delta(toList(r.value(QStringLiteral("oldValue"))), toList(r.value(QStringLiteral("newValue")))));
    };
    // During commissioning the first administrator may approve changes of roles they do not hold
    // themselves: never a right for their own account.
    k.waivable = [](Sql &sql, qint64 signer, const QJsonObject &r) {
        const auto role = sql.one(QStringLiteral("identity.role_by_id"), {r.value(QStringLiteral("subjectId")).toInteger()});
        return role && !identity::rolesOf(sql, signer).contains(role->value(QStringLiteral("name")).toString()) &&
               commissioning::waives(sql, signer, 0, QStringLiteral("signature:role_permission_change:approved"));
    };
    k.apply = [](WriteContext &ctx, const QJsonObject &r) {
        const qint64 roleId = r.value(QStringLiteral("subjectId")).toInteger();
        const QStringList before = permissionsOf(ctx.sql(), roleId);
        const QStringList after = toList(r.value(QStringLiteral("newValue")));
        ctx.sql().exec(QStringLiteral("identity.role_permission_clear"), {roleId});
        for (const QString &p : after)
            ctx.sql().exec(QStringLiteral("identity.role_permission_add"), {roleId, p});
        ctx.audit(QStringLiteral("update"), QStringLiteral("role"), QString::number(roleId),
                  {{QStringLiteral("permissions"), QJsonArray{QJsonArray::fromStringList(before), QJsonArray::fromStringList(after)}}},
                  QStringLiteral("role permission change %1 approved").arg(r.value(QStringLiteral("id")).toInteger()));
        ctx.emitEvent(QStringLiteral("identity.role"), {{QStringLiteral("roleId"), roleId}});
        commissioning::noteApprovers(ctx);
    };
    return k;
}

void registerRoleMethods(Services &s)
{
    using namespace schema;
    s.events.declareTopic(QStringLiteral("identity.role"), QStringLiteral("user.read"));
    const QJsonObject perms = array(string(100, 1), 500);
    s.registry.add({
        .name = QStringLiteral("role.list"),
        .summary = QStringLiteral("Roles with their permissions."),
        .permission = QStringLiteral("user.read"),
        .kind = MethodKind::Read,
        .read =
            [](ReadContext &ctx, const QJsonObject &) {
                QJsonArray out;
                for (const QJsonValue &v : ctx.sql().rows(QStringLiteral("identity.role_list")))
                    out.append(roleView(ctx.sql(), v.toObject().value(QStringLiteral("id")).toInteger()));
                return QJsonObject{{QStringLiteral("roles"), out}};
            },
    });
    s.registry.add({
        .name = QStringLiteral("role.permissions"),
        .summary = QStringLiteral("Every permission a role can be given."),
        .permission = QStringLiteral("user.read"),
        .kind = MethodKind::Inline,
        .audit = AuditPolicy::exempt(QStringLiteral("lists the permissions a role can hold; changes nothing")),
        .inlineHandler = [&s](const CallPtr &call) { call->reply(QJsonObject{{QStringLiteral("permissions"), QJsonArray::fromStringList(knownPermissions(s))}}); },
    });
    s.registry.add({
        .name = QStringLiteral("role.create"),
        .summary = QStringLiteral("Creates a role without permissions; the permissions asked for become a role permission change that "
                                  "another person must approve (pendingChange)."),
        .permission = QStringLiteral("role.admin"),
        .kind = MethodKind::Write,
        .params = object({{QStringLiteral("name"), pattern(QStringLiteral("[a-z][a-z0-9_-]{1,63}"), 64)}, {QStringLiteral("description"), string(500)},
                          {QStringLiteral("permissions"), perms}, {QStringLiteral("reason"), string(1000, 1)}},
                         {QStringLiteral("name"), QStringLiteral("permissions"), QStringLiteral("reason")}),
        .write =
            [&s](WriteContext &ctx, const QJsonObject &p) {
                const QString name = p.value(QStringLiteral("name")).toString();
                if (ctx.sql().one(QStringLiteral("identity.role_by_name"), {name}))
                    throw RpcError::make(QStringLiteral("conflict.duplicate"), {{QStringLiteral("recordType"), QStringLiteral("role")}, {QStringLiteral("value"), name}});
                const QJsonArray perms = p.value(QStringLiteral("permissions")).toArray();
                checkedPermissions(s, perms);
                const qint64 id = ctx.sql().scalar(QStringLiteral("identity.role_insert"), {name, p.value(QStringLiteral("description")).toString()}).toLongLong();
                QJsonObject created = roleView(ctx.sql(), id);
                created.remove(QStringLiteral("pendingChange"));
                ctx.audit(QStringLiteral("create"), QStringLiteral("role"), QString::number(id), diff({}, created), p.value(QStringLiteral("reason")).toString());
                requestPermissions(ctx, s, id, name, perms, p.value(QStringLiteral("reason")).toString());
                ctx.emitEvent(QStringLiteral("identity.role"), {{QStringLiteral("roleId"), id}});
                return roleView(ctx.sql(), id);
            },
    });
    s.registry.add({
        .name = QStringLiteral("role.update"),
        .summary = QStringLiteral("Changes a role's description at once (rowVersion for optimistic concurrency); new permissions become "
                                  "a role permission change that another person must approve (pendingChange; a pending one is edited)."),
        .permission = QStringLiteral("role.admin"),
        .kind = MethodKind::Write,
        .params = object({{QStringLiteral("roleId"), integer(1)}, {QStringLiteral("rowVersion"), integer(1)}, {QStringLiteral("description"), string(500)},
                          {QStringLiteral("permissions"), perms}, {QStringLiteral("reason"), string(1000, 1)}},
                         {QStringLiteral("roleId"), QStringLiteral("rowVersion"), QStringLiteral("reason")}),
        .write =
            [&s](WriteContext &ctx, const QJsonObject &p) {
                const qint64 id = p.value(QStringLiteral("roleId")).toInteger();
                QJsonObject before = roleView(ctx.sql(), id);
                before.remove(QStringLiteral("pendingChange"));
                const QString description = p.value(QStringLiteral("description")).toString(before.value(QStringLiteral("description")).toString());
                if (ctx.sql().exec(QStringLiteral("identity.role_update"), {description, id, p.value(QStringLiteral("rowVersion")).toInteger()}) != 1)
                    throw RpcError::make(QStringLiteral("conflict"), {{QStringLiteral("recordType"), QStringLiteral("role")}, {QStringLiteral("recordId"), QString::number(id)},
                                                                      {QStringLiteral("currentVersion"), before.value(QStringLiteral("rowVersion"))}});
                QJsonObject after = roleView(ctx.sql(), id);
                after.remove(QStringLiteral("pendingChange"));
                ctx.audit(QStringLiteral("update"), QStringLiteral("role"), QString::number(id), diff(before, after), p.value(QStringLiteral("reason")).toString());
                if (p.contains(QStringLiteral("permissions")))
                    requestPermissions(ctx, s, id, before.value(QStringLiteral("name")).toString(), p.value(QStringLiteral("permissions")).toArray(),
                                       p.value(QStringLiteral("reason")).toString());
                ctx.emitEvent(QStringLiteral("identity.role"), {{QStringLiteral("roleId"), id}});
                return roleView(ctx.sql(), id);
            },
    });
}

} // namespace concord
