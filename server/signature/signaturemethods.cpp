#include "signature/signaturemethods.h"

#include "core/serverconfig.h"
#include "core/services.h"
#include "events/eventhub.h"
#include "identity/accounts.h"
#include "identity/passwordcheck.h"
#include "identity/sessionmanager.h"
#include "json/canonicaljson.h"
#include "rpc/async.h"
#include "rpc/dispatcher.h"
#include "rpc/methodregistry.h"
#include "rpc/schema.h"
#include "signature/separationofduties.h"
#include "signature/signatureservice.h"

#include <QJsonArray>

namespace concord {

namespace {

RpcError notFound(const QString &type, const QString &id)
{
    return RpcError::make(QStringLiteral("not_found"), {{QStringLiteral("recordType"), type}, {QStringLiteral("recordId"), id}});
}

QJsonObject withValidity(QJsonObject sig, const std::optional<RecordSnapshot> &current)
{
    QString problem;
    if (canonicalHash(SignatureService::signatureContent(sig)) != sig.value(QStringLiteral("hash")).toString().toLatin1())
        problem = QStringLiteral("signature record altered");
    else if (!current)
        problem = QStringLiteral("record no longer exists");
    else if (current->version != sig.value(QStringLiteral("recordVersion")).toInt() ||
             canonicalHash(current->content) != sig.value(QStringLiteral("recordHash")).toString().toLatin1())
        problem = QStringLiteral("record modified after signing");
    sig.insert(QStringLiteral("valid"), problem.isEmpty());
    sig.insert(QStringLiteral("problem"), problem);
    return sig;
}

// Everything that must hold for `signer` to sign this version with this meaning; throws otherwise.
RecordSnapshot checkSignable(WriteContext &ctx, const SignableType &type, const QString &recordId, const std::optional<RecordSnapshot> &snap,
                             int version, const QString &meaning, const QJsonArray &existing, bool *waived)
{
    if (!snap)
        throw notFound(type.recordType, recordId);
    if (!snap->signable)
        throw RpcError::make(QStringLiteral("rule.record_not_pending"), {{QStringLiteral("recordType"), type.recordType},
                                                                        {QStringLiteral("recordId"), recordId},
                                                                        {QStringLiteral("status"), snap->state}});
    if (snap->version != version)
        throw RpcError::make(QStringLiteral("rule.stale_version"), {{QStringLiteral("givenVersion"), version}, {QStringLiteral("currentVersion"), snap->version}});
    const qint64 signer = ctx.principal().userId;
    *waived = false;
    if (type.secondPersonMeanings.contains(meaning) && separation::authors(ctx.sql(), *snap).contains(signer)) {
        *waived = type.waiveSecondPerson && type.waiveSecondPerson(ctx.sql(), signer, *snap);
        if (!*waived)
            throw RpcError::make(QStringLiteral("rule.separation_of_duties"),
                                 {{QStringLiteral("firstRole"), QStringLiteral("author")}, {QStringLiteral("secondRole"), meaning}});
    }
    if (type.prerequisites.contains(meaning)) {
        const QString needed = type.prerequisites.value(meaning);
        bool found = false;
        for (const QJsonValue &v : existing) {
            const QJsonObject o = v.toObject();
            found = found || (o.value(QStringLiteral("meaning")).toString() == needed && o.value(QStringLiteral("valid")).toBool());
        }
        if (!found)
            throw RpcError::make(QStringLiteral("rule.signature_sequence"), {{QStringLiteral("meaning"), meaning}, {QStringLiteral("requires"), needed}});
    }
    if (type.checkMeaning)
        type.checkMeaning(ctx.sql(), *snap, meaning, existing, signer);
    for (const QJsonValue &v : existing) {
        const QJsonObject o = v.toObject();
        if (o.value(QStringLiteral("signerId")).toInteger() == signer && o.value(QStringLiteral("meaning")).toString() == meaning &&
            o.value(QStringLiteral("recordVersion")).toInt() == version)
            throw RpcError::make(QStringLiteral("signature.duplicate"), {{QStringLiteral("recordVersion"), version}, {QStringLiteral("meaning"), meaning}});
    }
    return *snap;
}

// The signer's account and right as they are in the signing transaction — not as they were at
// sign-in: an account deactivated or locked, or a right taken away, since then signs nothing.
void requireSignerNow(WriteContext &ctx, const QString &permission)
{
    const Principal &signer = ctx.principal();
    if (signer.isSystem())
        return;
    const auto row = ctx.sql().one(QStringLiteral("identity.signer_state"), {signer.userId});
    const QJsonObject userArg{{QStringLiteral("user"), signer.username}};
    if (!row || row->value(QStringLiteral("active")).toInt() != 1)
        throw RpcError::make(QStringLiteral("auth.inactive"), userArg);
    if (row->value(QStringLiteral("locked")).toInt() == 1)
        throw RpcError::make(QStringLiteral("auth.locked"), userArg);
    if (row->value(QStringLiteral("kind")).toString() != QLatin1String("person"))
        throw RpcError::make(QStringLiteral("auth.not_a_person"), userArg);
    if (ctx.sql().scalar(QStringLiteral("identity.user_has_permission"), {signer.userId, permission}).toLongLong() == 0)
        throw RpcError::make(QStringLiteral("auth.denied"), {{QStringLiteral("permission"), permission}, {QStringLiteral("method"), ctx.method()}});
}

void sign(Services &s, const CallPtr &call)
{
    const QJsonObject p = call->params;
    const QString recordType = p.value(QStringLiteral("recordType")).toString();
    const QString meaning = p.value(QStringLiteral("meaning")).toString();
    const SignableType *type = s.signatures.find(recordType);
    if (!type)
        return call->fail(RpcError::validation({{QStringLiteral("params.recordType"), QStringLiteral("enum"),
                                                 QStringLiteral("%1 cannot be signed").arg(recordType)}}));
    if (!type->meanings.contains(meaning))
        return call->fail(RpcError::make(QStringLiteral("rule.signature_meaning"), {{QStringLiteral("meaning"), meaning}, {QStringLiteral("recordType"), recordType}}));
    if (call->principal.kind != QLatin1String("person"))
        return s.dispatcher.deny(call, RpcError::make(QStringLiteral("auth.not_a_person"), {{QStringLiteral("user"), call->principal.username}}));
    const QString needed = type->meanings.value(meaning);
    if (!call->principal.has(needed))
        return s.dispatcher.deny(call, RpcError::make(QStringLiteral("auth.denied"), {{QStringLiteral("permission"), needed},
                                                                                     {QStringLiteral("method"), call->method}}));
    // P11-200(a)(1)(i): the first signing of a continuous session needs every component.
    const bool first = !s.sessions.hasSigned(call->principal.sessionId);
    const QString givenUser = p.value(QStringLiteral("user")).toString();
    if (first && givenUser.isEmpty())
        return call->fail(RpcError::make(QStringLiteral("signature.components_required")));
    const QString password = p.value(QStringLiteral("password")).toString();
    const bool userMismatch = !givenUser.isEmpty() && givenUser != call->principal.username;
    identity::checkPassword(s, call->principal.username, password, CryptoPool::Lane::Session, QString(),
                            [&s, call, type, meaning, userMismatch](const identity::PasswordCheck &c) {
        if (!c.error.isNull())
            return call->fail(c.error);
        if (!c.matches || userMismatch) {
            const int threshold = s.config.lockoutThreshold;
            async::write(s, call, QStringLiteral("signature.sign.failed"), [c, threshold](WriteContext &ctx) {
                return QJsonObject{{QStringLiteral("locked"), accounts::recordFailedAttempt(ctx, c.userId, c.username, threshold,
                                                                                            QStringLiteral("signature.failed"))}};
            }, [call](const QJsonObject &r) {
                call->fail(r.value(QStringLiteral("locked")).toBool()
                               ? RpcError::make(QStringLiteral("auth.locked"), {{QStringLiteral("user"), call->principal.username}})
                               : RpcError::make(QStringLiteral("signature.password")));
            });
            return;
        }
        const QJsonObject p = call->params;
        const QString recordId = p.value(QStringLiteral("recordId")).toString();
        const int version = p.value(QStringLiteral("recordVersion")).toInt();
        const QString reason = p.value(QStringLiteral("reason")).toString();
        async::write(s, call, QStringLiteral("signature.sign"), [type, recordId, version, meaning, reason](WriteContext &ctx) {
            return writeSignature(ctx, *type, recordId, version, meaning, reason);
        }, [&s, call](const QJsonObject &r) {
            s.sessions.markSigned(call->principal.sessionId);
            call->reply(r);
        });
    });
}

} // namespace

QJsonObject writeSignature(WriteContext &ctx, const SignableType &type, const QString &recordId, int version, const QString &meaning,
                           const QString &reason)
{
    requireSignerNow(ctx, type.meanings.value(meaning));
    // The record is loaded once: for the validity of its signatures and for the checks.
    const std::optional<RecordSnapshot> current = type.load(ctx.sql(), recordId);
    const QJsonArray existing = signaturesWithValidity(ctx.sql(), type.recordType, recordId, current);
    bool waived = false;
    const RecordSnapshot snap = checkSignable(ctx, type, recordId, current, version, meaning, existing, &waived);
    QJsonObject row{{QStringLiteral("recordType"), type.recordType},
                    {QStringLiteral("recordId"), recordId},
                    {QStringLiteral("recordVersion"), version},
                    {QStringLiteral("recordHash"), QString::fromLatin1(canonicalHash(snap.content))},
                    {QStringLiteral("meaning"), meaning},
                    {QStringLiteral("signerId"), ctx.principal().userId},
                    {QStringLiteral("signerUsername"), ctx.principal().username},
                    {QStringLiteral("printedName"), ctx.principal().fullName},
                    {QStringLiteral("signedAt"), ctx.now()},
                    {QStringLiteral("reason"), reason}};
    const QString hash = QString::fromLatin1(canonicalHash(SignatureService::signatureContent(row)));
    const qint64 id = ctx.sql()
                          .scalar(QStringLiteral("signature.insert"),
                                  {type.recordType, recordId, version, row.value(QStringLiteral("recordHash")).toString(), meaning,
                                   ctx.principal().userId, ctx.principal().username, ctx.principal().fullName, ctx.now(), reason, hash})
                          .toLongLong();
    row.insert(QStringLiteral("id"), id);
    row.insert(QStringLiteral("hash"), hash);
    row.insert(QStringLiteral("summary"), snap.summary);
    QJsonObject created = row;
    created.remove(QStringLiteral("id"));
    QJsonObject changes = diff({}, created);
    if (waived)
        changes.insert(QStringLiteral("secondPersonWaived"), QJsonArray{QJsonValue(), QStringLiteral("no other person holds this signing right")});
    ctx.audit(QStringLiteral("signature.signed"), type.recordType, recordId, changes, reason);
    ctx.emitEvent(QStringLiteral("signature.signed"), {{QStringLiteral("signatureId"), id},
                                                       {QStringLiteral("recordType"), type.recordType},
                                                       {QStringLiteral("recordId"), recordId},
                                                       {QStringLiteral("meaning"), meaning}});
    if (type.onSigned)
        type.onSigned(ctx, recordId, meaning, snap);
    row.insert(QStringLiteral("valid"), true);
    return row;
}

QJsonArray signaturesWithValidity(Sql &sql, const SignatureService &service, const QString &recordType, const QString &recordId)
{
    const SignableType *type = service.find(recordType);
    return signaturesWithValidity(sql, recordType, recordId, type ? type->load(sql, recordId) : std::nullopt);
}

QJsonArray signaturesWithValidity(Sql &sql, const QString &recordType, const QString &recordId, const std::optional<RecordSnapshot> &current)
{
    QJsonArray out;
    for (const QJsonValue &v : sql.rows(QStringLiteral("signature.for_record"), {recordType, recordId}))
        out.append(withValidity(v.toObject(), current));
    return out;
}

void registerSignatureMethods(Services &s)
{
    using namespace schema;
    s.events.declareTopic(QStringLiteral("signature"), QStringLiteral("signature.read"));
    s.registry.add({
        .name = QStringLiteral("signature.sign"),
        .summary = QStringLiteral("Electronically signs one version of a record with a meaning; needs the password again (and the "
                                  "user ID at the first signing of a session). Bound to the SHA-256 of the version's canonical JSON."),
        .permission = permission::Authenticated, // the real permission depends on record type and meaning: checked inside
        .kind = MethodKind::Inline,
        .inlineWrites = true,
        .params = object({{QStringLiteral("recordType"), string(64, 1)},
                          {QStringLiteral("recordId"), string(100, 1)},
                          {QStringLiteral("recordVersion"), integer(1, 1000000000)},
                          {QStringLiteral("meaning"), string(32, 1)},
                          {QStringLiteral("user"), string(64, 1)},
                          {QStringLiteral("password"), string(256, 1)},
                          {QStringLiteral("reason"), text(1000)}},
                         {QStringLiteral("recordType"), QStringLiteral("recordId"), QStringLiteral("recordVersion"),
                          QStringLiteral("meaning"), QStringLiteral("password")}),
        .inlineHandler = [&s](const CallPtr &call) { sign(s, call); },
    });
    s.registry.add({
        .name = QStringLiteral("signature.list"),
        .summary = QStringLiteral("Signatures of a record with printed name, UTC time, meaning and whether each is still valid."),
        .permission = QStringLiteral("signature.read"),
        .kind = MethodKind::Read,
        .params = object({{QStringLiteral("recordType"), string(64, 1)}, {QStringLiteral("recordId"), string(100, 1)}},
                         {QStringLiteral("recordType"), QStringLiteral("recordId")}),
        .read =
            [&s](ReadContext &ctx, const QJsonObject &p) {
                return QJsonObject{{QStringLiteral("signatures"),
                                    signaturesWithValidity(ctx.sql(), s.signatures, p.value(QStringLiteral("recordType")).toString(),
                                                           p.value(QStringLiteral("recordId")).toString())}};
            },
    });
    s.registry.add({
        .name = QStringLiteral("signature.verify"),
        .summary = QStringLiteral("Checks one signature against its record's current content."),
        .permission = QStringLiteral("signature.read"),
        .kind = MethodKind::Read,
        .params = object({{QStringLiteral("id"), integer(1)}}, {QStringLiteral("id")}),
        .read =
            [&s](ReadContext &ctx, const QJsonObject &p) {
                const auto row = ctx.sql().one(QStringLiteral("signature.get"), {p.value(QStringLiteral("id")).toInteger()});
                if (!row)
                    throw notFound(QStringLiteral("signature"), QString::number(p.value(QStringLiteral("id")).toInteger()));
                const QJsonObject sig = Sql::toJson(*row);
                const SignableType *type = s.signatures.find(sig.value(QStringLiteral("recordType")).toString());
                return withValidity(sig, type ? type->load(ctx.sql(), sig.value(QStringLiteral("recordId")).toString()) : std::nullopt);
            },
    });
}

} // namespace concord
