#pragma once
#include "core/syncrpcclient.h"

#include <QProcess>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <QTemporaryDir>
#include <memory>

namespace concord::test {

// Starts a real concord-server process on an ephemeral loopback port with its own data directory
// and database. The database is SQLite unless CONCORD_TEST_DIALECT=postgres, in which case a fresh
// database is created on the throwaway cluster named by CONCORD_TEST_PG (see tests/pg/pg-cluster.sh).
class TestServer
{
public:
    struct Options
    {
        bool demo = true;
        bool tls = true;
        QStringList extraArgs;
        QStringList env; // KEY=VALUE
        QString sharedDbUrl; // run as a second instance on another server's database
    };
    static Options withEnv(const QStringList &env)
    {
        Options o;
        o.env = env;
        return o;
    }
    static Options nonDemo()
    {
        Options o;
        o.demo = false;
        return o;
    }

    TestServer();
    ~TestServer();

    static bool postgresRequested();
    static bool postgresAvailable();
    static QString skipReason(); // non-empty when the requested dialect cannot run here

    bool start() { return start(Options()); }
    bool start(const Options &options);
    bool restart(); // same data, same port if possible
    void kill9();
    bool stop(); // SIGTERM, waits for a clean exit

    quint16 port() const { return m_port; }
    QString dataDir() const { return m_dir ? m_dir->path() : QString(); }
    // The server's audit anchor file: outside the data directory (the server refuses it inside),
    // in a directory of its own that the test removes (CONCORD_AUDIT_ANCHOR_FILE in Options::env wins).
    QString anchorFile() const;
    QString dbUrl() const { return m_dbUrl; }
    bool isPostgres() const { return m_postgres; }
    QString log() const;
    qint64 pid() const { return m_process ? m_process->processId() : 0; }

    // A client connected (TLS with a fresh pin file, or plain) but not signed in.
    std::unique_ptr<SyncRpcClient> client(QString *error = nullptr) const;
    // A client signed in as a demo user (password Demo#2026plant) or with the given password.
    std::unique_ptr<SyncRpcClient> login(const QString &user, const QString &password = QString()) const;

    // Direct database access behind the server's back (tamper tests, digests).
    QSqlDatabase openDirect(const QString &connectionName) const;
    // SHA-256 over every row of every table, in a stable order.
    QByteArray databaseDigest() const;

    static QString demoPassword();
    static QString adminPassword();

private:
    bool launch();
    std::unique_ptr<QTemporaryDir> m_dir;
    std::unique_ptr<QTemporaryDir> m_anchorDir;
    std::unique_ptr<QProcess> m_process;
    Options m_options;
    QString m_dbUrl;
    QString m_pgDatabase;
    bool m_postgres = false;
    quint16 m_port = 0;
};

} // namespace concord::test
