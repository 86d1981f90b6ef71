#include "identity/approvalrequest.h"

#include "core/services.h"
#include "events/eventhub.h"
#include "rpc/methodregistry.h"
#include "rpc/schema.h"
#include "signature/signaturemethods.h"
#include "signature/signatureservice.h"
#include "storage/writecontext.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace concord::approvals {

namespace {
const QString kTopic = QStringLiteral("identity.approval");

QString compact(const QJsonValue &v)
{
    if (v.isArray())
        return QString::fromUtf8(QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact));
    if (v.isObject())
        return QString::fromUtf8(QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
    return QString::fromUtf8(QJsonDocument(QJsonArray{v}).toJson(QJsonDocument::Compact)).mid(1).chopped(1);
}

std::optional<QJsonObject> find(Sql &sql, qint64 id)
{
    const auto row = sql.one(QStringLiteral("identity.approval_get"), {id});
    return row ? std::optional<QJsonObject>(Sql::toJson(*row)) : std::nullopt;
}

QJsonObject load(Sql &sql, qint64 id)
{
    const auto r = find(sql, id);
    if (!r)
        throw RpcError::make(QStringLiteral("not_found"), {{QStringLiteral("recordType"), QStringLiteral("approval_request")},
                                                           {QStringLiteral("recordId"), QString::number(id)}});
    return *r;
}

QJsonObject withSignatures(Sql &sql, const SignatureService &sigs, QJsonObject r)
{
    r.insert(QStringLiteral("signatures"), signaturesWithValidity(sql, sigs, r.value(QStringLiteral("recordType")).toString(),
                                                                  QString::number(r.value(QStringLiteral("id")).toInteger())));
    return r;
}

void announce(WriteContext &ctx, const QJsonObject &r, const QString &status)
{
    ctx.emitEvent(kTopic, {{QStringLiteral("id"), r.value(QStringLiteral("id"))},
                           {QStringLiteral("recordType"), r.value(QStringLiteral("recordType"))},
                           {QStringLiteral("subjectId"), r.value(QStringLiteral("subjectId"))},
                           {QStringLiteral("status"), status}});
}

RecordSnapshot snapshotOf(const ApprovalKind &kind, const QJsonObject &r)
{
    RecordSnapshot s;
    s.version = int(r.value(QStringLiteral("rowVersion")).toInteger());
    // The signed content: what changes, for which subject, why and by whom — not the workflow status.
    s.content = {{QStringLiteral("id"), r.value(QStringLiteral("id"))},
                 {QStringLiteral("recordType"), r.value(QStringLiteral("recordType"))},
                 {QStringLiteral("subjectId"), r.value(QStringLiteral("subjectId"))},
                 {QStringLiteral("subjectName"), r.value(QStringLiteral("subjectName"))},
                 {QStringLiteral("oldValue"), r.value(QStringLiteral("oldValue"))},
                 {QStringLiteral("newValue"), r.value(QStringLiteral("newValue"))},
                 {QStringLiteral("reason"), r.value(QStringLiteral("reason"))},
                 {QStringLiteral("requestedBy"), r.value(QStringLiteral("requestedBy"))},
                 {QStringLiteral("requestedAt"), r.value(QStringLiteral("requestedAt"))},
                 {QStringLiteral("version"), s.version}};
    if (kind.subjectIsPerson)
        s.authors = {r.value(QStringLiteral("subjectId")).toInteger()};
    s.audited = {{kind.recordType, QString::number(r.value(QStringLiteral("id")).toInteger()), QString()}};
    s.state = r.value(QStringLiteral("status")).toString();
    s.signable = s.state == QLatin1String("pending");
    s.summary = kind.summary(r);
    return s;
}

void registerKind(Services &s, const ApprovalKind &kind)
{
    const QString approve = QStringLiteral("signature:%1:approved").arg(kind.recordType);
    SignableType type;
    type.recordType = kind.recordType;
    type.meanings = {{QStringLiteral("approved"), approve}};
    type.secondPersonMeanings = {QStringLiteral("approved")};
    type.load = [kind](Sql &sql, const QString &recordId) -> std::optional<RecordSnapshot> {
        bool ok = false;
        const qint64 id = recordId.toLongLong(&ok);
        const auto r = ok ? find(sql, id) : std::nullopt;
        if (!r || r->value(QStringLiteral("recordType")).toString() != kind.recordType)
            return std::nullopt;
        return snapshotOf(kind, *r);
    };
    type.waiveSecondPerson = [kind](Sql &sql, qint64 signer, const RecordSnapshot &snap) {
        return kind.waivable && kind.waivable(sql, signer, snap.content);
    };
    type.onSigned = [kind](WriteContext &ctx, const QString &recordId, const QString &meaning, const RecordSnapshot &snap) {
        if (meaning != QLatin1String("approved"))
            return;
        kind.apply(ctx, snap.content);
        const qint64 id = recordId.toLongLong();
        ctx.sql().exec(QStringLiteral("identity.approval_decide"), {QStringLiteral("applied"), ctx.now(), id});
        ctx.audit(QStringLiteral("update"), kind.recordType, recordId, {{QStringLiteral("status"), QJsonArray{QStringLiteral("pending"), QStringLiteral("applied")}}});
        announce(ctx, snap.content, QStringLiteral("applied"));
    };
    s.signatures.registerType(type);
}

QJsonObject statusSchema()
{
    return schema::oneOf({QStringLiteral("pending"), QStringLiteral("applied"), QStringLiteral("cancelled")});
}
} // namespace

QJsonObject pendingFor(Sql &sql, const QString &recordType, qint64 subjectId)
{
    const QVariant id = sql.scalar(QStringLiteral("identity.approval_pending_for"), {recordType, subjectId});
    return id.isValid() && !id.isNull() ? load(sql, id.toLongLong()) : QJsonObject();
}

QJsonObject request(WriteContext &ctx, const QString &recordType, qint64 subjectId, const QString &subjectName, const QJsonValue &oldValue,
                    const QJsonValue &newValue, const QString &reason)
{
    const QJsonObject pending = pendingFor(ctx.sql(), recordType, subjectId);
    if (!pending.isEmpty()) {
        const qint64 id = pending.value(QStringLiteral("id")).toInteger();
        ctx.sql().exec(QStringLiteral("identity.approval_update"), {compact(newValue), reason, id, pending.value(QStringLiteral("rowVersion")).toInteger()});
        const QJsonObject after = load(ctx.sql(), id);
        ctx.audit(QStringLiteral("update"), recordType, QString::number(id), diff(pending, after), reason);
        announce(ctx, after, QStringLiteral("pending"));
        return after;
    }
    const qint64 id = ctx.sql()
                          .scalar(QStringLiteral("identity.approval_insert"), {recordType, subjectId, subjectName, compact(oldValue), compact(newValue), reason,
                                                                                ctx.principal().userId, ctx.now()})
                          .toLongLong();
    const QJsonObject created = load(ctx.sql(), id);
    ctx.audit(QStringLiteral("create"), recordType, QString::number(id),
              diff({}, {{QStringLiteral("subjectId"), subjectId},
                        {QStringLiteral("subjectName"), subjectName},
                        {QStringLiteral("oldValue"), oldValue},
                        {QStringLiteral("newValue"), newValue},
                        {QStringLiteral("status"), QStringLiteral("pending")}}),
              reason);
    announce(ctx, created, QStringLiteral("pending"));
    return created;
}

void registerKinds(Services &s, const QList<ApprovalKind> &kinds)
{
    for (const ApprovalKind &k : kinds)
        registerKind(s, k);
    s.events.declareTopic(kTopic, QStringLiteral("approval.read"));

    using namespace schema;
    s.registry.add({
        .name = QStringLiteral("approvalRequest.list"),
        .summary = QStringLiteral("Requests that change who may sign (role permissions, deactivation of approvers), newest first, "
                                  "optionally by status."),
        .permission = QStringLiteral("approval.read"),
        .kind = MethodKind::Read,
        .params = object({{QStringLiteral("status"), statusSchema()}}),
        .read =
            [](ReadContext &ctx, const QJsonObject &p) {
                const QJsonArray rows = p.contains(QStringLiteral("status"))
                                            ? ctx.sql().rows(QStringLiteral("identity.approval_list_by_status"), {p.value(QStringLiteral("status")).toString()})
                                            : ctx.sql().rows(QStringLiteral("identity.approval_list"));
                return QJsonObject{{QStringLiteral("requests"), rows}};
            },
    });
    s.registry.add({
        .name = QStringLiteral("approvalRequest.get"),
        .summary = QStringLiteral("One approval request with its signatures."),
        .permission = QStringLiteral("approval.read"),
        .kind = MethodKind::Read,
        .params = object({{QStringLiteral("id"), integer(1)}}, {QStringLiteral("id")}),
        .read = [&s](ReadContext &ctx, const QJsonObject &p) { return withSignatures(ctx.sql(), s.signatures, load(ctx.sql(), p.value(QStringLiteral("id")).toInteger())); },
    });
    s.registry.add({
        .name = QStringLiteral("approvalRequest.cancel"),
        .summary = QStringLiteral("Cancels a pending approval request."),
        .permission = QStringLiteral("approval.cancel"),
        .kind = MethodKind::Write,
        .params = object({{QStringLiteral("id"), integer(1)}, {QStringLiteral("reason"), string(1000, 1)}}, {QStringLiteral("id"), QStringLiteral("reason")}),
        .write =
            [](WriteContext &ctx, const QJsonObject &p) {
                const qint64 id = p.value(QStringLiteral("id")).toInteger();
                const QJsonObject r = load(ctx.sql(), id);
                const QString type = r.value(QStringLiteral("recordType")).toString();
                if (ctx.sql().exec(QStringLiteral("identity.approval_decide"), {QStringLiteral("cancelled"), ctx.now(), id}) != 1)
                    throw RpcError::make(QStringLiteral("rule.record_not_pending"), {{QStringLiteral("recordType"), type},
                                                                                    {QStringLiteral("recordId"), QString::number(id)},
                                                                                    {QStringLiteral("status"), r.value(QStringLiteral("status"))}});
                ctx.audit(QStringLiteral("update"), type, QString::number(id),
                          {{QStringLiteral("status"), QJsonArray{QStringLiteral("pending"), QStringLiteral("cancelled")}}}, p.value(QStringLiteral("reason")).toString());
                announce(ctx, r, QStringLiteral("cancelled"));
                return load(ctx.sql(), id);
            },
    });
}

} // namespace concord::approvals
