// Issue 10, item 8: JSON-RPC 2.0 as the specification says. The examples of section 7 of the
// specification, with Concord's methods in place of subtract/update/sum (session.hello and
// session.ping for calls, alarm.raise for a notification that writes, foobar for a method that
// does not exist), checked on the wire: the exact shape of every answer, and for notifications
// that no line arrives at all (the next line is the answer to the request sent after them). A write
// sent as a notification is run, authorised and audited as with an id. Then the limits: batch
// size, requests in flight, sign-ins, refusals without a session and the line length hold for
// batches as for single messages.
#include "lineclient.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QUuid>
#include <QtTest>

using namespace concord;
using namespace concord::test;

namespace {
QJsonObject o(std::initializer_list<QPair<QString, QJsonValue>> l) { return QJsonObject(l); }

QString compact(const QJsonValue &v)
{
    return QString::fromUtf8(v.isArray() ? QJsonDocument(v.toArray()).toJson(QJsonDocument::Compact) : QJsonDocument(v.toObject()).toJson(QJsonDocument::Compact));
}

// Empty when `v` is exactly a JSON-RPC error answer with this id, code and data.code.
QString errorProblem(const QJsonValue &v, const QJsonValue &id, int code, const QString &dataCode)
{
    const QJsonObject m = v.toObject();
    const QJsonObject e = m.value(QStringLiteral("error")).toObject();
    if (!v.isObject() || m.value(QStringLiteral("jsonrpc")) != QLatin1String("2.0") || m.contains(QStringLiteral("result")) ||
        !m.contains(QStringLiteral("id")) || m.size() != 3)
        return QStringLiteral("not an error answer object: ") + compact(v);
    if (m.value(QStringLiteral("id")) != id)
        return QStringLiteral("wrong id: ") + compact(v);
    if (e.value(QStringLiteral("code")).toInt() != code || e.value(QStringLiteral("message")).toString().size() < 5)
        return QStringLiteral("not code %1 with a message: ").arg(code) + compact(v);
    if (e.value(QStringLiteral("data")).toObject().value(QStringLiteral("code")).toString() != dataCode)
        return QStringLiteral("data.code is not %1: ").arg(dataCode) + compact(v);
    return {};
}

QString resultProblem(const QJsonValue &v, const QJsonValue &id, const QString &member)
{
    const QJsonObject m = v.toObject();
    if (!v.isObject() || m.value(QStringLiteral("jsonrpc")) != QLatin1String("2.0") || m.size() != 3 || m.value(QStringLiteral("id")) != id ||
        !m.value(QStringLiteral("result")).toObject().contains(member))
        return QStringLiteral("not a result with id %1 and %2: ").arg(compact(QJsonArray{id}), member) + compact(v);
    return {};
}

#define CHECK(expr)                                                                                                                        \
    do {                                                                                                                                   \
        const QString problem_ = (expr);                                                                                                   \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                                                                \
    } while (false)

QJsonObject alarmParams(const QString &message, const QString &key = {})
{
    QJsonObject p{{QStringLiteral("severity"), QStringLiteral("info")}, {QStringLiteral("source"), QStringLiteral("tst_jsonrpc")},
                  {QStringLiteral("message"), message}};
    if (!key.isEmpty())
        p.insert(QStringLiteral("idempotencyKey"), key);
    return p;
}

QByteArray notification(const QString &method, const QJsonObject &params = {})
{
    return jsonrpc::encode(jsonrpc::notification(method, params));
}

// The specification's examples are pretty-printed; on the wire each message is one line.
QByteArray oneLine(const char *text) { return QByteArray(text).replace('\n', ' '); }

QString marker(const char *what) { return QLatin1String(what) + QLatin1Char('-') + QUuid::createUuid().toString(QUuid::Id128); }

// Rows of a query on the server's database, each as "col=value|col=value".
QStringList rows(const TestServer &server, const QString &sql, const QVariantList &binds)
{
    QStringList out;
    const QString name = QStringLiteral("q-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = server.openDirect(name);
        QSqlQuery q(db);
        q.prepare(sql);
        for (const QVariant &b : binds)
            q.addBindValue(b);
        if (q.exec()) {
            while (q.next()) {
                QStringList cells;
                for (int i = 0; i < q.record().count(); ++i)
                    cells << q.record().fieldName(i) + QLatin1Char('=') + q.value(i).toString();
                out << cells.join(QLatin1Char('|'));
            }
        } else {
            out << QStringLiteral("query failed");
        }
    }
    QSqlDatabase::removeDatabase(name);
    return out;
}

QStringList alarmIds(const TestServer &server, const QString &message)
{
    QStringList ids;
    for (const QString &r : rows(server, QStringLiteral("SELECT id FROM alarm WHERE message = ?"), {message}))
        ids << r.section(QLatin1Char('='), 1);
    return ids;
}

// The audit row of an alarm's creation without what differs between two alarms.
QString creationAudit(const TestServer &server, const QString &alarmId)
{
    const QStringList r = rows(server, QStringLiteral("SELECT action, username, record_type, changes FROM audit_log WHERE record_type = 'alarm' AND record_id = ?"),
                               {alarmId});
    if (r.size() != 1)
        return QStringLiteral("%1 audit rows").arg(r.size());
    QJsonObject changes = QJsonDocument::fromJson(r.first().section(QStringLiteral("changes="), 1).toUtf8()).object();
    for (const char *differs : {"message", "raisedAt"})
        changes.remove(QLatin1String(differs));
    return r.first().section(QStringLiteral("|changes="), 0, 0) + QStringLiteral("|changes=") + compact(changes);
}

int deniedCount(const TestServer &server, const QString &user, const QString &method, const QString &code)
{
    return int(rows(server, QStringLiteral("SELECT seq FROM audit_log WHERE action = 'access.denied' AND username = ? AND record_id = ? AND changes LIKE ?"),
                    {user, method, QStringLiteral("%") + code + QStringLiteral("%")}).size());
}
} // namespace

class TstJsonRpc : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    TestServer &srv() { return *m_server; }

    std::unique_ptr<LineClient> connect(const QString &user = {})
    {
        auto c = std::make_unique<LineClient>();
        if (!c->connectTo(srv()) || (!user.isEmpty() && !c->login(user)))
            return nullptr;
        return c;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::skipReason().isEmpty())
            QSKIP(qPrintable(TestServer::skipReason()));
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_server)
            qWarning().noquote() << "server log (tail):\n" << m_server->log().right(3000);
    }

    // Spec: "rpc call with positional parameters". Concord's methods take named parameters only
    // (docs/protocol.md §2): positional ones are refused as an invalid request, the id kept.
    void positionalParameters()
    {
        auto c = connect();
        QVERIFY(c);
        QVERIFY(c->send(R"({"jsonrpc": "2.0", "method": "session.hello", "params": ["tst", 1], "id": 1})"));
        CHECK(errorProblem(c->next(), 1, -32600, QStringLiteral("protocol.invalid_request")));
    }

    // Spec: "rpc call with named parameters": the order of the members does not matter.
    void namedParameters()
    {
        auto c = connect();
        QVERIFY(c);
        QVERIFY(c->send(R"({"jsonrpc": "2.0", "method": "session.hello", "params": {"client": "tst", "protocol": {"major": 1}}, "id": 3})"));
        const QJsonValue first = c->next();
        CHECK(resultProblem(first, 3, QStringLiteral("compatible")));
        QVERIFY(c->send(R"({"jsonrpc": "2.0", "method": "session.hello", "params": {"protocol": {"major": 1}, "client": "tst"}, "id": 4})"));
        const QJsonValue second = c->next();
        CHECK(resultProblem(second, 4, QStringLiteral("compatible")));
        QVERIFY(first[u"result"][u"compatible"].toBool());
        QVERIFY(second[u"result"][u"compatible"].toBool());
        QCOMPARE(second[u"result"][u"protocol"], first[u"result"][u"protocol"]);
    }

    // Spec: "a Notification": no answer, also for a method that does not exist or is refused.
    void notificationsGetNoAnswer()
    {
        auto anon = connect();
        QVERIFY(anon);
        QVERIFY(anon->send(R"({"jsonrpc": "2.0", "method": "session.hello", "params": {"client": "tst"}})"));
        QVERIFY(anon->send(R"({"jsonrpc": "2.0", "method": "foobar"})"));
        QVERIFY(anon->send(R"({"jsonrpc": "2.0", "method": "session.ping"})")); // needs a session: refused, silently
        QVERIFY(anon->send(R"({"jsonrpc": "2.0", "method": "session.hello", "id": "after"})"));
        CHECK(resultProblem(anon->next(), QStringLiteral("after"), QStringLiteral("serverTime")));
        QVERIFY(anon->nextLine(500).isEmpty());
        QTRY_COMPARE(deniedCount(srv(), QStringLiteral("(anonymous)"), QStringLiteral("session.ping"), QStringLiteral("auth.required")), 1);
    }

    // A write sent as a notification runs, is authorised and audited exactly as with an id; only
    // the answer is dropped.
    void notificationWriteIsRunAndAudited()
    {
        auto qa = connect(QStringLiteral("qa"));
        QVERIFY(qa);
        const QString withId = marker("with-id");
        const QJsonObject answered = qa->call(QStringLiteral("w"), QStringLiteral("alarm.raise"), alarmParams(withId));
        CHECK(resultProblem(answered, QStringLiteral("w"), QStringLiteral("id")));

        const QString silent = marker("notification");
        QVERIFY(qa->send(notification(QStringLiteral("alarm.raise"), alarmParams(silent))));
        QVERIFY(qa->send(R"({"jsonrpc": "2.0", "method": "session.ping", "id": "next"})"));
        CHECK(resultProblem(qa->next(), QStringLiteral("next"), QStringLiteral("serverTime")));
        QTRY_COMPARE(alarmIds(srv(), silent).size(), 1);
        QCOMPARE(alarmIds(srv(), withId), QStringList{QString::number(answered[u"result"][u"id"].toInteger())});
        const QString audited = creationAudit(srv(), alarmIds(srv(), withId).first());
        QVERIFY2(audited.startsWith(QLatin1String("action=create|username=qa|record_type=alarm|changes={")), qPrintable(audited));
        QCOMPARE(creationAudit(srv(), alarmIds(srv(), silent).first()), audited);

        // Without the permission: refused and audited as access.denied, nothing written, no answer.
        auto planner = connect(QStringLiteral("planner"));
        QVERIFY(planner);
        const QString denied = marker("denied");
        QVERIFY(planner->send(notification(QStringLiteral("alarm.raise"), alarmParams(denied))));
        QVERIFY(planner->send(R"({"jsonrpc": "2.0", "method": "session.ping", "id": "next"})"));
        CHECK(resultProblem(planner->next(), QStringLiteral("next"), QStringLiteral("serverTime")));
        QTRY_COMPARE(deniedCount(srv(), QStringLiteral("planner"), QStringLiteral("alarm.raise"), QStringLiteral("auth.denied")), 1);
        QVERIFY(alarmIds(srv(), denied).isEmpty());

        // Its idempotency key is stored like any other: the retry with an id gets the first result.
        const QString keyed = marker("keyed");
        const QString key = QUuid::createUuid().toString(QUuid::WithoutBraces);
        QVERIFY(qa->send(notification(QStringLiteral("alarm.raise"), alarmParams(keyed, key))));
        QTRY_COMPARE(alarmIds(srv(), keyed).size(), 1);
        const QJsonObject retried = qa->call(QStringLiteral("retry"), QStringLiteral("alarm.raise"), alarmParams(keyed, key));
        CHECK(resultProblem(retried, QStringLiteral("retry"), QStringLiteral("id")));
        QCOMPARE(QString::number(retried[u"result"][u"id"].toInteger()), alarmIds(srv(), keyed).first());
        QCOMPARE(alarmIds(srv(), keyed).size(), 1);
    }

    // Spec: "rpc call of non-existent method".
    void nonExistentMethod()
    {
        auto c = connect();
        QVERIFY(c);
        QVERIFY(c->send(R"({"jsonrpc": "2.0", "method": "foobar", "id": "1"})"));
        CHECK(errorProblem(c->next(), QStringLiteral("1"), -32601, QStringLiteral("protocol.method_not_found")));
    }

    // Spec: "rpc call with invalid JSON" and "rpc call with invalid Request object".
    void invalidJsonAndInvalidRequest()
    {
        auto c = connect();
        QVERIFY(c);
        QVERIFY(c->send(R"({"jsonrpc": "2.0", "method": "foobar, "params": "bar", "baz])"));
        CHECK(errorProblem(c->next(), QJsonValue::Null, -32700, QStringLiteral("protocol.parse_error")));
        QVERIFY(c->send(R"({"jsonrpc": "2.0", "method": 1, "params": "bar"})"));
        CHECK(errorProblem(c->next(), QJsonValue::Null, -32600, QStringLiteral("protocol.invalid_request")));
    }

    // Spec: "rpc call Batch, invalid JSON" and "rpc call with an empty Array": one error object,
    // not an array.
    void batchInvalidJsonAndEmptyArray()
    {
        auto c = connect();
        QVERIFY(c);
        QVERIFY(c->send(oneLine(R"([
  {"jsonrpc": "2.0", "method": "session.hello", "params": {"client": "tst"}, "id": "1"},
  {"jsonrpc": "2.0", "method"
])")));
        CHECK(errorProblem(c->next(), QJsonValue::Null, -32700, QStringLiteral("protocol.parse_error")));
        QVERIFY(c->send("[]"));
        CHECK(errorProblem(c->next(), QJsonValue::Null, -32600, QStringLiteral("protocol.invalid_request")));
        QVERIFY(c->send(" [ ] "));
        CHECK(errorProblem(c->next(), QJsonValue::Null, -32600, QStringLiteral("protocol.invalid_request")));
        QVERIFY(c->nextLine(500).isEmpty()); // one answer each, nothing run
    }

    // Spec: "rpc call with an invalid Batch (but not empty)" and "rpc call with invalid Batch":
    // an array with one error per member.
    void invalidBatches()
    {
        auto c = connect();
        QVERIFY(c);
        QVERIFY(c->send("[1]"));
        const QJsonValue one = c->next();
        QVERIFY2(one.isArray() && one.toArray().size() == 1, qPrintable(compact(one)));
        CHECK(errorProblem(one.toArray().at(0), QJsonValue::Null, -32600, QStringLiteral("protocol.invalid_request")));
        QVERIFY(c->send("[1,2,3]"));
        const QJsonValue three = c->next();
        QVERIFY2(three.isArray() && three.toArray().size() == 3, qPrintable(compact(three)));
        for (const QJsonValue &e : three.toArray())
            CHECK(errorProblem(e, QJsonValue::Null, -32600, QStringLiteral("protocol.invalid_request")));
        // Members are checked one by one, as single messages are (a batch in a batch is no request).
        QVERIFY(c->send(R"([{"jsonrpc": "2.0", "method": "session.hello", "params": [1], "id": 7}, [], {"jsonrpc": "2.0", "id": 8, "result": 1}])"));
        const QJsonValue mixed = c->next();
        QVERIFY2(mixed.isArray() && mixed.toArray().size() == 3, qPrintable(compact(mixed)));
        CHECK(errorProblem(mixed[0], 7, -32600, QStringLiteral("protocol.invalid_request")));
        CHECK(errorProblem(mixed[1], QJsonValue::Null, -32600, QStringLiteral("protocol.invalid_request")));
        CHECK(errorProblem(mixed[2], QJsonValue::Null, -32600, QStringLiteral("protocol.invalid_request")));
    }

    // Spec: "rpc call Batch": calls, a notification (a write), an invalid member and a method that
    // does not exist; one array with the answers in the members' order, none for the notification.
    void mixedBatch()
    {
        auto qa = connect(QStringLiteral("qa"));
        QVERIFY(qa);
        const QString silent = marker("batched-notification");
        const QByteArray note = QJsonDocument(jsonrpc::notification(QStringLiteral("alarm.raise"), alarmParams(silent))).toJson(QJsonDocument::Compact);
        QVERIFY(qa->send(oneLine(R"([
  {"jsonrpc": "2.0", "method": "session.ping", "id": "1"},
  )") + note + oneLine(R"(,
  {"jsonrpc": "2.0", "method": "session.hello", "params": {"client": "tst"}, "id": "2"},
  {"foo": "boo"},
  {"jsonrpc": "2.0", "method": "foo.get", "params": {"name": "myself"}, "id": "5"},
  {"jsonrpc": "2.0", "method": "rpc.discover", "id": "9"}
])")));
        const QByteArray line = qa->nextLine();
        const QJsonArray answers = QJsonDocument::fromJson(line).array();
        QVERIFY2(line.startsWith('[') && answers.size() == 5, line.left(300).constData());
        CHECK(resultProblem(answers[0], QStringLiteral("1"), QStringLiteral("serverTime")));
        CHECK(resultProblem(answers[1], QStringLiteral("2"), QStringLiteral("serverVersion")));
        CHECK(errorProblem(answers[2], QJsonValue::Null, -32600, QStringLiteral("protocol.invalid_request")));
        CHECK(errorProblem(answers[3], QStringLiteral("5"), -32601, QStringLiteral("protocol.method_not_found")));
        CHECK(resultProblem(answers[4], QStringLiteral("9"), QStringLiteral("methods")));
        QCOMPARE(alarmIds(srv(), silent).size(), 1); // the array waits for every member, the write included
        QVERIFY(qa->nextLine(500).isEmpty());
    }

    // Spec: "rpc call Batch (all notifications)": nothing comes back.
    void allNotificationBatch()
    {
        auto qa = connect(QStringLiteral("qa"));
        QVERIFY(qa);
        const QString silent = marker("all-notifications");
        QVERIFY(qa->send(QByteArray(R"([{"jsonrpc": "2.0", "method": "session.ping"}, )") +
                         QJsonDocument(jsonrpc::notification(QStringLiteral("alarm.raise"), alarmParams(silent))).toJson(QJsonDocument::Compact) + "]"));
        QVERIFY(qa->send(R"({"jsonrpc": "2.0", "method": "session.ping", "id": "next"})"));
        CHECK(resultProblem(qa->next(), QStringLiteral("next"), QStringLiteral("serverTime")));
        QTRY_COMPARE(alarmIds(srv(), silent).size(), 1);
        QVERIFY(qa->nextLine(500).isEmpty());
    }

    // A batch of more than limits/maxBatchRequests members is refused whole: nothing in it runs.
    void batchSizeLimit()
    {
        TestServer small;
        QVERIFY(small.start(TestServer::withEnv({QStringLiteral("CONCORD_MAX_BATCH_REQUESTS=5")})));
        LineClient qa;
        QVERIFY(qa.connectTo(small) && qa.login(QStringLiteral("qa")));
        const QString refused = marker("too-many");
        QJsonArray batch;
        for (int i = 0; i < 6; ++i)
            batch.append(jsonrpc::request(i, QStringLiteral("alarm.raise"), alarmParams(refused)));
        QVERIFY(qa.send(jsonrpc::encode(batch)));
        const QJsonValue answer = qa.next();
        CHECK(errorProblem(answer, QJsonValue::Null, -32029, QStringLiteral("limit.batch_too_large")));
        QCOMPARE(answer[u"error"][u"data"][u"args"][u"limit"].toInteger(), 5);
        QCOMPARE(answer[u"error"][u"data"][u"args"][u"count"].toInteger(), 6);
        batch.removeLast();
        QVERIFY(qa.send(jsonrpc::encode(batch)));
        const QJsonValue accepted = qa.next();
        QVERIFY2(accepted.isArray() && accepted.toArray().size() == 5, qPrintable(compact(accepted)));
        for (int i = 0; i < 5; ++i)
            CHECK(resultProblem(accepted[i], i, QStringLiteral("id")));
        QCOMPARE(alarmIds(small, refused).size(), 5);
    }

    // Batch members take in-flight slots like single requests and keep them until the array is
    // sent: the members beyond limits/maxInFlight are refused, and the connection works on after.
    void batchMembersCountAsInFlight()
    {
        TestServer small;
        QVERIFY(small.start(TestServer::withEnv({QStringLiteral("CONCORD_MAX_IN_FLIGHT=3")})));
        LineClient qa;
        QVERIFY(qa.connectTo(small) && qa.login(QStringLiteral("qa")));
        const QString silent = marker("over-in-flight");
        QJsonArray batch;
        for (int i = 0; i < 5; ++i)
            batch.append(jsonrpc::request(i, QStringLiteral("session.ping"), {}));
        batch.append(jsonrpc::notification(QStringLiteral("alarm.raise"), alarmParams(silent)));
        QVERIFY(qa.send(jsonrpc::encode(batch)));
        const QJsonValue answers = qa.next();
        QVERIFY2(answers.isArray() && answers.toArray().size() == 5, qPrintable(compact(answers)));
        for (int i = 0; i < 3; ++i)
            CHECK(resultProblem(answers[i], i, QStringLiteral("serverTime")));
        for (int i = 3; i < 5; ++i)
            CHECK(errorProblem(answers[i], i, -32029, QStringLiteral("limit.too_many_in_flight")));
        // The notification beyond the limit was not run either (it has no answer to say so).
        QVERIFY(alarmIds(small, silent).isEmpty());
        CHECK(resultProblem(qa.call(QStringLiteral("after"), QStringLiteral("session.ping")), QStringLiteral("after"), QStringLiteral("serverTime")));
    }

    // Sign-ins in one batch meet the same per-connection cap (limits/signInsPerConnection = 2).
    void batchedSignInsAreCapped()
    {
        auto c = connect();
        QVERIFY(c);
        QJsonArray batch;
        for (int i = 0; i < 3; ++i)
            batch.append(jsonrpc::request(i, QStringLiteral("auth.login"), o({{QStringLiteral("user"), QStringLiteral("nobody%1").arg(i)},
                                                                              {QStringLiteral("password"), QStringLiteral("guess-%1").arg(i)}})));
        QVERIFY(c->send(jsonrpc::encode(batch)));
        const QJsonValue answers = c->next();
        QVERIFY2(answers.isArray() && answers.toArray().size() == 3, qPrintable(compact(answers)));
        CHECK(errorProblem(answers[0], 0, -32001, QStringLiteral("auth.invalid_credentials")));
        CHECK(errorProblem(answers[1], 1, -32001, QStringLiteral("auth.invalid_credentials")));
        CHECK(errorProblem(answers[2], 2, -32029, QStringLiteral("limit.sign_in_busy")));
    }

    // Refusals without a session count per member: after 200 the connection is closed, batch or not.
    void batchedAnonymousRefusalsCloseTheConnection()
    {
        auto c = connect();
        QVERIFY(c);
        QJsonArray batch;
        for (int i = 0; i < 100; ++i)
            batch.append(jsonrpc::request(i, QStringLiteral("alarm.list"), {}));
        for (int round = 0; round < 2; ++round) {
            QVERIFY(c->send(jsonrpc::encode(batch)));
            const QJsonValue answers = c->next();
            QVERIFY2(answers.isArray() && answers.toArray().size() == 100, qPrintable(compact(answers).left(300)));
            for (const QJsonValue &a : answers.toArray())
                QCOMPARE(a[u"error"][u"data"][u"code"].toString(), QStringLiteral("auth.required"));
        }
        QVERIFY(c->send(jsonrpc::encode(batch)));
        QVERIFY(c->nextLine(10000).isEmpty());
        QTRY_VERIFY(!c->isConnected());
        QVERIFY(srv().log().contains(QStringLiteral("refused requests without signing in")));
    }

    // A batch is one line: before sign-in it may not exceed 64 KiB either.
    void batchLineLimit()
    {
        auto c = connect();
        QVERIFY(c);
        QJsonArray batch;
        for (int i = 0; i < 80; ++i)
            batch.append(jsonrpc::request(i, QStringLiteral("session.hello"), o({{QStringLiteral("client"), QString(1000, QLatin1Char('x'))}})));
        c->send(jsonrpc::encode(batch)); // the server may stop reading before all of it is sent
        CHECK(errorProblem(c->next(), QJsonValue::Null, -32029, QStringLiteral("limit.line_too_long")));
        QTRY_VERIFY(!c->isConnected());
    }

    void cleanupTestCase()
    {
        if (m_server) {
            auto qa = m_server->login(QStringLiteral("qa"));
            QVERIFY(qa);
            const auto verify = qa->call(QStringLiteral("audit.verify"));
            QVERIFY(verify.ok() && verify.result.value(QStringLiteral("ok")).toBool());
            QVERIFY(m_server->stop());
        }
    }
};

QTEST_GUILESS_MAIN(TstJsonRpc)
#include "tst_jsonrpc.moc"
