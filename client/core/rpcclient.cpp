#include "core/rpcclient.h"

#include "concord/version.h"
#include "core/certificatepins.h"
#include "core/clienterror.h"
#include "protocol/jsonrpc.h"

#include <QHostAddress>
#include <QJsonArray>
#include <QLoggingCategory>
#include <QSslSocket>
#include <QTcpSocket>
#include <QUuid>
#include <algorithm>

namespace concord {

Q_LOGGING_CATEGORY(lcClient, "concord.client")

namespace {
const QString kSessionExpired = QStringLiteral("auth.session_expired");
const QString kAuthRequired = QStringLiteral("auth.required");
using clienterror::isLocal;
} // namespace

RpcClient::RpcClient(QObject *parent) : QObject(parent), m_framer(jsonrpc::kMaxLineBytes)
{
    m_reconnectTimer.setSingleShot(true);
    m_connectTimer.setSingleShot(true);
    m_sweepTimer.setInterval(250);
    connect(&m_reconnectTimer, &QTimer::timeout, this, [this] {
        if (m_wantConnected && !m_certificateBlocked)
            openSocket();
    });
    connect(&m_connectTimer, &QTimer::timeout, this, [this] { dropConnection(tr("The server did not answer in time.")); });
    connect(&m_heartbeatTimer, &QTimer::timeout, this, &RpcClient::sendHeartbeat);
    connect(&m_sweepTimer, &QTimer::timeout, this, &RpcClient::sweepTimeouts);
}

RpcClient::~RpcClient()
{
    // Outstanding PendingCalls are children and go with us; their callbacks are not run.
    m_outstanding.clear();
    if (m_socket)
        m_socket->disconnect(this);
}

bool RpcClient::hasPermission(const QString &permission) const
{
    const QJsonArray perms = m_user.value(QStringLiteral("permissions")).toArray();
    for (const QJsonValue &v : perms) {
        if (v.toString() == permission) return true;
    }
    return false;
}

QString RpcClient::hostPort() const { return m_options.host + QLatin1Char(':') + QString::number(m_options.port); }

QDateTime RpcClient::serverTime() const { return QDateTime::currentDateTimeUtc().addMSecs(m_serverOffsetMs); }

QString RpcClient::newIdempotencyKey() { return QUuid::createUuid().toString(QUuid::WithoutBraces); }

// --- connection life cycle ---------------------------------------------------------------------

void RpcClient::connectToServer(const Options &options)
{
    m_wantConnected = false;
    m_reconnectTimer.stop();
    dropConnection({});
    const bool hadStream = m_events.hasBaseline();
    m_options = options;
    m_backoff = ReconnectPolicy(options.reconnectInitialMs, options.reconnectMaxMs);
    m_wantConnected = true;
    m_certificateBlocked = false;
    m_everReady = false;
    m_sessionToken.clear();
    m_user = {};
    m_mustChangePassword = false;
    m_serverInfo = {};
    m_events.reset();
    m_stats = {};
    if (hadStream)
        Q_EMIT eventStreamReset(); // another server (or the same one afresh): what came before is void
    openSocket();
}

void RpcClient::disconnectFromServer()
{
    m_wantConnected = false;
    m_reconnectTimer.stop();
    m_sessionToken.clear();
    m_user = {};
    m_mustChangePassword = false;
    dropConnection({});
}

void RpcClient::acceptCertificate(const QString &fingerprint)
{
    QString error;
    const QString file = m_options.pinFile.isEmpty() ? CertificatePins::defaultFile() : m_options.pinFile;
    if (!CertificatePins(file).pin(hostPort(), fingerprint, &error)) {
        Q_EMIT connectionError(error);
        return;
    }
    qCWarning(lcClient).noquote() << "certificate of" << hostPort() << "accepted by the user:" << fingerprint;
    // If the server presents yet another certificate by the time we reconnect, the warning repeats.
    m_certificateBlocked = false;
    if (m_wantConnected && !m_socket)
        openSocket();
}

void RpcClient::openSocket()
{
    ++m_generation;
    m_reconnectTimer.stop();
    m_framer = LineFramer(jsonrpc::kMaxLineBytes);
    setState(m_everReady || m_backoff.attempts() > 0 ? State::Reconnecting : State::Connecting);
    if (!m_options.tls && !QHostAddress(m_options.host).isLoopback() && m_options.host != QLatin1String("localhost")) {
        m_wantConnected = false;
        setState(State::Disconnected);
        Q_EMIT connectionError(tr("Unencrypted connections are only allowed to this computer (loopback), not to %1.").arg(m_options.host));
        return;
    }
    QAbstractSocket *socket = nullptr;
    if (m_options.tls) {
        auto *ssl = new QSslSocket(this);
        // The server's certificate is self-signed: trust comes from the pinned fingerprint, checked in
        // onEncrypted() before a single protocol byte is sent.
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
        connect(ssl, &QSslSocket::encrypted, this, &RpcClient::onEncrypted);
        socket = ssl;
    } else {
        socket = new QTcpSocket(this);
        connect(socket, &QAbstractSocket::connected, this, &RpcClient::onTransportReady);
    }
    connect(socket, &QIODevice::readyRead, this, &RpcClient::onReadyRead);
    connect(socket, &QAbstractSocket::disconnected, this, [this, socket] {
        if (socket == m_socket)
            dropConnection(tr("The server closed the connection."));
    });
    connect(socket, &QAbstractSocket::errorOccurred, this, [this, socket](QAbstractSocket::SocketError) {
        if (socket == m_socket)
            dropConnection(socket->errorString());
    });
    m_socket = socket;
    m_connectTimer.start(m_options.connectTimeoutMs);
    if (auto *ssl = qobject_cast<QSslSocket *>(socket))
        ssl->connectToHostEncrypted(m_options.host, m_options.port);
    else
        socket->connectToHost(m_options.host, m_options.port);
}

void RpcClient::onEncrypted()
{
    auto *ssl = qobject_cast<QSslSocket *>(sender());
    if (!ssl || ssl != m_socket)
        return;
    m_fingerprint = QString::fromLatin1(ssl->peerCertificate().digest(QCryptographicHash::Sha256).toHex(':'));
    CertificatePins pins(m_options.pinFile.isEmpty() ? CertificatePins::defaultFile() : m_options.pinFile);
    const QString known = pins.pinned(hostPort());
    if (!known.isEmpty() && known != m_fingerprint) {
        qCWarning(lcClient).noquote() << "THE SERVER CERTIFICATE OF" << hostPort() << "HAS CHANGED: pinned" << known << "presented"
                                      << m_fingerprint << "- not connecting";
        m_certificateBlocked = true;
        const QString presented = m_fingerprint;
        dropConnection({});
        Q_EMIT certificateChanged(hostPort(), known, presented);
        return;
    }
    if (known.isEmpty()) {
        QString error;
        if (!pins.pin(hostPort(), m_fingerprint, &error))
            Q_EMIT connectionError(error); // still connect: the pin is what could not be remembered
        qCInfo(lcClient).noquote() << "pinned the certificate of" << hostPort() << m_fingerprint;
    }
    onTransportReady();
}

void RpcClient::onTransportReady()
{
    if (sender() && sender() != m_socket)
        return;
    const qint64 sentAt = QDateTime::currentMSecsSinceEpoch();
    const QJsonObject hello{{QStringLiteral("client"), m_options.clientName.left(100)},
                            {QStringLiteral("protocol"), QJsonObject{{QStringLiteral("major"), kProtocolMajor},
                                                                     {QStringLiteral("minor"), kProtocolMinor}}}};
    send(QStringLiteral("session.hello"), hello, 0, [this, sentAt](const QJsonObject &r, const RpcError &e) {
        if (!e.isNull()) {
            if (!isLocal(e))
                dropConnection(tr("The server refused the greeting: %1").arg(e.message));
            return;
        }
        m_serverInfo = r;
        noteServerTime(r, sentAt);
        if (!r.value(QStringLiteral("compatible")).toBool(true)) {
            m_wantConnected = false;
            dropConnection(tr("The server speaks protocol %1, this client %2: update the client.")
                               .arg(r.value(QStringLiteral("protocol")).toObject().value(QStringLiteral("major")).toInt())
                               .arg(kProtocolMajor));
            return;
        }
        ++m_stats.connections;
        if (m_sessionToken.isEmpty()) {
            becomeReady(State::Connected);
            return;
        }
        send(QStringLiteral("auth.resume"),
             {{QStringLiteral("sessionToken"), m_sessionToken}, {QStringLiteral("client"), m_options.clientName.left(100)}}, 0,
             [this](const QJsonObject &r, const RpcError &e) {
                 if (e.isNull()) {
                     ++m_stats.resumes;
                     m_user = r.value(QStringLiteral("user")).toObject();
                     m_mustChangePassword = r.value(QStringLiteral("mustChangePassword")).toBool();
                     // Locked here but not on the server (the lock was asked while offline): lock it there too.
                     if (m_locked && !r.value(QStringLiteral("locked")).toBool())
                         send(QStringLiteral("auth.lock"), {}, 0, {});
                     if (!m_locked && r.value(QStringLiteral("locked")).toBool()) {
                         m_locked = true;
                         Q_EMIT lockChanged(true);
                     }
                     becomeReady(State::Authenticated);
                 } else if (e.dataCode.startsWith(QLatin1String("auth."))) {
                     becomeReady(State::Connected);
                     loseSession();
                 } else if (!isLocal(e)) {
                     dropConnection(tr("The session could not be resumed: %1").arg(e.message)); // e.g. database down: retry
                 }
             });
    });
}

void RpcClient::becomeReady(State state)
{
    m_connectTimer.stop();
    m_backoff.reset();
    m_everReady = true;
    if (m_options.heartbeatIntervalMs > 0)
        m_heartbeatTimer.start(m_options.heartbeatIntervalMs);
    // The subscription goes out before anyone hears of the new state, so that a model loading on
    // sessionReady() asks for its snapshot after the stream is already running.
    // A locked session keeps its event stream (nothing is missed) but models wait for the unlock.
    const bool streaming = state == State::Authenticated && !m_mustChangePassword;
    if (streaming && !m_topics.isEmpty())
        sendSubscribe();
    setState(state);
    if (streaming && !m_locked)
        Q_EMIT sessionReady();
}

void RpcClient::dropConnection(const QString &reason)
{
    ++m_generation;
    if (m_socket) {
        // Never torn down synchronously: we may be inside one of its own signals.
        QAbstractSocket *socket = std::exchange(m_socket, nullptr);
        socket->disconnect(this);
        socket->deleteLater();
    }
    m_connectTimer.stop();
    m_heartbeatTimer.stop();
    m_sweepTimer.stop();
    m_heartbeatOutstanding = false;
    m_resyncPending = false;
    const QHash<qint64, Outstanding> failed = std::exchange(m_outstanding, {});
    if (!reason.isEmpty()) {
        qCInfo(lcClient).noquote() << hostPort() << reason;
        Q_EMIT connectionError(reason);
    }
    if (m_wantConnected && !m_certificateBlocked)
        scheduleReconnect();
    else
        setState(State::Disconnected);
    QList<qint64> ids = failed.keys();
    std::sort(ids.begin(), ids.end());
    for (const qint64 id : std::as_const(ids)) {
        if (failed.value(id).done)
            failed.value(id).done({}, clienterror::disconnected());
    }
}

void RpcClient::scheduleReconnect()
{
    setState(State::Reconnecting);
    const int delay = m_backoff.nextDelayMs();
    qCDebug(lcClient) << "reconnecting to" << hostPort() << "in" << delay << "ms";
    m_reconnectTimer.start(delay);
}

void RpcClient::setState(State state)
{
    if (state == m_state)
        return;
    m_state = state;
    Q_EMIT stateChanged(state);
}

// --- messages ----------------------------------------------------------------------------------

qint64 RpcClient::send(const QString &method, const QJsonObject &params, int timeoutMs, Callback done)
{
    if (!m_socket) {
        QTimer::singleShot(0, this, [done] {
            if (done)
                done({}, clienterror::disconnected());
        });
        return 0;
    }
    const qint64 id = m_nextId++;
    m_outstanding.insert(id, Outstanding{method, timeoutMs > 0 ? QDeadlineTimer(timeoutMs) : QDeadlineTimer(QDeadlineTimer::Forever),
                                         std::move(done)});
    if (timeoutMs > 0 && !m_sweepTimer.isActive())
        m_sweepTimer.start();
    m_socket->write(jsonrpc::encode(jsonrpc::request(id, method, params))); // buffered; never waits
    return id;
}

void RpcClient::complete(qint64 id, const QJsonObject &result, const RpcError &error)
{
    auto it = m_outstanding.find(id);
    if (it == m_outstanding.end())
        return; // the answer to a call that timed out
    const Outstanding o = std::move(it.value());
    m_outstanding.erase(it);
    if (m_state == State::Authenticated && o.method != QLatin1String("auth.logout") &&
        (error.dataCode == kSessionExpired || error.dataCode == kAuthRequired))
        loseSession(); // idle timeout, deactivation, lockout: the server ended the session
    if (o.done)
        o.done(result, error);
}

void RpcClient::sweepTimeouts()
{
    QList<qint64> expired;
    for (auto it = m_outstanding.cbegin(); it != m_outstanding.cend(); ++it) {
        if (it->deadline.hasExpired())
            expired.append(it.key());
    }
    std::sort(expired.begin(), expired.end());
    for (const qint64 id : std::as_const(expired))
        complete(id, {}, clienterror::timeout());
    if (m_outstanding.isEmpty())
        m_sweepTimer.stop();
}

void RpcClient::onReadyRead()
{
    auto *socket = qobject_cast<QAbstractSocket *>(sender());
    if (!socket || socket != m_socket)
        return;
    QList<QByteArray> lines;
    if (!m_framer.feed(socket->readAll(), lines)) {
        dropConnection(tr("The server sent a message larger than %1 bytes.").arg(jsonrpc::kMaxLineBytes));
        return;
    }
    const quint64 generation = m_generation;
    for (const QByteArray &line : std::as_const(lines)) {
        handleLine(line);
        if (generation != m_generation)
            return; // a handler dropped or replaced the connection: the rest belongs to the old one
    }
}

void RpcClient::handleLine(const QByteArray &line)
{
    const jsonrpc::Incoming in = jsonrpc::parse(line);
    switch (in.kind) {
    case jsonrpc::Incoming::Response: {
        if (in.id.isNull()) { // the server could not tie its complaint to a request
            const RpcError e = RpcError::fromJson(in.error);
            qCWarning(lcClient).noquote() << "server error without request:" << e.dataCode << e.message;
            Q_EMIT connectionError(e.message);
            return;
        }
        if (!in.error.isEmpty())
            complete(in.id.toInteger(-1), {}, RpcError::fromJson(in.error));
        else
            complete(in.id.toInteger(-1), in.result.toObject(), {});
        return;
    }
    case jsonrpc::Incoming::Notification:
        if (in.method == QLatin1String("event"))
            handleEvent(in.params);
        else if (in.method == QLatin1String("session.ended") && m_state == State::Authenticated && !m_sessionToken.isEmpty())
            loseSession(in.params.value(QStringLiteral("reason")).toString()); // deactivated, locked out, timed out: not only at the next request
        return;
    case jsonrpc::Incoming::Request:
    case jsonrpc::Incoming::Invalid:
        qCWarning(lcClient).noquote() << "ignoring an unexpected message from the server:" << in.problem.message;
        return;
    }
}

// --- calls -------------------------------------------------------------------------------------

PendingCall *RpcClient::failLater(PendingCall *call)
{
    QTimer::singleShot(0, call, [call] { call->finish({}, clienterror::disconnected()); });
    return call;
}

PendingCall *RpcClient::call(const QString &method, const QJsonObject &params)
{
    auto *pending = new PendingCall(method, this);
    if (!isReady())
        return failLater(pending);
    QPointer<PendingCall> guard(pending);
    send(method, params, m_options.callTimeoutMs, [guard](const QJsonObject &r, const RpcError &e) {
        if (guard)
            guard->finish(r, e);
    });
    return pending;
}

void RpcClient::call(const QString &method, const QJsonObject &params, QObject *context, Callback callback)
{
    PendingCall *pending = call(method, params);
    connect(pending, &PendingCall::finished, context ? context : this,
            [pending, callback = std::move(callback)] { callback(pending->result(), pending->error()); });
}

} // namespace concord
