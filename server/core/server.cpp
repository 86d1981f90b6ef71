#include "core/server.h"
#include "protocol/jsonrpc.h"

#include "audit/auditanchorer.h"
#include "concord/version.h"
#include "core/cryptopool.h"
#include "core/logging.h"
#include "core/services.h"
#include "events/eventhub.h"
#include "events/eventnotifier.h"
#include "identity/bootstrap.h"
#include "identity/sessionmanager.h"
#include "identity/signingate.h"
#include "net/rpclistener.h"
#include "net/tlsidentity.h"
#include "rpc/dispatcher.h"
#include "rpc/methodregistry.h"
#include "core/modules.h"
#include "core/statements.h"
#include "signature/signatureservice.h"
#include "storage/database.h"
#include "storage/idempotencypruner.h"
#include "storage/migrator.h"
#include "storage/readerpool.h"
#include "storage/sqlcatalog.h"
#include "storage/writer.h"

#include <QDir>
#include <QFile>
#include <QHostAddress>
#include <QLoggingCategory>
#include <QSaveFile>
#include <QSqlQuery>
#include <QSysInfo>
#include <QUuid>

namespace concord {

Q_LOGGING_CATEGORY(lcServer, "concord.server")

Server::Server(ServerConfig config, QObject *parent) : QObject(parent), m_config(std::move(config)) {}

Server::~Server() { stop(); }

quint16 Server::port() const { return m_listener ? m_listener->serverPort() : 0; }

bool Server::start(QString *error)
{
    QDir().mkpath(m_config.dataDir);
    QFile::setPermissions(m_config.dataDir, QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    QString err;
    const DbSettings settings = DbSettings::parse(m_config.dbUrl, &err);
    if (!err.isEmpty()) {
        *error = err;
        return false;
    }
    m_database = std::make_unique<Database>(settings);
    qCInfo(lcServer).noquote() << "Concord server" << kVersion << "starting; database" << settings.redacted();

    m_catalog = std::make_unique<SqlCatalog>(loadStatements(settings.dialect, &err));
    if (!err.isEmpty()) {
        *error = err;
        return false;
    }

    qint64 eventHead = 0;
    bool hasUsers = false;
    bool demoDatabase = false;
    {
        const QString name = QStringLiteral("concord-startup");
        QSqlDatabase db = m_database->open(name, Database::Role::Admin, &err);
        if (!err.isEmpty()) {
            *error = QStringLiteral("cannot open database %1: %2").arg(settings.redacted(), err);
            Database::close(name);
            return false;
        }
        int applied = 0;
        bool migrated = false;
        {
            Migrator migrator(*m_database, db, m_catalog.get());
            migrated = migrator.migrate(&err, &applied);
        }
        if (!migrated) {
            *error = QStringLiteral("schema migration failed: ") + err;
            db = QSqlDatabase();
            Database::close(name);
            return false;
        }
        qCInfo(lcServer) << "schema up to date," << applied << "migration(s) applied";
        {
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT seq FROM chain_head WHERE name = 'event'"));
        if (q.next())
            eventHead = q.value(0).toLongLong();
        q.exec(QStringLiteral("SELECT COUNT(*) FROM app_user"));
        hasUsers = q.next() && q.value(0).toLongLong() > 0;
        q.exec(QStringLiteral("SELECT key, value FROM instance_setting"));
        while (q.next()) {
            if (q.value(0).toString() == QLatin1String("instance_id"))
                m_instanceId = q.value(1).toString();
            if (q.value(0).toString() == QLatin1String("demo"))
                demoDatabase = q.value(1).toString() == QLatin1String("1");
        }
        }
        db = QSqlDatabase();
        Database::close(name);
    }
    if (m_config.demo && hasUsers && !demoDatabase) {
        *error = QStringLiteral("--demo was given but %1 already holds a non-demo plant; use another --data or --db").arg(settings.redacted());
        return false;
    }
    m_demo = m_config.demo || demoDatabase;

    m_writer = std::make_unique<Writer>(*m_database, *m_catalog, m_config.writerMaxBatch);
    if (!m_writer->start(&err)) {
        *error = QStringLiteral("writer: ") + err;
        return false;
    }
    m_readers = std::make_unique<ReaderPool>(*m_database, *m_catalog, m_config.readerThreads);
    if (!m_readers->start(&err)) {
        *error = QStringLiteral("readers: ") + err;
        return false;
    }
    m_crypto = std::make_unique<CryptoPool>(m_config.cryptoThreads, m_config.cryptoReservedThreads);
    m_signIns = std::make_unique<SignInGate>(m_config.signInsPerConnection, m_config.signInsPerAddress);
    m_sessions = std::make_unique<SessionManager>(*m_writer, *m_readers, m_config.sessionIdleMinutes);
    m_events = std::make_unique<EventHub>(*m_readers, eventHead);
    m_signatures = std::make_unique<SignatureService>();
    m_registry = std::make_unique<MethodRegistry>();
    m_dispatcher = std::make_unique<Dispatcher>(*m_registry, *m_sessions, *m_writer, *m_readers);
    // A subscription receives only the topics its session may read, with its permissions of now.
    m_events->setReadCheck([sessions = m_sessions.get()](const Connection *c, const QString &permission) {
        return c && !c->sessionId().isEmpty() && sessions->holds(c->sessionId(), permission);
    });
    connect(m_writer.get(), &Writer::eventsCommitted, m_events.get(), &EventHub::onCommitted);
    // Sessions react to identity changes made on any instance (deactivation, lock, new roles).
    connect(m_events.get(), &EventHub::delivered, m_sessions.get(), &SessionManager::onEvents);
    if (settings.dialect == Dialect::Postgres) {
        m_notifier = std::make_unique<EventNotifier>(*m_database);
        connect(m_notifier.get(), &EventNotifier::committed, m_events.get(), &EventHub::onNotified);
        m_notifier->start();
    }
    m_services.reset(new Services{m_config, *m_database, *m_registry, *m_writer, *m_readers, *m_sessions, *m_events,
                                  *m_signatures, *m_dispatcher, *m_crypto, *m_signIns, m_demo, m_instanceId});
    registerModules(*m_services);

    if (!bootstrap(error))
        return false;
    m_pruner = std::make_unique<IdempotencyPruner>(*m_writer, m_config.idempotencyRetentionHours);
    m_pruner->start();

    ConnectionLimits limits;
    limits.maxLineBytes = m_config.maxLineBytes;
    limits.maxAnonymousLineBytes = m_config.maxAnonymousLineBytes;
    limits.maxInFlight = m_config.maxInFlight;
    limits.maxBatchRequests = m_config.maxBatchRequests;
    limits.idleSeconds = m_config.connectionIdleSeconds;
    limits.partialLineSeconds = m_config.partialLineSeconds;
    limits.handshakeSeconds = m_config.tlsHandshakeSeconds;
    m_listener = std::make_unique<RpcListener>(m_dispatcher.get(), limits, m_config.maxConnections);
    // A connection whose session ended stops acting for it and stops receiving events at once
    // (a deactivated user's screen must not keep showing live data), and is told so: the client
    // shows its sign-in instead of waiting for its next request to be refused.
    connect(m_sessions.get(), &SessionManager::sessionEnded, this, [this](const QString &sessionId, const QString &reason) {
        const QByteArray notice = jsonrpc::encode(jsonrpc::notification(QStringLiteral("session.ended"), {{QStringLiteral("reason"), reason}}));
        for (Connection *c : m_listener->connections()) {
            if (c->sessionId() == sessionId) {
                c->bindSession(QString());
                m_events->unsubscribe(c);
                c->sendRaw(notice);
            }
        }
    });
    if (!m_config.insecureLoopback) {
        QSslConfiguration tls;
        QString fingerprint;
        if (!TlsIdentity::load(m_config.effectiveCert(), m_config.effectiveKey(), m_config.tlsCert.isEmpty(), &tls, &fingerprint, &err)) {
            *error = err;
            return false;
        }
        m_listener->setTls(tls);
        qCInfo(lcServer).noquote() << "TLS certificate SHA-256 fingerprint" << fingerprint;
    } else {
        qCWarning(lcServer) << "TLS is OFF (--insecure-loopback): plain TCP on loopback only";
    }
    const QHostAddress address(m_config.listenHost);
    if (address.isNull() || !m_listener->listen(address, quint16(m_config.listenPort))) {
        *error = QStringLiteral("cannot listen on %1:%2: %3").arg(m_config.listenHost).arg(m_config.listenPort).arg(m_listener->errorString());
        return false;
    }
    if (m_config.pbkdf2Iterations < 600000)
        qCWarning(lcServer) << "PBKDF2 iterations set to" << m_config.pbkdf2Iterations
                            << "- below the 600,000 the security policy requires (acceptable for tests only)";
    // The chain head outside the database: now, every interval when it moved, and at a clean stop.
    m_anchorer = std::make_unique<AuditAnchorer>(
        *m_readers, m_config.effectiveAnchorFile(), m_config.anchorIntervalSeconds,
        AuditAnchorer::Identity{m_instanceId, QStringLiteral("%1:%2").arg(QSysInfo::machineHostName()).arg(m_listener->serverPort())});
    if (!anchorAuditHead(QStringLiteral("start"), &err)) {
        *error = err;
        m_anchorer.reset();
        return false;
    }
    m_anchorer->startInterval();
    qCInfo(lcServer).noquote() << "audit anchors go to" << m_config.effectiveAnchorFile() << "every" << m_config.anchorIntervalSeconds
                               << "s when the chain head moved";
    if (m_demo)
        qCWarning(lcServer) << "*** DEMO INSTANCE: demo accounts with documented passwords - not for production records ***";
    qCInfo(lcServer).noquote() << "listening on" << m_config.listenHost << m_listener->serverPort()
                               << (m_config.insecureLoopback ? "(plain TCP)" : "(TLS)");
    if (!m_config.readyFile.isEmpty()) {
        QSaveFile ready(m_config.readyFile);
        ready.open(QIODevice::WriteOnly);
        ready.write(QStringLiteral("%1 %2\n").arg(m_config.listenHost).arg(m_listener->serverPort()).toUtf8());
        ready.commit();
    }
    return true;
}

bool Server::bootstrap(QString *error)
{
    QString err;
    if (m_instanceId.isEmpty()) {
        m_instanceId = QUuid::createUuid().toString(QUuid::WithoutBraces);
        m_services->instanceId = m_instanceId;
    }
    if (!identity::bootstrap(*m_services, m_config.demo, &err)) {
        *error = err;
        return false;
    }
    return true;
}

bool Server::anchorAuditHead(const QString &reason, QString *error)
{
    // A connection of its own: at start and stop the caller waits for the line to be on disk.
    const QString name = QStringLiteral("concord-anchor");
    bool ok = false;
    {
        QString openError;
        QSqlDatabase db = m_database->open(name, Database::Role::Reader, &openError);
        if (openError.isEmpty()) {
            Sql sql(db, m_catalog.get());
            ok = m_anchorer->anchorNow(sql, reason, error);
        } else {
            *error = QStringLiteral("cannot read the audit chain head: ") + openError;
        }
    }
    Database::close(name);
    return ok;
}

void Server::stop()
{
    if (m_anchorer)
        m_anchorer->stopInterval();
    if (m_listener) {
        m_listener->close();
        m_listener->closeAll(QStringLiteral("server shutting down"));
    }
    if (m_crypto)
        m_crypto->waitForDone();
    m_pruner.reset();
    if (m_writer)
        m_writer->stop();
    if (m_anchorer) {
        // Every acknowledged write is committed now: this head covers all of them.
        QString err;
        if (!anchorAuditHead(QStringLiteral("shutdown"), &err))
            qCCritical(lcServer).noquote() << "no audit anchor at shutdown:" << err;
    }
    if (m_readers)
        m_readers->stop();
    m_anchorer.reset(); // after the readers: an interval anchor may have been queued there
}

} // namespace concord
