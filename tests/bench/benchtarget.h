#pragma once
#include "connectionpool.h"
#include "testserver.h"

#include <QStringList>
#include <memory>

namespace concord::bench {

// The server a benchmark talks to: either a fresh concord-server on SQLite (demo, TLS unless told
// otherwise, its own temporary data directory) started by the test harness for each run, or an
// already running one named with --server HOST:PORT.
class BenchTarget
{
public:
    BenchTarget(QString external, bool tls, QString password, qint64 externalPid = 0);
    ~BenchTarget();

    bool managed() const { return m_external.isEmpty(); }
    // Starts a fresh server (managed) or checks the address (external).
    bool start(QString *error);
    void stop();

    Endpoint endpoint() const { return m_endpoint; }
    qint64 serverPid() const; // 0 when external and not given
    QString dataDir() const;
    QString describe() const;
    QString serverLogTail(int lines = 30) const;

    // Signs in once per user with the password; the returned accounts carry the session tokens so
    // the pooled connections only resume the sessions (no PBKDF2 per connection).
    bool accounts(const QStringList &users, QList<Account> *out, QString *error) const;
    test::TestServer *server() const { return m_server.get(); }

private:
    QString m_external;
    bool m_tls;
    QString m_password;
    qint64 m_externalPid;
    Endpoint m_endpoint;
    std::unique_ptr<test::TestServer> m_server;
};

} // namespace concord::bench
