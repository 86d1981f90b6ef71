#include "identity/authmethods.h"

#include "core/clock.h"
#include "core/serverconfig.h"
#include "identity/accounts.h"
#include "identity/passwordcheck.h"
#include "identity/principalloader.h"
#include "identity/sessionmanager.h"
#include "identity/signingate.h"
#include "net/connection.h"
#include "rpc/async.h"
#include "rpc/dispatcher.h"
#include "rpc/methodregistry.h"
#include "rpc/schema.h"

#include <QJsonArray>
#include <QMetaObject>

namespace concord {

namespace {

// Principal for audit rows written about a sign-in attempt (the caller is not signed in yet).
Principal attemptPrincipal(const CallPtr &call, qint64 userId, const QString &username)
{
    Principal p;
    p.userId = userId;
    p.username = username.left(100);
    p.kind = QStringLiteral("anonymous");
    p.peer = call->principal.peer;
    return p;
}

// A refused sign-in counts toward the connection's anonymous refusals like any refused request
// without a session: a connection that keeps guessing is closed.
void refuseSignIn(Services &s, const CallPtr &call, const RpcError &error)
{
    call->fail(error);
    s.dispatcher.noteAnonymousRefusal(call);
}

void auditRefusal(Services &s, const CallPtr &call, const identity::PasswordCheck &c, const QString &username, const RpcError &error)
{
    const Principal who = attemptPrincipal(call, c.userId, username);
    const QString code = error.dataCode;
    async::write(s, call, QStringLiteral("auth.login"), [code, c](WriteContext &ctx) {
        ctx.audit(QStringLiteral("auth.login_refused"), QStringLiteral("user"), c.found ? QString::number(c.userId) : QStringLiteral("(unknown)"),
                  {{QStringLiteral("refusal"), QJsonArray{QJsonValue(), code}}});
        return QJsonObject();
    }, [&s, call, error](const QJsonObject &) { refuseSignIn(s, call, error); }, &who);
}

bool passwordExpired(const Services &s, const QString &changedAt)
{
    if (s.config.passwordMaxAgeDays <= 0)
        return false;
    return clock::fromIso(changedAt).addDays(s.config.passwordMaxAgeDays) < QDateTime::currentDateTimeUtc();
}

void startSession(Services &s, const CallPtr &call, const identity::PasswordCheck &c)
{
    const QString token = SessionManager::newToken();
    const QString sessionId = SessionManager::idForToken(token);
    const bool expired = passwordExpired(s, c.passwordChangedAt);
    const Principal who = attemptPrincipal(call, c.userId, c.username);
    async::write(s, call, QStringLiteral("auth.login"), [c, sessionId, expired](WriteContext &ctx) {
        // Re-check inside the transaction: the account may have been locked or deactivated meanwhile.
        const QJsonObject user = accounts::requireUser(ctx.sql(), c.userId);
        if (user.value(QStringLiteral("active")).toInteger() != 1)
            throw RpcError::make(QStringLiteral("auth.inactive"), {{QStringLiteral("user"), c.username}});
        if (user.value(QStringLiteral("locked")).toInteger() == 1)
            throw RpcError::make(QStringLiteral("auth.locked"), {{QStringLiteral("user"), c.username}});
        ctx.sql().exec(QStringLiteral("identity.user_login_ok"), {c.userId});
        ctx.sql().exec(QStringLiteral("session.insert"), {sessionId, c.userId, ctx.now(), ctx.now(), ctx.principal().peer});
        ctx.audit(QStringLiteral("auth.login"), QStringLiteral("session"), sessionId.left(16), {});
        auto p = identity::loadPrincipal(ctx.sql(), c.userId);
        p->mustChangePassword = p->mustChangePassword || expired;
        QJsonObject out = identity::principalJson(*p);
        out.insert(QStringLiteral("mustChangePassword"), p->mustChangePassword);
        return out;
    }, [&s, call, token, sessionId, expired](const QJsonObject &user) {
        const Principal p = identity::principalFromJson(user, call->principal.peer);
        s.sessions.add(sessionId, p, call->params.value(QStringLiteral("client")).toString());
        if (call->connection)
            call->connection->bindSession(sessionId);
        QJsonObject u = user;
        u.remove(QStringLiteral("mustChangePassword"));
        call->reply(QJsonObject{{QStringLiteral("sessionToken"), token},
                                {QStringLiteral("mustChangePassword"), p.mustChangePassword},
                                {QStringLiteral("passwordExpired"), expired},
                                {QStringLiteral("idleTimeoutSeconds"), s.sessions.idleSeconds()},
                                {QStringLiteral("user"), u}});
    }, &who);
}

void login(Services &s, const CallPtr &call)
{
    const QString username = call->params.value(QStringLiteral("user")).toString();
    const QString password = call->params.value(QStringLiteral("password")).toString();
    // Each check costs a PBKDF2 run: a connection or an address may have only a few open at once;
    // more are refused at once (audited) rather than queued behind each other.
    const QString address = SignInGate::addressOf(call->principal.peer);
    const quint64 connection = call->connection ? call->connection->id() : 0;
    int limit = 0;
    if (!s.signIns.tryEnter(connection, address, &limit))
        return s.dispatcher.deny(call, RpcError::make(QStringLiteral("limit.sign_in_busy"), {{QStringLiteral("limit"), limit}}));
    identity::checkPassword(s, username, password, CryptoPool::Lane::SignIn, address,
                            [&s, call, username, connection, address](const identity::PasswordCheck &c) {
        s.signIns.leave(connection, address);
        if (!c.error.isNull())
            return call->fail(c.error);
        const QJsonObject userArg{{QStringLiteral("user"), username}};
        // Only the right password learns that an account is locked or deactivated: any other
        // answer would tell a guesser which user IDs exist.
        if (!c.found || ((!c.active || c.locked) && !c.matches))
            return auditRefusal(s, call, c, username, RpcError::make(QStringLiteral("auth.invalid_credentials")));
        if (!c.active)
            return auditRefusal(s, call, c, username, RpcError::make(QStringLiteral("auth.inactive"), userArg));
        if (c.locked)
            return auditRefusal(s, call, c, username, RpcError::make(QStringLiteral("auth.locked"), userArg));
        if (!c.matches) {
            const Principal who = attemptPrincipal(call, c.userId, username);
            const int threshold = s.config.lockoutThreshold;
            async::write(s, call, QStringLiteral("auth.login"), [c, threshold](WriteContext &ctx) {
                const bool locked = accounts::recordFailedAttempt(ctx, c.userId, c.username, threshold, QStringLiteral("auth.login_failed"));
                return QJsonObject{{QStringLiteral("locked"), locked}};
            }, [&s, call](const QJsonObject &) { refuseSignIn(s, call, RpcError::make(QStringLiteral("auth.invalid_credentials"))); }, &who);
            return;
        }
        startSession(s, call, c);
    });
}

void resume(Services &s, const CallPtr &call)
{
    const QString sessionId = SessionManager::idForToken(call->params.value(QStringLiteral("sessionToken")).toString());
    Principal p;
    if (s.sessions.use(sessionId, &p) == SessionManager::State::Active) {
        if (call->connection)
            call->connection->bindSession(sessionId);
        return call->reply(QJsonObject{{QStringLiteral("resumed"), true},
                                       {QStringLiteral("mustChangePassword"), p.mustChangePassword},
                                       {QStringLiteral("locked"), p.sessionLocked},
                                       {QStringLiteral("user"), identity::principalJson(p)}});
    }
    // Not in memory: the server may have restarted. Resume if the stored session is recent enough.
    const qint64 idleSeconds = s.sessions.idleSeconds();
    const Principal who = attemptPrincipal(call, 0, QStringLiteral("(resume)"));
    async::write(s, call, QStringLiteral("auth.resume"), [sessionId, idleSeconds](WriteContext &ctx) -> QJsonObject {
        const auto row = ctx.sql().one(QStringLiteral("session.get"), {sessionId});
        const bool usable = row && row->value(QStringLiteral("ended_at")).isNull() &&
                            clock::fromIso(row->value(QStringLiteral("last_seen_at")).toString()).secsTo(QDateTime::currentDateTimeUtc()) <= idleSeconds;
        // Refused inside the job: nothing is written, so there is nothing to audit.
        if (!usable)
            throw RpcError::make(QStringLiteral("auth.session_expired"));
        const qint64 userId = row->value(QStringLiteral("user_id")).toLongLong();
        const auto p = identity::loadPrincipal(ctx.sql(), userId);
        const QJsonObject user = accounts::requireUser(ctx.sql(), userId);
        if (!p || user.value(QStringLiteral("active")).toInteger() != 1 || user.value(QStringLiteral("locked")).toInteger() == 1)
            throw RpcError::make(QStringLiteral("auth.session_expired"));
        ctx.sql().exec(QStringLiteral("session.touch"), {ctx.now(), sessionId});
        ctx.audit(QStringLiteral("auth.resume"), QStringLiteral("session"), sessionId.left(16), {});
        QJsonObject out = identity::principalJson(*p);
        out.insert(QStringLiteral("mustChangePassword"), p->mustChangePassword);
        out.insert(QStringLiteral("locked"), !row->value(QStringLiteral("locked_at")).isNull());
        return QJsonObject{{QStringLiteral("resumed"), true}, {QStringLiteral("user"), out}};
    }, [&s, call, sessionId](const QJsonObject &r) {
        const QJsonObject user = r.value(QStringLiteral("user")).toObject();
        Principal p = identity::principalFromJson(user, call->principal.peer);
        p.sessionLocked = user.value(QStringLiteral("locked")).toBool();
        s.sessions.add(sessionId, p, call->params.value(QStringLiteral("client")).toString());
        if (call->connection)
            call->connection->bindSession(sessionId);
        QJsonObject u = user;
        u.remove(QStringLiteral("locked"));
        u.remove(QStringLiteral("mustChangePassword"));
        call->reply(QJsonObject{{QStringLiteral("resumed"), true}, {QStringLiteral("mustChangePassword"), p.mustChangePassword},
                                {QStringLiteral("locked"), p.sessionLocked}, {QStringLiteral("user"), u}});
    }, &who);
}

void changePassword(Services &s, const CallPtr &call)
{
    const QString oldPassword = call->params.value(QStringLiteral("oldPassword")).toString();
    const QString newPassword = call->params.value(QStringLiteral("newPassword")).toString();
    const QString violation = passwordPolicyViolation(newPassword, call->principal.username, s.config);
    if (!violation.isEmpty())
        return call->fail(RpcError::make(QStringLiteral("auth.password_policy"), {{QStringLiteral("rule"), violation}}));
    identity::checkPassword(s, call->principal.username, oldPassword, CryptoPool::Lane::Session, QString(),
                            [&s, call, newPassword](const identity::PasswordCheck &c) {
        if (!c.error.isNull())
            return call->fail(c.error);
        if (!c.matches) {
            const int threshold = s.config.lockoutThreshold;
            async::write(s, call, QStringLiteral("auth.changePassword.failed"), [c, threshold](WriteContext &ctx) {
                return QJsonObject{{QStringLiteral("locked"), accounts::recordFailedAttempt(ctx, c.userId, c.username, threshold,
                                                                                            QStringLiteral("auth.password_change_failed"))}};
            }, [call](const QJsonObject &) { call->fail(RpcError::make(QStringLiteral("auth.invalid_credentials"))); });
            return;
        }
        const int history = s.config.passwordHistory;
        const qint64 userId = c.userId;
        async::read(s, call, [userId, history](ReadContext &ctx) {
            return QJsonObject{{QStringLiteral("history"), ctx.sql().rows(QStringLiteral("identity.password_history_recent"), {userId, history})}};
        }, [&s, call, newPassword, userId](const QJsonObject &r) {
            const QJsonArray history = r.value(QStringLiteral("history")).toArray();
            const int iterations = s.config.pbkdf2Iterations;
            Services *services = &s;
            s.crypto.run(CryptoPool::Lane::Session, QString(), [services, call, newPassword, userId, history, iterations] {
                bool reused = false;
                for (const QJsonValue &v : history) {
                    const QJsonObject h = v.toObject();
                    const PasswordHash old{h.value(QStringLiteral("passwordHash")).toString(), h.value(QStringLiteral("passwordSalt")).toString(),
                                           int(h.value(QStringLiteral("passwordIterations")).toInteger())};
                    reused = reused || old.matches(newPassword);
                }
                const PasswordHash fresh = reused ? PasswordHash() : PasswordHash::make(newPassword, iterations);
                QMetaObject::invokeMethod(&services->dispatcher, [services, call, reused, fresh, userId] {
                    if (reused)
                        return call->fail(RpcError::make(QStringLiteral("auth.password_reused")));
                    const QString sessionId = call->principal.sessionId;
                    async::write(*services, call, QStringLiteral("auth.changePassword"), [fresh, userId, sessionId](WriteContext &ctx) {
                        const QJsonObject before = accounts::requireUser(ctx.sql(), userId);
                        ctx.sql().exec(QStringLiteral("identity.user_set_password"), {fresh.hash, fresh.salt, fresh.iterations, ctx.now(), 0, userId});
                        ctx.sql().exec(QStringLiteral("identity.password_history_insert"), {userId, fresh.hash, fresh.salt, fresh.iterations, ctx.now()});
                        // The audit row records that and when the password changed, never the password or its hash.
                        ctx.audit(QStringLiteral("auth.password_changed"), QStringLiteral("user"), QString::number(userId),
                                  {{QStringLiteral("passwordChangedAt"), QJsonArray{before.value(QStringLiteral("passwordChangedAt")), ctx.now()}},
                                   {QStringLiteral("mustChangePassword"), QJsonArray{before.value(QStringLiteral("mustChangePassword")), 0}}});
                        // The user's other sessions end (a session elsewhere may be someone who learnt
                        // the old password); this one continues.
                        const QJsonArray ended = accounts::endSessions(ctx, userId, QStringLiteral("password changed"), sessionId);
                        // Administration screens show "must change password" until they hear of this.
                        ctx.emitEvent(QStringLiteral("identity.user"), {{QStringLiteral("userId"), userId},
                                                                        {QStringLiteral("change"), QStringLiteral("password")},
                                                                        {QStringLiteral("endedSessions"), ended}});
                        return QJsonObject{{QStringLiteral("passwordChangedAt"), ctx.now()}};
                    }, [services, call, userId](const QJsonObject &r) {
                        services->sessions.setMustChangePassword(userId, false);
                        call->reply(r);
                    });
                }, Qt::QueuedConnection);
            });
        });
    });
}

// Locks the caller's session (the client's idle lock screen). Audited; persisted for resumes.
void lockSession(Services &s, const CallPtr &call)
{
    const QString sessionId = call->principal.sessionId;
    async::write(s, call, QStringLiteral("auth.lock"), [sessionId](WriteContext &ctx) {
        ctx.sql().exec(QStringLiteral("session.set_locked"), {ctx.now(), sessionId});
        ctx.audit(QStringLiteral("session.locked"), QStringLiteral("session"), sessionId.left(16),
                  {{QStringLiteral("locked"), QJsonArray{false, true}}});
        return QJsonObject{{QStringLiteral("lockedAt"), ctx.now()}};
    }, [&s, call, sessionId](const QJsonObject &r) {
        s.sessions.setLocked(sessionId, true);
        call->reply(r);
    });
}

// Unlocks with the session owner's password; a wrong one counts towards the account lockout.
void unlockSession(Services &s, const CallPtr &call)
{
    const QString sessionId = call->principal.sessionId;
    const QString password = call->params.value(QStringLiteral("password")).toString();
    identity::checkPassword(s, call->principal.username, password, CryptoPool::Lane::Session, QString(),
                            [&s, call, sessionId](const identity::PasswordCheck &c) {
        if (!c.error.isNull())
            return call->fail(c.error);
        if (!c.matches) {
            const int threshold = s.config.lockoutThreshold;
            async::write(s, call, QStringLiteral("auth.unlock.failed"), [c, threshold](WriteContext &ctx) {
                return QJsonObject{{QStringLiteral("locked"), accounts::recordFailedAttempt(ctx, c.userId, c.username, threshold,
                                                                                            QStringLiteral("auth.unlock_failed"))}};
            }, [call](const QJsonObject &) { call->fail(RpcError::make(QStringLiteral("auth.invalid_credentials"))); });
            return;
        }
        async::write(s, call, QStringLiteral("auth.unlock"), [sessionId, userId = c.userId](WriteContext &ctx) {
            ctx.sql().exec(QStringLiteral("session.set_locked"), {QVariant(), sessionId});
            ctx.sql().exec(QStringLiteral("identity.user_login_ok"), {userId});
            ctx.audit(QStringLiteral("session.unlocked"), QStringLiteral("session"), sessionId.left(16),
                      {{QStringLiteral("locked"), QJsonArray{true, false}}});
            return QJsonObject{{QStringLiteral("unlocked"), true}};
        }, [&s, call, sessionId](const QJsonObject &r) {
            s.sessions.setLocked(sessionId, false);
            call->reply(r);
        });
    });
}

} // namespace

void registerAuthMethods(Services &s)
{
    using namespace schema;
    s.registry.add({
        .name = QStringLiteral("auth.login"),
        .summary = QStringLiteral("Signs in with user ID and password; the connection is authenticated from then on."),
        .permission = permission::Public,
        .kind = MethodKind::Inline,
        .audit = AuditPolicy::records(),
        .params = object({{QStringLiteral("user"), string(64, 1)}, {QStringLiteral("password"), string(256, 1)},
                          {QStringLiteral("client"), string(100)}},
                         {QStringLiteral("user"), QStringLiteral("password")}),
        .result = object({{QStringLiteral("sessionToken"), string()}, {QStringLiteral("mustChangePassword"), boolean()},
                          {QStringLiteral("passwordExpired"), boolean()}, {QStringLiteral("idleTimeoutSeconds"), integer()},
                          {QStringLiteral("user"), anyObject()}}),
        .allowedBeforePasswordChange = true,
        .inlineHandler = [&s](const CallPtr &call) { login(s, call); },
    });
    s.registry.add({
        .name = QStringLiteral("auth.resume"),
        .summary = QStringLiteral("Binds an existing session (after a reconnect) to this connection."),
        .permission = permission::Public,
        .kind = MethodKind::Inline,
        .audit = AuditPolicy::records(),
        .params = object({{QStringLiteral("sessionToken"), string(100, 1)}, {QStringLiteral("client"), string(100)}},
                         {QStringLiteral("sessionToken")}),
        .allowedBeforePasswordChange = true,
        .inlineHandler = [&s](const CallPtr &call) { resume(s, call); },
    });
    s.registry.add({
        .name = QStringLiteral("auth.logout"),
        .summary = QStringLiteral("Ends the session."),
        .permission = permission::Authenticated,
        .kind = MethodKind::Inline,
        .audit = AuditPolicy::records(),
        .allowedBeforePasswordChange = true,
        .allowedWhileLocked = true,
        .inlineHandler =
            [&s](const CallPtr &call) {
                s.sessions.end(call->principal.sessionId, QStringLiteral("logout"));
                if (call->connection)
                    call->connection->bindSession(QString());
                call->reply(QJsonObject{{QStringLiteral("ok"), true}});
            },
    });
    s.registry.add({
        .name = QStringLiteral("auth.lock"),
        .summary = QStringLiteral("Locks the caller's session (idle lock screen): until auth.unlock only the heartbeat, the event "
                                  "stream and logout are answered, and the next signature needs user ID and password again."),
        .permission = permission::Authenticated,
        .kind = MethodKind::Inline,
        .audit = AuditPolicy::records(),
        .result = object({{QStringLiteral("lockedAt"), string()}}),
        .allowedBeforePasswordChange = true,
        .allowedWhileLocked = true,
        .inlineHandler = [&s](const CallPtr &call) { lockSession(s, call); },
    });
    s.registry.add({
        .name = QStringLiteral("auth.unlock"),
        .summary = QStringLiteral("Unlocks the caller's locked session with the password; wrong passwords count towards the lockout."),
        .permission = permission::Authenticated,
        .kind = MethodKind::Inline,
        .audit = AuditPolicy::records(),
        .params = object({{QStringLiteral("password"), string(256, 1)}}, {QStringLiteral("password")}),
        .result = object({{QStringLiteral("unlocked"), boolean()}}),
        .allowedBeforePasswordChange = true,
        .allowedWhileLocked = true,
        .inlineHandler = [&s](const CallPtr &call) { unlockSession(s, call); },
    });
    s.registry.add({
        .name = QStringLiteral("auth.changePassword"),
        .summary = QStringLiteral("Changes the caller's password (policy: length, character classes, history)."),
        .permission = permission::Authenticated,
        .kind = MethodKind::Inline,
        .inlineWrites = true,
        .params = object({{QStringLiteral("oldPassword"), string(256, 1)}, {QStringLiteral("newPassword"), string(256, 1)}},
                         {QStringLiteral("oldPassword"), QStringLiteral("newPassword")}),
        .allowedBeforePasswordChange = true,
        .inlineHandler = [&s](const CallPtr &call) { changePassword(s, call); },
    });
}

} // namespace concord
