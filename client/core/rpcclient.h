#pragma once
#include "core/eventsequence.h"
#include "core/pendingcall.h"
#include "core/reconnectpolicy.h"
#include "protocol/lineframer.h"

#include <QDateTime>
#include <QDeadlineTimer>
#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <QTimer>
#include <functional>

class QAbstractSocket;

namespace concord {

// The desktop client's one connection to concord-server: asynchronous (nothing here ever waits on
// the network), TLS with certificate pinning, reconnect with back-off, auth.resume after a
// reconnect, and an event stream that resumes from the last seen seq so that consumers see every
// event once and in order. Views and models never touch sockets; they call() and listen.
//
// Requests made while the connection is not up fail at once with client.disconnected; they are not
// queued, because a write must not be replayed blindly — retry it with its idempotencyKey.
class RpcClient : public QObject
{
    Q_OBJECT
public:
    enum class State {
        Disconnected, // not connected and not trying (initially, after disconnectFromServer(), or a changed certificate)
        Connecting,   // first connection attempt after connectToServer()
        Connected,    // session.hello answered; nobody signed in
        Authenticated,
        Reconnecting, // connection lost; retrying with back-off
    };
    Q_ENUM(State)

    struct Options
    {
        QString host = QStringLiteral("127.0.0.1");
        quint16 port = 7443;
        bool tls = true;   // false = plain TCP, refused unless the host is a loopback address
        QString pinFile;   // certificate pins (TOFU); empty = CertificatePins::defaultFile()
        QString clientName = QStringLiteral("concord");
        int connectTimeoutMs = 10000;     // TCP connect + TLS handshake + session.hello (+ auth.resume)
        int callTimeoutMs = 120000;       // a call without an answer fails with client.timeout; 0 = never
        int heartbeatIntervalMs = 60000;  // session.ping (signed in) or session.hello (not signed in)
        int heartbeatTimeoutMs = 30000;   // an unanswered heartbeat means a dead connection: reconnect
        int reconnectInitialMs = 500;
        int reconnectMaxMs = 30000;
    };
    using Callback = std::function<void(const QJsonObject &result, const RpcError &error)>;

    // Counters for diagnostics and tests.
    struct Stats
    {
        int connections = 0;        // connections that got as far as session.hello
        int resumes = 0;            // successful auth.resume after a reconnect
        int duplicatesDropped = 0;  // events not delivered because their seq was already seen
        int gapsDetected = 0;
    };

    explicit RpcClient(QObject *parent = nullptr);
    ~RpcClient() override;

    // Starts connecting (and keeps reconnecting) to a server; forgets any session of another server.
    void connectToServer(const Options &options);
    // Closes the connection and stops reconnecting; outstanding calls fail with client.disconnected.
    void disconnectFromServer();
    // Pins `fingerprint` for this server after certificateChanged() and connects again.
    void acceptCertificate(const QString &fingerprint);

    State state() const { return m_state; }
    bool isReady() const { return m_state == State::Connected || m_state == State::Authenticated; }
    const Options &options() const { return m_options; }
    QString hostPort() const;
    QString serverFingerprint() const { return m_fingerprint; } // SHA-256 of the last presented certificate
    QJsonObject serverInfo() const { return m_serverInfo; }     // last session.hello answer
    QJsonObject user() const { return m_user; }                 // the signed-in account
    // Why the server last ended this client's session, as its session.ended notice said ("password
    // reset", "account deactivated", "idle timeout" ...); empty when it was learnt from a refusal.
    QString sessionEndReason() const { return m_sessionEndReason; }
    // Whether the signed-in account holds this permission (the server decides again on every call;
    // views use this only to hide what would be refused).
    bool hasPermission(const QString &permission) const;
    bool mustChangePassword() const { return m_mustChangePassword; }
    // Signed in with no password change pending: the server will answer ordinary requests.
    bool sessionUsable() const { return m_state == State::Authenticated && !m_mustChangePassword && !m_locked; }
    // The session is locked (idle lock screen): the server answers only unlock, logout, heartbeat
    // and the event stream until unlock() succeeds.
    bool isLocked() const { return m_locked; }
    QDateTime serverTime() const; // local clock corrected by the offset measured at hello / ping
    qint64 serverTimeOffsetMs() const { return m_serverOffsetMs; }
    Stats stats() const { return m_stats; }

    // Any method; use login() / logout() for auth.login / auth.logout so that the session is kept.
    PendingCall *call(const QString &method, const QJsonObject &params = {});
    // The callback runs once, on `context`'s thread, unless `context` was destroyed before.
    void call(const QString &method, const QJsonObject &params, QObject *context, Callback callback);
    // A fresh key for one write; reuse it only to retry that same write.
    static QString newIdempotencyKey();

    // auth.login; the session token stays inside the client (it is removed from the result).
    PendingCall *login(const QString &user, const QString &password);
    PendingCall *logout();
    PendingCall *changePassword(const QString &oldPassword, const QString &newPassword, const QString &idempotencyKey = {});
    // Locks at once on this side and tells the server (now, or after the next reconnect if the
    // connection is down); unlock() needs the signed-in user's password.
    void lock();
    PendingCall *unlock(const QString &password);

    // Adds topics (names or prefixes, "*" = all) to the connection's one event stream. The stream
    // is (re)subscribed whenever the client is signed in, from the last seq seen. Counted per
    // topic: each consumer unsubscribes what it subscribed, and a topic goes when its last user does.
    void subscribe(const QStringList &topics);
    void unsubscribe(const QStringList &topics);
    QStringList topics() const { return m_topics; }
    qint64 lastEventSeq() const { return m_events.last(); }

Q_SIGNALS:
    void stateChanged(concord::RpcClient::State state);
    // The server presents another certificate than the pinned one: nothing was sent and the client
    // stopped. Warn loudly; only an explicit acceptCertificate(presented) connects again.
    void certificateChanged(const QString &hostPort, const QString &pinned, const QString &presented);
    // The session could not be resumed after a reconnect, or the server ended it: sign in again.
    void sessionLost();
    // Signed in or resumed, no password change pending: the moment for models to load (once).
    void sessionReady();
    void lockChanged(bool locked);
    void eventReceived(const QJsonObject &event); // {seq, at, topic, data}
    // The server knows fewer events than this client has seen (a restored database): reload views.
    void eventStreamReset();
    void connectionError(const QString &message); // for the status bar and logs

private:
    struct Outstanding
    {
        QString method;
        QDeadlineTimer deadline;
        Callback done;
    };

    void openSocket();
    void onTransportReady();
    void onEncrypted();
    void onReadyRead();
    void handleLine(const QByteArray &line);
    void handleEvent(const QJsonObject &event);
    void dropConnection(const QString &reason);
    void scheduleReconnect();
    void becomeReady(State state);
    void enterSignedIn(const QJsonObject &user, bool mustChangePassword);
    void loseSession(const QString &reason = QString());
    void sendSubscribe();
    void sendHeartbeat();
    void sweepTimeouts();
    void noteServerTime(const QJsonObject &result, qint64 sentAtMs);
    void setState(State state);
    qint64 send(const QString &method, const QJsonObject &params, int timeoutMs, Callback done);
    void complete(qint64 id, const QJsonObject &result, const RpcError &error);
    PendingCall *failLater(PendingCall *call);

    Options m_options;
    State m_state = State::Disconnected;
    QAbstractSocket *m_socket = nullptr;
    quint64 m_generation = 0; // bumped whenever the socket goes, so stale handlers stop
    LineFramer m_framer;
    QString m_fingerprint;
    bool m_wantConnected = false;
    bool m_certificateBlocked = false;
    bool m_everReady = false;
    ReconnectPolicy m_backoff;
    QTimer m_reconnectTimer;
    QTimer m_connectTimer;
    QTimer m_heartbeatTimer;
    QTimer m_sweepTimer;
    bool m_heartbeatOutstanding = false;

    qint64 m_nextId = 1;
    QHash<qint64, Outstanding> m_outstanding;

    QString m_sessionToken; // memory only, never written anywhere
    QJsonObject m_user;
    bool m_mustChangePassword = false;
    bool m_locked = false;
    QJsonObject m_serverInfo;
    qint64 m_serverOffsetMs = 0;

    QStringList m_topics;
    QHash<QString, int> m_topicUsers;
    EventSequence m_events;
    bool m_resyncPending = false;
    bool m_streamComplete = true; // the server's last word on whether "*" withholds topics from us
    QString m_sessionEndReason;
    Stats m_stats;
};

} // namespace concord
