#pragma once
#include "core/serverconfig.h"

#include <QObject>
#include <memory>

namespace concord {

class AuditAnchorer;
class CryptoPool;
class Database;
class Dispatcher;
class EventHub;
class EventNotifier;
class IdempotencyPruner;
class MethodRegistry;
class ReaderPool;
class RpcListener;
class SessionManager;
class SignInGate;
class SignatureService;
class SqlCatalog;
class Writer;
struct Services;

// The composition root: opens the database, migrates, starts the writer and readers, registers
// every module's methods, bootstraps the first administrator (or the demo plant) and listens.
class Server : public QObject
{
    Q_OBJECT
public:
    explicit Server(ServerConfig config, QObject *parent = nullptr);
    ~Server() override;

    bool start(QString *error);
    void stop();
    quint16 port() const;
    const MethodRegistry &registry() const { return *m_registry; }

private:
    bool bootstrap(QString *error);
    bool anchorAuditHead(const QString &reason, QString *error);

    ServerConfig m_config;
    std::unique_ptr<Database> m_database;
    std::unique_ptr<SqlCatalog> m_catalog;
    std::unique_ptr<MethodRegistry> m_registry;
    std::unique_ptr<Writer> m_writer;
    std::unique_ptr<ReaderPool> m_readers;
    std::unique_ptr<SessionManager> m_sessions;
    std::unique_ptr<EventHub> m_events;
    std::unique_ptr<EventNotifier> m_notifier;
    std::unique_ptr<SignatureService> m_signatures;
    std::unique_ptr<Dispatcher> m_dispatcher;
    std::unique_ptr<RpcListener> m_listener;
    std::unique_ptr<Services> m_services;
    std::unique_ptr<CryptoPool> m_crypto;
    std::unique_ptr<SignInGate> m_signIns;
    std::unique_ptr<AuditAnchorer> m_anchorer;
    std::unique_ptr<IdempotencyPruner> m_pruner;
    QString m_instanceId;
    bool m_demo = false;
};

} // namespace concord
