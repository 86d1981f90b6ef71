#include "net/connection.h"

#include "protocol/jsonrpc.h"
#include "rpc/batchreply.h"
#include "rpc/dispatcher.h"

#include <QLoggingCategory>
#include <QSslSocket>
#include <atomic>

namespace concord {

Q_LOGGING_CATEGORY(lcConn, "concord.connection")

namespace {
std::atomic<quint64> g_nextId{1};
// Why a message is not run: it is no valid request, or it is an answer (the server sends no
// requests, so it takes none).
RpcError notRunnable(const jsonrpc::Incoming &in)
{
    switch (in.kind) {
    case jsonrpc::Incoming::Invalid:
        return in.problem;
    case jsonrpc::Incoming::Response:
        return RpcError::make(QStringLiteral("protocol.invalid_request"),
                              {{QStringLiteral("detail"), QStringLiteral("a response, but the server sends no requests")}});
    case jsonrpc::Incoming::Request:
    case jsonrpc::Incoming::Notification:
        break;
    }
    return {};
}

// The id an error about the message carries: its own if it could be read (null for an answer).
QJsonValue answerId(const jsonrpc::Incoming &in) { return in.kind == jsonrpc::Incoming::Invalid ? in.id : QJsonValue(QJsonValue::Null); }

RpcError tooManyInFlight(int limit) { return RpcError::make(QStringLiteral("limit.too_many_in_flight"), {{QStringLiteral("limit"), limit}}); }

qint64 monotonicMs()
{
    static QElapsedTimer t = [] {
        QElapsedTimer e;
        e.start();
        return e;
    }();
    return t.elapsed();
}
} // namespace

Connection::Connection(QTcpSocket *socket, bool tls, Dispatcher *dispatcher, const ConnectionLimits &limits, QObject *parent)
    : QObject(parent), m_socket(socket), m_dispatcher(dispatcher), m_limits(limits), m_framer(qMin(limits.maxAnonymousLineBytes, limits.maxLineBytes)),
      m_id(g_nextId++)
{
    socket->setParent(this);
    m_peer = socket->peerAddress().toString() + QLatin1Char(':') + QString::number(socket->peerPort());
    m_createdMs = m_lastMessageMs = monotonicMs();
    connect(socket, &QTcpSocket::readyRead, this, &Connection::onReadyRead);
    // Closing is queued when the socket reports trouble: tearing a QSslSocket down from inside its
    // own error signal crashes the OpenSSL backend, which keeps using the freed SSL object after
    // the signal returns (seen with garbage instead of a TLS ClientHello; tst_badinput).
    connect(socket, &QTcpSocket::disconnected, this, [this] { close(QStringLiteral("peer disconnected")); }, Qt::QueuedConnection);
    connect(socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) {
        if (m_socket && m_socket->error() != QAbstractSocket::RemoteHostClosedError)
            close(QStringLiteral("socket error: ") + m_socket->errorString());
    }, Qt::QueuedConnection);
    if (tls) {
        auto *ssl = static_cast<QSslSocket *>(socket);
        connect(ssl, &QSslSocket::encrypted, this, [this] {
            m_ready = true;
            onReadyRead();
        });
        connect(ssl, &QSslSocket::sslErrors, this, [this](const QList<QSslError> &errors) {
            close(QStringLiteral("TLS error: ") + (errors.isEmpty() ? QString() : errors.first().errorString()));
        }, Qt::QueuedConnection);
    } else {
        m_ready = true;
    }
}

Connection::~Connection() = default;

void Connection::bindSession(const QString &sessionId)
{
    m_sessionId = sessionId;
    m_framer.setMaxLineBytes(sessionId.isEmpty() ? qMin(m_limits.maxAnonymousLineBytes, m_limits.maxLineBytes) : m_limits.maxLineBytes);
}

void Connection::onReadyRead()
{
    if (!m_socket || m_closing || !m_ready)
        return;
    QList<QByteArray> lines;
    const bool ok = m_framer.feed(m_socket->readAll(), lines);
    for (const QByteArray &line : std::as_const(lines)) {
        if (m_closing)
            return;
        handleLine(line);
    }
    if (!ok) {
        const qsizetype limit = m_framer.maxLineBytes();
        protocolError(jsonrpc::error(QJsonValue::Null, RpcError::make(QStringLiteral("limit.line_too_long"), {{QStringLiteral("limit"), double(limit)}})));
        close(QStringLiteral("line longer than %1 bytes%2").arg(limit).arg(m_sessionId.isEmpty() ? QStringLiteral(" before signing in") : QString()));
        return;
    }
    m_partialSinceMs = m_framer.pendingBytes() > 0 ? (m_partialSinceMs < 0 ? monotonicMs() : m_partialSinceMs) : -1;
}

void Connection::handleLine(const QByteArray &line)
{
    m_lastMessageMs = monotonicMs();
    m_partialSinceMs = -1;
    jsonrpc::IncomingLine in = jsonrpc::parseLine(line, m_limits.maxBatchRequests);
    if (!in.problem.isNull())
        return protocolError(jsonrpc::error(QJsonValue::Null, in.problem));
    if (in.batch)
        return handleBatch(in.messages);
    jsonrpc::Incoming &message = in.messages.first();
    if (const RpcError refused = notRunnable(message); !refused.isNull())
        return protocolError(jsonrpc::error(answerId(message), refused));
    m_protocolErrors = 0;
    if (m_inFlight >= m_limits.maxInFlight) {
        // A notification over the limit is not run either; it has no answer to carry the refusal.
        if (message.kind == jsonrpc::Incoming::Request)
            write(jsonrpc::encode(jsonrpc::error(message.id, tooManyInFlight(m_limits.maxInFlight))), "answers");
        return;
    }
    ++m_inFlight;
    m_dispatcher->dispatch(this, std::move(message));
}

void Connection::handleBatch(QList<jsonrpc::Incoming> &members)
{
    // Every member runs exactly as if it had come alone (limits, refusal counting, auditing); only
    // the answers are gathered into one array.
    auto batch = std::make_shared<BatchReply>(this, members.size());
    bool anyRunnable = false;
    for (qsizetype i = 0; i < members.size() && !m_closing; ++i) {
        jsonrpc::Incoming &in = members[i];
        if (const RpcError refused = notRunnable(in); !refused.isNull()) {
            batch->finish(i, jsonrpc::error(answerId(in), refused));
            continue;
        }
        anyRunnable = true;
        if (m_inFlight >= m_limits.maxInFlight) {
            batch->finish(i, in.kind == jsonrpc::Incoming::Request ? jsonrpc::error(in.id, tooManyInFlight(m_limits.maxInFlight)) : QJsonObject());
            continue;
        }
        ++m_inFlight;
        batch->holdSlot();
        m_dispatcher->dispatch(this, std::move(in), BatchSlot{batch, i});
    }
    if (anyRunnable)
        m_protocolErrors = 0;
    else
        countProtocolError();
}

void Connection::protocolError(const QJsonObject &message)
{
    write(jsonrpc::encode(message), "answers");
    countProtocolError();
}

void Connection::countProtocolError()
{
    if (++m_protocolErrors >= m_limits.maxProtocolErrors)
        close(QStringLiteral("%1 malformed messages in a row").arg(m_protocolErrors));
}

void Connection::sendResponse(const QJsonObject &message)
{
    if (m_inFlight > 0)
        --m_inFlight;
    write(jsonrpc::encode(message), "answers");
}

void Connection::finishNotification()
{
    if (m_inFlight > 0)
        --m_inFlight;
}

void Connection::sendBatch(const QJsonArray &answers, int heldSlots)
{
    m_inFlight = qMax(0, m_inFlight - heldSlots);
    if (!answers.isEmpty())
        write(jsonrpc::encode(answers), "answers");
}

void Connection::sendRaw(const QByteArray &line)
{
    if (m_ready)
        write(line, "events");
}

void Connection::write(const QByteArray &bytes, const char *what)
{
    if (!m_socket || m_closing)
        return;
    m_socket->write(bytes);
    if (m_socket->bytesToWrite() > m_limits.maxOutputBytes)
        close(QStringLiteral("peer does not read its ") + QLatin1String(what));
}

void Connection::close(const QString &reason)
{
    if (m_closing)
        return;
    m_closing = true;
    qCInfo(lcConn).noquote() << "connection" << m_id << m_peer << "closed:" << reason;
    if (m_socket) {
        m_socket->disconnect(this);
        if (m_socket->state() == QAbstractSocket::ConnectedState) {
            m_socket->flush();
            m_socket->disconnectFromHost();
        } else {
            m_socket->abort();
        }
    }
    Q_EMIT closed(this);
    deleteLater();
}

void Connection::checkTimeouts(qint64 nowMs)
{
    if (m_closing)
        return;
    if (!m_ready && nowMs - m_createdMs > qint64(m_limits.handshakeSeconds) * 1000)
        return close(QStringLiteral("TLS handshake not finished in time"));
    if (m_partialSinceMs >= 0 && nowMs - m_partialSinceMs > qint64(m_limits.partialLineSeconds) * 1000)
        return close(QStringLiteral("message not finished in time"));
    if (m_inFlight == 0 && nowMs - m_lastMessageMs > qint64(m_limits.idleSeconds) * 1000)
        return close(QStringLiteral("idle"));
}

qint64 connectionClockMs() { return monotonicMs(); }

} // namespace concord
