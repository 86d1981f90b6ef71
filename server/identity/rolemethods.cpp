#include "identity/rolemethods.h"

#include "core/services.h"
#include "events/eventhub.h"
#include "rpc/methodregistry.h"
#include "rpc/schema.h"
#include "signature/signatureservice.h"
#include "storage/writecontext.h"

#include <QJsonArray>

namespace concord {

namespace {
QJsonObject roleView(Sql &sql, qint64 id)
{
    const auto row = sql.one(QStringLiteral("identity.role_by_id"), {id});
    if (!row)
        throw RpcError::make(QStringLiteral("not_found"), {{QStringLiteral("recordType"), QStringLiteral("role")}, {QStringLiteral("recordId"), QString::number(id)}});
    QJsonObject r = Sql::toJson(*row);
    QJsonArray perms;
    for (const QJsonValue &v : sql.rows(QStringLiteral("identity.role_permissions"), {id}))
        perms.append(v.toObject().value(QStringLiteral("permission")));
    r.insert(QStringLiteral("permissions"), perms);
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

void setPermissions(WriteContext &ctx, const Services &s, qint64 roleId, const QJsonArray &perms)
{
    const QStringList known = knownPermissions(s);
    QList<FieldError> errors;
    for (qsizetype i = 0; i < perms.size(); ++i)
        if (!known.contains(perms.at(i).toString()))
            errors.append({QStringLiteral("params.permissions[%1]").arg(i), QStringLiteral("unknown"),
                           QStringLiteral("%1 is not a permission of this server").arg(perms.at(i).toString())});
    if (!errors.isEmpty())
        throw RpcError::validation(errors);
    ctx.sql().exec(QStringLiteral("identity.role_permission_clear"), {roleId});
    QStringList unique;
    for (const QJsonValue &v : perms)
        unique.append(v.toString());
    unique.removeDuplicates();
    for (const QString &p : unique)
        ctx.sql().exec(QStringLiteral("identity.role_permission_add"), {roleId, p});
}
} // namespace

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
        .inlineHandler = [&s](const CallPtr &call) { call->reply(QJsonObject{{QStringLiteral("permissions"), QJsonArray::fromStringList(knownPermissions(s))}}); },
    });
    s.registry.add({
        .name = QStringLiteral("role.create"),
        .summary = QStringLiteral("Creates a role with a set of permissions."),
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
                const qint64 id = ctx.sql().scalar(QStringLiteral("identity.role_insert"), {name, p.value(QStringLiteral("description")).toString()}).toLongLong();
                setPermissions(ctx, s, id, p.value(QStringLiteral("permissions")).toArray());
                const QJsonObject after = roleView(ctx.sql(), id);
                ctx.audit(QStringLiteral("create"), QStringLiteral("role"), QString::number(id), diff({}, after), p.value(QStringLiteral("reason")).toString());
                ctx.emitEvent(QStringLiteral("identity.role"), {{QStringLiteral("roleId"), id}});
                return after;
            },
    });
    s.registry.add({
        .name = QStringLiteral("role.update"),
        .summary = QStringLiteral("Changes a role's description and permissions (rowVersion for optimistic concurrency)."),
        .permission = QStringLiteral("role.admin"),
        .kind = MethodKind::Write,
        .params = object({{QStringLiteral("roleId"), integer(1)}, {QStringLiteral("rowVersion"), integer(1)}, {QStringLiteral("description"), string(500)},
                          {QStringLiteral("permissions"), perms}, {QStringLiteral("reason"), string(1000, 1)}},
                         {QStringLiteral("roleId"), QStringLiteral("rowVersion"), QStringLiteral("reason")}),
        .write =
            [&s](WriteContext &ctx, const QJsonObject &p) {
                const qint64 id = p.value(QStringLiteral("roleId")).toInteger();
                const QJsonObject before = roleView(ctx.sql(), id);
                const QString description = p.value(QStringLiteral("description")).toString(before.value(QStringLiteral("description")).toString());
                if (ctx.sql().exec(QStringLiteral("identity.role_update"), {description, id, p.value(QStringLiteral("rowVersion")).toInteger()}) != 1)
                    throw RpcError::make(QStringLiteral("conflict"), {{QStringLiteral("recordType"), QStringLiteral("role")}, {QStringLiteral("recordId"), QString::number(id)},
                                                                      {QStringLiteral("currentVersion"), before.value(QStringLiteral("rowVersion"))}});
                if (p.contains(QStringLiteral("permissions")))
                    setPermissions(ctx, s, id, p.value(QStringLiteral("permissions")).toArray());
                const QJsonObject after = roleView(ctx.sql(), id);
                ctx.audit(QStringLiteral("update"), QStringLiteral("role"), QString::number(id), diff(before, after), p.value(QStringLiteral("reason")).toString());
                ctx.emitEvent(QStringLiteral("identity.role"), {{QStringLiteral("roleId"), id}});
                return after;
            },
    });
}

} // namespace concord
