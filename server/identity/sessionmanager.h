#pragma once
#include "core/principal.h"
#include "storage/writecontext.h"

#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QObject>

namespace concord {

class Writer;
class ReaderPool;

// Signed-in sessions of this server instance. A session outlives its connection (auth.resume after
// a reconnect, also after a server restart while it is within the idle timeout); it ends on logout,
// on idle timeout, or when its user is deactivated. Lives on the network thread.
class SessionManager : public QObject
{
    Q_OBJECT
public:
    SessionManager(Writer &writer, ReaderPool &readers, double idleMinutes, QObject *parent = nullptr);

    static QString newToken();
    static QString idForToken(const QString &token); // SHA-256 hex; only this is stored

    enum class State { Unknown, Active, Expired };
    // Active sessions are touched (idle timer restarted); expired ones are ended and forgotten.
    State use(const QString &sessionId, Principal *principal);
    // `client`: the program's own name from auth.login / auth.resume ("concord/1.0", "concordctl" ...).
    void add(const QString &sessionId, const Principal &principal, const QString &client = {});
    void end(const QString &sessionId, const QString &reason);
    // Forgets a session whose end is already in the database (ended in a write transaction).
    void forget(const QString &sessionId, const QString &reason);
    void setMustChangePassword(qint64 userId, bool value);
    // First signing in a continuous session needs user ID + password, later ones the password only.
    bool hasSigned(const QString &sessionId) const;
    // Whether the session (not touched: no idle restart) holds the permission now.
    bool holds(const QString &sessionId, const QString &permission) const;
    void markSigned(const QString &sessionId);
    // Locking also forgets that the session has signed: the first signature after unlocking needs
    // the user ID and the password again (Part 11 §11.200(a)(1)(ii)).
    void setLocked(const QString &sessionId, bool locked);
    QJsonArray list() const;
    int idleSeconds() const { return int(qMax<qint64>(1, m_idleMs / 1000)); }

Q_SIGNALS:
    // A session ended (logout, idle timeout, deactivation, lock): its connections lose it.
    void sessionEnded(const QString &sessionId, const QString &reason);

public Q_SLOTS:
    // Reacts to committed identity events: reload permissions, end sessions of deactivated users.
    void onEvents(const QList<concord::EventRecord> &events);

private:
    struct Session
    {
        Principal principal;
        QString createdAt;
        QString client;
        QElapsedTimer idle;
        qint64 persistedAtMs = 0;
        bool signedOnce = false;
    };
    void reload(qint64 userId);
    void persistLastSeen(const QString &sessionId);

    Writer &m_writer;
    ReaderPool &m_readers;
    qint64 m_idleMs;
    QHash<QString, Session> m_sessions;
};

} // namespace concord
