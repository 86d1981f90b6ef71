#pragma once
#include "rpcconnection.h"

#include <QList>
#include <QObject>
#include <QStringList>
#include <vector>

namespace concord::bench {

// Who a pooled connection signs in as: with a session token (auth.resume, cheap) when one is
// known, else with the password (auth.login, one PBKDF2 on the server).
struct Account
{
    QString user;
    QString password;
    QString sessionToken;
};

// Opens a number of RpcConnections in the calling thread, all at once, signs each in (accounts
// taken round-robin) and optionally subscribes each to event topics. Owns the connections.
class ConnectionPool : public QObject
{
    Q_OBJECT
public:
    explicit ConnectionPool(const Endpoint &endpoint, QObject *parent = nullptr);
    ~ConnectionPool() override;

    // Blocks (running a local event loop) until all are ready, one failed, or the timeout passed.
    bool open(int count, const QList<Account> &accounts, const QStringList &topics, int timeoutMs, QString *error);
    const std::vector<RpcConnection *> &connections() const { return m_connections; }
    void closeAll();

private:
    void signIn(RpcConnection *c, const Account &account, bool useToken);
    void subscribe(RpcConnection *c);
    void markReady();
    void markFailed(const QString &reason);

    Endpoint m_endpoint;
    std::vector<RpcConnection *> m_connections;
    QStringList m_topics;
    int m_ready = 0;
    QString m_error;
};

} // namespace concord::bench
