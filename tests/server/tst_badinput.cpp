// Bad input (brief 05): protocol garbage, limits, slow senders, TLS garbage, business refusals and
// injection strings. Every case must end in a clear error (JSON-RPC code, stable data.code and an
// English message; field names for validation.failed) or a closed connection; the server keeps
// serving other clients; and the database digest is the same before and after every rejected
// request. Injection strings must come back verbatim.
//
// One server serves the whole suite (small line limit and in-flight limit, short slow-sender
// timeout) so the suite stays fast; each case opens its own connections.
#include "testserver.h"

#include "protocol/jsonrpc.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpSocket>
#include <QUuid>
#include <QtTest>

using namespace concord;
using namespace concord::test;

// Helpers return an empty string on success or a description of what is wrong.
#define CHECK(expr)                                                                                                                        \
    do {                                                                                                                                   \
        const QString problem_ = (expr);                                                                                                   \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                                                                \
    } while (false)

namespace {
constexpr qsizetype kMaxLine = 65536;
constexpr int kMaxInFlight = 32;
constexpr int kPartialLineSeconds = 3;
constexpr int kHandshakeSeconds = 4;

QJsonObject p(std::initializer_list<QPair<QString, QJsonValue>> l) { return QJsonObject(l); }

QByteArray line(const QJsonValue &id, const QString &method, const QJsonObject &params = {})
{
    return jsonrpc::encode(jsonrpc::request(id, method, params));
}

QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

// The shape every error answer must have.
QString errorProblem(const QJsonObject &msg, const QStringList &codes, int rpcCode = 0, const QJsonValue &id = QJsonValue::Undefined)
{
    const QString where = QStringLiteral(" in ") + compact(msg).left(400);
    if (msg.value(QStringLiteral("jsonrpc")) != QLatin1String("2.0"))
        return QStringLiteral("no jsonrpc 2.0 member") + where;
    if (msg.contains(QStringLiteral("result")) || !msg.value(QStringLiteral("error")).isObject())
        return QStringLiteral("not an error answer") + where;
    if (!id.isUndefined() && msg.value(QStringLiteral("id")) != id)
        return QStringLiteral("wrong id (expected %1)").arg(QString::fromUtf8(QJsonDocument(QJsonArray{id}).toJson(QJsonDocument::Compact))) + where;
    const QJsonObject e = msg.value(QStringLiteral("error")).toObject();
    const QJsonObject data = e.value(QStringLiteral("data")).toObject();
    if (!e.value(QStringLiteral("code")).isDouble() || e.value(QStringLiteral("code")).toInt() >= 0)
        return QStringLiteral("error.code is not a negative integer") + where;
    if (rpcCode != 0 && e.value(QStringLiteral("code")).toInt() != rpcCode)
        return QStringLiteral("error.code is not %1").arg(rpcCode) + where;
    if (e.value(QStringLiteral("message")).toString().trimmed().size() < 5)
        return QStringLiteral("no English message") + where;
    if (!codes.contains(data.value(QStringLiteral("code")).toString()))
        return QStringLiteral("data.code is not one of %1").arg(codes.join(QLatin1Char('|'))) + where;
    if (data.value(QStringLiteral("messageKey")).toString().isEmpty())
        return QStringLiteral("no data.messageKey") + where;
    if (data.value(QStringLiteral("code")) == QLatin1String("validation.failed")) {
        const QJsonArray details = data.value(QStringLiteral("details")).toArray();
        if (details.isEmpty())
            return QStringLiteral("validation.failed without details") + where;
        for (const QJsonValue &d : details)
            if (!d.toObject().value(QStringLiteral("field")).toString().startsWith(QLatin1String("params")) ||
                d.toObject().value(QStringLiteral("message")).toString().isEmpty() || d.toObject().value(QStringLiteral("code")).toString().isEmpty())
                return QStringLiteral("a validation detail without field, code or message") + where;
    }
    return {};
}

// Same checks for an answer already decoded by SyncRpcClient::call().
QString responseProblem(const SyncRpcClient::Response &r, const QString &code, const QStringList &fields = {})
{
    if (r.ok())
        return QStringLiteral("expected %1, got a result: %2").arg(code, compact(r.result).left(300));
    if (r.error.dataCode != code)
        return QStringLiteral("expected %1, got %2 (%3)").arg(code, r.error.dataCode, r.error.message);
    if (r.error.message.trimmed().size() < 5)
        return QStringLiteral("%1 without an English message").arg(code);
    if (r.error.code >= 0)
        return QStringLiteral("%1 with JSON-RPC code %2").arg(code).arg(r.error.code);
    QStringList have;
    for (const FieldError &f : r.error.details) {
        if (f.message.isEmpty() || f.code.isEmpty())
            return QStringLiteral("detail %1 without code or message").arg(f.field);
        have << f.field;
    }
    if (code == QLatin1String("validation.failed") && have.isEmpty())
        return QStringLiteral("validation.failed without details");
    for (const QString &f : fields)
        if (!have.contains(f))
            return QStringLiteral("%1 does not name field %2 (names: %3)").arg(code, f, have.join(QLatin1Char(',')));
    return {};
}
} // namespace

class TstBadInput : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;

    TestServer &srv() { return *m_server; }

    // A second, independent client can still use the server.
    QString stillServing()
    {
        auto other = srv().client();
        if (!other)
            return QStringLiteral("a new client cannot connect any more");
        const auto hello = other->call(QStringLiteral("session.hello"), p({{QStringLiteral("client"), QStringLiteral("bystander")}}));
        if (!hello.ok())
            return QStringLiteral("session.hello on a new connection failed: ") + hello.error.message;
        return {};
    }

    // The database as the harness digests it, plus every table's rows (sorted) so that a
    // difference can be explained.
    struct Snapshot
    {
        QByteArray digest;
        QHash<QString, QStringList> tables;
    };

    Snapshot snapshot()
    {
        Snapshot snap;
        snap.digest = srv().databaseDigest();
        const QString name = QStringLiteral("snap-") + QUuid::createUuid().toString(QUuid::Id128);
        {
            QSqlDatabase db = srv().openDirect(name);
            QSqlQuery q(db);
            q.exec(srv().isPostgres() ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
                                      : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
            QStringList names;
            while (q.next())
                names << q.value(0).toString();
            for (const QString &t : std::as_const(names)) {
                QSqlQuery rows(db);
                rows.exec(QStringLiteral("SELECT * FROM %1").arg(t));
                QStringList &list = snap.tables[t];
                while (rows.next()) {
                    QStringList cells;
                    for (int i = 0; i < rows.record().count(); ++i)
                        cells << rows.value(i).toString();
                    list << cells.join(QLatin1Char('|'));
                }
                list.sort();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return snap;
    }

    QString digestSame(const Snapshot &before, const QString &what)
    {
        const Snapshot after = snapshot();
        // The harness digest reads each table ORDER BY its first column; where that column is not
        // unique, PostgreSQL may return equal rows in another order after unrelated activity, so
        // the content (every table's rows, sorted) is what decides.
        if (after.digest == before.digest || after.tables == before.tables)
            return {};
        QStringList changed;
        for (auto it = after.tables.cbegin(); it != after.tables.cend(); ++it) {
            const QStringList old = before.tables.value(it.key());
            if (old == it.value())
                continue;
            QStringList added, removed;
            for (const QString &r : it.value())
                if (!old.contains(r))
                    added << r.left(200);
            for (const QString &r : old)
                if (!it.value().contains(r))
                    removed << r.left(200);
            changed << QStringLiteral("%1 (+%2 -%3: %4)").arg(it.key()).arg(added.size()).arg(removed.size())
                           .arg((added.mid(0, 2) + removed.mid(0, 2)).join(QStringLiteral(" / ")));
        }
        return QStringLiteral("the database changed after the rejected %1: %2").arg(what,
                   changed.join(QStringLiteral("; ")));
    }

    // Sends raw bytes on `c` and expects exactly one error answer with one of `codes`; the
    // connection stays usable (per-message faults do not close it), nothing is written, and the
    // server still serves others.
    QString rejectRaw(SyncRpcClient &c, const QByteArray &bytes, const QStringList &codes, int rpcCode = 0,
                      const QJsonValue &id = QJsonValue::Null)
    {
        const Snapshot before = snapshot();
        if (!c.sendRaw(bytes.endsWith('\n') ? bytes : bytes + '\n'))
            return QStringLiteral("could not send");
        bool ok = false;
        const QJsonObject answer = c.readMessage(10000, &ok);
        if (!ok)
            return QStringLiteral("no answer to %1").arg(QString::fromLatin1(bytes.left(80).toPercentEncoding(" {}\":,[]")));
        QString problem = errorProblem(answer, codes, rpcCode, id);
        if (!problem.isEmpty())
            return problem;
        const auto hello = c.call(QStringLiteral("session.hello"));
        if (!hello.ok())
            return QStringLiteral("the connection is unusable after one bad message: ") + hello.error.message;
        problem = digestSame(before, QString::fromLatin1(bytes.left(60)));
        return problem.isEmpty() ? stillServing() : problem;
    }

    // A call through the normal client that must fail with `code` without changing anything.
    QString rejectCall(SyncRpcClient &c, const QString &method, const QJsonObject &params, const QString &code, const QStringList &fields = {})
    {
        const Snapshot before = snapshot();
        const auto r = c.call(method, params);
        QString problem = responseProblem(r, code, fields);
        if (!problem.isEmpty())
            return method + QStringLiteral(": ") + problem;
        problem = digestSame(before, method + QLatin1Char(' ') + compact(params).left(100));
        return problem.isEmpty() ? stillServing() : problem;
    }

    static bool waitDisconnected(SyncRpcClient &c, int ms, QList<QJsonObject> *seen = nullptr)
    {
        QElapsedTimer t;
        t.start();
        while (c.isConnected() && t.elapsed() < ms) {
            bool ok = false;
            const QJsonObject m = c.readMessage(100, &ok);
            if (ok && seen)
                seen->append(m);
        }
        return !c.isConnected();
    }

    QStringList directMessages(const QString &likePattern)
    {
        QStringList out;
        const QString name = QStringLiteral("direct-") + QUuid::createUuid().toString(QUuid::Id128);
        {
            QSqlDatabase db = srv().openDirect(name);
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT message FROM alarm WHERE message LIKE ? ORDER BY id"));
            q.addBindValue(likePattern);
            q.exec();
            while (q.next())
                out << q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::skipReason().isEmpty())
            QSKIP(qPrintable(TestServer::skipReason()));
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start(TestServer::withEnv({QStringLiteral("CONCORD_MAX_LINE_BYTES=%1").arg(kMaxLine),
                                                     QStringLiteral("CONCORD_MAX_IN_FLIGHT=%1").arg(kMaxInFlight),
                                                     QStringLiteral("CONCORD_PARTIAL_LINE_SECONDS=%1").arg(kPartialLineSeconds),
                                                     QStringLiteral("CONCORD_TLS_HANDSHAKE_SECONDS=%1").arg(kHandshakeSeconds)})));
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_server)
            qWarning().noquote() << "server log (tail):\n" << m_server->log().right(3000);
    }

    void cleanupTestCase()
    {
        if (m_server) {
            // Whatever was thrown at it, the server is still up and its audit chain intact.
            auto qa = m_server->login(QStringLiteral("qa"));
            QVERIFY(qa);
            const auto verify = qa->call(QStringLiteral("audit.verify"));
            QVERIFY2(verify.ok(), qPrintable(verify.error.message));
            QVERIFY(verify.result.value(QStringLiteral("ok")).toBool());
            QVERIFY(m_server->stop()); // and it still shuts down cleanly
            m_server.reset();
        }
    }

    // ---------------------------------------------------------------- protocol: framing and JSON

    void invalidUtf8()
    {
        auto c = srv().client();
        QVERIFY(c);
        const QList<QByteArray> bad{
            QByteArray("{\"jsonrpc\":\"2.0\",\"id\":\"u1\",\"method\":\"session.hello\",\"params\":{\"client\":\"\xff\xfe\"}}"),
            QByteArray("{\"jsonrpc\":\"2.0\",\"id\":\"u2\",\"method\":\"session.hello\",\"params\":{\"client\":\"\xc0\xaf\"}}"), // overlong '/'
            QByteArray("{\"jsonrpc\":\"2.0\",\"id\":\"u3\",\"method\":\"session.hello\",\"params\":{\"client\":\"\xed\xa0\x80\"}}"), // UTF-8 surrogate
            QByteArray("{\"jsonrpc\":\"2.0\",\"id\":\"u4\",\"method\":\"session.hello\",\"params\":{\"client\":\"abc\xe4\xb8\"}}"), // truncated
            QByteArray("\xff{\"jsonrpc\":\"2.0\",\"id\":\"u5\",\"method\":\"session.hello\"}"),
            QByteArray("{\"jsonrpc\":\"2.0\",\"id\":\"u6\",\"method\":\"session.h\xe9llo\"}"), // Latin-1 in the method name
        };
        for (const QByteArray &b : bad)
            CHECK(rejectRaw(*c, b, {QStringLiteral("protocol.parse_error")}, -32700));

        // A write with one bad byte is rejected whole, even from someone allowed to write.
        auto qa = srv().login(QStringLiteral("qa"));
        QVERIFY(qa);
        CHECK(rejectRaw(*qa, QByteArray("{\"jsonrpc\":\"2.0\",\"id\":\"w1\",\"method\":\"alarm.raise\",\"params\":{\"severity\":\"info\","
                                        "\"source\":\"tst\",\"message\":\"bad \xf8\x88\x80\x80\x80 byte\"}}"),
                        {QStringLiteral("protocol.parse_error")}, -32700));
    }

    void invalidJson()
    {
        auto c = srv().client();
        QVERIFY(c);
        const QList<QByteArray> bad{
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"session.hello\"",
            "{'jsonrpc':'2.0','id':1,'method':'session.hello'}",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":}",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"session.hello\",}",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"session.hello\"} trailing",
            "{\"jsonrpc\":\"2.0\" \"id\":1}",
            "}{",
            "{\"jsonrpc\":\"2.0\",\"id\":01,\"method\":\"session.hello\"}",
            "\x01\x02\x03\x04",
            "{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"session.hello\",\"params\":{\"client\":\"\\u00zz\"}}",
            "{\"jsonrpc\":\"2.0\",\"id\":-,\"method\":\"session.hello\"}",
        };
        for (const QByteArray &b : bad)
            CHECK(rejectRaw(*c, b, {QStringLiteral("protocol.parse_error")}, -32700));
    }

    void nonObjectJson()
    {
        auto c = srv().client();
        QVERIFY(c);
        // Arrays parse but are not requests (batches are not supported); Qt refuses top-level
        // scalars while parsing. Either way: a clear protocol error.
        const QStringList either{QStringLiteral("protocol.parse_error"), QStringLiteral("protocol.invalid_request")};
        const QList<QByteArray> bad{"[]", "[1,2,3]", "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"session.hello\"}]",
                                    "42", "-1.5e3", "\"session.hello\"", "null", "true"};
        for (const QByteArray &b : bad)
            CHECK(rejectRaw(*c, b, either));
        CHECK(rejectRaw(*c, "[{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"session.hello\"}]", {QStringLiteral("protocol.invalid_request")}, -32600));
    }

    void missingOrWrongEnvelope()
    {
        auto c = srv().client();
        QVERIFY(c);
        const QString invalid = QStringLiteral("protocol.invalid_request");
        CHECK(rejectRaw(*c, "{\"id\":\"e1\",\"method\":\"session.hello\"}", {invalid}, -32600, QStringLiteral("e1")));
        CHECK(rejectRaw(*c, "{\"jsonrpc\":\"1.0\",\"id\":\"e2\",\"method\":\"session.hello\"}", {invalid}, -32600, QStringLiteral("e2")));
        CHECK(rejectRaw(*c, "{\"jsonrpc\":2.0,\"id\":\"e3\",\"method\":\"session.hello\"}", {invalid}, -32600, QStringLiteral("e3")));
        CHECK(rejectRaw(*c, "{\"jsonrpc\":\"2.0\",\"id\":\"e4\"}", {invalid}, -32600, QStringLiteral("e4")));
        CHECK(rejectRaw(*c, "{\"jsonrpc\":\"2.0\",\"id\":\"e5\",\"method\":\"\"}", {invalid}, -32600, QStringLiteral("e5")));
        CHECK(rejectRaw(*c, "{\"jsonrpc\":\"2.0\",\"id\":\"e6\",\"method\":42}", {invalid}, -32600, QStringLiteral("e6")));
        CHECK(rejectRaw(*c, "{\"jsonrpc\":\"2.0\",\"id\":\"e7\",\"method\":[\"session.hello\"]}", {invalid}, -32600, QStringLiteral("e7")));
        CHECK(rejectRaw(*c, "{\"jsonrpc\":\"2.0\",\"id\":\"e8\",\"method\":\"session.hello\",\"params\":[1,2]}", {invalid}, -32600, QStringLiteral("e8")));
        CHECK(rejectRaw(*c, "{\"jsonrpc\":\"2.0\",\"id\":\"e9\",\"method\":\"session.hello\",\"params\":\"x\"}", {invalid}, -32600, QStringLiteral("e9")));
        CHECK(rejectRaw(*c, "{\"jsonrpc\":\"2.0\",\"id\":{\"a\":1},\"method\":\"session.hello\"}", {invalid}, -32600));
        CHECK(rejectRaw(*c, "{\"jsonrpc\":\"2.0\",\"id\":[1],\"method\":\"session.hello\"}", {invalid}, -32600));
        CHECK(rejectRaw(*c, "{\"jsonrpc\":\"2.0\",\"id\":true,\"method\":\"session.hello\"}", {invalid}, -32600));
        CHECK(rejectRaw(*c, "{}", {invalid}, -32600));
        // A client must not send answers to the server.
        CHECK(rejectRaw(*c, "{\"jsonrpc\":\"2.0\",\"id\":\"e10\",\"result\":{}}", {invalid}, -32600));
        // Unknown method.
        CHECK(rejectRaw(*c, "{\"jsonrpc\":\"2.0\",\"id\":\"e11\",\"method\":\"no.such.method\"}", {QStringLiteral("protocol.method_not_found")},
                        -32601, QStringLiteral("e11")));
        CHECK(rejectRaw(*c, "{\"jsonrpc\":\"2.0\",\"id\":\"e12\",\"method\":\"session.hello\\u0000\"}", {QStringLiteral("protocol.method_not_found")},
                        -32601, QStringLiteral("e12")));

        // A notification (no id) is refused and NOT executed, even for a write the caller may do:
        // a GMP write needs an acknowledgement.
        auto qa = srv().login(QStringLiteral("qa"));
        QVERIFY(qa);
        const QString marker = QStringLiteral("notification-") + QUuid::createUuid().toString(QUuid::Id128);
        QJsonObject note = jsonrpc::notification(QStringLiteral("alarm.raise"), p({{QStringLiteral("severity"), QStringLiteral("info")},
                                                                                  {QStringLiteral("source"), QStringLiteral("tst")},
                                                                                  {QStringLiteral("message"), marker}}));
        CHECK(rejectRaw(*qa, jsonrpc::encode(note), {invalid}, -32600));
        QVERIFY(directMessages(marker).isEmpty());
    }

    void wrongParamTypes()
    {
        auto qa = srv().login(QStringLiteral("qa"));
        QVERIFY(qa);
        const QString vf = QStringLiteral("validation.failed");
        const QString raise = QStringLiteral("alarm.raise");
        const QJsonObject good{{QStringLiteral("severity"), QStringLiteral("info")},
                               {QStringLiteral("source"), QStringLiteral("tst")},
                               {QStringLiteral("message"), QStringLiteral("fine")}};
        auto with = [&](const QString &k, const QJsonValue &v) {
            QJsonObject o = good;
            o.insert(k, v);
            return o;
        };
        CHECK(rejectCall(*qa, raise, with(QStringLiteral("severity"), 3), vf, {QStringLiteral("params.severity")}));
        CHECK(rejectCall(*qa, raise, with(QStringLiteral("message"), QJsonObject{{QStringLiteral("text"), QStringLiteral("x")}}), vf,
                         {QStringLiteral("params.message")}));
        CHECK(rejectCall(*qa, raise, with(QStringLiteral("message"), QJsonArray{QStringLiteral("x")}), vf, {QStringLiteral("params.message")}));
        CHECK(rejectCall(*qa, raise, with(QStringLiteral("source"), true), vf, {QStringLiteral("params.source")}));
        CHECK(rejectCall(*qa, raise, with(QStringLiteral("topic"), 7), vf, {QStringLiteral("params.topic")}));
        // Several problems at once: every field is named.
        CHECK(rejectCall(*qa, raise, p({{QStringLiteral("severity"), 1}, {QStringLiteral("message"), QJsonObject()}}), vf,
                         {QStringLiteral("params.severity"), QStringLiteral("params.message"), QStringLiteral("params.source")}));
        // A required field sent as null counts as missing.
        CHECK(rejectCall(*qa, raise, with(QStringLiteral("message"), QJsonValue::Null), vf, {QStringLiteral("params.message")}));
        const QString ack = QStringLiteral("alarm.acknowledge");
        CHECK(rejectCall(*qa, ack, p({{QStringLiteral("id"), QStringLiteral("1")}}), vf, {QStringLiteral("params.id")}));
        CHECK(rejectCall(*qa, ack, p({{QStringLiteral("id"), 1.5}}), vf, {QStringLiteral("params.id")}));
        CHECK(rejectCall(*qa, ack, p({{QStringLiteral("id"), true}}), vf, {QStringLiteral("params.id")}));
        CHECK(rejectCall(*qa, ack, p({{QStringLiteral("id"), QJsonArray{1}}}), vf, {QStringLiteral("params.id")}));
        CHECK(rejectCall(*qa, ack, p({{QStringLiteral("id"), 1}, {QStringLiteral("comment"), 5}}), vf, {QStringLiteral("params.comment")}));
        CHECK(rejectCall(*qa, ack, {}, vf, {QStringLiteral("params.id")}));
        CHECK(rejectCall(*qa, raise, with(QStringLiteral("idempotencyKey"), 12), vf, {QStringLiteral("params.idempotencyKey")}));
        CHECK(rejectCall(*qa, raise, with(QStringLiteral("idempotencyKey"), QString()), vf, {QStringLiteral("params.idempotencyKey")}));
    }

    void extraUnknownFields()
    {
        auto qa = srv().login(QStringLiteral("qa"));
        QVERIFY(qa);
        const QString vf = QStringLiteral("validation.failed");
        CHECK(rejectCall(*qa, QStringLiteral("alarm.raise"), p({{QStringLiteral("severity"), QStringLiteral("info")},
                                                                {QStringLiteral("source"), QStringLiteral("tst")},
                                                                {QStringLiteral("message"), QStringLiteral("x")},
                                                                {QStringLiteral("state"), QStringLiteral("acknowledged")}}),
                         vf, {QStringLiteral("params.state")}));
        CHECK(rejectCall(*qa, QStringLiteral("alarm.acknowledge"), p({{QStringLiteral("id"), 1}, {QStringLiteral("acknowledgedBy"), 1}}), vf,
                         {QStringLiteral("params.acknowledgedBy")}));
        CHECK(rejectCall(*qa, QStringLiteral("session.hello"), p({{QStringLiteral("protocol"), p({{QStringLiteral("major"), 1}, {QStringLiteral("patch"), 3}})}}),
                         vf, {QStringLiteral("params.protocol.patch")}));
        // Unknown members of the envelope itself.
        auto c = srv().client();
        QVERIFY(c);
        CHECK(rejectRaw(*c, "{\"jsonrpc\":\"2.0\",\"id\":\"x1\",\"method\":\"session.hello\",\"auth\":\"admin\"}",
                        {QStringLiteral("protocol.invalid_request")}, -32600, QStringLiteral("x1")));
        CHECK(rejectRaw(*qa, "{\"jsonrpc\":\"2.0\",\"id\":\"x2\",\"method\":\"alarm.raise\",\"params\":{\"severity\":\"info\",\"source\":\"s\","
                             "\"message\":\"m\"},\"idempotencyKey\":\"top-level\"}",
                        {QStringLiteral("protocol.invalid_request")}, -32600, QStringLiteral("x2")));
    }

    void hugeNumbersAndNonFinite()
    {
        auto qa = srv().login(QStringLiteral("qa"));
        QVERIFY(qa);
        // Out of double range or not JSON numbers at all: the parser refuses the message.
        for (const char *v : {"1e400", "-1e400", "NaN", "nan", "Infinity", "-Infinity", "0x10", "+1", "1e", "1e+", "--1", "00"}) {
            const QByteArray b = QByteArray("{\"jsonrpc\":\"2.0\",\"id\":\"n\",\"method\":\"alarm.acknowledge\",\"params\":{\"id\":") + v + "}}";
            CHECK(rejectRaw(*qa, b, {QStringLiteral("protocol.parse_error")}, -32700));
        }
        // Valid JSON but not a usable integer: named field, nothing written.
        const QString vf = QStringLiteral("validation.failed");
        const QString ack = QStringLiteral("alarm.acknowledge");
        for (const double d : {1e300, -1e300, 9007199254740994.0, 1e19, 0.0, -1.0, -0.0, 1e-300, 2.5})
            CHECK(rejectCall(*qa, ack, p({{QStringLiteral("id"), d}}), vf, {QStringLiteral("params.id")}));
        CHECK(rejectRaw(*qa, "{\"jsonrpc\":\"2.0\",\"id\":\"big\",\"method\":\"alarm.list\",\"params\":{\"limit\":1e300}}",
                        {vf}, -32602, QStringLiteral("big")));
        CHECK(rejectRaw(*qa, "{\"jsonrpc\":\"2.0\",\"id\":\"long\",\"method\":\"alarm.list\",\"params\":{\"limit\":"
                             "123456789012345678901234567890123456789012345678901234567890}}",
                        {vf}, -32602, QStringLiteral("long")));
    }

    void deepNesting()
    {
        auto c = srv().client();
        QVERIFY(c);
        // Far beyond any sane depth (and beyond the parser's limit) but within the line limit of
        // this server: refused by the parser, no stack exhaustion.
        CHECK(rejectRaw(*c, QByteArray(60000, '['), {QStringLiteral("protocol.parse_error")}, -32700));
        QByteArray objects;
        for (int i = 0; i < 10000; ++i)
            objects += "{\"a\":";
        CHECK(rejectRaw(*c, objects, {QStringLiteral("protocol.parse_error")}, -32700));
        QByteArray inParams = "{\"jsonrpc\":\"2.0\",\"id\":\"d\",\"method\":\"session.hello\",\"params\":{\"client\":";
        inParams += QByteArray(5000, '[') + "1" + QByteArray(5000, ']') + "}}";
        CHECK(rejectRaw(*c, inParams, {QStringLiteral("protocol.parse_error")}, -32700));
        // Deep but parseable nesting where a string is expected: a validation error, not a crash.
        QByteArray moderate = "{\"jsonrpc\":\"2.0\",\"id\":\"m\",\"method\":\"session.hello\",\"params\":{\"client\":";
        moderate += QByteArray(500, '[') + "1" + QByteArray(500, ']') + "}}";
        CHECK(rejectRaw(*c, moderate, {QStringLiteral("validation.failed")}, -32602, QStringLiteral("m")));
    }

    void overlongLine()
    {
        // Exactly at the limit is still a message ...
        {
            auto c = srv().client();
            QVERIFY(c);
            QByteArray atLimit = "{\"jsonrpc\":\"2.0\",\"id\":\"edge\",\"method\":\"session.hello\"";
            atLimit += QByteArray(kMaxLine - atLimit.size() - 1, ' ') + "}";
            QCOMPARE(atLimit.size(), kMaxLine);
            QVERIFY(c->sendRaw(atLimit + '\n'));
            bool ok = false;
            const QJsonObject m = c->readMessage(10000, &ok);
            QVERIFY(ok);
            QVERIFY2(m.contains(QStringLiteral("result")), qPrintable(compact(m)));
            QCOMPARE(m.value(QStringLiteral("id")).toString(), QStringLiteral("edge"));
        }
        // ... one byte more (no newline needed) is limit.line_too_long and the connection closes.
        {
            auto c = srv().login(QStringLiteral("qa"));
            QVERIFY(c);
            const Snapshot before = snapshot();
            QByteArray over = "{\"jsonrpc\":\"2.0\",\"id\":\"over\",\"method\":\"alarm.raise\",\"params\":{\"severity\":\"info\",\"source\":\"s\",\"message\":\"";
            over += QByteArray(kMaxLine + 1 - over.size(), 'x');
            QVERIFY(c->sendRaw(over));
            bool ok = false;
            const QJsonObject m = c->readMessage(10000, &ok);
            QVERIFY2(ok, "no limit.line_too_long answer");
            CHECK(errorProblem(m, {QStringLiteral("limit.line_too_long")}, -32029, QJsonValue::Null));
            QCOMPARE(m.value(QStringLiteral("error")).toObject().value(QStringLiteral("data")).toObject().value(QStringLiteral("args")).toObject()
                         .value(QStringLiteral("limit")).toInteger(),
                     qint64(kMaxLine));
            QVERIFY2(waitDisconnected(*c, 5000), "connection still open after an over-long line");
            CHECK(digestSame(before, QStringLiteral("over-long line")));
            CHECK(stillServing());
        }
        // A much longer line (1 MiB) in one go: closed as well. The error answer may be lost in
        // a TCP reset because the server stops reading; the close is what counts.
        {
            const Snapshot before = snapshot();
            auto c = srv().client();
            QVERIFY(c);
            c->sendRaw(QByteArray(1 << 20, 'a') + '\n');
            QList<QJsonObject> seen;
            QVERIFY2(waitDisconnected(*c, 10000, &seen), "connection still open after a 1 MiB line");
            for (const QJsonObject &m : std::as_const(seen))
                CHECK(errorProblem(m, {QStringLiteral("limit.line_too_long")}, -32029));
            CHECK(digestSame(before, QStringLiteral("1 MiB line")));
            CHECK(stillServing());
        }
        QVERIFY(srv().log().contains(QStringLiteral("line longer than %1 bytes").arg(kMaxLine)));
    }

    void malformedFloodClosesConnection()
    {
        auto c = srv().client();
        QVERIFY(c);
        // 49 bad messages, then a good one: the counter resets, the connection stays.
        QByteArray bad;
        for (int i = 0; i < 49; ++i)
            bad += "not json\n";
        QVERIFY(c->sendRaw(bad));
        for (int i = 0; i < 49; ++i) {
            bool ok = false;
            CHECK(errorProblem(c->readMessage(10000, &ok), {QStringLiteral("protocol.parse_error")}));
        }
        QVERIFY(c->call(QStringLiteral("session.hello")).ok());
        // 50 in a row: each answered, then the connection is dropped.
        bad += "not json\n";
        QVERIFY(c->sendRaw(bad));
        QList<QJsonObject> seen;
        QVERIFY2(waitDisconnected(*c, 10000, &seen), "connection survived 50 malformed messages in a row");
        QCOMPARE(seen.size(), 50);
        for (const QJsonObject &m : std::as_const(seen))
            CHECK(errorProblem(m, {QStringLiteral("protocol.parse_error")}, -32700));
        CHECK(stillServing());
    }

    // ---------------------------------------------------------------- protocol: volume

    void thousandsOfPipelinedRequests()
    {
        auto qa = srv().login(QStringLiteral("qa"));
        QVERIFY(qa);
        const Snapshot before = snapshot();
        constexpr int kRequests = 3000;
        QByteArray burst;
        for (int i = 0; i < kRequests; ++i)
            burst += (i % 2) ? line(i, QStringLiteral("alarm.list"), p({{QStringLiteral("limit"), 5}}))
                             : line(QStringLiteral("h%1").arg(i), QStringLiteral("session.hello"));
        QVERIFY(qa->sendRaw(burst));
        QSet<QString> answered;
        int results = 0, limited = 0;
        QElapsedTimer t;
        t.start();
        while (answered.size() < kRequests && t.elapsed() < 45000) {
            bool ok = false;
            const QJsonObject m = qa->readMessage(5000, &ok);
            if (!ok)
                continue;
            const QJsonValue id = m.value(QStringLiteral("id"));
            const QString key = id.isString() ? id.toString() : QString::number(id.toInteger(-1));
            QVERIFY2(!answered.contains(key), qPrintable(QStringLiteral("two answers for id ") + key));
            answered.insert(key);
            const bool isHello = id.isString();
            QVERIFY2((isHello && key.startsWith(QLatin1Char('h'))) || (!isHello && id.toInteger(-1) % 2 == 1), qPrintable(compact(m)));
            if (m.contains(QStringLiteral("result"))) {
                ++results;
                QVERIFY(m.value(QStringLiteral("result")).toObject().contains(isHello ? QStringLiteral("serverVersion") : QStringLiteral("alarms")));
            } else {
                CHECK(errorProblem(m, {QStringLiteral("limit.too_many_in_flight")}, -32029));
                ++limited;
            }
        }
        QCOMPARE(answered.size(), kRequests);
        QCOMPARE(results + limited, kRequests);
        QVERIFY(results > 0);
        qInfo("%d answered, %d refused with limit.too_many_in_flight (limit %d)", results, limited, kMaxInFlight);
        // Nothing left over, connection still fine, nothing written.
        bool extra = false;
        qa->readMessage(200, &extra);
        QVERIFY(!extra);
        QVERIFY(qa->call(QStringLiteral("session.hello")).ok());
        CHECK(digestSame(before, QStringLiteral("pipelined reads")));
        CHECK(stillServing());
    }

    void pipelinedWritesAreAllOrNothingEach()
    {
        // 600 writes in one burst with an in-flight limit of 32: every acknowledged write is
        // stored, every refused one is not, no write is answered twice.
        auto qa = srv().login(QStringLiteral("qa"));
        QVERIFY(qa);
        const QString run = QUuid::createUuid().toString(QUuid::Id128).left(8);
        constexpr int kWrites = 600;
        QByteArray burst;
        for (int i = 0; i < kWrites; ++i)
            burst += line(i, QStringLiteral("alarm.raise"), p({{QStringLiteral("severity"), QStringLiteral("info")},
                                                              {QStringLiteral("source"), QStringLiteral("burst")},
                                                              {QStringLiteral("message"), QStringLiteral("burst-%1-%2").arg(run).arg(i)}}));
        QVERIFY(qa->sendRaw(burst));
        QSet<QString> acked, refused;
        QElapsedTimer t;
        t.start();
        while (acked.size() + refused.size() < kWrites && t.elapsed() < 45000) {
            bool ok = false;
            const QJsonObject m = qa->readMessage(5000, &ok);
            if (!ok)
                continue;
            const qint64 id = m.value(QStringLiteral("id")).toInteger(-1);
            QVERIFY(id >= 0 && id < kWrites);
            const QString msg = QStringLiteral("burst-%1-%2").arg(run).arg(id);
            QVERIFY2(!acked.contains(msg) && !refused.contains(msg), "two answers for one request");
            if (m.contains(QStringLiteral("result"))) {
                QCOMPARE(m.value(QStringLiteral("result")).toObject().value(QStringLiteral("message")).toString(), msg);
                acked.insert(msg);
            } else {
                CHECK(errorProblem(m, {QStringLiteral("limit.too_many_in_flight")}, -32029));
                refused.insert(msg);
            }
        }
        QCOMPARE(acked.size() + refused.size(), kWrites);
        QVERIFY(!acked.isEmpty());
        qInfo("%lld writes acknowledged, %lld refused", qint64(acked.size()), qint64(refused.size()));
        const QStringList stored = directMessages(QStringLiteral("burst-%1-%%").arg(run));
        QCOMPARE(QSet<QString>(stored.cbegin(), stored.cend()), acked);
        QCOMPARE(stored.size(), acked.size());
        CHECK(stillServing());
    }

    // ---------------------------------------------------------------- protocol: slow and foreign peers

    void slowLorisAndSilentPeers()
    {
        const Snapshot before = snapshot();
        QElapsedTimer t;
        t.start();
        // A TLS client that starts a line and stops.
        auto loris = srv().client();
        QVERIFY(loris);
        QVERIFY(loris->sendRaw("{\"jsonrpc\":\"2.0\",\"id\":1,\"method\":\"sess"));
        // A TLS client that dribbles a byte every 400 ms: the clock runs from the first byte.
        auto dribbler = srv().client();
        QVERIFY(dribbler);
        // A TCP client that never starts the TLS handshake.
        QTcpSocket silent;
        silent.connectToHost(QStringLiteral("127.0.0.1"), srv().port());
        QVERIFY(silent.waitForConnected(5000));
        // A TLS client that sends complete messages slowly is NOT a slow loris.
        auto steady = srv().client();
        QVERIFY(steady);

        const QByteArray dribble = "{\"jsonrpc\":\"2.0\",\"id\":2,\"method\":\"session.hello\"";
        qint64 lorisClosedAt = -1, dribblerClosedAt = -1, silentClosedAt = -1;
        int sent = 0;
        qint64 lastHello = 0;
        while (t.elapsed() < (kPartialLineSeconds + kHandshakeSeconds + 6) * 1000 &&
               (lorisClosedAt < 0 || dribblerClosedAt < 0 || silentClosedAt < 0)) {
            if (dribblerClosedAt < 0 && t.elapsed() > sent * 400 && sent < dribble.size())
                dribbler->sendRaw(dribble.mid(sent++, 1));
            bool ok = false;
            loris->readMessage(20, &ok);
            QVERIFY2(!ok, "the slow loris got an answer to half a message");
            dribbler->readMessage(20, &ok);
            silent.waitForReadyRead(20);
            silent.readAll();
            if (lorisClosedAt < 0 && !loris->isConnected())
                lorisClosedAt = t.elapsed();
            if (dribblerClosedAt < 0 && !dribbler->isConnected())
                dribblerClosedAt = t.elapsed();
            if (silentClosedAt < 0 && silent.state() == QAbstractSocket::UnconnectedState)
                silentClosedAt = t.elapsed();
            if (t.elapsed() - lastHello > 1000) { // about once a second
                QVERIFY(steady->call(QStringLiteral("session.hello")).ok());
                lastHello = t.elapsed();
            }
        }
        qInfo("closed after: slow loris %lld ms, dribbler %lld ms, silent TCP %lld ms", lorisClosedAt, dribblerClosedAt, silentClosedAt);
        QVERIFY2(lorisClosedAt >= (kPartialLineSeconds - 1) * 1000, "slow loris closed too early (before its timeout)");
        QVERIFY2(lorisClosedAt > 0 && lorisClosedAt <= (kPartialLineSeconds + 3) * 1000, "slow loris connection not closed in time");
        QVERIFY2(dribblerClosedAt > 0 && dribblerClosedAt <= (kPartialLineSeconds + 4) * 1000, "dribbling connection not closed in time");
        QVERIFY2(silentClosedAt >= (kHandshakeSeconds - 1) * 1000, "silent TCP peer closed before the handshake timeout");
        QVERIFY2(silentClosedAt > 0 && silentClosedAt <= (kHandshakeSeconds + 3) * 1000, "silent TCP peer not closed in time");
        // The steady client was never in danger.
        QVERIFY(steady->isConnected());
        QVERIFY(steady->call(QStringLiteral("session.hello")).ok());
        QVERIFY(srv().log().contains(QStringLiteral("message not finished in time")));
        QVERIFY(srv().log().contains(QStringLiteral("TLS handshake not finished in time")));
        CHECK(digestSame(before, QStringLiteral("slow connections")));
        CHECK(stillServing());
    }

    void tlsGarbage()
    {
        // Three rounds: a server that mishandles a failed handshake (crashed here once) should not
        // get away with it by luck.
        const Snapshot before = snapshot();
        for (int round = 0; round < 3; ++round) {
        auto *rng = QRandomGenerator::global();
        QByteArray random(8192, Qt::Uninitialized);
        for (char &ch : random)
            ch = char(rng->bounded(256));
        QByteArray fakeHello("\x16\x03\x01\x02\x00\x01\x00\x01\xfc\x03\x03", 11); // TLS record + ClientHello header ...
        fakeHello += QByteArray(600, '\xAA');                                     // ... with a nonsense body
        const QList<QByteArray> payloads{
            random,
            fakeHello,
            line(1, QStringLiteral("session.hello")),                        // plain JSON-RPC to the TLS port
            "GET / HTTP/1.1\r\nHost: localhost\r\n\r\n",                      // a browser
            QByteArray("\x16\x03\x03\x00\x05\x01\x00\x00\x01\x00", 10),      // truncated handshake message
        };
        QList<QTcpSocket *> sockets;
        for (const QByteArray &bytes : payloads) {
            auto *s = new QTcpSocket(this);
            s->connectToHost(QStringLiteral("127.0.0.1"), srv().port());
            QVERIFY(s->waitForConnected(5000));
            s->write(bytes);
            s->flush();
            sockets.append(s);
        }
        QElapsedTimer t;
        t.start();
        for (int i = 0; i < sockets.size(); ++i) {
            QTcpSocket *s = sockets.at(i);
            QByteArray received;
            while (s->state() != QAbstractSocket::UnconnectedState && t.elapsed() < (kHandshakeSeconds + 4) * 1000) {
                s->waitForReadyRead(50);
                received += s->readAll();
            }
            received += s->readAll();
            QVERIFY2(s->state() == QAbstractSocket::UnconnectedState, qPrintable(QStringLiteral("TLS garbage #%1: connection not closed").arg(i)));
            // At most a TLS alert came back, never a JSON-RPC answer.
            QVERIFY2(!received.contains("jsonrpc"), qPrintable(QStringLiteral("TLS garbage #%1 got a JSON-RPC answer").arg(i)));
            CHECK(stillServing());
        }
        qDeleteAll(sockets);
        }
        CHECK(digestSame(before, QStringLiteral("TLS garbage")));
        // A proper TLS client after all that.
        auto c = srv().login(QStringLiteral("operator"));
        QVERIFY(c);
        QVERIFY(c->call(QStringLiteral("alarm.list")).ok());
    }

    // ---------------------------------------------------------------- business refusals

    void businessRefusalsChangeNothing()
    {
        auto qa = srv().login(QStringLiteral("qa"));
        QVERIFY(qa);
        const QString vf = QStringLiteral("validation.failed");
        const QString raise = QStringLiteral("alarm.raise"), ack = QStringLiteral("alarm.acknowledge");
        auto alarm = [](const QString &sev, const QString &source, const QString &message) {
            return p({{QStringLiteral("severity"), sev}, {QStringLiteral("source"), source}, {QStringLiteral("message"), message}});
        };
        // Negative, zero and unknown ids.
        CHECK(rejectCall(*qa, ack, p({{QStringLiteral("id"), 0}}), vf, {QStringLiteral("params.id")}));
        CHECK(rejectCall(*qa, ack, p({{QStringLiteral("id"), -1}}), vf, {QStringLiteral("params.id")}));
        CHECK(rejectCall(*qa, ack, p({{QStringLiteral("id"), -9007199254740991.0}}), vf, {QStringLiteral("params.id")}));
        CHECK(rejectCall(*qa, ack, p({{QStringLiteral("id"), 987654321}}), QStringLiteral("not_found")));
        {
            const auto r = qa->call(ack, p({{QStringLiteral("id"), 987654321}}));
            QCOMPARE(r.error.code, -32004);
            QCOMPARE(r.error.args.value(QStringLiteral("recordId")).toString(), QStringLiteral("987654321"));
            QCOMPARE(r.error.args.value(QStringLiteral("recordType")).toString(), QStringLiteral("alarm"));
        }
        // Bad values in a raise.
        CHECK(rejectCall(*qa, raise, alarm(QStringLiteral("fatal"), QStringLiteral("s"), QStringLiteral("m")), vf, {QStringLiteral("params.severity")}));
        CHECK(rejectCall(*qa, raise, alarm(QStringLiteral("INFO"), QStringLiteral("s"), QStringLiteral("m")), vf, {QStringLiteral("params.severity")}));
        CHECK(rejectCall(*qa, raise, alarm(QStringLiteral("info"), QStringLiteral("s"), QString()), vf, {QStringLiteral("params.message")}));
        CHECK(rejectCall(*qa, raise, alarm(QStringLiteral("info"), QString(), QStringLiteral("m")), vf, {QStringLiteral("params.source")}));
        CHECK(rejectCall(*qa, raise, alarm(QStringLiteral("info"), QStringLiteral("s"), QString(1001, QLatin1Char('x'))), vf, {QStringLiteral("params.message")}));
        CHECK(rejectCall(*qa, raise, alarm(QStringLiteral("info"), QString(101, QLatin1Char('s')), QStringLiteral("m")), vf, {QStringLiteral("params.source")}));
        {
            QJsonObject a = alarm(QStringLiteral("info"), QStringLiteral("s"), QStringLiteral("m"));
            for (const QString &topic : {QStringLiteral("Bad Topic"), QStringLiteral("x'; DROP TABLE alarm; --"), QString(65, QLatin1Char('a')), QString()}) {
                a.insert(QStringLiteral("topic"), topic);
                CHECK(rejectCall(*qa, raise, a, vf, {QStringLiteral("params.topic")}));
            }
        }
        // Operations out of sequence: acknowledging twice.
        const auto raised = qa->call(raise, alarm(QStringLiteral("warning"), QStringLiteral("tst"), QStringLiteral("to be acknowledged")));
        QVERIFY2(raised.ok(), qPrintable(raised.error.message));
        const qint64 id = raised.result.value(QStringLiteral("id")).toInteger();
        QVERIFY(id > 0);
        QVERIFY(qa->call(ack, p({{QStringLiteral("id"), id}, {QStringLiteral("comment"), QStringLiteral("seen")}})).ok());
        CHECK(rejectCall(*qa, ack, p({{QStringLiteral("id"), id}}), QStringLiteral("rule.alarm_state")));
        // An idempotency key already used for another method.
        const QString key = QStringLiteral("bad-input-") + QUuid::createUuid().toString(QUuid::Id128);
        QJsonObject keyed = alarm(QStringLiteral("info"), QStringLiteral("tst"), QStringLiteral("keyed"));
        keyed.insert(QStringLiteral("idempotencyKey"), key);
        const auto first = qa->call(raise, keyed);
        QVERIFY(first.ok());
        CHECK(rejectCall(*qa, ack, p({{QStringLiteral("id"), first.result.value(QStringLiteral("id")).toInteger()}, {QStringLiteral("idempotencyKey"), key}}),
                         QStringLiteral("conflict.idempotency_key")));
        {
            QJsonObject o = keyed;
            o.insert(QStringLiteral("idempotencyKey"), QString(129, QLatin1Char('k')));
            CHECK(rejectCall(*qa, raise, o, vf, {QStringLiteral("params.idempotencyKey")}));
        }

        // User administration.
        auto admin = srv().login(QStringLiteral("admin"));
        QVERIFY(admin);
        const QString create = QStringLiteral("user.create");
        auto user = [](const QString &name) {
            return p({{QStringLiteral("username"), name}, {QStringLiteral("fullName"), QStringLiteral("Someone")}, {QStringLiteral("reason"), QStringLiteral("test")}});
        };
        CHECK(rejectCall(*admin, create, user(QStringLiteral("Bad Name")), vf, {QStringLiteral("params.username")}));
        CHECK(rejectCall(*admin, create, user(QStringLiteral("x'--")), vf, {QStringLiteral("params.username")}));
        CHECK(rejectCall(*admin, create, user(QStringLiteral("qa")), QStringLiteral("rule.user_reserved")));
        CHECK(rejectCall(*admin, create, p({{QStringLiteral("username"), QStringLiteral("new.one")}, {QStringLiteral("fullName"), QStringLiteral("N")}}), vf,
                         {QStringLiteral("params.reason")}));
        {
            QJsonObject u = user(QStringLiteral("new.two"));
            u.insert(QStringLiteral("roles"), QJsonArray{QStringLiteral("operator"), QStringLiteral("no-such-role")});
            CHECK(rejectCall(*admin, create, u, vf));
            u.insert(QStringLiteral("kind"), QStringLiteral("robot"));
            CHECK(rejectCall(*admin, create, u, vf, {QStringLiteral("params.kind")}));
        }
        CHECK(rejectCall(*admin, QStringLiteral("user.update"),
                         p({{QStringLiteral("userId"), 987654}, {QStringLiteral("rowVersion"), 1}, {QStringLiteral("reason"), QStringLiteral("r")}}),
                         QStringLiteral("not_found")));
    }

    // ---------------------------------------------------------------- injection: stored verbatim

    void injectionStringsStoredVerbatim()
    {
        auto qa = srv().login(QStringLiteral("qa"));
        QVERIFY(qa);
        QString controls;
        for (char16_t u = 1; u < 0x20; ++u)
            controls.append(QChar(u));
        controls += QChar(0x7f);
        QString thousand;
        for (int i = 0; i < 1000; ++i)
            thousand.append(QChar(u"a中\u00e9'\"\\%_; "[i % 10])); // 10 characters
        const QStringList messages{
            QStringLiteral("'; DROP TABLE alarm; --"),
            QStringLiteral("Robert'); DELETE FROM audit_log; --"),
            QStringLiteral("\" OR 1=1 --"),
            QStringLiteral("1; UPDATE app_user SET password_hash = '' WHERE 1=1"),
            QStringLiteral("%_%' ESCAPE '\\"),
            QStringLiteral("$1 $$ ?; :name @p0 {{ID}}"),
            QStringLiteral("\\x00\\'\\\"\\\\ /* */ -- #"),
            controls,
            QStringLiteral("line1\nline2\r\nline3\ttab \u001b[31mred\u001b[0m \u0007bell"),
            QStringLiteral("<script>alert(1)</script> &amp; &#0;"),
            QStringLiteral("中文 日本語 한국어 \u202eRTL\u202c zero\u200bwidth \ufeffbom \U0001F600 \U0001F9EA"),
            QStringLiteral("   leading and trailing spaces   "),
            thousand,
            QString(1000, QChar(0x4e2d)),
        };
        QHash<qint64, QString> byId;
        for (const QString &m : messages) {
            const auto r = qa->call(QStringLiteral("alarm.raise"), p({{QStringLiteral("severity"), QStringLiteral("info")},
                                                                     {QStringLiteral("source"), m.left(100)},
                                                                     {QStringLiteral("message"), m}}));
            QVERIFY2(r.ok(), qPrintable(r.error.dataCode + QLatin1Char(' ') + r.error.message + QLatin1Char(' ') +
                                        (r.error.details.isEmpty() ? QString() : r.error.details.first().field + QLatin1Char(' ') + r.error.details.first().message)));
            QCOMPARE(r.result.value(QStringLiteral("message")).toString(), m);
            byId.insert(r.result.value(QStringLiteral("id")).toInteger(), m);
        }
        // Read back through the API ...
        const auto list = qa->call(QStringLiteral("alarm.list"), p({{QStringLiteral("limit"), 1000}}));
        QVERIFY(list.ok());
        int found = 0;
        for (const QJsonValue &v : list.result.value(QStringLiteral("alarms")).toArray()) {
            const QJsonObject a = v.toObject();
            const qint64 id = a.value(QStringLiteral("id")).toInteger();
            if (!byId.contains(id))
                continue;
            ++found;
            QCOMPARE(a.value(QStringLiteral("message")).toString(), byId.value(id));
            QCOMPARE(a.value(QStringLiteral("source")).toString(), byId.value(id).left(100));
        }
        QCOMPARE(found, byId.size());
        // ... straight from the database ...
        const QString name = QStringLiteral("verbatim-") + QUuid::createUuid().toString(QUuid::Id128);
        {
            QSqlDatabase db = srv().openDirect(name);
            for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
                QSqlQuery q(db);
                q.prepare(QStringLiteral("SELECT message, source FROM alarm WHERE id = ?"));
                q.addBindValue(it.key());
                QVERIFY(q.exec() && q.next());
                QCOMPARE(q.value(0).toString(), it.value());
                QCOMPARE(q.value(1).toString(), it.value().left(100));
            }
        }
        QSqlDatabase::removeDatabase(name);
        // ... and in the audit trail, whose chain still verifies; the tables are all still there.
        for (auto it = byId.cbegin(); it != byId.cend(); ++it) {
            const auto rows = qa->call(QStringLiteral("audit.query"), p({{QStringLiteral("recordType"), QStringLiteral("alarm")},
                                                                       {QStringLiteral("recordId"), QString::number(it.key())}}));
            QVERIFY(rows.ok());
            const QJsonArray a = rows.result.value(QStringLiteral("rows")).toArray();
            QCOMPARE(a.size(), 1);
            QCOMPARE(a.at(0).toObject().value(QStringLiteral("changes")).toObject().value(QStringLiteral("message")).toArray().at(1).toString(), it.value());
        }
        const auto verify = qa->call(QStringLiteral("audit.verify"));
        QVERIFY(verify.ok());
        QVERIFY2(verify.result.value(QStringLiteral("ok")).toBool(), qPrintable(compact(verify.result)));
    }

    void unstorableCharacters()
    {
        // U+0000 and unpaired UTF-16 surrogates are valid in JSON text ("\u0000", "\ud800") but
        // cannot be stored as text verbatim (PostgreSQL refuses NUL; UTF-8 has no lone
        // surrogates). They must be refused up front with a named field, never half-stored,
        // mangled or answered with an internal error.
        auto qa = srv().login(QStringLiteral("qa"));
        QVERIFY(qa);
        const QList<QByteArray> values{"nul\\u0000inside", "\\u0000", "lone \\ud800 high", "lone \\udc00 low", "reversed \\udc00\\ud800 pair"};
        for (const QByteArray &v : values) {
            const QByteArray b = "{\"jsonrpc\":\"2.0\",\"id\":\"c\",\"method\":\"alarm.raise\",\"params\":{\"severity\":\"info\",\"source\":\"tst\",\"message\":\"" +
                                 v + "\"}}";
            CHECK(rejectRaw(*qa, b, {QStringLiteral("validation.failed")}, -32602, QStringLiteral("c")));
        }
        // A correct surrogate pair is fine and comes back as sent.
        const QByteArray pair = "{\"jsonrpc\":\"2.0\",\"id\":\"ok\",\"method\":\"alarm.raise\",\"params\":{\"severity\":\"info\",\"source\":\"tst\","
                                "\"message\":\"pair \\ud83d\\ude00\"}}";
        QVERIFY(qa->sendRaw(pair + '\n'));
        bool ok = false;
        const QJsonObject m = qa->readMessage(10000, &ok);
        QVERIFY(ok);
        QCOMPARE(m.value(QStringLiteral("result")).toObject().value(QStringLiteral("message")).toString(), QStringLiteral("pair \U0001F600"));
    }
};

QTEST_GUILESS_MAIN(TstBadInput)
#include "tst_badinput.moc"
