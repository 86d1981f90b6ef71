// Transactional outbox and event stream: gap-free seq, replay then live without gaps or duplicates,
// topic filters, durable cursors; idempotent writes (R2); alarm life cycle.
#include "testserver.h"

#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace concord;
using namespace concord::test;

namespace {
QJsonObject o(std::initializer_list<QPair<QString, QJsonValue>> l) { return QJsonObject(l); }

SyncRpcClient::Response raise(SyncRpcClient &c, const QString &message, const QString &key = QString())
{
    QJsonObject p = o({{QStringLiteral("severity"), QStringLiteral("info")}, {QStringLiteral("source"), QStringLiteral("UV-01")},
                       {QStringLiteral("message"), message}});
    if (!key.isEmpty())
        p.insert(QStringLiteral("idempotencyKey"), key);
    return c.call(QStringLiteral("alarm.raise"), p);
}

// Reads events until `count` arrived or the timeout passed.
QList<QJsonObject> collect(SyncRpcClient &c, int count, int timeoutMs = 15000)
{
    QList<QJsonObject> out;
    QJsonObject e;
    while (out.size() < count && c.nextEvent(&e, timeoutMs))
        out.append(e);
    return out;
}
} // namespace

class TstEvents : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::skipReason().isEmpty())
            QSKIP(qPrintable(TestServer::skipReason()));
    }

    void replayThenLiveWithoutGapsOrDuplicates()
    {
        TestServer server;
        QVERIFY(server.start());
        auto dev = server.login(QStringLiteral("dev-uv-01"));
        QVERIFY(dev);
        // More than one replay page (2,000) of history before the subscriber arrives.
        for (int i = 0; i < 2100; ++i)
            QVERIFY(raise(*dev, QStringLiteral("history %1").arg(i)).ok());
        // An account that may read every topic: its "*" stream is complete, so seqs are gap-free.
        auto tv = server.login(QStringLiteral("admin"));
        const auto sub = tv->call(QStringLiteral("events.subscribe"), o({{QStringLiteral("topics"), QJsonArray{QStringLiteral("*")}}, {QStringLiteral("since"), 0}}));
        QVERIFY2(sub.ok(), qPrintable(sub.error.message));
        QCOMPARE(sub.result.value(QStringLiteral("complete")).toBool(), true);
        const qint64 head = sub.result.value(QStringLiteral("headSeq")).toInteger();
        QVERIFY(head >= 2100);
        // Live writes while the replay is still running.
        for (int i = 0; i < 50; ++i)
            QVERIFY(raise(*dev, QStringLiteral("live %1").arg(i)).ok());
        const QList<QJsonObject> events = collect(*tv, int(head) + 50);
        QCOMPARE(events.size(), int(head) + 50);
        for (int i = 0; i < events.size(); ++i)
            QCOMPARE(events.at(i).value(QStringLiteral("seq")).toInteger(), qint64(i + 1));
        QCOMPARE(events.last().value(QStringLiteral("data")).toObject().value(QStringLiteral("message")).toString(), QStringLiteral("live 49"));
        QJsonObject extra;
        QVERIFY(!tv->nextEvent(&extra, 300)); // nothing twice
    }

    void topicsFilterAndResumeFromCursor()
    {
        TestServer server;
        QVERIFY(server.start());
        auto dev = server.login(QStringLiteral("dev-leak-01"));
        auto qa = server.login(QStringLiteral("qa"));
        auto listener = server.login(QStringLiteral("dev-seal-01"));
        QVERIFY(listener->call(QStringLiteral("events.subscribe"), o({{QStringLiteral("topics"), QJsonArray{QStringLiteral("alarm.acknowledged")}}})).ok());
        const qint64 id = raise(*dev, QStringLiteral("pressure decay above limit")).result.value(QStringLiteral("id")).toInteger();
        QVERIFY(qa->call(QStringLiteral("alarm.acknowledge"), o({{QStringLiteral("id"), id}})).ok());
        const QList<QJsonObject> got = collect(*listener, 1);
        QCOMPARE(got.size(), 1);
        QCOMPARE(got.first().value(QStringLiteral("topic")).toString(), QStringLiteral("alarm.acknowledged"));
        QCOMPARE(got.first().value(QStringLiteral("data")).toObject().value(QStringLiteral("acknowledgedByUsername")).toString(), QStringLiteral("qa"));
        QCOMPARE(qa->call(QStringLiteral("alarm.acknowledge"), o({{QStringLiteral("id"), id}})).error.dataCode, QStringLiteral("rule.alarm_state"));

        // A durable cursor: an integration stores its position and resumes after it on a new connection.
        const qint64 seq = got.first().value(QStringLiteral("seq")).toInteger();
        QVERIFY(dev->call(QStringLiteral("events.cursor.set"), o({{QStringLiteral("name"), QStringLiteral("erp-sync")}, {QStringLiteral("seq"), seq}})).ok());
        QCOMPARE(dev->call(QStringLiteral("events.cursor.set"), o({{QStringLiteral("name"), QStringLiteral("erp-sync")}, {QStringLiteral("seq"), seq + 1000}})).error.dataCode,
                 QStringLiteral("validation.failed"));
        QVERIFY(raise(*dev, QStringLiteral("after the cursor")).ok());
        auto integration = server.login(QStringLiteral("dev-leak-01"));
        QVERIFY(integration->call(QStringLiteral("events.subscribe"), o({{QStringLiteral("topics"), QJsonArray{QStringLiteral("alarm")}}, {QStringLiteral("cursor"), QStringLiteral("erp-sync")}})).ok());
        const QList<QJsonObject> resumed = collect(*integration, 1);
        QCOMPARE(resumed.size(), 1);
        QCOMPARE(resumed.first().value(QStringLiteral("seq")).toInteger(), seq + 1);
        QCOMPARE(resumed.first().value(QStringLiteral("data")).toObject().value(QStringLiteral("message")).toString(), QStringLiteral("after the cursor"));
        QCOMPARE(integration->call(QStringLiteral("events.cursor.get"), o({{QStringLiteral("name"), QStringLiteral("erp-sync")}})).result.value(QStringLiteral("seq")).toInteger(), seq);
    }

    void retryWithSameKeyReturnsFirstResult()
    {
        TestServer server;
        QVERIFY(server.start());
        auto dev = server.login(QStringLiteral("dev-leak-01"));
        auto qa = server.login(QStringLiteral("qa"));
        const auto first = raise(*dev, QStringLiteral("leak test failed, unit 4711"), QStringLiteral("lt01-4711"));
        QVERIFY(first.ok());
        const auto retry = raise(*dev, QStringLiteral("leak test failed, unit 4711"), QStringLiteral("lt01-4711"));
        QCOMPARE(retry.result, first.result);
        QVERIFY(server.restart());
        auto dev2 = server.login(QStringLiteral("dev-leak-01"));
        const auto afterRestart = raise(*dev2, QStringLiteral("leak test failed, unit 4711"), QStringLiteral("lt01-4711"));
        QCOMPARE(afterRestart.result, first.result);
        // The same key on another method is a conflict, not a silent replay.
        QCOMPARE(dev2->call(QStringLiteral("events.cursor.set"), o({{QStringLiteral("name"), QStringLiteral("c")}, {QStringLiteral("seq"), 0},
                                                                   {QStringLiteral("idempotencyKey"), QStringLiteral("lt01-4711")}})).error.dataCode,
                 QStringLiteral("conflict.idempotency_key"));
        auto qa2 = server.login(QStringLiteral("qa"));
        const auto list = qa2->call(QStringLiteral("alarm.list"));
        int matches = 0;
        for (const QJsonValue &v : list.result.value(QStringLiteral("alarms")).toArray())
            matches += v.toObject().value(QStringLiteral("message")).toString() == QLatin1String("leak test failed, unit 4711");
        QCOMPARE(matches, 1);
        Q_UNUSED(qa);
    }
    // Issue 9, defect 5: a key stands for one request. The same key with other parameters used to
    // return the first result as success (an "info" alarm for a retried "critical" one; the
    // signature of another record); now it is refused, audited, and nothing is written.
    void sameKeyWithOtherParametersIsRefusedAndAudited()
    {
        TestServer server;
        QVERIFY(server.start());
        auto dev = server.login(QStringLiteral("dev-leak-01"));
        const auto first = raise(*dev, QStringLiteral("leak rate high, unit 4712"), QStringLiteral("lt01-4712"));
        QVERIFY(first.ok());
        QJsonObject critical = o({{QStringLiteral("severity"), QStringLiteral("critical")}, {QStringLiteral("source"), QStringLiteral("UV-01")},
                                  {QStringLiteral("message"), QStringLiteral("leak tester out of calibration")},
                                  {QStringLiteral("idempotencyKey"), QStringLiteral("lt01-4712")}});
        const auto reused = dev->call(QStringLiteral("alarm.raise"), critical);
        QCOMPARE(reused.error.dataCode, QStringLiteral("conflict.idempotency_key"));
        QCOMPARE(reused.error.code, -32009);
        // The real retry is still answered with the first result.
        QCOMPARE(raise(*dev, QStringLiteral("leak rate high, unit 4712"), QStringLiteral("lt01-4712")).result, first.result);

        // An inline write (password check first): the same key to sign another record.
        auto admin = server.login(QStringLiteral("admin"));
        auto qa = server.login(QStringLiteral("qa"));
        QList<qint64> requests;
        for (const char *user : {"planner", "buyer"}) {
            qint64 id = 0;
            for (const QJsonValue &v : admin->call(QStringLiteral("user.list")).result.value(QStringLiteral("users")).toArray())
                if (v.toObject().value(QStringLiteral("username")) == QLatin1String(user))
                    id = v.toObject().value(QStringLiteral("id")).toInteger();
            const auto r = admin->call(QStringLiteral("roleChange.request"), o({{QStringLiteral("userId"), id},
                                                                               {QStringLiteral("roles"), QJsonArray{QStringLiteral("planner"), QStringLiteral("buyer")}},
                                                                               {QStringLiteral("reason"), QStringLiteral("cover for holidays")}}));
            QVERIFY2(r.ok(), qPrintable(r.error.message));
            requests << r.result.value(QStringLiteral("id")).toInteger();
        }
        auto sign = [&](qint64 id) {
            return qa->call(QStringLiteral("signature.sign"), o({{QStringLiteral("recordType"), QStringLiteral("role_change")},
                                                                {QStringLiteral("recordId"), QString::number(id)},
                                                                {QStringLiteral("recordVersion"), 1},
                                                                {QStringLiteral("meaning"), QStringLiteral("approved")},
                                                                {QStringLiteral("user"), QStringLiteral("qa")},
                                                                {QStringLiteral("password"), TestServer::demoPassword()},
                                                                {QStringLiteral("idempotencyKey"), QStringLiteral("sign-1")}}));
        };
        const auto signedFirst = sign(requests.at(0));
        QVERIFY2(signedFirst.ok(), qPrintable(signedFirst.error.message));
        QCOMPARE(sign(requests.at(0)).result, signedFirst.result);
        QCOMPARE(sign(requests.at(1)).error.dataCode, QStringLiteral("conflict.idempotency_key"));
        const auto second = qa->call(QStringLiteral("roleChange.get"), o({{QStringLiteral("id"), requests.at(1)}}));
        QCOMPARE(second.result.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QVERIFY(second.result.value(QStringLiteral("signatures")).toArray().isEmpty());

        // Both refusals are in the audit trail, attributed to who tried.
        const auto audit = qa->call(QStringLiteral("audit.query"), o({{QStringLiteral("action"), QStringLiteral("request.refused")}}));
        QVERIFY2(audit.ok(), qPrintable(audit.error.message));
        QStringList seen;
        for (const QJsonValue &v : audit.result.value(QStringLiteral("rows")).toArray())
            seen << v.toObject().value(QStringLiteral("username")).toString() + QLatin1Char(' ') + v.toObject().value(QStringLiteral("recordId")).toString();
        seen.sort();
        QCOMPARE(seen, (QStringList{QStringLiteral("dev-leak-01 alarm.raise"), QStringLiteral("qa signature.sign")}));
        const auto alarms = qa->call(QStringLiteral("alarm.list")).result.value(QStringLiteral("alarms")).toArray();
        for (const QJsonValue &v : alarms)
            QVERIFY(v.toObject().value(QStringLiteral("message")).toString() != QLatin1String("leak tester out of calibration"));
    }

    // Issue 10: keys are kept for storage/idempotencyRetentionHours (2 h here) and then pruned by
    // the server in batches; a key inside the retention still answers its retry. 1,100 keys of three
    // hours ago (more than two batches) are pruned at the next start, one of an hour ago and the one
    // just used are kept, and a retry under a pruned key runs again (the documented limit).
    void idempotencyKeysArePrunedAfterTheRetention()
    {
        TestServer server;
        QVERIFY(server.start(TestServer::withEnv({QStringLiteral("CONCORD_IDEMPOTENCY_RETENTION_HOURS=2")})));
        auto dev = server.login(QStringLiteral("dev-leak-01"));
        const auto recent = raise(*dev, QStringLiteral("leak test failed, unit 4713"), QStringLiteral("lt01-4713"));
        QVERIFY(recent.ok());
        QVERIFY(recent.result.value(QStringLiteral("id")).toInteger() > 0);
        dev.reset();
        QVERIFY(server.stop());

        const QDateTime now = QDateTime::currentDateTimeUtc();
        auto iso = [](const QDateTime &t) { return t.toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")); };
        const int oldKeys = 1100;
        auto count = [&](const QString &where) {
            const QString name = QStringLiteral("idem-count");
            qint64 n = -1;
            {
                QSqlDatabase db = server.openDirect(name);
                QSqlQuery q(db);
                if (q.exec(QStringLiteral("SELECT COUNT(*) FROM idempotency WHERE ") + where) && q.next())
                    n = q.value(0).toLongLong();
            }
            QSqlDatabase::removeDatabase(name);
            return n;
        };
        {
            QSqlDatabase db = server.openDirect(QStringLiteral("idem-seed"));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT id FROM app_user WHERE username = 'dev-leak-01'")) && q.next());
            const qint64 userId = q.value(0).toLongLong();
            QVERIFY(db.transaction());
            QVERIFY(q.prepare(QStringLiteral("INSERT INTO idempotency (user_id, idem_key, method, result, created_at) VALUES (?, ?, 'alarm.raise', '{\"id\":1}', ?)")));
            for (int i = 0; i <= oldKeys; ++i) {
                q.addBindValue(userId);
                q.addBindValue(i < oldKeys ? QStringLiteral("old-%1").arg(i) : QStringLiteral("an-hour-ago"));
                q.addBindValue(iso(i < oldKeys ? now.addSecs(-3 * 3600) : now.addSecs(-3600)));
                QVERIFY2(q.exec(), qPrintable(q.lastError().text()));
            }
            QVERIFY(db.commit());
        }
        QSqlDatabase::removeDatabase(QStringLiteral("idem-seed"));
        QCOMPARE(count(QStringLiteral("idem_key LIKE 'old-%'")), qint64(oldKeys));

        QVERIFY(server.restart());
        QTRY_COMPARE_WITH_TIMEOUT(count(QStringLiteral("idem_key LIKE 'old-%'")), qint64(0), 30000);
        QCOMPARE(count(QStringLiteral("idem_key IN ('an-hour-ago', 'lt01-4713')")), qint64(2));
        QTRY_VERIFY_WITH_TIMEOUT(server.log().contains(QStringLiteral("pruned %1 idempotency key(s)").arg(oldKeys)), 10000);
        QVERIFY2(server.log().contains(QStringLiteral("(retention 2 h)")), qPrintable(server.log()));

        auto dev2 = server.login(QStringLiteral("dev-leak-01"));
        QCOMPARE(raise(*dev2, QStringLiteral("leak test failed, unit 4713"), QStringLiteral("lt01-4713")).result, recent.result);
        const auto rerun = raise(*dev2, QStringLiteral("leak test failed, unit 4714"), QStringLiteral("old-7"));
        QVERIFY2(rerun.ok(), qPrintable(rerun.error.message));
        QVERIFY(rerun.result.value(QStringLiteral("id")).toInteger() > recent.result.value(QStringLiteral("id")).toInteger());
    }

    // Issue 9, defect 7: every topic needs a read permission, and a subscription (live and replay)
    // receives only what its account may read now. A shop TV subscribed to "*" used to receive
    // identity, role-change, signature and change-order events.
    void subscriptionsReceiveOnlyTopicsTheirAccountMayRead()
    {
        TestServer server;
        QVERIFY(server.start());
        auto admin = server.login(QStringLiteral("admin"));
        auto qa = server.login(QStringLiteral("qa"));
        auto tv = server.login(QStringLiteral("tv-line1"));
        auto dev = server.login(QStringLiteral("dev-leak-01"));

        // Every topic the server has ever written is declared with a permission (rpc.discover).
        const auto discover = admin->call(QStringLiteral("rpc.discover"));
        QMap<QString, QString> declared;
        for (const QJsonValue &v : discover.result.value(QStringLiteral("x-eventTopics")).toArray())
            declared.insert(v.toObject().value(QStringLiteral("topic")).toString(), v.toObject().value(QStringLiteral("permission")).toString());
        QVERIFY2(declared.size() >= 7, qPrintable(QStringLiteral("%1 topics declared").arg(declared.size())));
        {
            QSqlDatabase db = server.openDirect(QStringLiteral("topics"));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT DISTINCT topic FROM event")));
            int topics = 0;
            while (q.next()) {
                ++topics;
                const QString topic = q.value(0).toString();
                bool covered = false;
                for (auto it = declared.cbegin(); it != declared.cend(); ++it)
                    covered = covered || topic == it.key() || topic.startsWith(it.key() + QLatin1Char('.'));
                QVERIFY2(covered, qPrintable(topic + QStringLiteral(" has no declared permission")));
            }
            QVERIFY(topics >= 4); // the demo seed wrote identity, change-order, master-data and signature events
        }
        QSqlDatabase::removeDatabase(QStringLiteral("topics"));

        const QJsonObject everything = o({{QStringLiteral("topics"), QJsonArray{QStringLiteral("*")}}});
        const auto tvSub = tv->call(QStringLiteral("events.subscribe"), everything);
        QVERIFY(tvSub.ok());
        QCOMPARE(tvSub.result.value(QStringLiteral("complete")).toBool(), false);
        const auto adminSub = admin->call(QStringLiteral("events.subscribe"), everything);
        QCOMPARE(adminSub.result.value(QStringLiteral("complete")).toBool(), true);
        QVERIFY(dev->call(QStringLiteral("events.subscribe"), everything).ok());

        // One event of each kind, then an alarm as the end marker.
        QVERIFY(raise(*dev, QStringLiteral("first")).ok());
        qint64 plannerId = 0;
        int plannerVersion = 0;
        for (const QJsonValue &v : admin->call(QStringLiteral("user.list")).result.value(QStringLiteral("users")).toArray())
            if (v.toObject().value(QStringLiteral("username")) == QLatin1String("planner")) {
                plannerId = v.toObject().value(QStringLiteral("id")).toInteger();
                plannerVersion = v.toObject().value(QStringLiteral("rowVersion")).toInt();
            }
        QVERIFY(admin->call(QStringLiteral("user.update"), o({{QStringLiteral("userId"), plannerId}, {QStringLiteral("rowVersion"), plannerVersion},
                                                             {QStringLiteral("email"), QStringLiteral("planner@example.com")},
                                                             {QStringLiteral("reason"), QStringLiteral("new address")}})).ok());
        QVERIFY(admin->call(QStringLiteral("roleChange.request"), o({{QStringLiteral("userId"), plannerId}, {QStringLiteral("roles"), QJsonArray{QStringLiteral("planner")}},
                                                                    {QStringLiteral("reason"), QStringLiteral("confirm")}})).ok());
        QVERIFY(qa->call(QStringLiteral("eco.create"), o({{QStringLiteral("changeClass"), QStringLiteral("minor")}, {QStringLiteral("title"), QStringLiteral("Label text")},
                                                         {QStringLiteral("reason"), QStringLiteral("typo")}})).ok());
        QVERIFY(raise(*dev, QStringLiteral("marker")).ok());
        auto topicsUntilMarker = [](SyncRpcClient &c) {
            QStringList topics;
            QJsonObject e;
            while (c.nextEvent(&e, 10000)) {
                topics << e.value(QStringLiteral("topic")).toString();
                if (e.value(QStringLiteral("data")).toObject().value(QStringLiteral("message")) == QLatin1String("marker"))
                    break;
            }
            return topics;
        };
        QCOMPARE(topicsUntilMarker(*tv), (QStringList{QStringLiteral("alarm.raised"), QStringLiteral("alarm.raised")}));
        QCOMPARE(topicsUntilMarker(*dev), (QStringList{QStringLiteral("alarm.raised"), QStringLiteral("alarm.raised")}));
        const QStringList all = topicsUntilMarker(*admin);
        for (const char *t : {"identity.user", "identity.role_change", "eco.changed"})
            QVERIFY2(all.contains(QLatin1String(t)), qPrintable(all.join(QLatin1Char(' '))));

        // A replay from the start is filtered the same way.
        auto tv2 = server.login(QStringLiteral("tv-line1"));
        QVERIFY(tv2->call(QStringLiteral("events.subscribe"), o({{QStringLiteral("topics"), QJsonArray{QStringLiteral("*")}}, {QStringLiteral("since"), 0}})).ok());
        const QStringList replayed = topicsUntilMarker(*tv2);
        QVERIFY(replayed.size() >= 2);
        for (const QString &t : replayed)
            QVERIFY2(t.startsWith(QLatin1String("alarm.")), qPrintable(t));

        // Permissions are read at every delivery: the display role given user.read receives user
        // changes from then on, on the subscription it already has; taken away, they stop.
        auto displayRole = [&] {
            for (const QJsonValue &v : admin->call(QStringLiteral("role.list")).result.value(QStringLiteral("roles")).toArray())
                if (v.toObject().value(QStringLiteral("name")) == QLatin1String("display"))
                    return v.toObject();
            return QJsonObject();
        };
        auto setDisplayPermissions = [&](const QJsonArray &permissions) {
            const QJsonObject role = displayRole();
            // A role's permissions change when another person approves the request (issue 10).
            const auto requested = admin->call(QStringLiteral("role.update"), o({{QStringLiteral("roleId"), role.value(QStringLiteral("id"))},
                                                                                 {QStringLiteral("rowVersion"), role.value(QStringLiteral("rowVersion"))},
                                                                                 {QStringLiteral("permissions"), permissions},
                                                                                 {QStringLiteral("reason"), QStringLiteral("tst: TV shows staff changes")}}));
            const QJsonObject pending = requested.result.value(QStringLiteral("pendingChange")).toObject();
            return qa->call(QStringLiteral("signature.sign"),
                            o({{QStringLiteral("recordType"), QStringLiteral("role_permission_change")},
                               {QStringLiteral("recordId"), QString::number(pending.value(QStringLiteral("id")).toInteger())},
                               {QStringLiteral("recordVersion"), pending.value(QStringLiteral("rowVersion"))},
                               {QStringLiteral("meaning"), QStringLiteral("approved")},
                               {QStringLiteral("user"), QStringLiteral("qa")},
                               {QStringLiteral("password"), TestServer::demoPassword()}}));
        };
        const QJsonArray before = displayRole().value(QStringLiteral("permissions")).toArray();
        QJsonArray wider = before;
        wider.append(QStringLiteral("user.read"));
        QVERIFY(setDisplayPermissions(wider).ok());
        QTest::qWait(300); // the role event reloads the TV session's permissions
        auto updatePlanner = [&](const QString &email) {
            for (const QJsonValue &v : admin->call(QStringLiteral("user.list")).result.value(QStringLiteral("users")).toArray())
                if (v.toObject().value(QStringLiteral("username")) == QLatin1String("planner"))
                    plannerVersion = v.toObject().value(QStringLiteral("rowVersion")).toInt();
            QVERIFY(admin->call(QStringLiteral("user.update"), o({{QStringLiteral("userId"), plannerId}, {QStringLiteral("rowVersion"), plannerVersion},
                                                                 {QStringLiteral("email"), email}, {QStringLiteral("reason"), QStringLiteral("new address")}})).ok());
            QVERIFY(raise(*dev, QStringLiteral("marker")).ok());
        };
        updatePlanner(QStringLiteral("planning@example.com"));
        QVERIFY(topicsUntilMarker(*tv).contains(QStringLiteral("identity.user")));
        QVERIFY(setDisplayPermissions(before).ok());
        QTest::qWait(300);
        updatePlanner(QStringLiteral("plans@example.com"));
        // (The role change that took the right away may itself still arrive: it was readable then.)
        const QStringList after = topicsUntilMarker(*tv);
        QVERIFY2(!after.contains(QStringLiteral("identity.user")) && after.endsWith(QStringLiteral("alarm.raised")), qPrintable(after.join(QLatin1Char(' '))));
    }
};

QTEST_GUILESS_MAIN(TstEvents)
#include "tst_events.moc"
