#pragma once
#include "net/connection.h"

#include <QHash>
#include <QSslConfiguration>
#include <QTcpServer>
#include <QTimer>

namespace concord {

// Accepts TCP connections, wraps them in TLS unless plain loopback was asked for explicitly,
// enforces the connection limit and sweeps per-connection timeouts.
class RpcListener : public QTcpServer
{
    Q_OBJECT
public:
    RpcListener(Dispatcher *dispatcher, ConnectionLimits limits, int maxConnections, QObject *parent = nullptr);
    void setTls(const QSslConfiguration &config) { m_tls = config; m_useTls = true; }
    bool usesTls() const { return m_useTls; }
    int connectionCount() const { return int(m_connections.size()); }
    QList<Connection *> connections() const { return m_connections.values(); }
    void closeAll(const QString &reason);

Q_SIGNALS:
    void connectionClosed(concord::Connection *connection);

protected:
    void incomingConnection(qintptr descriptor) override;

private:
    Dispatcher *m_dispatcher;
    ConnectionLimits m_limits;
    int m_maxConnections;
    QSslConfiguration m_tls;
    bool m_useTls = false;
    QHash<quint64, Connection *> m_connections;
    QTimer m_sweep;
};

} // namespace concord
