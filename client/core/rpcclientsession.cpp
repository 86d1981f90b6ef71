// RpcClient, second half: the session (sign-in, resume, heartbeat, server clock) and the event
// stream. The connection and call plumbing is in rpcclient.cpp.
#include "core/clienterror.h"
#include "core/rpcclient.h"

#include <QJsonArray>
#include <QLoggingCategory>

namespace concord {

Q_DECLARE_LOGGING_CATEGORY(lcClient)

// --- session -----------------------------------------------------------------------------------

PendingCall *RpcClient::login(const QString &user, const QString &password)
{
    auto *pending = new PendingCall(QStringLiteral("auth.login"), this);
    if (!isReady())
        return failLater(pending);
    QPointer<PendingCall> guard(pending);
    const QJsonObject params{{QStringLiteral("user"), user},
                             {QStringLiteral("password"), password},
                             {QStringLiteral("client"), m_options.clientName.left(100)}};
    send(QStringLiteral("auth.login"), params, m_options.callTimeoutMs, [this, guard](const QJsonObject &r, const RpcError &e) {
        QJsonObject result = r;
        if (e.isNull()) {
            // The token is the session: it stays in this object's memory and is not handed out.
            m_sessionToken = result.take(QStringLiteral("sessionToken")).toString();
            enterSignedIn(result.value(QStringLiteral("user")).toObject(), result.value(QStringLiteral("mustChangePassword")).toBool());
        }
        if (guard)
            guard->finish(result, e);
    });
    return pending;
}

PendingCall *RpcClient::logout()
{
    auto *pending = new PendingCall(QStringLiteral("auth.logout"), this);
    if (!isReady())
        return failLater(pending);
    // The server keeps pushing events to a connection after its session ended; stop them first.
    if (m_state == State::Authenticated && !m_topics.isEmpty())
        send(QStringLiteral("events.unsubscribe"), {}, 0, {});
    m_sessionToken.clear(); // a reconnect from now on must not resume it
    QPointer<PendingCall> guard(pending);
    send(QStringLiteral("auth.logout"), {}, m_options.callTimeoutMs, [this, guard](const QJsonObject &r, const RpcError &e) {
        m_user = {};
        m_mustChangePassword = false;
        if (m_locked) {
            m_locked = false;
            Q_EMIT lockChanged(false);
        }
        if (m_state == State::Authenticated)
            setState(State::Connected);
        if (guard)
            guard->finish(r, e);
    });
    return pending;
}

PendingCall *RpcClient::changePassword(const QString &oldPassword, const QString &newPassword, const QString &idempotencyKey)
{
    auto *pending = new PendingCall(QStringLiteral("auth.changePassword"), this);
    if (!isReady())
        return failLater(pending);
    QJsonObject params{{QStringLiteral("oldPassword"), oldPassword}, {QStringLiteral("newPassword"), newPassword}};
    if (!idempotencyKey.isEmpty())
        params.insert(QStringLiteral("idempotencyKey"), idempotencyKey);
    QPointer<PendingCall> guard(pending);
    send(QStringLiteral("auth.changePassword"), params, m_options.callTimeoutMs, [this, guard](const QJsonObject &r, const RpcError &e) {
        if (e.isNull() && m_mustChangePassword) {
            m_mustChangePassword = false;
            if (m_state == State::Authenticated) {
                if (!m_topics.isEmpty())
                    sendSubscribe();
                Q_EMIT sessionReady();
            }
        }
        if (guard)
            guard->finish(r, e);
    });
    return pending;
}

void RpcClient::lock()
{
    if (m_locked || m_sessionToken.isEmpty())
        return;
    m_locked = true;
    Q_EMIT lockChanged(true);
    if (m_state == State::Authenticated)
        send(QStringLiteral("auth.lock"), {}, m_options.callTimeoutMs, {}); // if it fails, the resume path locks again
}

PendingCall *RpcClient::unlock(const QString &password)
{
    auto *pending = new PendingCall(QStringLiteral("auth.unlock"), this);
    if (m_state != State::Authenticated)
        return failLater(pending);
    QPointer<PendingCall> guard(pending);
    send(QStringLiteral("auth.unlock"), {{QStringLiteral("password"), password}}, m_options.callTimeoutMs,
         [this, guard](const QJsonObject &r, const RpcError &e) {
             if (e.isNull() && m_locked) {
                 m_locked = false;
                 Q_EMIT lockChanged(false);
                 if (sessionUsable())
                     Q_EMIT sessionReady(); // models that could not load while locked load now
             }
             if (guard)
                 guard->finish(r, e);
         });
    return pending;
}

void RpcClient::enterSignedIn(const QJsonObject &user, bool mustChangePassword)
{
    m_user = user;
    if (m_locked) { // a fresh sign-in starts unlocked
        m_locked = false;
        Q_EMIT lockChanged(false);
    }
    m_mustChangePassword = mustChangePassword;
    if (m_state != State::Authenticated) {
        becomeReady(State::Authenticated);
        return;
    }
    // Someone else signed in on the same connection.
    if (!m_mustChangePassword) {
        if (!m_topics.isEmpty())
            sendSubscribe();
        Q_EMIT sessionReady();
    }
}

void RpcClient::loseSession(const QString &reason)
{
    qCInfo(lcClient) << "session ended by the server:" << reason;
    m_sessionEndReason = reason;
    m_sessionToken.clear();
    m_user = {};
    m_mustChangePassword = false;
    if (m_locked) {
        m_locked = false;
        Q_EMIT lockChanged(false);
    }
    if (m_state == State::Authenticated)
        setState(State::Connected);
    Q_EMIT sessionLost();
}

void RpcClient::sendHeartbeat()
{
    if (!m_socket || !isReady() || m_heartbeatOutstanding)
        return;
    m_heartbeatOutstanding = true;
    // session.ping needs a session; without one the public session.hello keeps the connection open
    // (a refused ping would be audited as access.denied).
    const bool signedIn = m_state == State::Authenticated;
    const qint64 sentAt = QDateTime::currentMSecsSinceEpoch();
    const quint64 generation = m_generation;
    send(signedIn ? QStringLiteral("session.ping") : QStringLiteral("session.hello"),
         signedIn ? QJsonObject() : QJsonObject{{QStringLiteral("client"), m_options.clientName.left(100)}},
         m_options.heartbeatTimeoutMs, [this, sentAt, generation](const QJsonObject &r, const RpcError &e) {
             if (generation != m_generation)
                 return;
             m_heartbeatOutstanding = false;
             if (e.isNull())
                 noteServerTime(r, sentAt);
             else if (e.dataCode == QLatin1String("client.timeout"))
                 dropConnection(tr("The server stopped answering; reconnecting."));
         });
}

void RpcClient::noteServerTime(const QJsonObject &result, qint64 sentAtMs)
{
    const QDateTime server = QDateTime::fromString(result.value(QStringLiteral("serverTime")).toString(), Qt::ISODateWithMs);
    if (!server.isValid())
        return;
    // The server read its clock about half-way through the round trip.
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    m_serverOffsetMs = server.toMSecsSinceEpoch() - (sentAtMs + now) / 2;
}

// --- event stream ------------------------------------------------------------------------------

void RpcClient::subscribe(const QStringList &topics)
{
    bool changed = false;
    for (const QString &t : topics) {
        if (t.isEmpty())
            continue;
        if (m_topicUsers[t]++ == 0) {
            m_topics.append(t);
            changed = true;
        }
    }
    if (changed && sessionUsable())
        sendSubscribe();
}

void RpcClient::unsubscribe(const QStringList &topics)
{
    bool changed = false;
    for (const QString &t : topics) {
        auto it = m_topicUsers.find(t);
        if (it == m_topicUsers.end())
            continue;
        if (--it.value() == 0) {
            m_topicUsers.erase(it);
            m_topics.removeAll(t);
            changed = true;
        }
    }
    if (!changed || !sessionUsable())
        return;
    if (m_topics.isEmpty())
        send(QStringLiteral("events.unsubscribe"), {}, 0, {});
    else
        sendSubscribe();
}

void RpcClient::sendSubscribe()
{
    if (!m_socket || m_topics.isEmpty())
        return;
    // A subscription replaces the connection's previous one. With a position it replays everything
    // after it; what the old subscription still delivers meanwhile is dropped as a duplicate.
    QJsonObject params{{QStringLiteral("topics"), QJsonArray::fromStringList(m_topics)}};
    const bool resume = m_events.hasBaseline();
    const qint64 since = m_events.last();
    if (resume)
        params.insert(QStringLiteral("since"), since);
    // Gap detection only for a complete stream: "*" where the server withholds no topic from this
    // account. The server says so in its answer (servers before that always sent everything); until
    // the answer arrives the last known answer holds, so that a resubscription after a gap keeps
    // ignoring what the old subscription still delivers.
    const bool everything = m_topics.contains(QStringLiteral("*"));
    m_events.setContiguous(everything && m_streamComplete);
    send(QStringLiteral("events.subscribe"), params, m_options.callTimeoutMs, [this, resume, since, everything](const QJsonObject &r, const RpcError &e) {
        m_resyncPending = false;
        if (e.isNull()) {
            m_streamComplete = r.value(QStringLiteral("complete")).toBool(true);
            m_events.setContiguous(everything && m_streamComplete);
        }
        if (!e.isNull()) {
            if (!clienterror::isLocal(e))
                Q_EMIT connectionError(tr("The live updates could not be started: %1").arg(e.message));
            return;
        }
        const qint64 from = r.value(QStringLiteral("since")).toInteger(-1);
        const qint64 head = r.value(QStringLiteral("headSeq")).toInteger();
        if (resume && from < since) {
            // The server has fewer events than we saw: its database was restored or replaced.
            qCWarning(lcClient) << "server event history ends at" << from << "but this client saw" << since << "- starting afresh";
            m_events.reset(from);
            Q_EMIT eventStreamReset();
            return;
        }
        m_events.raiseTo(resume ? from : head);
    });
}

void RpcClient::handleEvent(const QJsonObject &event)
{
    const qint64 seq = event.value(QStringLiteral("seq")).toInteger(-1);
    if (seq < 0)
        return;
    switch (m_events.check(seq)) {
    case EventSequence::Verdict::Deliver:
        Q_EMIT eventReceived(event);
        return;
    case EventSequence::Verdict::Duplicate:
        ++m_stats.duplicatesDropped;
        return;
    case EventSequence::Verdict::Gap:
        // Cannot happen on one connection by the server's guarantee, but if it ever does, nothing is
        // delivered out of order: drop it and replay from the last seq we handed out.
        if (!m_resyncPending) {
            ++m_stats.gapsDetected;
            qCWarning(lcClient) << "event gap after seq" << m_events.last() << "(got" << seq << ") - resubscribing";
            m_resyncPending = true;
            sendSubscribe();
        }
        return;
    }
}

} // namespace concord
