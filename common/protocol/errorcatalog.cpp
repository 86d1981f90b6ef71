#include "protocol/errorcatalog.h"

#include "protocol/rpcerror.h"

#include <QHash>
#include <QJsonValue>
#include <QtGlobal>

namespace concord::errorcatalog {

#define E(code, rpc, text) Entry{code, rpc, QT_TRANSLATE_NOOP("RpcError", text)}

const QList<Entry> &entries()
{
    using namespace rpccode;
    static const QList<Entry> list{
        E("protocol.parse_error", ParseError, "The message is not valid JSON: {detail}."),
        E("protocol.invalid_request", InvalidRequest, "The message is not a valid JSON-RPC 2.0 request: {detail}."),
        E("protocol.method_not_found", MethodNotFound, "There is no method named {method}."),
        E("protocol.internal", InternalError, "The server could not complete the request (reference {ref})."),
        E("validation.failed", InvalidParams, "The request has {count} invalid field(s)."),
        E("validation.encoding", InvalidParams, "The file is not UTF-8 text (line {line}); save it as UTF-8 and try again. Nothing was imported."),
        E("validation.import", InvalidParams, "The file has {count} problem(s); nothing of it was imported."),
        E("auth.required", AuthRequired, "Sign in first."),
        E("auth.session_expired", AuthRequired, "Your session has expired; sign in again."),
        E("auth.invalid_credentials", AuthRequired, "The user name or password is wrong."),
        E("auth.locked", AuthRequired, "The account {user} is locked after repeated failed attempts; ask an administrator."),
        E("auth.inactive", AuthRequired, "The account {user} is deactivated."),
        E("auth.session_locked", AuthDenied, "The session is locked; unlock it with your password."),
        E("auth.password_change_required", AuthDenied, "Change your password before doing anything else."),
        E("auth.denied", AuthDenied, "You do not have the permission {permission} needed for {method}."),
        E("auth.password_policy", InvalidParams, "The new password does not meet the password policy: {rule}."),
        E("auth.password_reused", InvalidParams, "The new password was used recently; choose another one."),
        E("auth.not_a_person", AuthDenied, "Account {user} is a device or display account and cannot do this."),
        E("not_found", NotFound, "{recordType} {recordId} does not exist."),
        E("conflict", Conflict, "{recordType} {recordId} was changed by someone else (now version {currentVersion})."),
        E("conflict.duplicate", Conflict, "{recordType} {value} already exists."),
        E("conflict.idempotency_key", Conflict, "The idempotency key was already used for another request ({method}); use a new key for a new request."),
        E("rule.reason_required", Rule, "A reason is required for this change."),
        E("rule.separation_of_duties", Rule, "The same person cannot be both {firstRole} and {secondRole} of this record."),
        E("rule.signature_sequence", Rule, "The signature {meaning} needs a valid {requires} signature first."),
        E("rule.signature_meaning", Rule, "{meaning} is not a signature meaning for {recordType}."),
        E("rule.record_not_pending", Rule, "{recordType} {recordId} is {status} and can no longer be changed."),
        E("rule.stale_version", Conflict, "You are signing version {givenVersion} but the record is at version {currentVersion}."),
        E("rule.alarm_state", Rule, "Alarm {recordId} is already {state}."),
        E("rule.user_reserved", Conflict, "The user ID {user} is taken or was used before; user IDs are never reused."),
        E("rule.last_admin", Rule, "This change would leave no active administrator."),
        E("rule.version_not_editable", Rule, "{recordType} {recordId} version {version} is {status}; an approved or reviewed version never changes. Save a new draft instead."),
        E("rule.version_on_change_order", Rule, "{recordType} {recordId} is on change order {number}; take it off that change order first."),
        E("rule.no_draft", Rule, "{recordType} {recordId} has no open draft (version {version} is {status}); save a draft first."),
        E("rule.not_in_force", Rule, "No version of {recordType} {recordId} is in force at {asOf}."),
        E("rule.code_pattern", Rule, "The code {value} does not match the coding rule {rule} ({pattern})."),
        E("rule.code_not_numbered", Rule, "The coding rule {rule} ({pattern}) has no sequence number; the server cannot number these codes."),
        E("rule.code_exhausted", Rule, "The coding rule {rule} ({pattern}) has used all its numbers for this period."),
        E("rule.bom_cycle", Rule, "The BOM would contain itself: {path}."),
        E("rule.hierarchy_cycle", Rule, "{recordType} {recordId} would be its own parent."),
        E("rule.unit_incompatible", Rule, "{from} ({fromDimension}) cannot be converted to {to} ({toDimension})."),
        E("rule.effective_before_approval", Rule, "{recordId} cannot take effect at {effectiveFrom}: that is before {now}."),
        E("rule.change_order_empty", Rule, "Change order {recordId} lists nothing to change."),
        E("signature.invalid", Signature, "The signature could not be verified: {detail}."),
        E("signature.password", Signature, "The user ID or password for the signature is wrong."),
        E("signature.components_required", Signature, "The first signature in a session needs your user ID and your password."),
        E("signature.duplicate", Conflict, "You have already signed version {recordVersion} of this record as {meaning}."),
        E("limit.too_many_in_flight", Limit, "Too many requests in flight on this connection (limit {limit})."),
        E("limit.line_too_long", Limit, "The message exceeds {limit} bytes."),
        E("limit.batch_too_large", Limit, "The batch has {count} messages; at most {limit} are allowed in one batch. Nothing in it was run."),
        E("limit.sign_in_busy", Limit, "Too many sign-in attempts at once from this connection or address (limit {limit}); wait for the answers, then try again."),
        E("storage.unavailable", Unavailable, "The database is unavailable; nothing was changed. Try again later."),
        E("storage.read_only", Unavailable, "The database is read-only or full; nothing was changed."),
        E("audit.anchor_file_unreadable", Unavailable, "The server cannot read its audit anchor file ({detail}); nothing was verified."),
        E("server.shutting_down", Unavailable, "The server is shutting down; nothing was changed."),
    };
    return list;
}

#undef E

namespace {
const QHash<QString, const Entry *> &index()
{
    static const QHash<QString, const Entry *> idx = [] {
        QHash<QString, const Entry *> h;
        for (const Entry &e : entries())
            h.insert(QString::fromLatin1(e.code), &e);
        return h;
    }();
    return idx;
}
} // namespace

int rpcCodeFor(const QString &dataCode)
{
    if (const Entry *e = index().value(dataCode))
        return e->rpcCode;
    return dataCode.startsWith(QLatin1String("rule.")) ? rpccode::Rule : rpccode::InternalError;
}

QString englishTemplate(const QString &dataCode)
{
    if (const Entry *e = index().value(dataCode))
        return QString::fromLatin1(e->english);
    return dataCode;
}

QString fill(QString text, const QJsonObject &args)
{
    for (auto it = args.begin(); it != args.end(); ++it) {
        const QJsonValue v = it.value();
        const QString s = v.isString() ? v.toString()
                          : v.isDouble() ? QString::number(v.toDouble(), 'g', 15)
                          : v.isBool()   ? (v.toBool() ? QStringLiteral("true") : QStringLiteral("false"))
                                         : QString();
        text.replace(QLatin1Char('{') + it.key() + QLatin1Char('}'), s);
    }
    return text;
}

QString englishMessage(const QString &dataCode, const QJsonObject &args) { return fill(englishTemplate(dataCode), args); }

} // namespace concord::errorcatalog
