// Crash safety under write load (brief 05 R1, R2): kill -9 the server while equipment accounts
// write as fast as they can; after every restart
//   - every acknowledged write is present (and only once),
//   - nothing is half-present (every alarm has its audit row and its event),
//   - the audit chain verifies,
//   - a subscriber resumes its event stream with no gap and no duplicate (event seq),
//   - a retry with the same idempotencyKey returns the original result, not a second alarm.
// Cycles: CONCORD_CRASH_CYCLES (default 3; the long suite runs 20).
#include "testserver.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QUuid>
#include <QtTest>
#include <atomic>
#include <mutex>
#include <thread>

using namespace concord;
using namespace concord::test;

namespace {
QJsonObject p(std::initializer_list<QPair<QString, QJsonValue>> l) { return QJsonObject(l); }
bool isAlarmTopic(const QString &t) { return t == QLatin1String("alarm") || t.startsWith(QLatin1String("alarm.")); }
bool isTransient(const QString &code)
{
    // What a client sees when the server dies under it or is not back yet.
    return code == QLatin1String("client.disconnected") || code == QLatin1String("client.timeout") ||
           code == QLatin1String("storage.unavailable") || code == QLatin1String("server.shutting_down");
}

struct Shared
{
    SyncRpcClient::Options options;
    std::atomic<bool> stopWriters{false};
    std::atomic<bool> stopSubscriber{false};
    std::atomic<int> acks{0};
    std::mutex mutex;
    QHash<QString, qint64> acked;   // message -> alarm id, for every acknowledged alarm.raise
    QSet<QString> unknown;          // sent without a key, answer lost: may or may not exist
    QSet<QString> keyedPending;     // sent with a key, answer lost, not yet retried successfully
    int keyedRetried = 0;           // keyed writes acknowledged only on a retry after a lost answer
    QStringList violations;         // anything that must never happen
    // Subscriber
    QList<qint64> received;         // event seqs in the order they arrived, across reconnects
    QSet<qint64> receivedAlarmIds;
    qint64 lastSeq = 0;
    int subscriptions = 0;

    void violation(const QString &v)
    {
        std::lock_guard lock(mutex);
        violations << v;
    }
};

void pause(int ms) { std::this_thread::sleep_for(std::chrono::milliseconds(ms)); }

// An equipment account raising alarms as fast as the server answers. With keys, an answer lost in
// a crash is retried with the same key until it is acknowledged (R2); without, it is recorded as
// unknown (R1 allows it to exist or not, but never half).
void writerLoop(Shared *s, int index, bool useKeys)
{
    SyncRpcClient c;
    bool loggedIn = false;
    int n = 0;
    QString pendingMessage, pendingKey;
    while (!s->stopWriters) {
        if (!loggedIn) {
            QString err;
            if (!c.connectTo(s->options, &err)) {
                pause(50);
                continue;
            }
            const auto r = c.login(QStringLiteral("dev-leak-01"), TestServer::demoPassword());
            if (!r.ok()) {
                if (!isTransient(r.error.dataCode))
                    s->violation(QStringLiteral("writer %1: login failed with %2").arg(index).arg(r.error.dataCode));
                c.disconnect();
                pause(50);
                continue;
            }
            loggedIn = true;
        }
        QString message = pendingMessage, key = pendingKey;
        if (message.isEmpty()) {
            message = QStringLiteral("crash-w%1-%2").arg(index).arg(n++);
            key = useKeys ? QStringLiteral("key-") + message : QString();
        }
        QJsonObject params{{QStringLiteral("severity"), QStringLiteral("warning")},
                           {QStringLiteral("source"), QStringLiteral("LT-01")},
                           {QStringLiteral("topic"), QStringLiteral("leak.test")},
                           {QStringLiteral("message"), message}};
        if (!key.isEmpty())
            params.insert(QStringLiteral("idempotencyKey"), key);
        const auto r = c.call(QStringLiteral("alarm.raise"), params);
        if (r.ok()) {
            const qint64 id = r.result.value(QStringLiteral("id")).toInteger();
            std::lock_guard lock(s->mutex);
            if (r.result.value(QStringLiteral("message")).toString() != message || id <= 0)
                s->violations << QStringLiteral("wrong result for %1").arg(message);
            if (s->acked.contains(message) && s->acked.value(message) != id)
                s->violations << QStringLiteral("%1 acknowledged twice with different ids").arg(message);
            s->acked.insert(message, id);
            s->keyedRetried += s->keyedPending.remove(message) ? 1 : 0;
            pendingMessage.clear();
            pendingKey.clear();
            ++s->acks;
            continue;
        }
        if (!isTransient(r.error.dataCode)) {
            s->violation(QStringLiteral("writer %1: %2 refused with %3 (%4)").arg(index).arg(message, r.error.dataCode, r.error.message));
            pendingMessage.clear();
            continue;
        }
        {
            std::lock_guard lock(s->mutex);
            if (useKeys) {
                s->keyedPending.insert(message);
                pendingMessage = message;
                pendingKey = key;
            } else {
                s->unknown.insert(message);
            }
        }
        c.disconnect();
        loggedIn = false;
    }
}

// A shop TV following topic "alarm"; after every disconnect it resumes from the last seq it saw.
void subscriberLoop(Shared *s)
{
    SyncRpcClient c;
    bool subscribed = false;
    auto consume = [s](const QJsonObject &e) {
        const qint64 seq = e.value(QStringLiteral("seq")).toInteger();
        std::lock_guard lock(s->mutex);
        if (seq <= s->lastSeq)
            s->violations << QStringLiteral("event %1 after %2: duplicate or out of order").arg(seq).arg(s->lastSeq);
        if (!isAlarmTopic(e.value(QStringLiteral("topic")).toString()))
            s->violations << QStringLiteral("event %1 has topic %2").arg(seq).arg(e.value(QStringLiteral("topic")).toString());
        s->received.append(seq);
        s->lastSeq = qMax(s->lastSeq, seq);
        if (e.value(QStringLiteral("topic")) == QLatin1String("alarm.raised"))
            s->receivedAlarmIds.insert(e.value(QStringLiteral("data")).toObject().value(QStringLiteral("id")).toInteger());
    };
    while (!s->stopSubscriber) {
        if (!subscribed) {
            QString err;
            if (!c.connectTo(s->options, &err)) {
                pause(50);
                continue;
            }
            if (!c.login(QStringLiteral("tv-line1"), TestServer::demoPassword()).ok()) {
                c.disconnect();
                pause(50);
                continue;
            }
            qint64 since = 0;
            {
                std::lock_guard lock(s->mutex);
                since = s->lastSeq;
            }
            const auto r = c.call(QStringLiteral("events.subscribe"), p({{QStringLiteral("topics"), QJsonArray{QStringLiteral("alarm")}},
                                                                        {QStringLiteral("since"), since}}));
            if (!r.ok()) {
                if (!isTransient(r.error.dataCode))
                    s->violation(QStringLiteral("subscribe failed: ") + r.error.dataCode);
                c.disconnect();
                continue;
            }
            if (r.result.value(QStringLiteral("since")).toInteger() != since)
                s->violation(QStringLiteral("subscribed since %1 but the server starts at %2").arg(since).arg(r.result.value(QStringLiteral("since")).toInteger()));
            subscribed = true;
            std::lock_guard lock(s->mutex);
            ++s->subscriptions;
        }
        QJsonObject e;
        if (c.nextEvent(&e, 100)) {
            consume(e);
        } else if (!c.isConnected()) {
            for (const QJsonObject &left : c.takeEvents()) // received before the connection dropped
                consume(left);
            c.disconnect();
            subscribed = false;
        }
    }
    for (const QJsonObject &left : c.takeEvents())
        consume(left);
}
} // namespace

class TstCrash : public QObject
{
    Q_OBJECT

    struct DbState
    {
        QHash<qint64, QString> alarms;         // id -> message
        QList<qint64> alarmEventSeqs;          // seq of every event on an "alarm" topic, ascending
        qint64 eventHead = 0;
        bool eventSeqGapFree = true;
    };

    // Straight from the database (works while the server is down, too).
    static DbState readDb(const TestServer &server)
    {
        DbState st;
        const QString name = QStringLiteral("crash-") + QUuid::createUuid().toString(QUuid::Id128);
        {
            QSqlDatabase db = server.openDirect(name);
            QSqlQuery q(db);
            q.exec(QStringLiteral("SELECT id, message FROM alarm"));
            while (q.next())
                st.alarms.insert(q.value(0).toLongLong(), q.value(1).toString());
            q.exec(QStringLiteral("SELECT seq, topic FROM event ORDER BY seq"));
            qint64 expect = 1;
            while (q.next()) {
                const qint64 seq = q.value(0).toLongLong();
                st.eventSeqGapFree = st.eventSeqGapFree && seq == expect++;
                st.eventHead = seq;
                if (isAlarmTopic(q.value(1).toString()))
                    st.alarmEventSeqs.append(seq);
            }
        }
        QSqlDatabase::removeDatabase(name);
        return st;
    }

    // All alarms through the API (paged), id -> message.
    static QHash<qint64, QString> apiAlarms(SyncRpcClient &c, QString *error)
    {
        QHash<qint64, QString> out;
        qint64 before = 0;
        for (;;) {
            QJsonObject params{{QStringLiteral("limit"), 1000}};
            if (before > 0)
                params.insert(QStringLiteral("beforeId"), before);
            const auto r = c.call(QStringLiteral("alarm.list"), params);
            if (!r.ok()) {
                *error = QStringLiteral("alarm.list: ") + r.error.message;
                return out;
            }
            const QJsonArray a = r.result.value(QStringLiteral("alarms")).toArray();
            for (const QJsonValue &v : a) {
                const qint64 id = v.toObject().value(QStringLiteral("id")).toInteger();
                out.insert(id, v.toObject().value(QStringLiteral("message")).toString());
                before = id;
            }
            if (a.size() < 1000)
                return out;
        }
    }

    // Ids of alarms that have their "create" audit row.
    static QSet<qint64> auditedAlarms(SyncRpcClient &c, QString *error)
    {
        QSet<qint64> out;
        qint64 after = 0;
        for (;;) {
            const auto r = c.call(QStringLiteral("audit.query"), p({{QStringLiteral("recordType"), QStringLiteral("alarm")},
                                                                   {QStringLiteral("order"), QStringLiteral("asc")},
                                                                   {QStringLiteral("afterSeq"), after},
                                                                   {QStringLiteral("limit"), 1000}}));
            if (!r.ok()) {
                *error = QStringLiteral("audit.query: ") + r.error.message;
                return out;
            }
            for (const QJsonValue &v : r.result.value(QStringLiteral("rows")).toArray()) {
                const QJsonObject row = v.toObject();
                after = row.value(QStringLiteral("seq")).toInteger();
                if (row.value(QStringLiteral("action")) == QLatin1String("create"))
                    out.insert(row.value(QStringLiteral("recordId")).toString().toLongLong());
            }
            if (!r.result.value(QStringLiteral("more")).toBool())
                return out;
        }
    }

    static int cycles()
    {
        bool ok = false;
        const int n = qEnvironmentVariableIntValue("CONCORD_CRASH_CYCLES", &ok);
        return ok && n > 0 ? n : 3;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::skipReason().isEmpty())
            QSKIP(qPrintable(TestServer::skipReason()));
    }

    void killNineUnderWriteLoad()
    {
        TestServer server;
        QVERIFY(server.start());
        // Pin the certificate once, on this thread, before the worker threads read the pin file.
        auto admin = server.login(QStringLiteral("admin"));
        QVERIFY(admin);

        Shared shared;
        shared.options.port = server.port();
        shared.options.tls = true;
        shared.options.pinFile = server.dataDir() + QStringLiteral("/client-known-servers");
        shared.options.timeoutMs = 15000;

        constexpr int kWriters = 4; // two with idempotency keys and retries, two without
        std::vector<std::thread> threads;
        for (int i = 0; i < kWriters; ++i)
            threads.emplace_back(writerLoop, &shared, i, i % 2 == 0);
        std::thread subscriber(subscriberLoop, &shared);
        auto joinAll = qScopeGuard([&] {
            shared.stopWriters = true;
            shared.stopSubscriber = true;
            for (std::thread &t : threads)
                t.join();
            subscriber.join();
        });

        const int n = cycles();
        QHash<QString, QJsonObject> idempotent; // key -> first result
        QElapsedTimer total;
        total.start();
        for (int cycle = 1; cycle <= n; ++cycle) {
            // --- Load, then an idempotent write whose answer we keep, then kill -9 mid-stream.
            const int acksBefore = shared.acks;
            QElapsedTimer t;
            t.start();
            const int runMs = 300 + int(QRandomGenerator::global()->bounded(900));
            while ((shared.acks - acksBefore < 50 || t.elapsed() < runMs) && t.elapsed() < 30000)
                QTest::qWait(20);
            QVERIFY2(shared.acks - acksBefore >= 50, qPrintable(QStringLiteral("cycle %1: only %2 writes in 30 s").arg(cycle).arg(shared.acks - acksBefore)));
            const QString key = cycle == 1 ? QStringLiteral("k1") : QStringLiteral("k%1").arg(cycle);
            const QJsonObject keyedParams{{QStringLiteral("severity"), QStringLiteral("critical")},
                                          {QStringLiteral("source"), QStringLiteral("LT-01")},
                                          {QStringLiteral("message"), QStringLiteral("idempotent-") + key},
                                          {QStringLiteral("idempotencyKey"), key}};
            {
                auto dev = server.login(QStringLiteral("dev-leak-01"));
                QVERIFY(dev);
                const auto first = dev->call(QStringLiteral("alarm.raise"), keyedParams);
                QVERIFY2(first.ok(), qPrintable(first.error.message));
                idempotent.insert(key, first.result);
            }
            QTest::qWait(int(QRandomGenerator::global()->bounded(60)));
            server.kill9();
            const int acksAtKill = shared.acks;

            // --- While it is down: everything acknowledged is on disk.
            QHash<QString, qint64> ackedAtKill;
            {
                std::lock_guard lock(shared.mutex);
                ackedAtKill = shared.acked;
            }
            {
                const DbState db = readDb(server);
                int missing = 0;
                for (auto it = ackedAtKill.cbegin(); it != ackedAtKill.cend(); ++it)
                    if (db.alarms.value(it.value()) != it.key())
                        ++missing;
                QVERIFY2(missing == 0, qPrintable(QStringLiteral("cycle %1: %2 acknowledged alarms missing after kill -9").arg(cycle).arg(missing)));
                QVERIFY2(db.eventSeqGapFree, "the event sequence has a gap");
            }

            QTest::qWait(int(QRandomGenerator::global()->bounded(300))); // clients bang on a closed port meanwhile
            QVERIFY2(server.restart(), qPrintable(server.log().right(2000)));
            admin = server.login(QStringLiteral("admin"));
            QVERIFY(admin);

            // --- After restart, through the API, with the writers already hammering again.
            QString err;
            const QHash<qint64, QString> alarms = apiAlarms(*admin, &err);
            QVERIFY2(err.isEmpty(), qPrintable(err));
            for (auto it = ackedAtKill.cbegin(); it != ackedAtKill.cend(); ++it)
                QVERIFY2(alarms.value(it.value()) == it.key(),
                         qPrintable(QStringLiteral("cycle %1: acknowledged %2 (id %3) missing").arg(cycle).arg(it.key()).arg(it.value())));
            // Never half-present: every alarm that exists has its audit row (written in the same transaction).
            const QSet<qint64> audited = auditedAlarms(*admin, &err);
            QVERIFY2(err.isEmpty(), qPrintable(err));
            for (auto it = alarms.cbegin(); it != alarms.cend(); ++it)
                QVERIFY2(audited.contains(it.key()), qPrintable(QStringLiteral("alarm %1 exists without its audit row").arg(it.key())));
            // The chain verifies (while writes continue).
            const auto verify = admin->call(QStringLiteral("audit.verify"));
            QVERIFY2(verify.ok(), qPrintable(verify.error.message));
            QVERIFY2(verify.result.value(QStringLiteral("ok")).toBool(),
                     qPrintable(QString::fromUtf8(QJsonDocument(verify.result).toJson(QJsonDocument::Compact))));

            // R2: the lost-answer retry returns the original result and books nothing new.
            {
                auto dev = server.login(QStringLiteral("dev-leak-01"));
                QVERIFY(dev);
                const auto retry = dev->call(QStringLiteral("alarm.raise"), keyedParams);
                QVERIFY2(retry.ok(), qPrintable(retry.error.message));
                QCOMPARE(retry.result, idempotent.value(key));
                int copies = 0;
                for (const QString &m : readDb(server).alarms)
                    copies += m == keyedParams.value(QStringLiteral("message")).toString();
                QCOMPARE(copies, 1);
            }

            // The subscriber is back and has caught up with everything before the crash.
            const DbState db = readDb(server);
            QElapsedTimer wait;
            wait.start();
            const qint64 target = db.alarmEventSeqs.isEmpty() ? 0 : db.alarmEventSeqs.last();
            for (;;) {
                {
                    std::lock_guard lock(shared.mutex);
                    if (shared.lastSeq >= target)
                        break;
                }
                QVERIFY2(wait.elapsed() < 30000, qPrintable(QStringLiteral("cycle %1: subscriber stuck before seq %2").arg(cycle).arg(target)));
                QTest::qWait(20);
            }
            {
                std::lock_guard lock(shared.mutex);
                QVERIFY2(shared.violations.isEmpty(), qPrintable(shared.violations.mid(0, 10).join(QLatin1Char('\n'))));
                qInfo("cycle %d: %d acknowledged writes before kill -9, %lld alarms after restart, %d subscriptions so far",
                      cycle, acksAtKill, qint64(alarms.size()), shared.subscriptions);
            }
        }

        // --- Quiesce and check the final state exactly.
        shared.stopWriters = true;
        for (std::thread &t : threads)
            t.join();
        threads.clear();
        const DbState db = readDb(server);
        QVERIFY(db.eventSeqGapFree);
        {
            QElapsedTimer wait;
            wait.start();
            const qint64 target = db.alarmEventSeqs.isEmpty() ? 0 : db.alarmEventSeqs.last();
            for (;;) {
                {
                    std::lock_guard lock(shared.mutex);
                    if (shared.lastSeq >= target)
                        break;
                }
                QVERIFY2(wait.elapsed() < 30000, "subscriber did not catch up at the end");
                QTest::qWait(20);
            }
        }
        shared.stopSubscriber = true;
        subscriber.join();
        joinAll.dismiss();

        std::lock_guard lock(shared.mutex);
        QVERIFY2(shared.violations.isEmpty(), qPrintable(shared.violations.mid(0, 10).join(QLatin1Char('\n'))));
        // Every acknowledged write is there exactly once; keyed writes were all eventually acknowledged.
        QHash<QString, int> copies;
        for (const QString &m : db.alarms)
            ++copies[m];
        for (auto it = shared.acked.cbegin(); it != shared.acked.cend(); ++it) {
            QCOMPARE(db.alarms.value(it.value()), it.key());
            QCOMPARE(copies.value(it.key()), 1);
        }
        QVERIFY2(shared.keyedPending.isEmpty(), "a keyed write was never acknowledged");
        for (auto it = copies.cbegin(); it != copies.cend(); ++it) {
            QVERIFY2(it.value() == 1, qPrintable(QStringLiteral("%1 stored %2 times").arg(it.key()).arg(it.value())));
            // Nothing exists that no client ever sent.
            QVERIFY2(shared.acked.contains(it.key()) || shared.unknown.contains(it.key()) || it.key().startsWith(QLatin1String("idempotent-")),
                     qPrintable(it.key()));
        }
        // The kills really hit writes in flight (each writer always has one outstanding).
        QVERIFY2(shared.unknown.size() + shared.keyedRetried >= n,
                 qPrintable(QStringLiteral("only %1 answers lost in %2 kills").arg(shared.unknown.size() + shared.keyedRetried).arg(n)));
        int unknownPresent = 0;
        for (const QString &m : std::as_const(shared.unknown))
            unknownPresent += copies.contains(m) && !shared.acked.contains(m);
        // The subscriber saw exactly the alarm events in the table: same seqs, same order, no gap, no duplicate.
        QCOMPARE(shared.received, db.alarmEventSeqs);
        QCOMPARE(shared.receivedAlarmIds, QSet<qint64>(db.alarms.keyBegin(), db.alarms.keyEnd()));
        // Every alarm has its audit row, every alarm audit row its alarm.
        admin = server.login(QStringLiteral("admin"));
        QVERIFY(admin);
        QString err;
        const QSet<qint64> audited = auditedAlarms(*admin, &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        QCOMPARE(audited, QSet<qint64>(db.alarms.keyBegin(), db.alarms.keyEnd()));
        const auto verify = admin->call(QStringLiteral("audit.verify"));
        QVERIFY(verify.ok());
        QVERIFY(verify.result.value(QStringLiteral("ok")).toBool());
        qInfo("%d cycles in %lld ms: %lld acknowledged writes, %lld lost answers without key (%d of them committed), "
              "%d keyed writes acknowledged on retry, %d subscriptions, %lld events followed",
              n, total.elapsed(), qint64(shared.acked.size()), qint64(shared.unknown.size()), unknownPresent, shared.keyedRetried,
              shared.subscriptions, qint64(shared.received.size()));
    }
};

QTEST_GUILESS_MAIN(TstCrash)
#include "tst_crash.moc"
