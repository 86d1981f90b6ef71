#pragma once
// A TLS connection to a TestServer that sends and reads whole lines, for tests that must see the
// wire as it is: batch answers (JSON arrays), and the absence of an answer to a notification.
#include "protocol/jsonrpc.h"
#include "protocol/lineframer.h"
#include "testserver.h"

#include <QDeadlineTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QSslSocket>
#include <memory>

namespace concord::test {

class LineClient
{
public:
    // Connects with TLS and checks the server's certificate against the fingerprint a pinned
    // SyncRpcClient saw (trust on first use, as docs/protocol.md describes).
    bool connectTo(const TestServer &server)
    {
        auto pinned = server.client();
        if (!pinned)
            return false;
        m_socket = std::make_unique<QSslSocket>();
        m_socket->setPeerVerifyMode(QSslSocket::VerifyNone);
        m_socket->connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port());
        if (!m_socket->waitForEncrypted(30000))
            return false;
        return QString::fromLatin1(m_socket->peerCertificate().digest(QCryptographicHash::Sha256).toHex(':')) == pinned->serverFingerprint();
    }

    bool isConnected() const { return m_socket && m_socket->state() == QAbstractSocket::ConnectedState; }

    bool send(const QByteArray &line)
    {
        if (!m_socket)
            return false;
        m_socket->write(line.endsWith('\n') ? line : line + '\n');
        return m_socket->waitForBytesWritten(30000) || m_socket->bytesToWrite() == 0;
    }

    // The next line from the server as it came (empty on timeout or when the connection closed).
    QByteArray nextLine(int timeoutMs = 20000)
    {
        QDeadlineTimer deadline(timeoutMs);
        while (m_lines.isEmpty() && !deadline.hasExpired() && m_socket) {
            if (m_socket->bytesAvailable() == 0 && !m_socket->waitForReadyRead(int(qMax<qint64>(1, deadline.remainingTime()))))
                if (m_socket->state() != QAbstractSocket::ConnectedState)
                    break;
            QList<QByteArray> lines;
            if (!m_framer.feed(m_socket->readAll(), lines))
                break;
            m_lines += lines;
        }
        return m_lines.isEmpty() ? QByteArray() : m_lines.takeFirst();
    }

    // The next line parsed: an object or an array; Undefined when none came.
    QJsonValue next(int timeoutMs = 20000)
    {
        const QJsonDocument doc = QJsonDocument::fromJson(nextLine(timeoutMs));
        if (doc.isObject())
            return doc.object();
        if (doc.isArray())
            return doc.array();
        return QJsonValue::Undefined;
    }

    QJsonObject call(const QJsonValue &id, const QString &method, const QJsonObject &params = {})
    {
        send(jsonrpc::encode(jsonrpc::request(id, method, params)));
        return next().toObject();
    }

    bool login(const QString &user, const QString &password = TestServer::demoPassword())
    {
        const QJsonObject r = call(QStringLiteral("login"), QStringLiteral("auth.login"),
                                   {{QStringLiteral("user"), user}, {QStringLiteral("password"), password}});
        return r.value(QStringLiteral("result")).toObject().contains(QStringLiteral("sessionToken"));
    }

private:
    std::unique_ptr<QSslSocket> m_socket;
    LineFramer m_framer{jsonrpc::kMaxLineBytes};
    QList<QByteArray> m_lines;
};

} // namespace concord::test
