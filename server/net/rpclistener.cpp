#include "net/rpclistener.h"

#include <QLoggingCategory>
#include <QSslSocket>

namespace concord {

Q_LOGGING_CATEGORY(lcListen, "concord.listener")

RpcListener::RpcListener(Dispatcher *dispatcher, ConnectionLimits limits, int maxConnections, QObject *parent)
    : QTcpServer(parent), m_dispatcher(dispatcher), m_limits(limits), m_maxConnections(maxConnections)
{
    m_sweep.setInterval(1000);
    connect(&m_sweep, &QTimer::timeout, this, [this] {
        const qint64 now = connectionClockMs();
        const auto list = m_connections.values();
        for (Connection *c : list)
            c->checkTimeouts(now);
    });
    m_sweep.start();
}

void RpcListener::incomingConnection(qintptr descriptor)
{
    QTcpSocket *socket = m_useTls ? new QSslSocket : new QTcpSocket;
    if (!socket->setSocketDescriptor(descriptor)) {
        delete socket;
        return;
    }
    if (int(m_connections.size()) >= m_maxConnections) {
        qCWarning(lcListen).noquote() << "refused connection from" << socket->peerAddress().toString()
                                      << ": limit of" << m_maxConnections << "connections reached";
        socket->abort();
        delete socket;
        return;
    }
    socket->setSocketOption(QAbstractSocket::LowDelayOption, 1);
    auto *conn = new Connection(socket, m_useTls, m_dispatcher, m_limits, this);
    m_connections.insert(conn->id(), conn);
    connect(conn, &Connection::closed, this, [this](Connection *c) {
        m_connections.remove(c->id());
        Q_EMIT connectionClosed(c);
    });
    if (m_useTls) {
        auto *ssl = static_cast<QSslSocket *>(socket);
        ssl->setSslConfiguration(m_tls);
        ssl->startServerEncryption();
    }
}

void RpcListener::closeAll(const QString &reason)
{
    const auto list = m_connections.values();
    for (Connection *c : list)
        c->close(reason);
}

} // namespace concord
