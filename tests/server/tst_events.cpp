// Transactional outbox and event stream: gap-free seq, replay then live without gaps or duplicates,
// topic filters, durable cursors; idempotent writes (R2); alarm life cycle.
#include "testserver.h"

#include <QJsonArray>
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
        auto tv = server.login(QStringLiteral("tv-line1"));
        const auto sub = tv->call(QStringLiteral("events.subscribe"), o({{QStringLiteral("topics"), QJsonArray{QStringLiteral("*")}}, {QStringLiteral("since"), 0}}));
        QVERIFY2(sub.ok(), qPrintable(sub.error.message));
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
};

QTEST_GUILESS_MAIN(TstEvents)
#include "tst_events.moc"
