#pragma once
// For the few client tests that need what a real server never does (a gap in the event stream).
#include "protocol/jsonrpc.h"
#include "protocol/lineframer.h"

#include <QJsonObject>
#include <QTcpServer>
#include <QTcpSocket>
#include <functional>
#include <memory>

namespace concord::test {

// A scripted stand-in for the server on a plain loopback socket: onRequest answers each request
// (reply) and may push events.
class FakeServer : public QObject
{
public:
    std::function<void(QTcpSocket *, const jsonrpc::Incoming &)> onRequest;
    FakeServer()
    {
        m_server.listen(QHostAddress::LocalHost, 0);
        QObject::connect(&m_server, &QTcpServer::newConnection, this, [this] {
            QTcpSocket *socket = m_server.nextPendingConnection();
            auto framer = std::make_shared<LineFramer>(jsonrpc::kMaxLineBytes);
            QObject::connect(socket, &QIODevice::readyRead, this, [this, socket, framer] {
                QList<QByteArray> lines;
                framer->feed(socket->readAll(), lines);
                for (const QByteArray &line : lines)
                    onRequest(socket, jsonrpc::parse(line));
            });
        });
    }
    quint16 port() const { return m_server.serverPort(); }
    static void reply(QTcpSocket *socket, const jsonrpc::Incoming &in, const QJsonObject &result)
    {
        socket->write(jsonrpc::encode(jsonrpc::result(in.id, result)));
    }
    static void push(QTcpSocket *socket, qint64 seq)
    {
        socket->write(jsonrpc::encode(jsonrpc::notification(
            QStringLiteral("event"), {{QStringLiteral("seq"), seq}, {QStringLiteral("at"), QStringLiteral("2026-01-01T00:00:00.000Z")},
                                      {QStringLiteral("topic"), QStringLiteral("alarm.raised")}, {QStringLiteral("data"), QJsonObject()}})));
    }

private:
    QTcpServer m_server;
};

} // namespace concord::test
