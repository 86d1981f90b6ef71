#include "rpc/dispatcher.h"

#include "identity/sessionmanager.h"
#include "net/connection.h"
#include "rpc/schema.h"
#include "storage/idempotency.h"
#include "storage/readerpool.h"
#include "storage/writer.h"

#include <QJsonArray>
#include <QJsonDocument>

namespace concord {

namespace {
// Enough for any client that forgot to sign in or lost its session; far below a flood.
constexpr int kMaxAnonymousRefusals = 200;
} // namespace

Dispatcher::Dispatcher(const MethodRegistry &registry, SessionManager &sessions, Writer &writer, ReaderPool &readers, QObject *parent)
    : QObject(parent), m_registry(registry), m_sessions(sessions), m_writer(writer), m_readers(readers)
{
}

void Dispatcher::deny(const CallPtr &call, const RpcError &error)
{
    WriteJob job;
    job.principal = call->principal;
    if (!job.principal.isAuthenticated()) {
        job.principal.username = QStringLiteral("(anonymous)");
        job.principal.kind = QStringLiteral("anonymous");
    }
    job.method = QStringLiteral("access.denied");
    const QString method = call->method;
    const QString code = error.dataCode;
    job.work = [method, code](WriteContext &ctx) {
        ctx.audit(QStringLiteral("access.denied"), QStringLiteral("method"), method,
                  {{QStringLiteral("refusal"), QJsonArray{QJsonValue(), code}}});
        return QJsonObject();
    };
    // The refusal is answered once its audit row is committed (like every other write), so a
    // refusal the caller has seen is always in the audit trail, even if the server dies right after.
    // If the audit write itself fails the caller still gets the refusal, not the storage error.
    job.done = [call, error](const QJsonObject &, const RpcError &) { call->fail(error); };
    m_writer.submit(std::move(job));
    noteAnonymousRefusal(call);
}

void Dispatcher::noteAnonymousRefusal(const CallPtr &call)
{
    // Every refusal is audited, so an anonymous client must not be able to grow the audit trail
    // without bound: a connection that keeps calling without signing in is dropped.
    if (!call->principal.isAuthenticated() && call->connection && call->connection->countAnonymousRefusal() > kMaxAnonymousRefusals)
        call->connection->close(QStringLiteral("%1 refused requests without signing in").arg(kMaxAnonymousRefusals + 1));
}

void Dispatcher::refuseReusedKey(const CallPtr &call, const RpcError &error)
{
    WriteJob job;
    job.principal = call->principal;
    job.method = QStringLiteral("request.refused");
    job.work = [method = call->method, error](WriteContext &ctx) {
        idempotency::auditRefusal(ctx, method, error);
        return QJsonObject();
    };
    job.done = [call, error](const QJsonObject &, const RpcError &) { call->fail(error); };
    m_writer.submit(std::move(job));
}

void Dispatcher::replayOrRun(const MethodSpec *spec, const CallPtr &call)
{
    // An inline write checks passwords and the like before it writes; a retry of a call that
    // already succeeded must get the first result instead of re-running those checks (the old
    // password of a completed password change no longer matches). The writer checks the key again
    // inside its transaction, which settles concurrent retries.
    ReadJob job;
    job.principal = call->principal;
    job.work = [key = call->idempotencyKey](ReadContext &ctx) {
        const auto prior = ctx.sql().one(QStringLiteral("idempotency.get"), {ctx.principal().userId, key});
        if (!prior)
            return QJsonObject();
        return QJsonObject{{QStringLiteral("method"), prior->value(0).toString()},
                           {QStringLiteral("result"), prior->value(1).toString()},
                           {QStringLiteral("paramsHash"), prior->value(2).isNull() ? QJsonValue() : QJsonValue(prior->value(2).toString())}};
    };
    job.done = [this, spec, call](const QJsonObject &r, const RpcError &e) {
        if (!e.isNull())
            return call->fail(e);
        if (r.isEmpty())
            return spec->inlineHandler(call);
        const RpcError conflict = idempotency::mismatch(r.value(QStringLiteral("method")).toString(), r.value(QStringLiteral("paramsHash")).toVariant(),
                                                        call->method, call->paramsHash);
        if (!conflict.isNull())
            return refuseReusedKey(call, conflict);
        call->reply(QJsonDocument::fromJson(r.value(QStringLiteral("result")).toString().toUtf8()).object());
    };
    m_readers.submit(std::move(job));
}

void Dispatcher::dispatch(Connection *connection, jsonrpc::Incoming request, BatchSlot batch)
{
    auto call = std::make_shared<Call>();
    call->id = request.id;
    call->method = request.method;
    call->params = std::move(request.params);
    call->connection = connection;
    call->notification = request.kind == jsonrpc::Incoming::Notification;
    call->batch = std::move(batch);
    call->principal.peer = connection->peer();

    const MethodSpec *spec = m_registry.find(call->method);
    if (!spec)
        return call->fail(RpcError::make(QStringLiteral("protocol.method_not_found"), {{QStringLiteral("method"), call->method}}));

    bool expired = false;
    if (!connection->sessionId().isEmpty()) {
        switch (m_sessions.use(connection->sessionId(), &call->principal)) {
        case SessionManager::State::Active:
            call->principal.peer = connection->peer();
            break;
        case SessionManager::State::Expired:
            expired = true;
            [[fallthrough]];
        case SessionManager::State::Unknown:
            connection->bindSession(QString());
            break;
        }
    }
    if (spec->permission != permission::Public) {
        if (!call->principal.isAuthenticated())
            return deny(call, RpcError::make(expired ? QStringLiteral("auth.session_expired") : QStringLiteral("auth.required")));
        if (call->principal.sessionLocked && !spec->allowedWhileLocked)
            return deny(call, RpcError::make(QStringLiteral("auth.session_locked")));
        if (call->principal.mustChangePassword && !spec->allowedBeforePasswordChange)
            return deny(call, RpcError::make(QStringLiteral("auth.password_change_required")));
        if (spec->permission != permission::Authenticated && !call->principal.has(spec->permission))
            return deny(call, RpcError::make(QStringLiteral("auth.denied"), {{QStringLiteral("permission"), spec->permission},
                                                                             {QStringLiteral("method"), spec->name}}));
    }
    const QList<FieldError> problems = schema::validate(spec->params, call->params);
    if (!problems.isEmpty())
        return call->fail(RpcError::validation(problems));

    if (spec->writes()) {
        call->idempotencyKey = call->params.take(QStringLiteral("idempotencyKey")).toString();
        if (!call->idempotencyKey.isEmpty())
            call->paramsHash = idempotency::fingerprint(spec->name, call->params);
    }
    switch (spec->kind) {
    case MethodKind::Inline:
        if (!call->idempotencyKey.isEmpty())
            return replayOrRun(spec, call);
        spec->inlineHandler(call);
        return;
    case MethodKind::Read: {
        ReadJob job;
        job.principal = call->principal;
        job.work = [spec, params = call->params](ReadContext &ctx) { return spec->read(ctx, params); };
        job.done = [call](const QJsonObject &r, const RpcError &e) { e.isNull() ? call->reply(r) : call->fail(e); };
        m_readers.submit(std::move(job));
        return;
    }
    case MethodKind::Write: {
        WriteJob job;
        job.principal = call->principal;
        job.method = spec->name;
        job.audit = *spec->audit;
        job.idempotencyKey = call->idempotencyKey;
        job.paramsHash = call->paramsHash;
        job.work = [spec, params = call->params](WriteContext &ctx) { return spec->write(ctx, params); };
        job.done = [call](const QJsonObject &r, const RpcError &e) { e.isNull() ? call->reply(r) : call->fail(e); };
        m_writer.submit(std::move(job));
        return;
    }
    }
}

} // namespace concord
