#include "identity/rolechange.h"

#include "core/services.h"
#include "events/eventhub.h"
#include "identity/accounts.h"
#include "identity/commissioning.h"
#include "identity/principalloader.h"
#include "rpc/methodregistry.h"
#include "rpc/schema.h"
#include "signature/signaturemethods.h"
#include "signature/signatureservice.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace concord {

namespace {
const QString kType = QStringLiteral("role_change");
const QString kApprove = QStringLiteral("signature:role_change:approved");

QStringList toList(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}

QJsonObject load(Sql &sql, qint64 id)
{
    const auto row = sql.one(QStringLiteral("identity.role_change_get"), {id});
    if (!row)
        throw RpcError::make(QStringLiteral("not_found"), {{QStringLiteral("recordType"), kType}, {QStringLiteral("recordId"), QString::number(id)}});
    return Sql::toJson(*row);
}

std::optional<RecordSnapshot> snapshot(Sql &sql, const QString &recordId)
{
    bool ok = false;
    const qint64 id = recordId.toLongLong(&ok);
    const auto row = ok ? sql.one(QStringLiteral("identity.role_change_get"), {id}) : std::nullopt;
    if (!row)
        return std::nullopt;
    const QJsonObject rc = Sql::toJson(*row);
    RecordSnapshot s;
    s.version = int(rc.value(QStringLiteral("rowVersion")).toInteger());
    // The signed content: what is changed, for whom, why and by whom — not the workflow status.
    s.content = {{QStringLiteral("id"), rc.value(QStringLiteral("id"))},
                 {QStringLiteral("userId"), rc.value(QStringLiteral("userId"))},
                 {QStringLiteral("username"), rc.value(QStringLiteral("username"))},
                 {QStringLiteral("oldRoles"), rc.value(QStringLiteral("oldRoles"))},
                 {QStringLiteral("newRoles"), rc.value(QStringLiteral("newRoles"))},
                 {QStringLiteral("reason"), rc.value(QStringLiteral("reason"))},
                 {QStringLiteral("requestedBy"), rc.value(QStringLiteral("requestedBy"))},
                 {QStringLiteral("requestedAt"), rc.value(QStringLiteral("requestedAt"))},
                 {QStringLiteral("version"), s.version}};
    // The subject never approves their own roles; the requester and whoever edited the request are
    // its content editors in the audit trail.
    s.authors = {rc.value(QStringLiteral("userId")).toInteger()};
    s.audited = {{kType, recordId, QString()}};
    s.state = rc.value(QStringLiteral("status")).toString();
    s.signable = s.state == QLatin1String("pending");
    s.summary = QStringLiteral("Roles of %1: %2 -> %3")
                    .arg(rc.value(QStringLiteral("username")).toString(), toList(rc.value(QStringLiteral("oldRoles"))).join(QStringLiteral(", ")),
                         toList(rc.value(QStringLiteral("newRoles"))).join(QStringLiteral(", ")));
    return s;
}

QJsonObject withSignatures(Sql &sql, const SignatureService &sigs, QJsonObject rc)
{
    rc.insert(QStringLiteral("signatures"), signaturesWithValidity(sql, sigs, kType, QString::number(rc.value(QStringLiteral("id")).toInteger())));
    return rc;
}

void requirePending(const QJsonObject &rc)
{
    if (rc.value(QStringLiteral("status")).toString() != QLatin1String("pending"))
        throw RpcError::make(QStringLiteral("rule.record_not_pending"), {{QStringLiteral("recordType"), kType},
                                                                        {QStringLiteral("recordId"), QString::number(rc.value(QStringLiteral("id")).toInteger())},
                                                                        {QStringLiteral("status"), rc.value(QStringLiteral("status"))}});
}
} // namespace

// Creates a pending role change (also used by user.create with initial roles).
qint64 requestRoleChange(WriteContext &ctx, qint64 userId, QStringList roles, const QString &reason)
{
    accounts::requireUser(ctx.sql(), userId);
    roles.sort();
    roles.removeDuplicates();
    accounts::requireRolesExist(ctx.sql(), roles, QStringLiteral("params.roles"));
    const QStringList old = identity::rolesOf(ctx.sql(), userId);
    const QString oldJson = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(old)).toJson(QJsonDocument::Compact));
    const QString newJson = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(roles)).toJson(QJsonDocument::Compact));
    const qint64 id = ctx.sql()
                          .scalar(QStringLiteral("identity.role_change_insert"), {userId, oldJson, newJson, reason, ctx.principal().userId, ctx.now()})
                          .toLongLong();
    ctx.audit(QStringLiteral("create"), kType, QString::number(id),
              diff({}, {{QStringLiteral("userId"), userId},
                        {QStringLiteral("oldRoles"), QJsonArray::fromStringList(old)},
                        {QStringLiteral("newRoles"), QJsonArray::fromStringList(roles)},
                        {QStringLiteral("status"), QStringLiteral("pending")}}),
              reason);
    ctx.emitEvent(QStringLiteral("identity.role_change"), {{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("pending")}});
    return id;
}

void registerRoleChange(Services &s)
{
    SignableType type;
    type.recordType = kType;
    type.meanings = {{QStringLiteral("reviewed"), QStringLiteral("signature:role_change:reviewed")}, {QStringLiteral("approved"), kApprove}};
    type.secondPersonMeanings = {QStringLiteral("reviewed"), QStringLiteral("approved")};
    type.load = snapshot;
    // Commissioning (a one-time state, see commissioning.h): the first administrator may approve a
    // change for someone else (never for themselves); the audit row says so.
    type.waiveSecondPerson = [](Sql &sql, qint64 signer, const RecordSnapshot &snap) {
        return commissioning::waives(sql, signer, snap.content.value(QStringLiteral("userId")).toInteger(), kApprove);
    };
    type.onSigned = [](WriteContext &ctx, const QString &recordId, const QString &meaning, const RecordSnapshot &snap) {
        if (meaning != QLatin1String("approved"))
            return;
        const qint64 userId = snap.content.value(QStringLiteral("userId")).toInteger();
        accounts::applyRoles(ctx, userId, toList(snap.content.value(QStringLiteral("newRoles"))),
                             QStringLiteral("role change %1 approved").arg(recordId));
        ctx.sql().exec(QStringLiteral("identity.role_change_decide"), {QStringLiteral("applied"), ctx.now(), recordId.toLongLong()});
        ctx.audit(QStringLiteral("update"), kType, recordId, {{QStringLiteral("status"), QJsonArray{QStringLiteral("pending"), QStringLiteral("applied")}}});
        ctx.emitEvent(QStringLiteral("identity.role_change"), {{QStringLiteral("id"), recordId.toLongLong()}, {QStringLiteral("status"), QStringLiteral("applied")}});
    };
    s.signatures.registerType(type);
    s.events.declareTopic(QStringLiteral("identity.role_change"), QStringLiteral("rolechange.read"));

    using namespace schema;
    const QJsonObject roles = array(string(64, 1), 50);
    s.registry.add({
        .name = QStringLiteral("roleChange.request"),
        .summary = QStringLiteral("Requests new roles for a user; they take effect when another person signs the request \"approved\"."),
        .permission = QStringLiteral("user.admin"),
        .kind = MethodKind::Write,
        .params = object({{QStringLiteral("userId"), integer(1)}, {QStringLiteral("roles"), roles}, {QStringLiteral("reason"), string(1000, 1)}},
                         {QStringLiteral("userId"), QStringLiteral("roles"), QStringLiteral("reason")}),
        .write =
            [&s](WriteContext &ctx, const QJsonObject &p) {
                const qint64 id = requestRoleChange(ctx, p.value(QStringLiteral("userId")).toInteger(), toList(p.value(QStringLiteral("roles"))),
                                                    p.value(QStringLiteral("reason")).toString());
                return withSignatures(ctx.sql(), s.signatures, load(ctx.sql(), id));
            },
    });
    s.registry.add({
        .name = QStringLiteral("roleChange.update"),
        .summary = QStringLiteral("Edits a pending role change (new version: earlier signatures become invalid)."),
        .permission = QStringLiteral("user.admin"),
        .kind = MethodKind::Write,
        .params = object({{QStringLiteral("id"), integer(1)}, {QStringLiteral("rowVersion"), integer(1)}, {QStringLiteral("roles"), roles},
                          {QStringLiteral("reason"), string(1000, 1)}},
                         {QStringLiteral("id"), QStringLiteral("rowVersion"), QStringLiteral("roles"), QStringLiteral("reason")}),
        .write =
            [&s](WriteContext &ctx, const QJsonObject &p) {
                const qint64 id = p.value(QStringLiteral("id")).toInteger();
                const QJsonObject before = load(ctx.sql(), id);
                requirePending(before);
                QStringList newRoles = toList(p.value(QStringLiteral("roles")));
                newRoles.sort();
                newRoles.removeDuplicates();
                accounts::requireRolesExist(ctx.sql(), newRoles, QStringLiteral("params.roles"));
                const QString json = QString::fromUtf8(QJsonDocument(QJsonArray::fromStringList(newRoles)).toJson(QJsonDocument::Compact));
                if (ctx.sql().exec(QStringLiteral("identity.role_change_update"),
                                   {json, p.value(QStringLiteral("reason")).toString(), id, p.value(QStringLiteral("rowVersion")).toInteger()}) != 1)
                    throw RpcError::make(QStringLiteral("conflict"), {{QStringLiteral("recordType"), kType}, {QStringLiteral("recordId"), QString::number(id)},
                                                                      {QStringLiteral("currentVersion"), before.value(QStringLiteral("rowVersion"))}});
                const QJsonObject after = load(ctx.sql(), id);
                ctx.audit(QStringLiteral("update"), kType, QString::number(id), diff(before, after), p.value(QStringLiteral("reason")).toString());
                ctx.emitEvent(QStringLiteral("identity.role_change"), {{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("pending")}});
                return withSignatures(ctx.sql(), s.signatures, after);
            },
    });
    s.registry.add({
        .name = QStringLiteral("roleChange.cancel"),
        .summary = QStringLiteral("Cancels a pending role change."),
        .permission = QStringLiteral("user.admin"),
        .kind = MethodKind::Write,
        .params = object({{QStringLiteral("id"), integer(1)}, {QStringLiteral("reason"), string(1000, 1)}}, {QStringLiteral("id"), QStringLiteral("reason")}),
        .write =
            [](WriteContext &ctx, const QJsonObject &p) {
                const qint64 id = p.value(QStringLiteral("id")).toInteger();
                requirePending(load(ctx.sql(), id));
                ctx.sql().exec(QStringLiteral("identity.role_change_decide"), {QStringLiteral("cancelled"), ctx.now(), id});
                ctx.audit(QStringLiteral("update"), kType, QString::number(id), {{QStringLiteral("status"), QJsonArray{QStringLiteral("pending"), QStringLiteral("cancelled")}}},
                          p.value(QStringLiteral("reason")).toString());
                ctx.emitEvent(QStringLiteral("identity.role_change"), {{QStringLiteral("id"), id}, {QStringLiteral("status"), QStringLiteral("cancelled")}});
                return load(ctx.sql(), id);
            },
    });
    s.registry.add({
        .name = QStringLiteral("roleChange.get"),
        .summary = QStringLiteral("One role change with its signatures."),
        .permission = QStringLiteral("rolechange.read"),
        .kind = MethodKind::Read,
        .params = object({{QStringLiteral("id"), integer(1)}}, {QStringLiteral("id")}),
        .read = [&s](ReadContext &ctx, const QJsonObject &p) { return withSignatures(ctx.sql(), s.signatures, load(ctx.sql(), p.value(QStringLiteral("id")).toInteger())); },
    });
    s.registry.add({
        .name = QStringLiteral("roleChange.list"),
        .summary = QStringLiteral("Role changes, newest first, optionally by status."),
        .permission = QStringLiteral("rolechange.read"),
        .kind = MethodKind::Read,
        .params = object({{QStringLiteral("status"), oneOf({QStringLiteral("pending"), QStringLiteral("applied"), QStringLiteral("cancelled")})}}),
        .read =
            [](ReadContext &ctx, const QJsonObject &p) {
                const QVariant st = p.contains(QStringLiteral("status")) ? QVariant(p.value(QStringLiteral("status")).toString()) : QVariant();
                return QJsonObject{{QStringLiteral("roleChanges"), ctx.sql().rows(QStringLiteral("identity.role_change_list"), {st})}};
            },
    });
}

} // namespace concord
