// The asynchronous client core (RpcClient) against real server processes: sign-in and calls, errors
// with their codes, the forced password change, the event stream, reconnect with auth.resume and a
// gap-free stream after kill -9, a lost session, certificate pinning, the heartbeat, and that the
// caller's thread never waits on the network (a SIGSTOPped server).
#include "clienttesthelpers.h"
#include "core/certificatepins.h"
#include "core/eventsequence.h"
#include "core/reconnectpolicy.h"
#include "fakeserver.h"

#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QJsonArray>
#include <QScopeGuard>
#include <QSignalSpy>
#include <QtTest>
#include <csignal>

using namespace concord;
using namespace concord::test;
using State = RpcClient::State;

namespace {
QString s(const char *text) { return QString::fromUtf8(text); }

// Ticks every 10 ms and remembers the longest pause between two ticks: how long the thread that
// runs the client was kept from its event loop.
class LoopWatch
{
public:
    LoopWatch()
    {
        QObject::connect(&m_timer, &QTimer::timeout, [this] {
            const qint64 now = m_clock.elapsed();
            m_maxGap = std::max(m_maxGap, now - m_last);
            m_last = now;
            ++m_ticks;
        });
        m_clock.start();
        m_timer.start(10);
    }
    qint64 maxGapMs() const { return m_maxGap; }
    int ticks() const { return m_ticks; }

private:
    QTimer m_timer;
    QElapsedTimer m_clock;
    qint64 m_last = 0;
    qint64 m_maxGap = 0;
    int m_ticks = 0;
};

// Tracks a call from the moment it is made (await() connects only when it starts waiting).
std::shared_ptr<Outcome> track(PendingCall *call)
{
    auto out = std::make_shared<Outcome>();
    QObject::connect(call, &PendingCall::finished, call, [out, call] {
        out->done = true;
        out->result = call->result();
        out->error = call->error();
    });
    return out;
}
} // namespace

class TstRpcClient : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::skipReason().isEmpty())
            QSKIP(qPrintable(TestServer::skipReason()));
    }

    void sequenceAndBackoffRules()
    {
        EventSequence seq;
        QVERIFY(!seq.hasBaseline());
        QCOMPARE(seq.check(5), EventSequence::Verdict::Deliver);
        seq.raiseTo(3); // an older position never moves the stream back
        QCOMPARE(seq.last(), 5);
        QCOMPARE(seq.check(5), EventSequence::Verdict::Duplicate);
        QCOMPARE(seq.check(4), EventSequence::Verdict::Duplicate);
        QCOMPARE(seq.check(9), EventSequence::Verdict::Deliver); // a topic filter skips other topics' seqs
        seq.setContiguous(true);                                  // "*": every seq must follow the last
        QCOMPARE(seq.check(11), EventSequence::Verdict::Gap);
        QCOMPARE(seq.last(), 9);
        QCOMPARE(seq.check(10), EventSequence::Verdict::Deliver);

        ReconnectPolicy policy(500, 30000, 0.2);
        QList<int> delays;
        for (int i = 0; i < 10; ++i)
            delays.append(policy.nextDelayMs());
        QVERIFY2(delays[0] >= 400 && delays[0] <= 600, qPrintable(QString::number(delays[0])));
        QVERIFY2(delays[1] >= 800 && delays[1] <= 1200, qPrintable(QString::number(delays[1])));
        QVERIFY2(delays[9] >= 24000 && delays[9] <= 36000, qPrintable(QString::number(delays[9]))); // capped at 30 s ± jitter
        policy.reset();
        QVERIFY(policy.nextDelayMs() <= 600);
    }

    void gapInTheStreamIsRefilledInOrder()
    {
        FakeServer fake;
        QList<qint64> subscribedSince; // -1 = live only
        fake.onRequest = [&](QTcpSocket *socket, const jsonrpc::Incoming &in) {
            if (in.method == QLatin1String("session.hello")) {
                FakeServer::reply(socket, in, {{s("compatible"), true}, {s("serverTime"), s("2026-01-01T00:00:00.000Z")}});
            } else if (in.method == QLatin1String("auth.login")) {
                FakeServer::reply(socket, in, {{s("sessionToken"), s("t0k3n")}, {s("user"), QJsonObject{{s("username"), s("fake")}}}});
            } else if (in.method == QLatin1String("events.subscribe")) {
                const qint64 since = in.params.value(s("since")).toInteger(-1);
                subscribedSince << since;
                if (since < 0) { // live from 10: a duplicate, then 13 and 14 go missing
                    FakeServer::reply(socket, in, {{s("subscribed"), true}, {s("since"), -1}, {s("headSeq"), 10}});
                    for (const qint64 seq : {11, 12, 12, 15, 16})
                        FakeServer::push(socket, seq);
                } else { // the replay the client asks for after the gap
                    FakeServer::reply(socket, in, {{s("subscribed"), true}, {s("since"), since}, {s("headSeq"), 16}});
                    for (qint64 seq = since + 1; seq <= 17; ++seq)
                        FakeServer::push(socket, seq);
                }
            }
        };
        RpcClient client;
        QList<qint64> seqs;
        connect(&client, &RpcClient::eventReceived, this, [&](const QJsonObject &e) { seqs << e.value(s("seq")).toInteger(); });
        client.subscribe({s("*")});
        RpcClient::Options o;
        o.port = fake.port();
        o.tls = false;
        client.connectToServer(o);
        QVERIFY(waitForState(client, State::Connected));
        QVERIFY(await(client.login(s("fake"), s("pw"))).ok());
        QTRY_COMPARE(seqs.size(), 7);
        QTest::qWait(100);
        QCOMPARE(seqs, (QList<qint64>{11, 12, 13, 14, 15, 16, 17}));
        QCOMPARE(subscribedSince, (QList<qint64>{-1, 12}));
        QCOMPARE(client.stats().gapsDetected, 1);
        QCOMPARE(client.stats().duplicatesDropped, 1);
    }

    void loginCallLogout()
    {
        TestServer server;
        QVERIFY(server.start());
        RpcClient client;
        QList<State> states;
        connect(&client, &RpcClient::stateChanged, this, [&](State st) { states.append(st); });
        // Before the connection is up a call fails at once, locally; nothing is queued.
        QCOMPARE(await(client.call(s("alarm.list"))).error.dataCode, s("client.disconnected"));

        client.connectToServer(clientOptions(server));
        QCOMPARE(client.state(), State::Connecting);
        QVERIFY(waitForState(client, State::Connected));
        QCOMPARE(client.serverInfo().value(s("protocol")).toObject().value(s("major")).toInt(), 1);
        QVERIFY2(qAbs(client.serverTime().msecsTo(QDateTime::currentDateTimeUtc())) < 5000, "server clock estimate far off");
        QVERIFY(!client.serverFingerprint().isEmpty());

        QSignalSpy ready(&client, &RpcClient::sessionReady);
        const Outcome login = await(client.login(s("qa"), TestServer::demoPassword()));
        QVERIFY2(login.ok(), qPrintable(login.error.message));
        QVERIFY(!login.result.contains(s("sessionToken"))); // the token stays inside the client
        QCOMPARE(login.result.value(s("user")).toObject().value(s("username")).toString(), s("qa"));
        QCOMPARE(client.state(), State::Authenticated);
        QCOMPARE(client.user().value(s("username")).toString(), s("qa"));
        QVERIFY(client.sessionUsable());
        QCOMPARE(ready.count(), 1);

        const Outcome list = await(client.call(s("alarm.list"), {{s("limit"), 5}}));
        QVERIFY2(list.ok(), qPrintable(list.error.message));
        QVERIFY(list.result.value(s("alarms")).isArray());

        // The callback form runs once, with the result, in the context's thread...
        int calls = 0;
        QJsonObject pong;
        QObject context;
        client.call(s("session.ping"), {}, &context, [&](const QJsonObject &r, const RpcError &e) {
            ++calls;
            QVERIFY(e.isNull());
            pong = r;
        });
        QTRY_COMPARE(calls, 1);
        QVERIFY(pong.contains(s("serverTime")));
        // ...and not at all once the context is gone.
        bool ghost = false;
        {
            QObject gone;
            client.call(s("session.ping"), {}, &gone, [&](const QJsonObject &, const RpcError &) { ghost = true; });
        }
        QVERIFY(await(client.call(s("session.ping"))).ok()); // answered after the one above
        QVERIFY(!ghost);
        QCOMPARE(calls, 1);

        QVERIFY(await(client.logout()).ok());
        QCOMPARE(client.state(), State::Connected);
        QVERIFY(client.user().isEmpty());
        QCOMPARE(await(client.call(s("alarm.list"))).error.dataCode, s("auth.required"));
        QCOMPARE(states, (QList<State>{State::Connecting, State::Connected, State::Authenticated, State::Connected}));

        client.disconnectFromServer();
        QCOMPARE(client.state(), State::Disconnected);
        QTest::qWait(400); // and it stays away: no reconnect after an explicit disconnect
        QCOMPARE(client.state(), State::Disconnected);
    }

    void plainTcpOnlyToLoopback()
    {
        TestServer::Options plain;
        plain.tls = false;
        TestServer server;
        QVERIFY(server.start(plain));
        RpcClient::Options o = clientOptions(server);
        o.tls = false;
        auto client = signedIn(server, s("qa"), o);
        QVERIFY(client);
        QCOMPARE(client->serverInfo().value(s("tls")).toBool(true), false);
        QVERIFY(client->serverFingerprint().isEmpty());
        QVERIFY(!QFile::exists(o.pinFile));
        QVERIFY(await(client->call(s("alarm.list"))).ok());

        // Never unencrypted to another machine.
        RpcClient remote;
        QSignalSpy errors(&remote, &RpcClient::connectionError);
        o.host = s("192.0.2.10");
        remote.connectToServer(o);
        QCOMPARE(remote.state(), State::Disconnected);
        QCOMPARE(errors.count(), 1);
        QTest::qWait(300);
        QCOMPARE(remote.state(), State::Disconnected);
    }

    void errorsCarryTheirCodes()
    {
        TestServer server;
        QVERIFY(server.start());
        RpcClient client;
        client.connectToServer(clientOptions(server));
        QVERIFY(waitForState(client, State::Connected));

        const Outcome wrong = await(client.login(s("operator"), s("not-the-password")));
        QVERIFY(wrong.done);
        QCOMPARE(wrong.error.dataCode, s("auth.invalid_credentials"));
        QCOMPARE(wrong.error.code, rpccode::AuthRequired);
        QVERIFY(!wrong.error.message.isEmpty());
        QCOMPARE(client.state(), State::Connected);
        QVERIFY(client.user().isEmpty());

        QVERIFY(await(client.login(s("operator"), TestServer::demoPassword())).ok());
        QJsonObject bad = raiseParams(s("x"));
        bad.insert(s("severity"), s("fatal"));
        bad.insert(s("extra"), 1);
        const Outcome invalid = await(client.call(s("alarm.raise"), bad));
        QCOMPARE(invalid.error.dataCode, s("validation.failed"));
        QCOMPARE(invalid.error.code, rpccode::InvalidParams);
        QStringList fields;
        for (const FieldError &f : invalid.error.details)
            fields << f.field + QLatin1Char('/') + f.code;
        QVERIFY2(fields.contains(s("params.extra/unknown")) && fields.contains(s("params.severity/enum")), qPrintable(fields.join(u',')));

        const Outcome denied = await(client.call(s("audit.query")));
        QCOMPARE(denied.error.dataCode, s("auth.denied"));
        QCOMPARE(denied.error.args.value(s("permission")).toString(), s("audit.read"));
        QCOMPARE(client.state(), State::Authenticated); // a refusal is not a lost session
    }

    void forcedPasswordChangeComesFirst()
    {
        TestServer server;
        QVERIFY(server.start(TestServer::nonDemo()));
        RpcClient client;
        client.subscribe({s("identity")});
        client.connectToServer(clientOptions(server));
        QVERIFY(waitForState(client, State::Connected));
        QSignalSpy ready(&client, &RpcClient::sessionReady);
        QList<QJsonObject> events;
        connect(&client, &RpcClient::eventReceived, this, [&](const QJsonObject &e) { events.append(e); });

        const Outcome login = await(client.login(s("admin"), TestServer::adminPassword()));
        QVERIFY(login.ok());
        QVERIFY(client.mustChangePassword());
        QCOMPARE(client.state(), State::Authenticated);
        QVERIFY(!client.sessionUsable());
        QCOMPARE(ready.count(), 0);

        const Outcome weak = await(client.changePassword(TestServer::adminPassword(), s("short")));
        QCOMPARE(weak.error.dataCode, s("auth.password_policy"));
        QVERIFY(client.mustChangePassword());
        QVERIFY(await(client.changePassword(TestServer::adminPassword(), s("Brand-new-pass-42"))).ok());
        QVERIFY(!client.mustChangePassword());
        QCOMPARE(ready.count(), 1);

        // The stream starts only now, so a user created now arrives as an event.
        const Outcome created = await(client.call(s("user.create"), {{s("username"), s("new.tech")}, {s("fullName"), s("New Technician")},
                                                                     {s("reason"), s("hired")}, {s("idempotencyKey"), RpcClient::newIdempotencyKey()}}));
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        QTRY_VERIFY(!events.isEmpty());
        QCOMPARE(events.first().value(s("topic")).toString(), s("identity.user"));
        QCOMPARE(events.first().value(s("data")).toObject().value(s("change")).toString(), s("created"));
        // While the change was pending the client asked for nothing it would be refused (and audited for).
        const Outcome refusals = await(client.call(s("audit.query"), {{s("action"), s("access.denied")}}));
        QVERIFY2(refusals.ok(), qPrintable(refusals.error.message));
        QCOMPARE(refusals.result.value(s("rows")).toArray().size(), 0);
    }

    void eventsArriveInOrder()
    {
        TestServer server;
        QVERIFY(server.start());
        auto client = signedIn(server, s("qa"));
        QVERIFY(client);
        QList<QJsonObject> events;
        connect(client.get(), &RpcClient::eventReceived, this, [&](const QJsonObject &e) { events.append(e); });
        client->subscribe({s("alarm")});
        QVERIFY(await(client->call(s("session.ping"))).ok()); // answered after the subscription is in place
        auto device = server.login(s("dev-leak-01"));
        QVERIFY(device);
        for (int i = 0; i < 5; ++i)
            QVERIFY(device->call(s("alarm.raise"), raiseParams(QStringLiteral("leak %1").arg(i))).ok());
        QTRY_COMPARE(events.size(), 5);
        for (int i = 0; i < 5; ++i) {
            QCOMPARE(events[i].value(s("topic")).toString(), s("alarm.raised"));
            QCOMPARE(events[i].value(s("data")).toObject().value(s("message")).toString(), QStringLiteral("leak %1").arg(i));
            QVERIFY(events[i].contains(s("at")));
            if (i > 0)
                QVERIFY(events[i].value(s("seq")).toInteger() > events[i - 1].value(s("seq")).toInteger());
        }
        QCOMPARE(client->lastEventSeq(), events.last().value(s("seq")).toInteger());
    }

    void reconnectsAndResumesAfterKill9()
    {
        TestServer server;
        QVERIFY(server.start());
        auto client = signedIn(server, s("qa"));
        QVERIFY(client);
        QSignalSpy lost(client.get(), &RpcClient::sessionLost);
        QList<qint64> seqs;
        QStringList messages;
        connect(client.get(), &RpcClient::eventReceived, this, [&](const QJsonObject &e) {
            seqs.append(e.value(s("seq")).toInteger());
            if (e.value(s("topic")).toString() == QLatin1String("alarm.raised"))
                messages.append(e.value(s("data")).toObject().value(s("message")).toString());
        });
        client->subscribe({s("*")}); // every topic: the seqs must then be contiguous
        QVERIFY(await(client->call(s("session.ping"))).ok());
        QStringList expected;
        {
            auto device = server.login(s("dev-leak-01"));
            for (int i = 0; i < 3; ++i) {
                expected << QStringLiteral("before %1").arg(i);
                QVERIFY(device->call(s("alarm.raise"), raiseParams(expected.last())).ok());
            }
        }
        QTRY_COMPARE(messages.size(), 3);

        // A call in flight when the server dies fails locally: it is not replayed by the client.
        const auto inFlight = track(client->call(s("alarm.list")));
        const quint16 port = server.port();
        server.kill9();
        QVERIFY(waitForState(*client, State::Reconnecting, 10000));
        QTRY_VERIFY(inFlight->done);
        QCOMPARE(inFlight->error.dataCode, s("client.disconnected"));
        QCOMPARE(await(client->call(s("alarm.list")), 2000).error.dataCode, s("client.disconnected"));

        // Restart and write while the client is still away: the test spins no event loop until the
        // writes are done, so the client cannot reconnect in between.
        QVERIFY(server.restart());
        QCOMPARE(server.port(), port);
        {
            auto device = server.login(s("dev-leak-01"));
            QVERIFY(device);
            for (int i = 0; i < 4; ++i) {
                expected << QStringLiteral("while away %1").arg(i);
                QVERIFY(device->call(s("alarm.raise"), raiseParams(expected.last())).ok());
            }
        }
        QVERIFY(waitForState(*client, State::Authenticated, 20000));
        QCOMPARE(client->stats().resumes, 1);
        QCOMPARE(lost.count(), 0);
        QCOMPARE(client->user().value(s("username")).toString(), s("qa"));
        {
            auto device = server.login(s("dev-leak-01"));
            for (int i = 0; i < 3; ++i) {
                expected << QStringLiteral("after %1").arg(i);
                QVERIFY(device->call(s("alarm.raise"), raiseParams(expected.last())).ok());
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(messages.size(), expected.size(), 15000);
        QTest::qWait(300); // nothing further, nothing twice
        QCOMPARE(messages, expected);
        for (int i = 1; i < seqs.size(); ++i)
            QCOMPARE(seqs[i], seqs[i - 1] + 1);
        QCOMPARE(client->stats().gapsDetected, 0);
        QVERIFY(await(client->call(s("alarm.list"))).ok());
    }

    void sessionLostWhenItExpiredMeanwhile()
    {
        TestServer server;
        QVERIFY(server.start(TestServer::withEnv({s("CONCORD_SESSION_IDLE_MINUTES=0.03")}))); // ~2 s
        auto client = signedIn(server, s("operator"));
        QVERIFY(client);
        QSignalSpy lost(client.get(), &RpcClient::sessionLost);
        QStringList messages;
        connect(client.get(), &RpcClient::eventReceived, this,
                [&](const QJsonObject &e) { messages.append(e.value(s("data")).toObject().value(s("message")).toString()); });
        client->subscribe({s("alarm.raised")});
        QVERIFY(await(client->call(s("session.ping"))).ok());

        server.kill9();
        QTest::qWait(2600);
        QVERIFY(server.restart());
        {
            auto device = server.login(s("dev-seal-01"));
            QVERIFY(device->call(s("alarm.raise"), raiseParams(s("while signed out"))).ok());
        }
        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 20000);
        QCOMPARE(client->state(), State::Connected);
        QVERIFY(client->user().isEmpty());
        QVERIFY(messages.isEmpty());

        // Signing in again continues the stream where it stopped.
        QVERIFY(await(client->login(s("operator"), TestServer::demoPassword())).ok());
        QTRY_COMPARE(messages, QStringList{s("while signed out")});
    }

    void deactivationReachesTheClientAtOnce()
    {
        // The server tells a connection that its session ended; the client does not wait for its
        // next request (or heartbeat, a minute away) to learn it.
        TestServer server;
        QVERIFY(server.start());
        auto client = signedIn(server, s("operator2"));
        QVERIFY(client);
        QSignalSpy lost(client.get(), &RpcClient::sessionLost);
        auto admin = server.login(s("admin"));
        const auto users = admin->call(s("user.list"), {}).result.value(s("users")).toArray();
        qint64 id = 0;
        for (const QJsonValue &u : users)
            if (u.toObject().value(s("username")).toString() == s("operator2")) id = u.toObject().value(s("id")).toInteger();
        QVERIFY(admin->call(s("user.deactivate"), {{s("userId"), id}, {s("reason"), s("left the company")}}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 5000);
        QCOMPARE(client->state(), State::Connected);
        QVERIFY(client->user().isEmpty());
        QCOMPARE(client->sessionEndReason(), s("account deactivated"));

        // A password reset (issue 9): the session ends at once, and the client knows why.
        auto op = signedIn(server, s("operator"));
        QSignalSpy opLost(op.get(), &RpcClient::sessionLost);
        qint64 opId = 0;
        for (const QJsonValue &u : users)
            if (u.toObject().value(s("username")).toString() == s("operator")) opId = u.toObject().value(s("id")).toInteger();
        QVERIFY(admin->call(s("user.resetPassword"), {{s("userId"), opId}, {s("reason"), s("badge lost")}}).ok());
        QTRY_COMPARE_WITH_TIMEOUT(opLost.count(), 1, 5000);
        QCOMPARE(op->sessionEndReason(), s("password reset"));

        // A logout is no loss: no sessionLost for the one who signed out.
        auto other = signedIn(server, s("planner"));
        QSignalSpy otherLost(other.get(), &RpcClient::sessionLost);
        QVERIFY(await(other->logout()).ok());
        QTest::qWait(300);
        QCOMPARE(otherLost.count(), 0);
    }

    void changedCertificateIsRefusedUntilAccepted()
    {
        TestServer server;
        QVERIFY(server.start());
        const RpcClient::Options options = clientOptions(server);
        const QString hostPort = QStringLiteral("127.0.0.1:%1").arg(server.port());

        // A wrong pin before the first connection: not a byte of the protocol is sent.
        {
            RpcClient fresh;
            RpcClient::Options o = options;
            o.pinFile = server.dataDir() + s("/other-known-servers");
            QVERIFY(CertificatePins(o.pinFile).pin(hostPort, s("00:11:22"), nullptr));
            QSignalSpy changed(&fresh, &RpcClient::certificateChanged);
            fresh.connectToServer(o);
            QTRY_COMPARE(changed.count(), 1);
            QCOMPARE(changed.first().at(1).toString(), s("00:11:22"));
            QCOMPARE(fresh.state(), State::Disconnected);
            QCOMPARE(fresh.stats().connections, 0);
        }

        auto client = signedIn(server, s("qa"), options);
        QVERIFY(client);
        const QString first = client->serverFingerprint();
        QCOMPARE(CertificatePins(options.pinFile).pinned(hostPort), first);
        QSignalSpy changed(client.get(), &RpcClient::certificateChanged);

        // The server comes back with another certificate (replaced, or someone sits in between).
        QVERIFY(server.stop());
        QVERIFY(QDir(server.dataDir() + s("/tls")).removeRecursively());
        QVERIFY(server.restart());
        QTRY_COMPARE_WITH_TIMEOUT(changed.count(), 1, 15000);
        QCOMPARE(changed.first().at(0).toString(), hostPort);
        QCOMPARE(changed.first().at(1).toString(), first);
        const QString presented = changed.first().at(2).toString();
        auto probe = server.client();
        QVERIFY(probe);
        QCOMPARE(presented, probe->serverFingerprint());
        QVERIFY(presented != first);
        QCOMPARE(client->state(), State::Disconnected);

        // It stays away until someone decides, and the pin is unchanged.
        QTest::qWait(1500);
        QCOMPARE(client->state(), State::Disconnected);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(client->stats().connections, 1);
        QCOMPARE(await(client->call(s("alarm.list"))).error.dataCode, s("client.disconnected"));
        QCOMPARE(CertificatePins(options.pinFile).pinned(hostPort), first);

        // Accepted: pinned, connected, and the session resumed.
        client->acceptCertificate(presented);
        QVERIFY(waitForState(*client, State::Authenticated));
        QCOMPARE(CertificatePins(options.pinFile).pinned(hostPort), presented);
        QCOMPARE(client->stats().resumes, 1);
        QVERIFY(await(client->call(s("alarm.list"))).ok());
    }

    void callerNeverWaitsOnAStoppedServer()
    {
        TestServer server;
        QVERIFY(server.start());
        auto client = signedIn(server, s("qa"));
        QVERIFY(client);
        const pid_t pid = pid_t(server.pid());
        QVERIFY(pid > 0);

        LoopWatch watch;
        QVERIFY(::kill(pid, SIGSTOP) == 0);
        auto resume = qScopeGuard([pid] { ::kill(pid, SIGCONT); });
        const auto call = track(client->call(s("alarm.list")));
        // Another client connects meanwhile: the kernel accepts, the TLS handshake never completes.
        RpcClient late;
        late.connectToServer(clientOptions(server));
        QTest::qWait(1500);
        QVERIFY(!call->done);
        QCOMPARE(late.state(), State::Connecting);
        QVERIFY2(watch.ticks() >= 50, qPrintable(QString::number(watch.ticks())));
        QVERIFY2(watch.maxGapMs() < 200, qPrintable(QStringLiteral("event loop blocked for %1 ms").arg(watch.maxGapMs())));

        resume.dismiss();
        QVERIFY(::kill(pid, SIGCONT) == 0);
        QTRY_VERIFY_WITH_TIMEOUT(call->done, 10000);
        QVERIFY2(call->ok(), qPrintable(call->error.message));
        QVERIFY(waitForState(late, State::Connected, 10000));
        QVERIFY2(watch.maxGapMs() < 200, qPrintable(QStringLiteral("event loop blocked for %1 ms").arg(watch.maxGapMs())));
    }

    void heartbeatNoticesAFrozenServer()
    {
        TestServer server;
        QVERIFY(server.start());
        RpcClient::Options o = clientOptions(server);
        o.heartbeatIntervalMs = 300;
        o.heartbeatTimeoutMs = 1000;
        auto client = signedIn(server, s("qa"), o);
        QVERIFY(client);
        QSignalSpy errors(client.get(), &RpcClient::connectionError);
        const pid_t pid = pid_t(server.pid());
        QVERIFY(::kill(pid, SIGSTOP) == 0);
        auto resume = qScopeGuard([pid] { ::kill(pid, SIGCONT); });
        // No request of ours is outstanding and TCP sees nothing wrong: only the heartbeat can tell.
        QVERIFY(waitForState(*client, State::Reconnecting, 5000));
        QVERIFY(!errors.isEmpty());
        resume.dismiss();
        QVERIFY(::kill(pid, SIGCONT) == 0);
        QVERIFY(waitForState(*client, State::Authenticated, 20000));
        QCOMPARE(client->stats().resumes, 1);
        QVERIFY(await(client->call(s("session.ping"))).ok());
    }
};

QTEST_GUILESS_MAIN(TstRpcClient)
#include "tst_rpcclient.moc"
