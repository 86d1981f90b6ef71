#pragma once
#include "protocol/lineframer.h"

#include <QHash>
#include <QJsonObject>
#include <QObject>
#include <QString>
#include <functional>

class QTcpSocket;

namespace concord::bench {

struct Endpoint
{
    QString host = QStringLiteral("127.0.0.1");
    quint16 port = 0;
    bool tls = true;
};

// An event-driven JSON-RPC connection for load generation: many of them share one thread, each
// keeps any number of requests in flight (pipelined) and times every answer with the monotonic
// clock. TLS without certificate verification (the benchmark talks to its own self-signed server).
class RpcConnection : public QObject
{
    Q_OBJECT
public:
    struct Reply
    {
        qint64 id = 0;
        qint64 sentNs = 0;
        qint64 receivedNs = 0;
        bool ok = false;
        QJsonObject message; // the whole response: {id, result} or {id, error}
    };
    using ReplyHandler = std::function<void(const Reply &)>;
    using EventHandler = std::function<void(qint64 receivedNs, const QJsonObject &params)>;

    explicit RpcConnection(const Endpoint &endpoint, QObject *parent = nullptr);
    ~RpcConnection() override;

    // Connects (and finishes the TLS handshake); emits opened() or failed().
    void open();
    void abort();
    bool isOpen() const { return m_open; }

    // Sends one request; `params` is a compact JSON object. `handler` (or else the default reply
    // handler) runs when the answer arrives. Returns the request id.
    qint64 call(const QByteArray &method, const QByteArray &params, ReplyHandler handler = {});
    void setDefaultReplyHandler(ReplyHandler handler) { m_defaultHandler = std::move(handler); }
    void setEventHandler(EventHandler handler) { m_eventHandler = std::move(handler); }
    int inFlight() const { return int(m_pending.size()); }
    quint64 eventsReceived() const { return m_events; }

Q_SIGNALS:
    void opened();
    void failed(const QString &reason);

private:
    void onReadyRead();
    void fail(const QString &reason);

    struct Pending
    {
        qint64 sentNs = 0;
        ReplyHandler handler;
    };
    Endpoint m_endpoint;
    QTcpSocket *m_socket = nullptr;
    LineFramer m_framer;
    QHash<qint64, Pending> m_pending;
    ReplyHandler m_defaultHandler;
    EventHandler m_eventHandler;
    qint64 m_nextId = 1;
    quint64 m_events = 0;
    bool m_open = false;
    bool m_failed = false;
};

} // namespace concord::bench
