// Bad input at the protocol level (brief 05): framing, JSON, envelope, limits, slow and garbage peers.
// Fixture, helpers and the shared server: badinputsupport.h.
#include "badinputsupport.h"

class TstBadInputProtocol : public QObject, protected BadInputSupport
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase() { fixtureInit(); }
    void cleanup() { fixtureCleanup(); }
    void cleanupTestCase() { fixtureCleanupAll(); }

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
        // Qt refuses top-level scalars while parsing; an empty array is no batch. Either way: one
        // clear protocol error. (Batches with members: tst_jsonrpc.)
        const QStringList either{QStringLiteral("protocol.parse_error"), QStringLiteral("protocol.invalid_request")};
        const QList<QByteArray> bad{"[]", "42", "-1.5e3", "\"session.hello\"", "null", "true"};
        for (const QByteArray &b : bad)
            CHECK(rejectRaw(*c, b, either));
        CHECK(rejectRaw(*c, "[]", {QStringLiteral("protocol.invalid_request")}, -32600));
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

        // A notification (no id) with bad params is not run and, being a notification, gets no
        // answer (JSON-RPC 2.0 §4.1): the next line is the answer to the next request, and nothing
        // was written. (Notifications that run: tst_jsonrpc.)
        auto qa = srv().login(QStringLiteral("qa"));
        QVERIFY(qa);
        const Snapshot before = snapshot();
        const QString marker = QStringLiteral("notification-") + QUuid::createUuid().toString(QUuid::Id128);
        QJsonObject note = jsonrpc::notification(QStringLiteral("alarm.raise"), p({{QStringLiteral("severity"), QStringLiteral("loud")},
                                                                                  {QStringLiteral("source"), QStringLiteral("tst")},
                                                                                  {QStringLiteral("message"), marker}}));
        QVERIFY(qa->sendRaw(jsonrpc::encode(note) + line(QStringLiteral("after"), QStringLiteral("session.ping"))));
        bool ok = false;
        const QJsonObject next = qa->readMessage(10000, &ok);
        QVERIFY(ok);
        QCOMPARE(next.value(QStringLiteral("id")).toString(), QStringLiteral("after"));
        QVERIFY2(next.contains(QStringLiteral("result")), qPrintable(compact(next)));
        QVERIFY(directMessages(marker).isEmpty());
        CHECK(digestSame(before, QStringLiteral("notification with bad params")));
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
};

QTEST_GUILESS_MAIN(TstBadInputProtocol)
#include "tst_badinput_protocol.moc"
