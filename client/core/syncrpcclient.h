#pragma once
#include "protocol/lineframer.h"
#include "protocol/rpcerror.h"

#include <QJsonObject>
#include <QList>
#include <QString>
#include <memory>

class QTcpSocket;

namespace concord {

// A blocking JSON-RPC client for scripts, concordctl, tests and benchmarks (never for a GUI thread:
// the desktop client has its own asynchronous RpcClient). Speaks TLS with certificate pinning
// (trust on first use) or, if asked, plain TCP to a loopback server.
class SyncRpcClient
{
public:
    struct Options
    {
        QString host = QStringLiteral("127.0.0.1");
        quint16 port = 7443;
        bool tls = true;
        QString pinFile;        // empty = no pinning (the fingerprint is still reported)
        bool acceptNewCertificate = false; // replace a changed pin
        int timeoutMs = 30000;
    };
    struct Response
    {
        QJsonObject result;
        RpcError error;
        bool ok() const { return error.isNull(); }
    };

    SyncRpcClient();
    ~SyncRpcClient();
    bool connectTo(const Options &options, QString *error);
    void disconnect();
    bool isConnected() const;
    QString serverFingerprint() const { return m_fingerprint; }

    Response call(const QString &method, const QJsonObject &params = {});
    // Sends raw bytes (protocol tests) and reads the next message that is not an event.
    bool sendRaw(const QByteArray &bytes);
    QJsonObject readMessage(int timeoutMs, bool *ok);
    // Next server-pushed event ({seq, topic, at, data}); false on timeout.
    bool nextEvent(QJsonObject *event, int timeoutMs);
    QList<QJsonObject> takeEvents();

    // Convenience: auth.login; returns the result or fills error.
    Response login(const QString &user, const QString &password);

private:
    bool readLines(int timeoutMs);
    std::unique_ptr<QTcpSocket> m_socket;
    LineFramer m_framer;
    QList<QJsonObject> m_pending; // messages read but not yet consumed
    QList<QJsonObject> m_events;
    Options m_options;
    QString m_fingerprint;
    qint64 m_nextId = 1;
};

} // namespace concord
