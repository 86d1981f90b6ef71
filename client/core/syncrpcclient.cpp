#include "core/syncrpcclient.h"

#include "core/certificatepins.h"
#include "protocol/jsonrpc.h"

#include <QDeadlineTimer>
#include <QJsonDocument>
#include <QSslSocket>

namespace concord {

SyncRpcClient::SyncRpcClient() : m_framer(jsonrpc::kMaxLineBytes) {}
SyncRpcClient::~SyncRpcClient() { disconnect(); }

bool SyncRpcClient::isConnected() const { return m_socket && m_socket->state() == QAbstractSocket::ConnectedState; }

void SyncRpcClient::disconnect()
{
    if (m_socket) {
        m_socket->abort();
        m_socket.reset();
    }
    m_framer = LineFramer(jsonrpc::kMaxLineBytes);
    m_pending.clear();
}

bool SyncRpcClient::connectTo(const Options &o, QString *error)
{
    disconnect();
    m_options = o;
    if (!o.tls) {
        m_socket = std::make_unique<QTcpSocket>();
        m_socket->connectToHost(o.host, o.port);
        if (!m_socket->waitForConnected(o.timeoutMs)) {
            *error = m_socket->errorString();
            return false;
        }
        return true;
    }
    auto ssl = std::make_unique<QSslSocket>();
    // The server's certificate is self-signed: trust comes from the pinned fingerprint, checked
    // below before a single byte of the protocol is sent.
    ssl->setPeerVerifyMode(QSslSocket::VerifyNone);
    ssl->connectToHostEncrypted(o.host, o.port);
    if (!ssl->waitForEncrypted(o.timeoutMs)) {
        *error = ssl->errorString();
        return false;
    }
    m_fingerprint = QString::fromLatin1(ssl->peerCertificate().digest(QCryptographicHash::Sha256).toHex(':'));
    if (!o.pinFile.isEmpty()) {
        CertificatePins pins(o.pinFile);
        const QString hostPort = o.host + QLatin1Char(':') + QString::number(o.port);
        const QString known = pins.pinned(hostPort);
        if (!known.isEmpty() && known != m_fingerprint && !o.acceptNewCertificate) {
            *error = QStringLiteral("THE SERVER CERTIFICATE OF %1 HAS CHANGED (pinned %2, now %3). Someone may be intercepting "
                                    "the connection. If the server's certificate was replaced on purpose, accept the new one explicitly.")
                         .arg(hostPort, known, m_fingerprint);
            ssl->abort();
            return false;
        }
        if (known != m_fingerprint && !pins.pin(hostPort, m_fingerprint, error))
            return false;
    }
    m_socket = std::move(ssl);
    return true;
}

bool SyncRpcClient::readLines(int timeoutMs)
{
    if (!m_socket)
        return false;
    if (m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(timeoutMs))
        return false;
    QList<QByteArray> lines;
    if (!m_framer.feed(m_socket->readAll(), lines))
        return false;
    for (const QByteArray &l : lines) {
        const QJsonObject o = QJsonDocument::fromJson(l).object();
        if (o.value(QStringLiteral("method")) == QLatin1String("event"))
            m_events.append(o.value(QStringLiteral("params")).toObject());
        else
            m_pending.append(o);
    }
    return true;
}

QJsonObject SyncRpcClient::readMessage(int timeoutMs, bool *ok)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_pending.isEmpty()) {
        if (deadline.hasExpired() || !readLines(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (m_pending.isEmpty()) {
                *ok = false;
                return {};
            }
        }
    }
    *ok = true;
    return m_pending.takeFirst();
}

bool SyncRpcClient::sendRaw(const QByteArray &bytes)
{
    if (!m_socket)
        return false;
    m_socket->write(bytes);
    return m_socket->waitForBytesWritten(m_options.timeoutMs) || m_socket->bytesToWrite() == 0;
}

SyncRpcClient::Response SyncRpcClient::call(const QString &method, const QJsonObject &params)
{
    Response r;
    const qint64 id = m_nextId++;
    if (!isConnected() || !sendRaw(jsonrpc::encode(jsonrpc::request(id, method, params)))) {
        r.error = RpcError::make(QStringLiteral("storage.unavailable"));
        r.error.dataCode = QStringLiteral("client.disconnected");
        r.error.message = QStringLiteral("not connected");
        return r;
    }
    QDeadlineTimer deadline(m_options.timeoutMs);
    for (;;) {
        for (qsizetype i = 0; i < m_pending.size(); ++i) {
            const QJsonObject m = m_pending.at(i);
            if (m.value(QStringLiteral("id")).toInteger(-1) == id) {
                m_pending.removeAt(i);
                if (m.contains(QStringLiteral("error")))
                    r.error = RpcError::fromJson(m.value(QStringLiteral("error")).toObject());
                else
                    r.result = m.value(QStringLiteral("result")).toObject();
                return r;
            }
        }
        if (deadline.hasExpired() || !readLines(int(qMax<qint64>(1, deadline.remainingTime())))) {
            if (deadline.hasExpired() || !isConnected()) {
                r.error.code = rpccode::InternalError;
                r.error.dataCode = QStringLiteral("client.timeout");
                r.error.message = isConnected() ? QStringLiteral("no answer in time") : QStringLiteral("connection closed");
                return r;
            }
        }
    }
}

bool SyncRpcClient::nextEvent(QJsonObject *event, int timeoutMs)
{
    QDeadlineTimer deadline(timeoutMs);
    while (m_events.isEmpty()) {
        if (deadline.hasExpired())
            return false;
        readLines(int(qMax<qint64>(1, deadline.remainingTime())));
        if (!isConnected() && m_events.isEmpty())
            return false;
    }
    *event = m_events.takeFirst();
    return true;
}

QList<QJsonObject> SyncRpcClient::takeEvents()
{
    QList<QJsonObject> out;
    out.swap(m_events);
    return out;
}

SyncRpcClient::Response SyncRpcClient::login(const QString &user, const QString &password)
{
    return call(QStringLiteral("auth.login"), {{QStringLiteral("user"), user}, {QStringLiteral("password"), password}});
}

} // namespace concord
