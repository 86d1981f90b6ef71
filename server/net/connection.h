#pragma once
#include "protocol/jsonrpc.h"
#include "protocol/lineframer.h"

#include <QByteArray>
#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonObject>
#include <QObject>
#include <QPointer>
#include <QTcpSocket>

namespace concord {

class Dispatcher;

struct ConnectionLimits
{
    qsizetype maxLineBytes = 8 * 1024 * 1024;
    // Until a session is bound: enough for sign-in and discovery, too little to make hundreds of
    // unauthenticated connections hold megabytes each.
    qsizetype maxAnonymousLineBytes = 64 * 1024;
    int maxInFlight = 256;          // requests and notifications running, batch members included
    qsizetype maxBatchRequests = 100; // messages in one batch (JSON-RPC 2.0 §6)
    int idleSeconds = 300;          // no complete message for this long -> closed
    int partialLineSeconds = 30;    // a line started but not finished (slow loris)
    int handshakeSeconds = 10;      // TLS handshake must finish within this
    qint64 maxOutputBytes = 64 * 1024 * 1024; // a peer that does not read its answers is dropped
    int maxProtocolErrors = 50;     // consecutive malformed messages before the connection is dropped
};

// One client connection: framing, limits, in-flight accounting and the session bound to it.
// Lives on the network thread; requests go to the Dispatcher, answers come back via send*().
class Connection : public QObject
{
    Q_OBJECT
public:
    Connection(QTcpSocket *socket, bool tls, Dispatcher *dispatcher, const ConnectionLimits &limits, QObject *parent = nullptr);
    ~Connection() override;

    quint64 id() const { return m_id; }
    QString peer() const { return m_peer; }
    bool isReady() const { return m_ready; }

    // The answer to a request; frees one in-flight slot.
    void sendResponse(const QJsonObject &message);
    // A notification has finished: frees its in-flight slot and sends nothing (JSON-RPC 2.0 §4.1).
    void finishNotification();
    // A batch has finished: its answers as one array line (none when it held only notifications);
    // frees the `heldSlots` in-flight slots its members held.
    void sendBatch(const QJsonArray &answers, int heldSlots);
    // A server push (event notification), already encoded with its trailing newline.
    void sendRaw(const QByteArray &line);

    const QString &sessionId() const { return m_sessionId; }
    // Binding a session also lifts the line limit to maxLineBytes; unbinding lowers it again.
    void bindSession(const QString &sessionId);

    void close(const QString &reason);
    // Refused requests made on this connection without a session (the dispatcher limits them).
    int countAnonymousRefusal() { return ++m_anonymousRefusals; }
    // Called periodically by the listener with a monotonic clock.
    void checkTimeouts(qint64 nowMs);

Q_SIGNALS:
    void closed(concord::Connection *connection);

private:
    void onReadyRead();
    void handleLine(const QByteArray &line);
    // Runs each member of a batch as if it had come alone; a BatchReply gathers the answers.
    void handleBatch(QList<jsonrpc::Incoming> &members);
    void protocolError(const QJsonObject &message);
    void countProtocolError();
    void write(const QByteArray &bytes, const char *what);

    QPointer<QTcpSocket> m_socket;
    Dispatcher *m_dispatcher;
    ConnectionLimits m_limits;
    LineFramer m_framer;
    quint64 m_id;
    QString m_peer;
    QString m_sessionId;
    bool m_ready = false;
    bool m_closing = false;
    int m_inFlight = 0;
    int m_protocolErrors = 0;
    int m_anonymousRefusals = 0;
    qint64 m_createdMs = 0;
    qint64 m_lastMessageMs = 0;
    qint64 m_partialSinceMs = -1;
};

// Monotonic milliseconds used for all connection timeouts.
qint64 connectionClockMs();

} // namespace concord
