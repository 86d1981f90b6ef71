#include "rpcconnection.h"

#include "benchclock.h"
#include "protocol/jsonrpc.h"

#include <QJsonDocument>
#include <QSslSocket>

namespace concord::bench {

RpcConnection::RpcConnection(const Endpoint &endpoint, QObject *parent)
    : QObject(parent), m_endpoint(endpoint), m_framer(jsonrpc::kMaxLineBytes)
{
}

RpcConnection::~RpcConnection() { abort(); }

void RpcConnection::open()
{
    if (m_endpoint.tls) {
        auto *ssl = new QSslSocket(this);
        ssl->setPeerVerifyMode(QSslSocket::VerifyNone); // the benchmark's own self-signed server
        connect(ssl, &QSslSocket::encrypted, this, [this] {
            m_open = true;
            Q_EMIT opened();
        });
        m_socket = ssl;
    } else {
        m_socket = new QTcpSocket(this);
        connect(m_socket, &QTcpSocket::connected, this, [this] {
            m_open = true;
            Q_EMIT opened();
        });
    }
    connect(m_socket, &QTcpSocket::readyRead, this, &RpcConnection::onReadyRead);
    connect(m_socket, &QAbstractSocket::errorOccurred, this, [this](QAbstractSocket::SocketError) { fail(m_socket->errorString()); });
    connect(m_socket, &QTcpSocket::disconnected, this, [this] { fail(QStringLiteral("server closed the connection")); });
    m_socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    if (m_endpoint.tls)
        static_cast<QSslSocket *>(m_socket)->connectToHostEncrypted(m_endpoint.host, m_endpoint.port);
    else
        m_socket->connectToHost(m_endpoint.host, m_endpoint.port);
}

void RpcConnection::abort()
{
    m_open = false;
    m_failed = true; // no failure reports once we closed it ourselves
    if (m_socket) {
        m_socket->disconnect(this);
        m_socket->abort();
    }
}

void RpcConnection::fail(const QString &reason)
{
    m_open = false;
    if (m_failed)
        return;
    m_failed = true;
    Q_EMIT failed(reason);
}

qint64 RpcConnection::call(const QByteArray &method, const QByteArray &params, ReplyHandler handler)
{
    const qint64 id = m_nextId++;
    QByteArray line;
    line.reserve(48 + method.size() + params.size());
    line += R"({"jsonrpc":"2.0","id":)";
    line += QByteArray::number(id);
    line += R"(,"method":")";
    line += method;
    line += R"(","params":)";
    line += params.isEmpty() ? QByteArray("{}") : params;
    line += "}\n";
    m_pending.insert(id, Pending{nowNs(), std::move(handler)});
    if (m_socket)
        m_socket->write(line);
    return id;
}

void RpcConnection::onReadyRead()
{
    const qint64 now = nowNs();
    QList<QByteArray> lines;
    if (!m_framer.feed(m_socket->readAll(), lines))
        return fail(QStringLiteral("line too long"));
    for (const QByteArray &line : std::as_const(lines)) {
        const QJsonObject o = QJsonDocument::fromJson(line).object();
        if (o.contains(QLatin1String("method"))) {
            ++m_events;
            if (m_eventHandler)
                m_eventHandler(now, o.value(QLatin1String("params")).toObject());
            continue;
        }
        const auto it = m_pending.find(o.value(QLatin1String("id")).toInteger(-1));
        if (it == m_pending.end())
            continue; // e.g. an error about a line the server could not read: nothing waits for it
        Reply r;
        r.id = it.key();
        r.sentNs = it->sentNs;
        r.receivedNs = now;
        r.ok = o.contains(QLatin1String("result"));
        r.message = o;
        ReplyHandler handler = std::move(it->handler);
        m_pending.erase(it);
        if (handler)
            handler(r);
        else if (m_defaultHandler)
            m_defaultHandler(r);
    }
}

} // namespace concord::bench
