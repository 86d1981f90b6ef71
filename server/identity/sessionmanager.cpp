#include "identity/sessionmanager.h"

#include "core/clock.h"
#include "identity/principalloader.h"
#include "json/canonicaljson.h"
#include "storage/readerpool.h"
#include "storage/writer.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QRandomGenerator>

namespace concord {

Q_LOGGING_CATEGORY(lcSession, "concord.session")

SessionManager::SessionManager(Writer &writer, ReaderPool &readers, double idleMinutes, QObject *parent)
    : QObject(parent), m_writer(writer), m_readers(readers), m_idleMs(qint64(idleMinutes * 60 * 1000))
{
}

QString SessionManager::newToken()
{
    QByteArray bytes(32, Qt::Uninitialized);
    QRandomGenerator::system()->generate(reinterpret_cast<quint32 *>(bytes.data()),
                                         reinterpret_cast<quint32 *>(bytes.data() + bytes.size()));
    return QString::fromLatin1(bytes.toBase64(QByteArray::Base64UrlEncoding | QByteArray::OmitTrailingEquals));
}

QString SessionManager::idForToken(const QString &token) { return QString::fromLatin1(sha256Hex(token.toUtf8())); }

SessionManager::State SessionManager::use(const QString &sessionId, Principal *principal)
{
    auto it = m_sessions.find(sessionId);
    if (it == m_sessions.end())
        return State::Unknown;
    if (it->idle.elapsed() > m_idleMs) {
        end(sessionId, QStringLiteral("idle timeout"));
        return State::Expired;
    }
    it->idle.restart();
    if (principal)
        *principal = it->principal;
    // Persist activity now and then so a session can be resumed after a server restart.
    if (QDateTime::currentMSecsSinceEpoch() - it->persistedAtMs > 60 * 1000)
        persistLastSeen(sessionId);
    return State::Active;
}

void SessionManager::add(const QString &sessionId, const Principal &principal, const QString &client)
{
    Session s;
    s.client = client;
    s.principal = principal;
    s.principal.sessionId = sessionId;
    s.createdAt = clock::nowIso();
    s.idle.start();
    s.persistedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_sessions.insert(sessionId, s);
}

void SessionManager::persistLastSeen(const QString &sessionId)
{
    auto it = m_sessions.find(sessionId);
    if (it == m_sessions.end())
        return;
    it->persistedAtMs = QDateTime::currentMSecsSinceEpoch();
    WriteJob job;
    job.principal = it->principal;
    job.method = QStringLiteral("session.touch");
    job.audit = AuditPolicy::exempt(QStringLiteral("a session's last-seen time is bookkeeping, not a change of a record"));
    job.work = [sessionId](WriteContext &ctx) {
        ctx.sql().exec(QStringLiteral("session.touch"), {ctx.now(), sessionId});
        return QJsonObject();
    };
    m_writer.submit(std::move(job));
}

void SessionManager::forget(const QString &sessionId, const QString &reason)
{
    auto it = m_sessions.find(sessionId);
    if (it == m_sessions.end())
        return;
    const QString username = it->principal.username;
    m_sessions.erase(it);
    qCInfo(lcSession).noquote() << "session of" << username << "ended:" << reason;
    Q_EMIT sessionEnded(sessionId, reason);
}

void SessionManager::end(const QString &sessionId, const QString &reason)
{
    auto it = m_sessions.find(sessionId);
    if (it == m_sessions.end())
        return;
    const Principal p = it->principal;
    forget(sessionId, reason);
    WriteJob job;
    job.principal = p;
    job.method = QStringLiteral("session.end");
    job.work = [sessionId, reason](WriteContext &ctx) {
        ctx.sql().exec(QStringLiteral("session.end"), {ctx.now(), reason, sessionId});
        ctx.audit(QStringLiteral("session.ended"), QStringLiteral("session"), sessionId.left(16),
                  {{QStringLiteral("endReason"), QJsonArray{QJsonValue(), reason}}});
        return QJsonObject();
    };
    m_writer.submit(std::move(job));
}

void SessionManager::setMustChangePassword(qint64 userId, bool value)
{
    for (Session &s : m_sessions)
        if (s.principal.userId == userId)
            s.principal.mustChangePassword = value;
}

bool SessionManager::holds(const QString &sessionId, const QString &permission) const
{
    const auto it = m_sessions.constFind(sessionId);
    return it != m_sessions.constEnd() && it->principal.has(permission);
}

bool SessionManager::hasSigned(const QString &sessionId) const { return m_sessions.value(sessionId).signedOnce; }

void SessionManager::markSigned(const QString &sessionId)
{
    auto it = m_sessions.find(sessionId);
    if (it != m_sessions.end())
        it->signedOnce = true;
}

void SessionManager::setLocked(const QString &sessionId, bool locked)
{
    auto it = m_sessions.find(sessionId);
    if (it == m_sessions.end())
        return;
    it->principal.sessionLocked = locked;
    it->signedOnce = false;
}

QJsonArray SessionManager::list() const
{
    QJsonArray out;
    for (auto it = m_sessions.begin(); it != m_sessions.end(); ++it) {
        out.append(QJsonObject{{QStringLiteral("sessionId"), it.key().left(16)},
                               {QStringLiteral("userId"), it->principal.userId},
                               {QStringLiteral("username"), it->principal.username},
                               {QStringLiteral("peer"), it->principal.peer},
                               {QStringLiteral("createdAt"), it->createdAt},
                               {QStringLiteral("client"), it->client},
                               {QStringLiteral("locked"), it->principal.sessionLocked},
                               {QStringLiteral("idleSeconds"), double(it->idle.elapsed() / 1000)}});
    }
    return out;
}

void SessionManager::onEvents(const QList<EventRecord> &events)
{
    for (const EventRecord &e : events) {
        if (e.topic == QLatin1String("identity.role")) {
            // A role's permissions changed: refresh everybody signed in (roles are few, changes rare).
            QSet<qint64> users;
            for (const Session &s : std::as_const(m_sessions))
                users.insert(s.principal.userId);
            for (const qint64 u : users)
                reload(u);
            continue;
        }
        if (e.topic != QLatin1String("identity.user"))
            continue;
        const qint64 userId = e.data.value(QStringLiteral("userId")).toInteger();
        const QString change = e.data.value(QStringLiteral("change")).toString();
        // Sessions the transaction ended itself (password reset or change): forget them here too.
        const QJsonArray ended = e.data.value(QStringLiteral("endedSessions")).toArray();
        if (!ended.isEmpty()) {
            const QStringList ids = m_sessions.keys();
            for (const QString &id : ids)
                if (m_sessions.value(id).principal.userId == userId && ended.contains(QJsonValue(id.left(16))))
                    forget(id, change == QLatin1String("password_reset") ? QStringLiteral("password reset") : QStringLiteral("password changed"));
        }
        if (change == QLatin1String("deactivated") || change == QLatin1String("locked")) {
            const QStringList ids = m_sessions.keys();
            for (const QString &id : ids)
                if (m_sessions.value(id).principal.userId == userId)
                    end(id, QStringLiteral("account ") + change);
        } else {
            reload(userId);
        }
    }
}

void SessionManager::reload(qint64 userId)
{
    bool any = false;
    for (const Session &s : std::as_const(m_sessions))
        any = any || s.principal.userId == userId;
    if (!any)
        return;
    ReadJob job;
    job.principal = Principal::system(QStringLiteral("session"));
    job.work = [userId](ReadContext &ctx) {
        const auto p = identity::loadPrincipal(ctx.sql(), userId);
        return p ? identity::principalJson(*p) : QJsonObject();
    };
    job.done = [this, userId](const QJsonObject &r, const RpcError &err) {
        if (!err.isNull() || r.isEmpty())
            return;
        const Principal fresh = identity::principalFromJson(r, QString());
        for (Session &s : m_sessions) {
            if (s.principal.userId == userId) {
                s.principal.roles = fresh.roles;
                s.principal.permissions = fresh.permissions;
                s.principal.fullName = fresh.fullName;
            }
        }
    };
    m_readers.submit(std::move(job));
}

} // namespace concord
