// Identity and sessions against a real server: login, lockout + security alarm, forced password
// change, password policy and history, resume after reconnect and restart, idle timeout.
// Compliance rows: P11-10d, P11-10g, P11-300b, P11-300d, P11-200a1ii.
#include "testserver.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QtTest>

using namespace concord;
using namespace concord::test;

class TstAuth : public QObject
{
    Q_OBJECT

    static QJsonObject p(std::initializer_list<QPair<QString, QJsonValue>> l) { return QJsonObject(l); }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::skipReason().isEmpty())
            QSKIP(qPrintable(TestServer::skipReason()));
    }

    void helloNeedsNoSessionButRecordsDo()
    {
        TestServer server;
        QVERIFY(server.start());
        auto c = server.client();
        QVERIFY(c);
        const auto hello = c->call(QStringLiteral("session.hello"), p({{QStringLiteral("protocol"), p({{QStringLiteral("major"), 1}})}}));
        QVERIFY(hello.ok());
        QCOMPARE(hello.result.value(QStringLiteral("demo")).toBool(), true);
        QCOMPARE(hello.result.value(QStringLiteral("compatible")).toBool(), true);
        QVERIFY(hello.result.value(QStringLiteral("serverTime")).toString().endsWith(QLatin1Char('Z')));
        const auto denied = c->call(QStringLiteral("alarm.list"));
        QCOMPARE(denied.error.dataCode, QStringLiteral("auth.required"));
        QCOMPARE(denied.error.code, -32001);
    }

    void anonymousFloodIsCutOff()
    {
        // Each refusal writes an audit row; a client that never signs in cannot grow the trail forever.
        TestServer server;
        QVERIFY(server.start());
        auto c = server.client();
        int refused = 0;
        for (int i = 0; i < 260; ++i) {
            const auto r = c->call(QStringLiteral("alarm.list"));
            if (r.error.dataCode != QLatin1String("auth.required"))
                break;
            ++refused;
        }
        QCOMPARE(refused, 200); // the 201st closes the connection
        QVERIFY(!c->isConnected() || !c->call(QStringLiteral("session.hello")).ok());
        QVERIFY(server.log().contains(QStringLiteral("refused requests without signing in")));
        auto other = server.client();
        QVERIFY(other->call(QStringLiteral("session.hello")).ok());
    }

    void wrongPasswordLocksAccountAndRaisesAlarm()
    {
        TestServer server;
        QVERIFY(server.start(TestServer::withEnv({QStringLiteral("CONCORD_LOCKOUT_THRESHOLD=3")})));
        auto qa = server.login(QStringLiteral("qa"));
        QVERIFY(qa);
        QVERIFY(qa->call(QStringLiteral("events.subscribe"), p({{QStringLiteral("topics"), QJsonArray{QStringLiteral("alarm")}}})).ok());

        auto c = server.client();
        for (int i = 0; i < 3; ++i)
            QCOMPARE(c->login(QStringLiteral("operator"), QStringLiteral("wrong-password-1")).error.dataCode, QStringLiteral("auth.invalid_credentials"));
        // Locked means locked, even with the right password; only the right password learns it.
        QCOMPARE(c->login(QStringLiteral("operator"), TestServer::demoPassword()).error.dataCode, QStringLiteral("auth.locked"));
        QCOMPARE(c->login(QStringLiteral("operator"), QStringLiteral("wrong-password-1")).error.dataCode, QStringLiteral("auth.invalid_credentials"));
        // Unknown users get the same answer as a wrong password.
        QCOMPARE(c->login(QStringLiteral("nobody"), QStringLiteral("whatever-123")).error.dataCode, QStringLiteral("auth.invalid_credentials"));

        QJsonObject event;
        QVERIFY(qa->nextEvent(&event, 10000));
        QCOMPARE(event.value(QStringLiteral("topic")).toString(), QStringLiteral("alarm.raised"));
        const QJsonObject alarm = event.value(QStringLiteral("data")).toObject();
        QCOMPARE(alarm.value(QStringLiteral("severity")).toString(), QStringLiteral("critical"));
        QCOMPARE(alarm.value(QStringLiteral("topic")).toString(), QStringLiteral("security.lockout"));
        QVERIFY(alarm.value(QStringLiteral("message")).toString().contains(QStringLiteral("operator")));

        const auto audit = qa->call(QStringLiteral("audit.query"), p({{QStringLiteral("recordType"), QStringLiteral("user")}, {QStringLiteral("order"), QStringLiteral("asc")}}));
        QVERIFY(audit.ok());
        QStringList actions;
        for (const QJsonValue &v : audit.result.value(QStringLiteral("rows")).toArray())
            actions << v.toObject().value(QStringLiteral("action")).toString();
        QCOMPARE(actions.count(QStringLiteral("auth.login_failed")), 3);
        QCOMPARE(actions.count(QStringLiteral("lock")), 1);
        QVERIFY(actions.contains(QStringLiteral("auth.login_refused")));

        // An administrator unlocks; the right password works again.
        auto admin = server.login(QStringLiteral("admin"));
        const auto users = admin->call(QStringLiteral("user.list"));
        qint64 operatorId = 0;
        for (const QJsonValue &v : users.result.value(QStringLiteral("users")).toArray())
            if (v.toObject().value(QStringLiteral("username")) == QLatin1String("operator"))
                operatorId = v.toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(operatorId > 0);
        QVERIFY(admin->call(QStringLiteral("user.unlock"), p({{QStringLiteral("userId"), operatorId}, {QStringLiteral("reason"), QStringLiteral("identity confirmed by phone")}})).ok());
        QVERIFY(c->login(QStringLiteral("operator"), TestServer::demoPassword()).ok());
    }

    void firstAdministratorMustChangePassword()
    {
        TestServer server;
        QVERIFY(server.start(TestServer::nonDemo()));
        auto c = server.client();
        const auto login = c->login(QStringLiteral("admin"), TestServer::adminPassword());
        QVERIFY(login.ok());
        QCOMPARE(login.result.value(QStringLiteral("mustChangePassword")).toBool(), true);
        QCOMPARE(c->call(QStringLiteral("user.list")).error.dataCode, QStringLiteral("auth.password_change_required"));
        QCOMPARE(c->call(QStringLiteral("audit.verify")).error.dataCode, QStringLiteral("auth.password_change_required"));

        const auto weak = c->call(QStringLiteral("auth.changePassword"), p({{QStringLiteral("oldPassword"), TestServer::adminPassword()}, {QStringLiteral("newPassword"), QStringLiteral("short")}}));
        QCOMPARE(weak.error.dataCode, QStringLiteral("auth.password_policy"));
        const auto reused = c->call(QStringLiteral("auth.changePassword"), p({{QStringLiteral("oldPassword"), TestServer::adminPassword()}, {QStringLiteral("newPassword"), TestServer::adminPassword()}}));
        QCOMPARE(reused.error.dataCode, QStringLiteral("auth.password_reused"));
        const auto wrongOld = c->call(QStringLiteral("auth.changePassword"), p({{QStringLiteral("oldPassword"), QStringLiteral("not-the-password-1")}, {QStringLiteral("newPassword"), QStringLiteral("Brand-new-pass-42")}}));
        QCOMPARE(wrongOld.error.dataCode, QStringLiteral("auth.invalid_credentials"));
        const auto ok = c->call(QStringLiteral("auth.changePassword"), p({{QStringLiteral("oldPassword"), TestServer::adminPassword()}, {QStringLiteral("newPassword"), QStringLiteral("Brand-new-pass-42")}}));
        QVERIFY2(ok.ok(), qPrintable(ok.error.message));
        QVERIFY(c->call(QStringLiteral("user.list")).ok());
        // A retry of the completed change with its key returns the first answer (the old password
        // no longer matches, so re-running the checks would wrongly refuse and count a failure).
        const QJsonObject keyed{{QStringLiteral("oldPassword"), QStringLiteral("Brand-new-pass-42")},
                                {QStringLiteral("newPassword"), QStringLiteral("Second-pass-2027")},
                                {QStringLiteral("idempotencyKey"), QStringLiteral("pw-change-1")}};
        const auto first = c->call(QStringLiteral("auth.changePassword"), keyed);
        QVERIFY2(first.ok(), qPrintable(first.error.message));
        const auto retried = c->call(QStringLiteral("auth.changePassword"), keyed);
        QVERIFY2(retried.ok(), qPrintable(retried.error.message));
        QCOMPARE(retried.result, first.result);

        // The old password is gone; the new one works and no change is demanded any more.
        auto again = server.client();
        QCOMPARE(again->login(QStringLiteral("admin"), TestServer::adminPassword()).error.dataCode, QStringLiteral("auth.invalid_credentials"));
        QCOMPARE(again->login(QStringLiteral("admin"), QStringLiteral("Brand-new-pass-42")).error.dataCode, QStringLiteral("auth.invalid_credentials"));
        const auto relog = again->login(QStringLiteral("admin"), QStringLiteral("Second-pass-2027"));
        QVERIFY(relog.ok());
        QCOMPARE(relog.result.value(QStringLiteral("mustChangePassword")).toBool(), false);

        // The audit trail shows the change but never the password.
        const auto audit = again->call(QStringLiteral("audit.query"), p({{QStringLiteral("action"), QStringLiteral("auth.password_changed")}}));
        QCOMPARE(audit.result.value(QStringLiteral("rows")).toArray().size(), 2); // two changes; the retry added none
        QVERIFY(!QJsonDocument(audit.result).toJson().contains("Brand-new-pass-42"));
        QVERIFY(!server.log().contains(QStringLiteral("Brand-new-pass-42")));
        QVERIFY(!server.log().contains(QStringLiteral("Second-pass-2027")));
        QVERIFY(!server.log().contains(TestServer::adminPassword()));
    }

    void resetPasswordForcesChangeAndAdminCannotResetOwn()
    {
        TestServer server;
        QVERIFY(server.start());
        auto admin = server.login(QStringLiteral("admin"));
        const auto created = admin->call(QStringLiteral("user.create"), p({{QStringLiteral("username"), QStringLiteral("new.tech")},
                                                                         {QStringLiteral("fullName"), QStringLiteral("New Technician")},
                                                                         {QStringLiteral("reason"), QStringLiteral("hired")}}));
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        const QString temp = created.result.value(QStringLiteral("temporaryPassword")).toString();
        QVERIFY(temp.size() >= 12);
        auto tech = server.client();
        QCOMPARE(tech->login(QStringLiteral("new.tech"), temp).result.value(QStringLiteral("mustChangePassword")).toBool(), true);
        // IDs are never reused, not even after deactivation.
        const qint64 id = created.result.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(admin->call(QStringLiteral("user.deactivate"), p({{QStringLiteral("userId"), id}, {QStringLiteral("reason"), QStringLiteral("left")}})).ok());
        const auto again = admin->call(QStringLiteral("user.create"), p({{QStringLiteral("username"), QStringLiteral("new.tech")},
                                                                       {QStringLiteral("fullName"), QStringLiteral("Someone Else")},
                                                                       {QStringLiteral("reason"), QStringLiteral("hired")}}));
        QCOMPARE(again.error.dataCode, QStringLiteral("rule.user_reserved"));
        // The deactivated user's open session ended at once (P11-300c).
        QCOMPARE(tech->call(QStringLiteral("session.ping")).error.code, -32001);
    }

    void endedSessionStopsItsEventStream()
    {
        TestServer server;
        QVERIFY(server.start());
        auto admin = server.login(QStringLiteral("admin"));
        auto op = server.login(QStringLiteral("operator"));
        auto dev = server.login(QStringLiteral("dev-leak-01"));
        QVERIFY(op->call(QStringLiteral("events.subscribe"), p({{QStringLiteral("topics"), QJsonArray{QStringLiteral("alarm")}}})).ok());
        const QJsonObject alarm{{QStringLiteral("severity"), QStringLiteral("info")}, {QStringLiteral("source"), QStringLiteral("LT-01")},
                                {QStringLiteral("message"), QStringLiteral("seen")}};
        QVERIFY(dev->call(QStringLiteral("alarm.raise"), alarm).ok());
        QJsonObject e;
        QVERIFY(op->nextEvent(&e, 5000));
        qint64 opId = 0;
        for (const QJsonValue &v : admin->call(QStringLiteral("user.list")).result.value(QStringLiteral("users")).toArray())
            if (v.toObject().value(QStringLiteral("username")) == QLatin1String("operator"))
                opId = v.toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(admin->call(QStringLiteral("user.deactivate"), p({{QStringLiteral("userId"), opId}, {QStringLiteral("reason"), QStringLiteral("left the company")}})).ok());
        QTest::qWait(300);
        QJsonObject unused;
        while (op->nextEvent(&unused, 100)) { } // anything committed before the deactivation
        QVERIFY(dev->call(QStringLiteral("alarm.raise"), alarm).ok());
        QVERIFY(!op->nextEvent(&e, 1000)); // a deactivated user's screen gets no more live data
        QCOMPARE(op->call(QStringLiteral("alarm.list")).error.code, -32001);
    }

    void sessionResumesAfterReconnectAndRestart()
    {
        TestServer server;
        QVERIFY(server.start());
        QString token;
        {
            auto c = server.client();
            const auto r = c->login(QStringLiteral("planner"), TestServer::demoPassword());
            QVERIFY(r.ok());
            token = r.result.value(QStringLiteral("sessionToken")).toString();
        }
        auto c2 = server.client();
        QCOMPARE(c2->call(QStringLiteral("session.ping")).error.dataCode, QStringLiteral("auth.required"));
        QVERIFY(c2->call(QStringLiteral("auth.resume"), p({{QStringLiteral("sessionToken"), token}})).ok());
        QVERIFY(c2->call(QStringLiteral("session.ping")).ok());

        QVERIFY(server.restart());
        auto c3 = server.client();
        const auto resumed = c3->call(QStringLiteral("auth.resume"), p({{QStringLiteral("sessionToken"), token}}));
        QVERIFY2(resumed.ok(), qPrintable(resumed.error.message));
        QCOMPARE(resumed.result.value(QStringLiteral("user")).toObject().value(QStringLiteral("username")).toString(), QStringLiteral("planner"));
        QVERIFY(c3->call(QStringLiteral("session.ping")).ok());
        QVERIFY(c3->call(QStringLiteral("auth.logout")).ok());
        auto c4 = server.client();
        QCOMPARE(c4->call(QStringLiteral("auth.resume"), p({{QStringLiteral("sessionToken"), token}})).error.dataCode, QStringLiteral("auth.session_expired"));
    }

    void lockedSessionAnswersOnlyUnlockAlsoAfterRestart()
    {
        // The client's idle lock screen locks the session on the server too (P11-200, A11-12):
        // a locked session reads nothing until its owner's password unlocks it.
        TestServer server;
        QVERIFY(server.start());
        auto c = server.client();
        const auto login = c->login(QStringLiteral("operator"), TestServer::demoPassword());
        QVERIFY(login.ok());
        const QString token = login.result.value(QStringLiteral("sessionToken")).toString();
        QVERIFY(c->call(QStringLiteral("auth.lock")).ok());
        QCOMPARE(c->call(QStringLiteral("alarm.list")).error.dataCode, QStringLiteral("auth.session_locked"));
        QVERIFY(c->call(QStringLiteral("session.ping")).ok()); // the heartbeat keeps the connection
        QCOMPARE(c->call(QStringLiteral("auth.unlock"), p({{QStringLiteral("password"), QStringLiteral("wrong-Password-1")}})).error.dataCode,
                 QStringLiteral("auth.invalid_credentials"));

        // Still locked after a restart: the lock is stored with the session.
        QVERIFY(server.restart());
        auto c2 = server.client();
        const auto resumed = c2->call(QStringLiteral("auth.resume"), p({{QStringLiteral("sessionToken"), token}}));
        QVERIFY2(resumed.ok(), qPrintable(resumed.error.message));
        QCOMPARE(resumed.result.value(QStringLiteral("locked")).toBool(), true);
        QCOMPARE(c2->call(QStringLiteral("alarm.list")).error.dataCode, QStringLiteral("auth.session_locked"));
        QVERIFY(c2->call(QStringLiteral("auth.unlock"), p({{QStringLiteral("password"), TestServer::demoPassword()}})).ok());
        QVERIFY(c2->call(QStringLiteral("alarm.list")).ok());
        // ... and the unlock is stored too.
        QVERIFY(server.restart());
        auto c3 = server.client();
        const auto again = c3->call(QStringLiteral("auth.resume"), p({{QStringLiteral("sessionToken"), token}}));
        QVERIFY2(again.ok(), qPrintable(again.error.message));
        QCOMPARE(again.result.value(QStringLiteral("locked")).toBool(), false);
        QVERIFY(c3->call(QStringLiteral("alarm.list")).ok());

        // Audited: the lock, the failed unlock, the unlock; every row by the operator.
        auto admin = server.login(QStringLiteral("admin"));
        QStringList actions;
        for (const QJsonValue &v : admin->call(QStringLiteral("audit.query"), p({{QStringLiteral("limit"), 200}})).result.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject row = v.toObject();
            const QString action = row.value(QStringLiteral("action")).toString();
            if (action.startsWith(QLatin1String("session.")) || action == QLatin1String("auth.unlock_failed")) {
                if (action != QLatin1String("session.ended"))
                    QCOMPARE(row.value(QStringLiteral("username")).toString(), QStringLiteral("operator"));
                actions << action;
            }
        }
        QVERIFY2(actions.contains(QStringLiteral("session.locked")), qPrintable(actions.join(u',')));
        QVERIFY2(actions.contains(QStringLiteral("auth.unlock_failed")), qPrintable(actions.join(u',')));
        QVERIFY2(actions.contains(QStringLiteral("session.unlocked")), qPrintable(actions.join(u',')));
    }

    void passwordChangeIsAnnouncedWithoutThePassword()
    {
        TestServer server;
        QVERIFY(server.start());
        auto admin = server.login(QStringLiteral("admin"));
        QVERIFY(admin->call(QStringLiteral("events.subscribe"), p({{QStringLiteral("topics"), QJsonArray{QStringLiteral("identity.user")}}})).ok());
        auto planner = server.login(QStringLiteral("planner"));
        QVERIFY(planner->call(QStringLiteral("auth.changePassword"), p({{QStringLiteral("oldPassword"), TestServer::demoPassword()},
                                                                       {QStringLiteral("newPassword"), QStringLiteral("Another#Plant2027")}})).ok());
        QJsonObject e;
        QVERIFY(admin->nextEvent(&e, 5000));
        const QJsonObject data = e.value(QStringLiteral("data")).toObject();
        QCOMPARE(data.value(QStringLiteral("change")).toString(), QStringLiteral("password"));
        QVERIFY(data.value(QStringLiteral("userId")).toInteger() > 0);
        // Nothing secret: the short IDs of the sessions it ended are those of the audit trail.
        QCOMPARE(data.keys(), (QStringList{QStringLiteral("change"), QStringLiteral("endedSessions"), QStringLiteral("userId")}));
    }

    // Issue 9, defect 4: a reset (the account may be compromised) ends every session of the user at
    // once, in memory and in the database, so that neither the open connection nor a resume with
    // the old token acts for the user again, on this instance or after a restart.
    void passwordResetEndsEverySessionOfTheUser()
    {
        TestServer server;
        QVERIFY(server.start());
        auto admin = server.login(QStringLiteral("admin"));
        auto c1 = server.client();
        const auto first = c1->login(QStringLiteral("operator"), TestServer::demoPassword());
        QVERIFY(first.ok());
        auto c2 = server.client();
        const auto second = c2->login(QStringLiteral("operator"), TestServer::demoPassword());
        QVERIFY(second.ok());
        const qint64 userId = first.result.value(QStringLiteral("user")).toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(c1->call(QStringLiteral("session.ping")).ok());

        const auto reset = admin->call(QStringLiteral("user.resetPassword"), p({{QStringLiteral("userId"), userId},
                                                                               {QStringLiteral("reason"), QStringLiteral("badge and password lost")}}));
        QVERIFY2(reset.ok(), qPrintable(reset.error.message));
        for (auto *c : {c1.get(), c2.get()}) {
            const auto r = c->call(QStringLiteral("alarm.list"));
            QVERIFY2(r.error.code == -32001, qPrintable(r.error.dataCode)); // auth.required: the session is gone
        }
        for (const auto *login : {&first, &second}) {
            auto c = server.client();
            const auto resumed = c->call(QStringLiteral("auth.resume"), p({{QStringLiteral("sessionToken"), login->result.value(QStringLiteral("sessionToken"))}}));
            QCOMPARE(resumed.error.dataCode, QStringLiteral("auth.session_expired"));
        }
        // In the database: both ended with the reason, each audited.
        {
            QSqlDatabase db = server.openDirect(QStringLiteral("reset-check"));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("SELECT end_reason FROM user_session WHERE user_id = %1").arg(userId)));
            QStringList reasons;
            while (q.next())
                reasons << q.value(0).toString();
            QCOMPARE(reasons, (QStringList{QStringLiteral("password reset"), QStringLiteral("password reset")}));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log WHERE action = 'session.ended' AND reason = 'password reset'")));
            QVERIFY(q.next());
            QCOMPARE(q.value(0).toInt(), 2);
        }
        QSqlDatabase::removeDatabase(QStringLiteral("reset-check"));
        // Not even after a restart.
        QVERIFY(server.restart());
        auto c3 = server.client();
        QCOMPARE(c3->call(QStringLiteral("auth.resume"), p({{QStringLiteral("sessionToken"), first.result.value(QStringLiteral("sessionToken"))}})).error.dataCode,
                 QStringLiteral("auth.session_expired"));
        QCOMPARE(c3->login(QStringLiteral("operator"), TestServer::demoPassword()).error.dataCode, QStringLiteral("auth.invalid_credentials"));
    }

    // A user's own password change ends their other sessions; the one that changed it continues.
    void ownPasswordChangeEndsTheOtherSessions()
    {
        TestServer server;
        QVERIFY(server.start());
        auto here = server.client();
        QVERIFY(here->login(QStringLiteral("planner"), TestServer::demoPassword()).ok());
        auto elsewhere = server.client();
        const auto other = elsewhere->login(QStringLiteral("planner"), TestServer::demoPassword());
        QVERIFY(other.ok());
        QVERIFY(here->call(QStringLiteral("auth.changePassword"), p({{QStringLiteral("oldPassword"), TestServer::demoPassword()},
                                                                    {QStringLiteral("newPassword"), QStringLiteral("Another#Plant2027")}})).ok());
        QVERIFY(here->call(QStringLiteral("session.ping")).ok());
        QVERIFY(here->call(QStringLiteral("masterdata.export"), p({{QStringLiteral("entity"), QStringLiteral("uom")}})).error.code != -32001);
        QCOMPARE(elsewhere->call(QStringLiteral("session.ping")).error.code, -32001);
        auto c = server.client();
        QCOMPARE(c->call(QStringLiteral("auth.resume"), p({{QStringLiteral("sessionToken"), other.result.value(QStringLiteral("sessionToken"))}})).error.dataCode,
                 QStringLiteral("auth.session_expired"));
    }

    void sessionListNamesUserProgramAndLock()
    {
        TestServer server;
        QVERIFY(server.start());
        auto op = server.client();
        QVERIFY(op->call(QStringLiteral("auth.login"), p({{QStringLiteral("user"), QStringLiteral("operator")},
                                                           {QStringLiteral("password"), TestServer::demoPassword()},
                                                           {QStringLiteral("client"), QStringLiteral("line-terminal/2.1")}})).ok());
        QVERIFY(op->call(QStringLiteral("auth.lock")).ok());
        auto admin = server.login(QStringLiteral("admin"));
        QJsonObject row;
        for (const QJsonValue &v : admin->call(QStringLiteral("session.list")).result.value(QStringLiteral("sessions")).toArray())
            if (v.toObject().value(QStringLiteral("username")).toString() == QLatin1String("operator"))
                row = v.toObject();
        QCOMPARE(row.value(QStringLiteral("client")).toString(), QStringLiteral("line-terminal/2.1"));
        QCOMPARE(row.value(QStringLiteral("locked")).toBool(), true);
        QCOMPARE(row.value(QStringLiteral("peer")).toString().isEmpty(), false);
    }

    void idleSessionExpires()
    {
        TestServer server;
        QVERIFY(server.start(TestServer::withEnv({QStringLiteral("CONCORD_SESSION_IDLE_MINUTES=0.03")}))); // ~2 s
        auto c = server.login(QStringLiteral("operator"));
        QVERIFY(c);
        QVERIFY(c->call(QStringLiteral("session.ping")).ok());
        QTest::qWait(2600);
        QCOMPARE(c->call(QStringLiteral("alarm.list")).error.dataCode, QStringLiteral("auth.session_expired"));
        QCOMPARE(c->call(QStringLiteral("alarm.list")).error.dataCode, QStringLiteral("auth.required"));
    }
};

QTEST_GUILESS_MAIN(TstAuth)
#include "tst_auth.moc"
