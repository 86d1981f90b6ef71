#include "benchtarget.h"

#include "core/syncrpcclient.h"

#include <QProcessEnvironment>

namespace concord::bench {

BenchTarget::BenchTarget(QString external, bool tls, QString password, qint64 externalPid)
    : m_external(std::move(external)), m_tls(tls), m_password(std::move(password)), m_externalPid(externalPid)
{
    m_endpoint.tls = tls;
}

BenchTarget::~BenchTarget() { stop(); }

bool BenchTarget::start(QString *error)
{
    if (!managed()) {
        const int colon = m_external.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        m_endpoint.host = m_external.left(colon);
        m_endpoint.port = quint16(m_external.mid(colon + 1).toUInt(&ok));
        if (colon <= 0 || !ok || m_endpoint.port == 0) {
            *error = QStringLiteral("--server must be HOST:PORT, got %1").arg(m_external);
            return false;
        }
        return true;
    }
    stop();
    // The write benchmarks are defined on SQLite, whatever the test run around them selected.
    qputenv("CONCORD_TEST_DIALECT", "sqlite");
    m_server = std::make_unique<test::TestServer>();
    test::TestServer::Options o;
    o.demo = true;
    o.tls = m_tls;
    if (!m_server->start(o)) {
        *error = QStringLiteral("the server did not start:\n") + m_server->log().right(4000);
        m_server.reset();
        return false;
    }
    m_endpoint.host = QStringLiteral("127.0.0.1");
    m_endpoint.port = m_server->port();
    return true;
}

void BenchTarget::stop()
{
    if (m_server) {
        m_server->stop();
        m_server.reset();
    }
}

qint64 BenchTarget::serverPid() const { return m_server ? m_server->pid() : m_externalPid; }
QString BenchTarget::dataDir() const { return m_server ? m_server->dataDir() : QString(); }

QString BenchTarget::describe() const
{
    if (!managed())
        return QStringLiteral("running server %1 (%2)").arg(m_external, m_tls ? QStringLiteral("TLS") : QStringLiteral("plain TCP"));
    return QStringLiteral("fresh concord-server per run: SQLite, demo, %1, on 127.0.0.1").arg(m_tls ? QStringLiteral("TLS") : QStringLiteral("plain TCP"));
}

QString BenchTarget::serverLogTail(int lines) const
{
    if (!m_server)
        return QString();
    const QStringList all = m_server->log().split(QLatin1Char('\n'));
    return all.mid(qMax<qsizetype>(0, all.size() - lines)).join(QLatin1Char('\n'));
}

bool BenchTarget::accounts(const QStringList &users, QList<Account> *out, QString *error) const
{
    out->clear();
    for (const QString &user : users) {
        SyncRpcClient client;
        SyncRpcClient::Options o;
        o.host = m_endpoint.host;
        o.port = m_endpoint.port;
        o.tls = m_endpoint.tls;
        o.timeoutMs = 120000; // PBKDF2 with the production iteration count on a busy machine
        QString err;
        if (!client.connectTo(o, &err)) {
            *error = QStringLiteral("cannot connect to %1:%2: %3").arg(m_endpoint.host).arg(m_endpoint.port).arg(err);
            return false;
        }
        const auto r = client.login(user, m_password);
        if (!r.ok()) {
            *error = QStringLiteral("auth.login as %1: %2 %3").arg(user, r.error.dataCode, r.error.message);
            return false;
        }
        out->append({user, m_password, r.result.value(QStringLiteral("sessionToken")).toString()});
    }
    return true;
}

} // namespace concord::bench
