#pragma once
// A loopback TCP proxy in its own thread that holds back everything the server sends for a while:
// a real server behind a slow network. Bytes are forwarded unchanged (TLS passes through).
#include <QPointer>
#include <QTcpServer>
#include <QTcpSocket>
#include <QThread>
#include <QTimer>
#include <atomic>

namespace concord::test {

class SlowProxy : public QObject
{
public:
    SlowProxy(quint16 upstreamPort, int delayMs) : m_upstreamPort(upstreamPort), m_delayMs(delayMs)
    {
        m_thread.start();
        moveToThread(&m_thread);
        QMetaObject::invokeMethod(this, [this] { listen(); }, Qt::BlockingQueuedConnection);
    }
    ~SlowProxy() override
    {
        QMetaObject::invokeMethod(this, [this] { delete m_server; m_server = nullptr; }, Qt::BlockingQueuedConnection);
        m_thread.quit();
        m_thread.wait();
    }
    quint16 port() const { return m_port; }
    int delayedChunks() const { return m_delayed.load(); }

private:
    void listen()
    {
        m_server = new QTcpServer(this);
        m_server->listen(QHostAddress::LocalHost, 0);
        m_port = m_server->serverPort();
        connect(m_server, &QTcpServer::newConnection, this, [this] {
            while (QTcpSocket *client = m_server->nextPendingConnection()) {
                auto *upstream = new QTcpSocket(client);
                upstream->connectToHost(QHostAddress::LocalHost, m_upstreamPort);
                QPointer<QTcpSocket> c(client), u(upstream);
                connect(client, &QIODevice::readyRead, upstream, [c, u] {
                    if (c && u) u->write(c->readAll()); // towards the server: at once (buffered until connected)
                });
                connect(upstream, &QIODevice::readyRead, client, [this, c, u] {
                    const QByteArray bytes = u->readAll();
                    ++m_delayed;
                    QTimer::singleShot(m_delayMs, c, [c, bytes] {
                        if (c) c->write(bytes);
                    });
                });
                connect(client, &QAbstractSocket::disconnected, client, &QObject::deleteLater);
                connect(upstream, &QAbstractSocket::disconnected, client, [c] {
                    if (c) c->disconnectFromHost();
                });
            }
        });
    }

    QThread m_thread;
    QTcpServer *m_server = nullptr;
    quint16 m_upstreamPort = 0;
    quint16 m_port = 0;
    int m_delayMs = 0;
    std::atomic<int> m_delayed{0};
};

} // namespace concord::test
