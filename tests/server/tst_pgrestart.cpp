// Database loss of connection (brief 05 R3): PostgreSQL is restarted while equipment accounts
// write as fast as the server answers — once stopped cleanly (fast: an administrator's restart) and
// once killed (immediate: a crash, recovered from its WAL). Throughout:
//   - while the database is down every write and read is answered at once with storage.unavailable
//     (a clear error: no hang, no internal error, the client connection stays), and the server
//     reports it in its log;
//   - it recovers by itself when the database is back, without a restart of the server;
//   - every acknowledged write is present exactly once, nothing is half-written (every alarm has its
//     audit row and its event, the audit chain verifies, the event sequence has no gap), and keyed
//     writes retried after a refusal are stored once.
// The test restarts a PostgreSQL cluster of its own (tests/pg/pg-cluster.sh start/down/up/stop), so
// the other _pg tests running beside it on the suite's cluster are not disturbed. PostgreSQL only.
#include "testserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QUrl>
#include <QUuid>
#include <QtTest>
#include <atomic>
#include <mutex>
#include <optional>
#include <thread>

#ifndef CONCORD_PG_CLUSTER_SCRIPT
#error "CONCORD_PG_CLUSTER_SCRIPT must be defined by the build"
#endif

using namespace concord;
using namespace concord::test;

namespace {
void pause(int ms) { std::this_thread::sleep_for(std::chrono::milliseconds(ms)); }

// A throwaway cluster of this test's own, made and removed by tests/pg/pg-cluster.sh.
class OwnCluster
{
public:
    ~OwnCluster()
    {
        if (m_started)
            run({QStringLiteral("stop"), m_dir});
    }
    bool start(QString *url)
    {
        // Under /tmp itself: as root the script hands DIR to the postgres user, who must reach it.
        m_dir = QStringLiteral("/tmp/concord-pgrestart-") + QUuid::createUuid().toString(QUuid::Id128).left(12);
        m_started = true;
        const std::optional<QString> out = run({QStringLiteral("start"), m_dir});
        *url = out ? out->trimmed().section(QLatin1Char('\n'), -1) : QString();
        return url->startsWith(QLatin1String("postgres://"));
    }
    bool down(const QString &mode) { return run({QStringLiteral("down"), m_dir, mode}).has_value(); }
    bool up() { return run({QStringLiteral("up"), m_dir}).has_value(); }

private:
    // The script's standard output; nothing when it failed.
    static std::optional<QString> run(const QStringList &args)
    {
        QProcess p;
        p.start(QStringLiteral(CONCORD_PG_CLUSTER_SCRIPT), args);
        if (!p.waitForFinished(180000) || p.exitStatus() != QProcess::NormalExit || p.exitCode() != 0) {
            qWarning().noquote() << "pg-cluster.sh" << args.join(QLatin1Char(' ')) << "failed:" << p.readAllStandardError();
            return std::nullopt;
        }
        return QString::fromUtf8(p.readAllStandardOutput());
    }
    QString m_dir;
    bool m_started = false;
};

struct Shared
{
    SyncRpcClient::Options options;
    std::atomic<bool> stop{false};
    std::atomic<int> acks{0};
    std::atomic<int> refusals{0}; // storage.unavailable answers
    std::mutex mutex;
    QHash<QString, qint64> acked;   // message -> alarm id of every acknowledged alarm.raise
    QSet<QString> refused;          // sent without a key and refused: never acknowledged
    QSet<QString> keyedPending;     // sent with a key, refused, not yet acknowledged on a retry
    int keyedRetried = 0;           // keyed writes acknowledged on a retry after a refusal
    QStringList violations;

    void violation(const QString &v)
    {
        std::lock_guard lock(mutex);
        violations << v;
    }
};

// An equipment account raising alarms as fast as the server answers, on one connection for the
// whole test. A refused keyed write is retried with its key until acknowledged; a refused write
// without a key is given up (the client was told nothing was stored).
void writerLoop(Shared *s, int index, bool useKeys)
{
    SyncRpcClient c;
    QString err;
    if (!c.connectTo(s->options, &err) || !c.login(QStringLiteral("dev-leak-01"), TestServer::demoPassword()).ok()) {
        s->violation(QStringLiteral("writer %1 could not sign in: %2").arg(index).arg(err));
        return;
    }
    int n = 0;
    QString message, key;
    while (!s->stop) {
        if (message.isEmpty()) {
            message = QStringLiteral("restart-w%1-%2").arg(index).arg(n++);
            key = useKeys ? QStringLiteral("key-") + message : QString();
        }
        QJsonObject params{{QStringLiteral("severity"), QStringLiteral("warning")},
                           {QStringLiteral("source"), QStringLiteral("LT-01")},
                           {QStringLiteral("message"), message}};
        if (!key.isEmpty())
            params.insert(QStringLiteral("idempotencyKey"), key);
        const auto r = c.call(QStringLiteral("alarm.raise"), params);
        if (r.ok()) {
            const qint64 id = r.result.value(QStringLiteral("id")).toInteger();
            std::lock_guard lock(s->mutex);
            if (id <= 0 || r.result.value(QStringLiteral("message")).toString() != message)
                s->violations << QStringLiteral("wrong result for %1").arg(message);
            s->acked.insert(message, id);
            s->keyedRetried += s->keyedPending.remove(message) ? 1 : 0;
            ++s->acks;
            message.clear();
            continue;
        }
        if (r.error.dataCode != QLatin1String("storage.unavailable")) {
            s->violation(QStringLiteral("writer %1: %2 answered %3 (%4)").arg(index).arg(message, r.error.dataCode, r.error.message));
            if (!c.isConnected())
                return;
            message.clear();
            continue;
        }
        ++s->refusals;
        {
            std::lock_guard lock(s->mutex);
            if (useKeys)
                s->keyedPending.insert(message);
            else
                s->refused.insert(message);
        }
        if (!useKeys)
            message.clear();
        pause(20);
    }
}
} // namespace

class TstPgRestart : public QObject
{
    Q_OBJECT

    struct DbState
    {
        QHash<qint64, QString> alarms;   // id -> message
        QSet<qint64> auditedAlarms;      // ids with their "create" audit row
        QSet<qint64> announcedAlarms;    // ids with their alarm.raised event
        bool eventSeqGapFree = true;
    };

    static DbState readDb(const TestServer &server)
    {
        DbState st;
        const QString name = QStringLiteral("pgrestart-") + QUuid::createUuid().toString(QUuid::Id128);
        {
            QSqlDatabase db = server.openDirect(name);
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT id, message FROM alarm"));
            while (q.next())
                st.alarms.insert(q.value(0).toLongLong(), q.value(1).toString());
            q.exec(QStringLiteral("SELECT record_id FROM audit_log WHERE record_type = 'alarm' AND action = 'create'"));
            while (q.next())
                st.auditedAlarms.insert(q.value(0).toLongLong());
            q.exec(QStringLiteral("SELECT seq, topic, data FROM event ORDER BY seq"));
            qint64 expect = 1;
            while (q.next()) {
                st.eventSeqGapFree = st.eventSeqGapFree && q.value(0).toLongLong() == expect++;
                if (q.value(1).toString() == QLatin1String("alarm.raised"))
                    st.announcedAlarms.insert(QJsonDocument::fromJson(q.value(2).toString().toUtf8()).object().value(QStringLiteral("id")).toInteger());
            }
        }
        QSqlDatabase::removeDatabase(name);
        return st;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::postgresRequested())
            QSKIP("PostgreSQL only: SQLite has no database server to restart");
        if (!TestServer::skipReason().isEmpty())
            QSKIP(qPrintable(TestServer::skipReason()));
    }

    void restartUnderWriteLoad()
    {
        OwnCluster cluster;
        QString url;
        QVERIFY2(cluster.start(&url), "tests/pg/pg-cluster.sh could not start a cluster");
        // TestServer makes its database on the cluster CONCORD_TEST_PG names: this test's own.
        qputenv("CONCORD_TEST_PG", url.toUtf8());
        // The throwaway cluster runs with synchronous_commit=off; a crash would then lose commits
        // PostgreSQL had acknowledged. Production settings for what this test checks.
        {
            const QString name = QStringLiteral("pgrestart-setup");
            {
                QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
                const QUrl u(url);
                db.setHostName(u.host());
                db.setPort(u.port());
                db.setUserName(u.userName());
                db.setPassword(u.password());
                db.setDatabaseName(QStringLiteral("postgres"));
                QVERIFY(db.open());
                QSqlQuery q(db);
                QVERIFY(q.exec(QStringLiteral("ALTER SYSTEM SET synchronous_commit = on")));
                QVERIFY(q.exec(QStringLiteral("SELECT pg_reload_conf()")));
            }
            QSqlDatabase::removeDatabase(name);
        }

        TestServer server;
        QVERIFY(server.start());
        auto admin = server.login(QStringLiteral("admin"));
        QVERIFY(admin);
        auto dev = server.login(QStringLiteral("dev-leak-01"));
        QVERIFY(dev);

        Shared shared;
        shared.options.port = server.port();
        shared.options.pinFile = server.dataDir() + QStringLiteral("/client-known-servers");
        shared.options.timeoutMs = 15000;
        constexpr int kWriters = 4; // two with idempotency keys, two without
        std::vector<std::thread> threads;
        for (int i = 0; i < kWriters; ++i)
            threads.emplace_back(writerLoop, &shared, i, i % 2 == 0);
        auto joinAll = qScopeGuard([&] {
            shared.stop = true;
            for (std::thread &t : threads)
                t.join();
        });

        const QStringList modes{QStringLiteral("fast"), QStringLiteral("immediate")};
        for (const QString &mode : modes) {
            const int acksBefore = shared.acks;
            QTRY_VERIFY_WITH_TIMEOUT(shared.acks - acksBefore >= 100, 30000);
            QHash<QString, qint64> ackedBefore;
            {
                std::lock_guard lock(shared.mutex);
                ackedBefore = shared.acked;
            }
            const int refusalsBefore = shared.refusals;
            QVERIFY2(cluster.down(mode), qPrintable(mode));

            // --- Down: a clear error at once, for writes and reads; the clients stay connected.
            QElapsedTimer answered;
            answered.start();
            const auto write = dev->call(QStringLiteral("alarm.raise"), {{QStringLiteral("severity"), QStringLiteral("warning")},
                                                                         {QStringLiteral("source"), QStringLiteral("LT-01")},
                                                                         {QStringLiteral("message"), QStringLiteral("while down ") + mode}});
            QVERIFY2(write.error.dataCode == QLatin1String("storage.unavailable"), qPrintable(write.error.dataCode + QLatin1Char('\n') + server.log().right(3000)));
            const auto read = admin->call(QStringLiteral("alarm.list"), {{QStringLiteral("limit"), 10}});
            QVERIFY2(read.error.dataCode == QLatin1String("storage.unavailable"), qPrintable(read.error.dataCode + QLatin1Char('\n') + server.log().right(3000)));
            QVERIFY2(answered.elapsed() < 10000, qPrintable(QStringLiteral("the refusals took %1 ms").arg(answered.elapsed())));
            QTRY_VERIFY_WITH_TIMEOUT(shared.refusals - refusalsBefore >= 20, 10000); // the load keeps being refused
            QVERIFY2(server.log().contains(QLatin1String("database unavailable")), "the server did not report the loss");
            pause(1500);
            const int acksWhileDown = shared.acks;
            pause(500);
            QCOMPARE(int(shared.acks), acksWhileDown); // nothing is acknowledged while the database is down

            // --- Up again: the server recovers by itself.
            QVERIFY(cluster.up());
            QElapsedTimer recovery;
            recovery.start();
            QTRY_VERIFY_WITH_TIMEOUT(shared.acks - acksWhileDown >= 20, 30000);
            QVERIFY2(server.log().contains(QLatin1String("database available again")), "the server did not report the recovery");
            const auto list = admin->call(QStringLiteral("alarm.list"), {{QStringLiteral("limit"), 10}});
            QVERIFY2(list.ok(), qPrintable(list.error.message));

            // Everything acknowledged before the restart is there.
            const DbState db = readDb(server);
            for (auto it = ackedBefore.cbegin(); it != ackedBefore.cend(); ++it)
                QVERIFY2(db.alarms.value(it.value()) == it.key(),
                         qPrintable(QStringLiteral("%1: acknowledged %2 (id %3) missing").arg(mode, it.key()).arg(it.value())));
            std::lock_guard lock(shared.mutex);
            QVERIFY2(shared.violations.isEmpty(), qPrintable(shared.violations.mid(0, 10).join(QLatin1Char('\n'))));
            qInfo("%s restart: %d writes acknowledged before, writes again %lld ms after PostgreSQL was back",
                  qPrintable(mode), int(ackedBefore.size()), recovery.elapsed());
        }

        // --- Quiesce, then check the final state exactly.
        const int acksAtEnd = shared.acks;
        QTRY_VERIFY_WITH_TIMEOUT(shared.acks - acksAtEnd >= 20, 30000);
        joinAll.dismiss();
        shared.stop = true;
        for (std::thread &t : threads)
            t.join();

        std::lock_guard lock(shared.mutex);
        QVERIFY2(shared.violations.isEmpty(), qPrintable(shared.violations.mid(0, 10).join(QLatin1Char('\n'))));
        const DbState db = readDb(server);
        QHash<QString, int> copies;
        for (const QString &m : db.alarms)
            ++copies[m];
        // Every acknowledged write exactly once; keyed writes refused during the restarts were all
        // stored once on a retry.
        for (auto it = shared.acked.cbegin(); it != shared.acked.cend(); ++it) {
            QCOMPARE(db.alarms.value(it.value()), it.key());
            QCOMPARE(copies.value(it.key()), 1);
        }
        QVERIFY2(shared.keyedRetried > 0, "no keyed write was refused and retried: the restarts did not hit the load");
        for (const QString &m : std::as_const(shared.keyedPending)) // refused last, just before the stop
            QVERIFY2(copies.value(m) <= 1, qPrintable(m));
        // Nothing exists that no client sent; refused writes without a key are present at most once
        // (a COMMIT whose answer the restart cut off can still have committed: the reason for keys).
        int refusedPresent = 0;
        for (auto it = copies.cbegin(); it != copies.cend(); ++it) {
            QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("%1 stored %2 times").arg(it.key()).arg(it.value())));
            const bool refused = shared.refused.contains(it.key()) || shared.keyedPending.contains(it.key());
            QVERIFY2(shared.acked.contains(it.key()) || refused, qPrintable(QStringLiteral("%1 was never sent").arg(it.key())));
            refusedPresent += refused && !shared.acked.contains(it.key());
        }
        // Nothing half-written: every alarm has its audit row and its event, and no more.
        const QSet<qint64> ids(db.alarms.keyBegin(), db.alarms.keyEnd());
        QCOMPARE(db.auditedAlarms, ids);
        QCOMPARE(db.announcedAlarms, ids);
        QVERIFY(db.eventSeqGapFree);
        const auto verify = admin->call(QStringLiteral("audit.verify"));
        QVERIFY2(verify.ok(), qPrintable(verify.error.message));
        QVERIFY2(verify.result.value(QStringLiteral("ok")).toBool(), qPrintable(QString::fromUtf8(QJsonDocument(verify.result).toJson(QJsonDocument::Compact))));
        qInfo("%lld acknowledged writes, %d refusals (storage.unavailable), %d keyed writes stored on a retry, "
              "%lld refused writes without a key, %d of them committed all the same",
              qint64(shared.acked.size()), int(shared.refusals), shared.keyedRetried, qint64(shared.refused.size()), refusedPresent);
    }
};

QTEST_GUILESS_MAIN(TstPgRestart)
#include "tst_pgrestart.moc"
