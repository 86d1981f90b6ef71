#include "connectionpool.h"

#include <QEventLoop>
#include <QJsonArray>
#include <QJsonDocument>
#include <QTimer>

namespace concord::bench {

namespace {
QByteArray compact(const QJsonObject &o) { return QJsonDocument(o).toJson(QJsonDocument::Compact); }

QString errorText(const RpcConnection::Reply &r)
{
    const QJsonObject e = r.message.value(QLatin1String("error")).toObject();
    return e.value(QLatin1String("data")).toObject().value(QLatin1String("code")).toString() + QLatin1Char(' ') +
           e.value(QLatin1String("message")).toString();
}
} // namespace

ConnectionPool::ConnectionPool(const Endpoint &endpoint, QObject *parent) : QObject(parent), m_endpoint(endpoint) {}

ConnectionPool::~ConnectionPool() { closeAll(); }

void ConnectionPool::closeAll()
{
    for (RpcConnection *c : m_connections) {
        c->abort();
        c->deleteLater();
    }
    m_connections.clear();
}

bool ConnectionPool::open(int count, const QList<Account> &accounts, const QStringList &topics, int timeoutMs, QString *error)
{
    if (accounts.isEmpty()) {
        if (error)
            *error = QStringLiteral("no account to sign in with");
        return false;
    }
    m_topics = topics;
    m_ready = 0;
    m_error.clear();
    QEventLoop loop;
    for (int i = 0; i < count; ++i) {
        auto *c = new RpcConnection(m_endpoint, this);
        m_connections.push_back(c);
        const Account account = accounts.at(i % accounts.size());
        connect(c, &RpcConnection::opened, this, [this, c, account] { signIn(c, account, !account.sessionToken.isEmpty()); });
        connect(c, &RpcConnection::failed, this, [this, i](const QString &why) { markFailed(QStringLiteral("connection %1: %2").arg(i).arg(why)); });
        c->open();
    }
    QTimer timeout;
    timeout.setSingleShot(true);
    connect(&timeout, &QTimer::timeout, &loop, [&] { markFailed(QStringLiteral("timed out after %1 ms").arg(timeoutMs)); });
    timeout.start(timeoutMs);
    QTimer poll; // quits the loop once all are ready or one failed
    connect(&poll, &QTimer::timeout, &loop, [&] {
        if (m_ready == count || !m_error.isEmpty())
            loop.quit();
    });
    poll.start(5);
    loop.exec();
    // From here on a lost connection is the load driver's business, not the pool's.
    for (RpcConnection *c : m_connections)
        disconnect(c, &RpcConnection::failed, this, nullptr);
    if (!m_error.isEmpty()) {
        if (error)
            *error = QStringLiteral("%1 of %2 connections ready; %3").arg(m_ready).arg(count).arg(m_error);
        return false;
    }
    return true;
}

void ConnectionPool::signIn(RpcConnection *c, const Account &account, bool useToken)
{
    if (useToken) {
        c->call("auth.resume", compact({{QStringLiteral("sessionToken"), account.sessionToken}}), [this, c, account](const RpcConnection::Reply &r) {
            if (r.ok)
                return m_topics.isEmpty() ? markReady() : subscribe(c);
            signIn(c, account, false); // the session is gone: sign in with the password instead
        });
        return;
    }
    c->call("auth.login", compact({{QStringLiteral("user"), account.user}, {QStringLiteral("password"), account.password}}),
            [this, c, account](const RpcConnection::Reply &r) {
                if (!r.ok)
                    return markFailed(QStringLiteral("auth.login as %1: %2").arg(account.user, errorText(r)));
                m_topics.isEmpty() ? markReady() : subscribe(c);
            });
}

void ConnectionPool::subscribe(RpcConnection *c)
{
    c->call("events.subscribe", compact({{QStringLiteral("topics"), QJsonArray::fromStringList(m_topics)}}), [this](const RpcConnection::Reply &r) {
        if (!r.ok)
            return markFailed(QStringLiteral("events.subscribe: ") + errorText(r));
        markReady();
    });
}

void ConnectionPool::markReady() { ++m_ready; }

void ConnectionPool::markFailed(const QString &reason)
{
    if (m_error.isEmpty())
        m_error = reason;
}

} // namespace concord::bench
