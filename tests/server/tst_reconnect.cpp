// Reconnects keep their settings (issue 10 item 7). After the writer or a reader lost its
// connection, the new connection runs with every setting of its role, and a transaction the
// database aborted is never acknowledged.
//
// What a connection runs with is read inside the server's own sessions, by instrumenting the test
// database behind the server's back (never through a test-only method):
//   - a trigger on `alarm` records, in the writer's session that inserts the row, the settings it
//     runs with (SQLite: the pragma_* functions; PostgreSQL: current_setting());
//   - on PostgreSQL `role` becomes a view whose description is the reading session's pid, time
//     zone and transaction_read_only, so role.list shows what each reader runs with.
// The reconnect is forced from outside. SQLite: a direct connection holds the write lock longer
// than the busy timeout, so the writer's BEGIN IMMEDIATE fails and it reconnects (what a backup
// tool or a stray sqlite3 shell can cause). PostgreSQL: every backend of the server's database is
// terminated (pg_terminate_backend), and new sessions of the database default to a plant's local
// time zone, so a reconnect that skipped SET TIME ZONE shows.
#include "storage/database.h"
#include "storage/dburl.h"
#include "storage/sqlcatalog.h"
#include "storage/writer.h"
#include "testserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <QtTest>
#include <atomic>
#include <mutex>
#include <thread>

using namespace concord;
using namespace concord::test;

namespace {
// Runs statements on a direct connection; returns the first error (empty when all succeeded).
QString execAll(QSqlDatabase db, const QStringList &statements)
{
    QSqlQuery q(db);
    for (const QString &s : statements)
        if (!q.exec(s))
            return s.left(60) + QStringLiteral(": ") + q.lastError().text();
    return {};
}

// A direct connection for one statement batch, closed again afterwards.
QString execDirect(const TestServer &server, const QStringList &statements)
{
    const QString name = QStringLiteral("reconnect-") + QUuid::createUuid().toString(QUuid::Id128);
    QString err;
    {
        QSqlDatabase db = server.openDirect(name);
        err = db.isOpen() ? execAll(db, statements) : db.lastError().text();
    }
    QSqlDatabase::removeDatabase(name);
    return err;
}

QString queryText(const TestServer &server, const QString &statement)
{
    const QString name = QStringLiteral("reconnect-") + QUuid::createUuid().toString(QUuid::Id128);
    QString out;
    {
        QSqlDatabase db = server.openDirect(name);
        QSqlQuery q(db);
        if (q.exec(statement) && q.next())
            out = q.value(0).toString();
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

// New sessions of the test database start in Shanghai time: a session the server did not set to
// UTC shows it.
QString defaultToLocalTime(const TestServer &server)
{
    const QString db = queryText(server, QStringLiteral("SELECT current_database()"));
    return execDirect(server, {QStringLiteral("ALTER DATABASE \"%1\" SET TimeZone = 'Asia/Shanghai'").arg(db)});
}

// Terminates every backend of the server's database but the caller's; returns how many.
int terminateServerBackends(const TestServer &server)
{
    return queryText(server, QStringLiteral("SELECT count(pg_terminate_backend(pid)) FROM pg_stat_activity "
                                            "WHERE datname = current_database() AND pid <> pg_backend_pid()"))
        .toInt();
}

qint64 raise(SyncRpcClient &c, const QString &message, RpcError *error)
{
    const auto r = c.call(QStringLiteral("alarm.raise"), {{QStringLiteral("severity"), QStringLiteral("warning")},
                                                          {QStringLiteral("source"), QStringLiteral("LT-01")},
                                                          {QStringLiteral("message"), message}});
    *error = r.error;
    return r.result.value(QStringLiteral("id")).toInteger();
}
} // namespace

class TstReconnect : public QObject
{
    Q_OBJECT

    // The settings the writer must run with, as the probe trigger spells them.
    static QString writerSettings(bool postgres)
    {
        return postgres ? QStringLiteral("TimeZone=UTC transaction_read_only=off client_min_messages=warning")
                        : QStringLiteral("foreign_keys=1 synchronous=2 busy_timeout=10000 temp_store=2");
    }

    // Makes every insert into `alarm` record the inserting session's settings in reconnect_probe.
    static QString installWriterProbe(const TestServer &server)
    {
        if (server.isPostgres())
            return execDirect(server, {
                QStringLiteral("CREATE TABLE reconnect_probe (alarm_id BIGINT, settings TEXT)"),
                QStringLiteral("CREATE FUNCTION reconnect_probe() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN "
                               "INSERT INTO reconnect_probe VALUES (NEW.id, concat_ws(' ', "
                               "'TimeZone=' || current_setting('TimeZone'), "
                               "'transaction_read_only=' || current_setting('transaction_read_only'), "
                               "'client_min_messages=' || current_setting('client_min_messages'))); "
                               "RETURN NEW; END $$"),
                QStringLiteral("CREATE TRIGGER reconnect_probe AFTER INSERT ON alarm FOR EACH ROW EXECUTE FUNCTION reconnect_probe()"),
            });
        return execDirect(server, {
            QStringLiteral("CREATE TABLE reconnect_probe (alarm_id INTEGER, settings TEXT)"),
            QStringLiteral("CREATE TRIGGER reconnect_probe AFTER INSERT ON alarm BEGIN "
                           "INSERT INTO reconnect_probe SELECT NEW.id, "
                           "'foreign_keys=' || (SELECT foreign_keys FROM pragma_foreign_keys) || "
                           "' synchronous=' || (SELECT synchronous FROM pragma_synchronous) || "
                           "' busy_timeout=' || (SELECT timeout FROM pragma_busy_timeout) || "
                           "' temp_store=' || (SELECT temp_store FROM pragma_temp_store); END"),
        });
    }

    static QString probed(const TestServer &server, qint64 alarmId)
    {
        return queryText(server, QStringLiteral("SELECT settings FROM reconnect_probe WHERE alarm_id = %1").arg(alarmId));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::skipReason().isEmpty())
            QSKIP(qPrintable(TestServer::skipReason()));
    }

    void writerKeepsItsSettingsAfterReconnect()
    {
        TestServer server;
        QVERIFY(server.start());
        auto dev = server.login(QStringLiteral("dev-leak-01"));
        QVERIFY(dev);
        const QString installed = installWriterProbe(server);
        QVERIFY2(installed.isEmpty(), qPrintable(installed));

        RpcError err;
        const qint64 first = raise(*dev, QStringLiteral("before the reconnect"), &err);
        QVERIFY2(err.isNull(), qPrintable(err.message));
        QCOMPARE(probed(server, first), writerSettings(server.isPostgres()));

        qint64 after = 0;
        if (server.isPostgres()) {
            QVERIFY2(defaultToLocalTime(server).isEmpty(), "cannot set the database's default time zone");
            QVERIFY(terminateServerBackends(server) >= 1);
            after = raise(*dev, QStringLiteral("after the reconnect"), &err);
            QVERIFY2(err.isNull(), qPrintable(err.dataCode + QLatin1Char(' ') + err.message));
        } else {
            // Hold the write lock for 14 s: the writer's BEGIN IMMEDIATE gives up after its 10 s busy
            // timeout, the writer reconnects and its second BEGIN gets the lock once it is released.
            std::atomic<bool> locked{false};
            QString lockError;
            std::thread locker([&] {
                const QString name = QStringLiteral("reconnect-lock");
                {
                    QSqlDatabase db = server.openDirect(name);
                    QSqlQuery q(db);
                    if (!q.exec(QStringLiteral("BEGIN IMMEDIATE")))
                        lockError = q.lastError().text();
                    locked = true;
                    std::this_thread::sleep_for(std::chrono::seconds(14));
                    q.exec(QStringLiteral("ROLLBACK"));
                }
                QSqlDatabase::removeDatabase(name);
            });
            while (!locked)
                std::this_thread::sleep_for(std::chrono::milliseconds(10));
            QElapsedTimer waited;
            waited.start();
            after = raise(*dev, QStringLiteral("after the reconnect"), &err);
            const qint64 ms = waited.elapsed();
            locker.join();
            QVERIFY2(lockError.isEmpty(), qPrintable(lockError));
            QVERIFY2(err.isNull(), qPrintable(err.dataCode + QLatin1Char(' ') + err.message));
            // Longer than one busy timeout: the first BEGIN failed, the write went through on the
            // reconnected connection.
            QVERIFY2(ms >= 10000, qPrintable(QStringLiteral("answered after %1 ms").arg(ms)));
        }
        QVERIFY(after > first);
        QCOMPARE(probed(server, after), writerSettings(server.isPostgres()));
        QVERIFY2(server.log().contains(QLatin1String("reconnected to the database")), qPrintable(server.log().right(2000)));
    }

    void readersKeepTheirSettingsAfterReconnect()
    {
        if (!TestServer::postgresRequested())
            QSKIP("SQLite readers never reconnect: they reopen only after storage.unavailable, which SQLite does not "
                  "report (there is no server to lose). The writer's reconnect above runs the same Database::connect.");
        TestServer server;
        QVERIFY(server.start(TestServer::withEnv({QStringLiteral("CONCORD_READER_THREADS=2")})));
        auto admin = server.login(QStringLiteral("admin"));
        QVERIFY(admin);
        const QString viewed = execDirect(server, {
            QStringLiteral("ALTER TABLE role RENAME TO role_data"),
            QStringLiteral("CREATE VIEW role AS SELECT id, name, concat_ws(' ', pg_backend_pid(), current_setting('TimeZone'), "
                           "current_setting('transaction_read_only')) AS description, row_version FROM role_data"),
        });
        QVERIFY2(viewed.isEmpty(), qPrintable(viewed));
        QVERIFY2(defaultToLocalTime(server).isEmpty(), "cannot set the database's default time zone");
        QVERIFY(terminateServerBackends(server) >= 2);

        // Two clients read at once until both reader threads have answered; each answer shows the
        // reading session: "<pid> <time zone> <transaction_read_only>".
        SyncRpcClient::Options options;
        options.port = server.port();
        options.pinFile = server.dataDir() + QStringLiteral("/client-known-servers");
        std::mutex mutex;
        QHash<QString, QString> sessions; // pid -> "time zone, read-only"
        QStringList failures;
        std::atomic<bool> done{false};
        auto reader = [&] {
            SyncRpcClient c;
            QString err;
            if (!c.connectTo(options, &err) || !c.login(QStringLiteral("admin"), TestServer::demoPassword()).ok()) {
                std::lock_guard lock(mutex);
                failures << QStringLiteral("sign-in failed: ") + err;
                return;
            }
            QElapsedTimer t;
            t.start();
            while (!done && t.elapsed() < 30000) {
                const auto r = c.call(QStringLiteral("role.list"));
                std::lock_guard lock(mutex);
                if (!r.ok()) {
                    failures << r.error.dataCode + QLatin1Char(' ') + r.error.message;
                    return;
                }
                for (const QJsonValue &v : r.result.value(QStringLiteral("roles")).toArray()) {
                    const QStringList parts = v.toObject().value(QStringLiteral("description")).toString().split(QLatin1Char(' '));
                    if (parts.size() == 3)
                        sessions.insert(parts[0], parts[1] + QLatin1Char(' ') + parts[2]);
                    else
                        failures << QStringLiteral("unexpected description ") + parts.join(QLatin1Char(' '));
                }
                if (sessions.size() >= 2)
                    done = true;
            }
        };
        std::thread a(reader), b(reader);
        a.join();
        b.join();
        QVERIFY2(failures.isEmpty(), qPrintable(failures.join(QLatin1Char('\n'))));
        QCOMPARE(sessions.size(), 2);
        for (auto it = sessions.cbegin(); it != sessions.cend(); ++it)
            QVERIFY2(it.value() == QLatin1String("UTC on"),
                     qPrintable(QStringLiteral("reader session %1 runs with time zone and read-only: %2").arg(it.key(), it.value())));
        // They are the server's two reader connections, not some other session.
        QStringList readers;
        {
            const QString name = QStringLiteral("reconnect-activity");
            {
                QSqlDatabase db = server.openDirect(name);
                QSqlQuery q(db);
                q.exec(QStringLiteral("SELECT pid FROM pg_stat_activity WHERE datname = current_database() "
                                      "AND application_name LIKE 'concord-reader-%' ORDER BY pid"));
                while (q.next())
                    readers << q.value(0).toString();
            }
            QSqlDatabase::removeDatabase(name);
        }
        QStringList seen = sessions.keys();
        seen.sort();
        std::sort(readers.begin(), readers.end());
        QCOMPARE(seen, readers);
    }

    // A handler that breaks the transaction (here: it ends its own savepoint and then runs a failing
    // statement) leaves PostgreSQL's transaction aborted; COMMIT then rolls back without an error.
    // The batch's other job must not be acknowledged, because it is not in the database.
    void abortedTransactionIsNeverAcknowledged()
    {
        TestServer server;
        QVERIFY(server.start(TestServer::nonDemo()));
        QVERIFY(server.stop()); // a migrated database; the writer below is the only one on it
        QString err;
        const Database database(DbSettings::parse(server.dbUrl(), &err));
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const SqlCatalog catalog = SqlCatalog::load(database.dialect(), &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        Writer writer(database, catalog, 16);
        QVERIFY2(writer.start(&err), qPrintable(err));

        const AuditPolicy bookkeeping = AuditPolicy::exempt(QStringLiteral("test bookkeeping"));
        struct Answer
        {
            bool done = false;
            RpcError error;
        };
        auto job = [&](const QString &method, Answer *answer, std::function<QJsonObject(WriteContext &)> work) {
            WriteJob j;
            j.principal = Principal::system(QStringLiteral("tst_reconnect"));
            j.method = method;
            j.audit = bookkeeping;
            j.work = std::move(work);
            j.done = [answer](const QJsonObject &, const RpcError &e) {
                answer->error = e;
                answer->done = true;
            };
            writer.submit(std::move(j));
        };
        // A gate holds the writer until both jobs are queued, so they share one transaction.
        std::atomic<bool> gateEntered{false}, gateOpen{false};
        Answer gate, stored, broken;
        job(QStringLiteral("test.gate"), &gate, [&](WriteContext &) {
            gateEntered = true;
            while (!gateOpen)
                std::this_thread::sleep_for(std::chrono::milliseconds(5));
            return QJsonObject();
        });
        QTRY_VERIFY(gateEntered.load());
        job(QStringLiteral("test.store"), &stored, [](WriteContext &ctx) {
            ctx.sql().exec(QStringLiteral("instance.put"), {QStringLiteral("tst-reconnect-stored"), QStringLiteral("1")});
            return QJsonObject();
        });
        job(QStringLiteral("test.break"), &broken, [](WriteContext &ctx) {
            QSqlQuery q(ctx.sql().database());
            q.exec(QStringLiteral("RELEASE SAVEPOINT w"));
            q.exec(QStringLiteral("INSERT INTO no_such_table VALUES (1)"));
            return QJsonObject();
        });
        gateOpen = true;
        QTRY_VERIFY_WITH_TIMEOUT(gate.done && stored.done && broken.done, 30000);
        writer.stop();

        QVERIFY(gate.error.isNull());
        QVERIFY(!broken.error.isNull());
        const bool present = queryText(server, QStringLiteral("SELECT value FROM instance_setting WHERE key = 'tst-reconnect-stored'")) == QLatin1String("1");
        QVERIFY2(stored.error.isNull() == present,
                 qPrintable(QStringLiteral("the job was %1 but its row is %2")
                                .arg(stored.error.isNull() ? QStringLiteral("acknowledged") : stored.error.dataCode,
                                     present ? QStringLiteral("in the database") : QStringLiteral("not in the database"))));
        if (server.isPostgres()) // the aborted transaction took the job with it, and said so
            QCOMPARE(stored.error.dataCode, QStringLiteral("storage.unavailable"));
        else // SQLite does not abort a transaction for a failed statement: the neighbour commits
            QVERIFY(present);
    }
};

QTEST_GUILESS_MAIN(TstReconnect)
#include "tst_reconnect.moc"
