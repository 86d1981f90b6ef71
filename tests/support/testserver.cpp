#include "testserver.h"

#include <QCryptographicHash>
#include <QDeadlineTimer>
#include <QFile>
#include <QProcessEnvironment>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QThread>
#include <QUrl>
#include <QUuid>
#include <csignal>
#ifdef Q_OS_LINUX
#include <sys/prctl.h>
#endif

#ifndef CONCORD_SERVER_BIN
#error "CONCORD_SERVER_BIN must be defined by the build"
#endif

namespace concord::test {

namespace {
QString pgAdminUrl() { return QProcessEnvironment::systemEnvironment().value(QStringLiteral("CONCORD_TEST_PG")); }

QSqlDatabase openPg(const QString &url, const QString &database, const QString &name)
{
    const QUrl u(url);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    db.setHostName(u.host());
    db.setPort(u.port(5432));
    db.setUserName(u.userName());
    db.setPassword(u.password());
    db.setDatabaseName(database);
    db.open();
    return db;
}
} // namespace

TestServer::TestServer() = default;

TestServer::~TestServer()
{
    if (m_process && m_process->state() != QProcess::NotRunning) {
        m_process->kill();
        m_process->waitForFinished(5000);
    }
    if (!m_pgDatabase.isEmpty()) {
        const QString name = QStringLiteral("drop-") + m_pgDatabase;
        {
            QSqlDatabase db = openPg(pgAdminUrl(), QStringLiteral("postgres"), name);
            QSqlQuery(db).exec(QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(m_pgDatabase));
        }
        QSqlDatabase::removeDatabase(name);
    }
}

QString TestServer::demoPassword() { return QStringLiteral("Demo#2026plant"); }
QString TestServer::adminPassword() { return QStringLiteral("First-Setup-2026"); }

bool TestServer::postgresRequested()
{
    return QProcessEnvironment::systemEnvironment().value(QStringLiteral("CONCORD_TEST_DIALECT")) == QLatin1String("postgres");
}
bool TestServer::postgresAvailable() { return !pgAdminUrl().isEmpty(); }
QString TestServer::skipReason()
{
    if (postgresRequested() && !postgresAvailable())
        return QStringLiteral("PostgreSQL variant: CONCORD_TEST_PG is not set (tests/run.sh starts a throwaway cluster)");
    return {};
}

bool TestServer::start(const Options &options)
{
    m_options = options;
    m_dir = std::make_unique<QTemporaryDir>();
    m_anchorDir = std::make_unique<QTemporaryDir>();
    if (!m_dir->isValid() || !m_anchorDir->isValid())
        return false;
    m_postgres = postgresRequested();
    if (!options.sharedDbUrl.isEmpty()) {
        m_dbUrl = options.sharedDbUrl;
    } else if (m_postgres) {
        m_pgDatabase = QStringLiteral("concord_t_") + QUuid::createUuid().toString(QUuid::Id128).left(16);
        const QString name = QStringLiteral("create-") + m_pgDatabase;
        bool ok = false;
        {
            QSqlDatabase db = openPg(pgAdminUrl(), QStringLiteral("postgres"), name);
            ok = db.isOpen() && QSqlQuery(db).exec(QStringLiteral("CREATE DATABASE %1").arg(m_pgDatabase));
            if (!ok)
                qWarning() << "cannot create test database:" << db.lastError().text();
        }
        QSqlDatabase::removeDatabase(name);
        if (!ok)
            return false;
        QUrl u(pgAdminUrl());
        u.setPath(QLatin1Char('/') + m_pgDatabase);
        m_dbUrl = u.toString();
    } else {
        m_dbUrl = QStringLiteral("sqlite:") + m_dir->path() + QStringLiteral("/concord.db");
    }
    return launch();
}

bool TestServer::launch()
{
    const QString ready = m_dir->path() + QStringLiteral("/ready");
    QFile::remove(ready);
    m_process = std::make_unique<QProcess>();
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("CONCORD_PBKDF2_ITERATIONS"), QStringLiteral("1000")); // tests only; default stays 600,000
    env.insert(QStringLiteral("CONCORD_ADMIN_PASSWORD"), adminPassword());
    env.insert(QStringLiteral("CONCORD_AUDIT_ANCHOR_FILE"), anchorFile());
    for (const QString &kv : m_options.env)
        env.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
    m_process->setProcessEnvironment(env);
    m_process->setProcessChannelMode(QProcess::MergedChannels);
    m_process->setStandardOutputFile(m_dir->path() + QStringLiteral("/stdout.log"), QIODevice::Append);
    QStringList args{QStringLiteral("--data"), m_dir->path(), QStringLiteral("--db"), m_dbUrl, QStringLiteral("--listen"),
                     QStringLiteral("127.0.0.1:%1").arg(m_port), QStringLiteral("--ready-file"), ready};
    if (m_options.demo)
        args << QStringLiteral("--demo");
    if (!m_options.tls)
        args << QStringLiteral("--insecure-loopback");
    args << m_options.extraArgs;
#ifdef Q_OS_LINUX
    // A test that dies without its destructors (a fatal error, a watchdog) takes its server along
    // instead of leaving it running on the CI machine.
    m_process->setChildProcessModifier([] { ::prctl(PR_SET_PDEATHSIG, SIGKILL); });
#endif
    // CONCORD_TEST_SERVER_BIN runs the suites against another build of the server (for example
    // the one before a fix, to see a new test fail there).
    const QString bin = qEnvironmentVariableIsEmpty("CONCORD_TEST_SERVER_BIN") ? QStringLiteral(CONCORD_SERVER_BIN)
                                                                            : qEnvironmentVariable("CONCORD_TEST_SERVER_BIN");
    m_process->start(bin, args);
    if (!m_process->waitForStarted(10000))
        return false;
    QDeadlineTimer deadline(60000);
    while (!deadline.hasExpired()) {
        QFile f(ready);
        if (f.open(QIODevice::ReadOnly)) {
            const QList<QByteArray> parts = f.readAll().trimmed().split(' ');
            if (parts.size() == 2) {
                m_port = quint16(parts[1].toUInt());
                return true;
            }
        }
        if (m_process->waitForFinished(20) || m_process->state() == QProcess::NotRunning) {
            qWarning().noquote() << "server exited during start:\n" << log();
            return false;
        }
    }
    qWarning().noquote() << "server did not become ready:\n" << log();
    return false;
}

bool TestServer::restart()
{
    if (m_process && m_process->state() != QProcess::NotRunning)
        stop();
    return launch();
}

void TestServer::kill9()
{
    if (!m_process)
        return;
    ::kill(pid_t(m_process->processId()), SIGKILL);
    m_process->waitForFinished(10000);
}

bool TestServer::stop()
{
    if (!m_process || m_process->state() == QProcess::NotRunning)
        return true;
    m_process->terminate();
    if (!m_process->waitForFinished(20000)) {
        m_process->kill();
        m_process->waitForFinished(5000);
        return false;
    }
    return m_process->exitStatus() == QProcess::NormalExit && m_process->exitCode() == 0;
}

QString TestServer::anchorFile() const
{
    for (const QString &kv : m_options.env)
        if (kv.startsWith(QLatin1String("CONCORD_AUDIT_ANCHOR_FILE=")))
            return kv.section(QLatin1Char('='), 1);
    return m_anchorDir ? m_anchorDir->filePath(QStringLiteral("audit-anchors.jsonl")) : QString();
}

QString TestServer::log() const
{
    QFile f(m_dir->path() + QStringLiteral("/stdout.log"));
    f.open(QIODevice::ReadOnly);
    return QString::fromUtf8(f.readAll());
}

std::unique_ptr<SyncRpcClient> TestServer::client(QString *error) const
{
    auto c = std::make_unique<SyncRpcClient>();
    SyncRpcClient::Options o;
    o.port = m_port;
    o.tls = m_options.tls;
    o.pinFile = m_dir->path() + QStringLiteral("/client-known-servers");
    o.timeoutMs = 30000;
    QString err;
    if (!c->connectTo(o, &err)) {
        if (error)
            *error = err;
        qWarning() << "connect failed:" << err;
        return nullptr;
    }
    return c;
}

std::unique_ptr<SyncRpcClient> TestServer::login(const QString &user, const QString &password) const
{
    auto c = client();
    if (!c)
        return nullptr;
    const auto r = c->login(user, password.isEmpty() ? demoPassword() : password);
    if (!r.ok()) {
        qWarning() << "login as" << user << "failed:" << r.error.dataCode << r.error.message;
        return nullptr;
    }
    return c;
}

QSqlDatabase TestServer::openDirect(const QString &name) const
{
    if (m_postgres)
        return openPg(pgAdminUrl(), m_pgDatabase, name);
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(m_dbUrl.mid(7));
    db.setConnectOptions(QStringLiteral("QSQLITE_BUSY_TIMEOUT=10000"));
    db.open();
    return db;
}

QByteArray TestServer::databaseDigest() const
{
    const QString name = QStringLiteral("digest-") + QUuid::createUuid().toString(QUuid::Id128);
    QCryptographicHash h(QCryptographicHash::Sha256);
    {
        QSqlDatabase db = openDirect(name);
        QSqlQuery q(db);
        QStringList tables;
        q.exec(m_postgres ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public' ORDER BY 1")
                          : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%' ORDER BY 1"));
        while (q.next())
            tables << q.value(0).toString();
        for (const QString &t : std::as_const(tables)) {
            h.addData(t.toUtf8());
            QSqlQuery rows(db);
            rows.exec(QStringLiteral("SELECT * FROM %1").arg(t));
            // Rows are serialised and sorted here: ORDER BY a non-unique column is not a stable order.
            QList<QByteArray> serialised;
            while (rows.next()) {
                const QSqlRecord r = rows.record();
                QByteArray row;
                for (int i = 0; i < r.count(); ++i)
                    row += r.value(i).toString().toUtf8() + '\x1f';
                serialised.append(row);
            }
            std::sort(serialised.begin(), serialised.end());
            for (const QByteArray &row : std::as_const(serialised)) {
                h.addData(row);
                h.addData(QByteArrayView("\x1e", 1));
            }
        }
    }
    QSqlDatabase::removeDatabase(name);
    return h.result().toHex();
}

} // namespace concord::test
