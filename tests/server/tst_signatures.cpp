// Electronic signatures (P11-50a/b, P11-70, P11-200a1i, P11-300d, P11-10g) and their first use:
// a change of a user's roles takes effect only when a second person signs it "approved".
#include "testserver.h"

#include <QJsonArray>
#include <QSqlQuery>
#include <QtTest>

using namespace concord;
using namespace concord::test;

namespace {
QJsonObject o(std::initializer_list<QPair<QString, QJsonValue>> l) { return QJsonObject(l); }

qint64 userId(SyncRpcClient &admin, const QString &username)
{
    const auto r = admin.call(QStringLiteral("user.list"), o({{QStringLiteral("includeInactive"), true}}));
    for (const QJsonValue &v : r.result.value(QStringLiteral("users")).toArray())
        if (v.toObject().value(QStringLiteral("username")).toString() == username)
            return v.toObject().value(QStringLiteral("id")).toInteger();
    return 0;
}

SyncRpcClient::Response sign(SyncRpcClient &c, qint64 id, int version, const QString &meaning, const QString &user,
                             const QString &password = TestServer::demoPassword())
{
    QJsonObject p = o({{QStringLiteral("recordType"), QStringLiteral("role_change")},
                       {QStringLiteral("recordId"), QString::number(id)},
                       {QStringLiteral("recordVersion"), version},
                       {QStringLiteral("meaning"), meaning},
                       {QStringLiteral("password"), password}});
    if (!user.isEmpty())
        p.insert(QStringLiteral("user"), user);
    return c.call(QStringLiteral("signature.sign"), p);
}

QStringList roles(SyncRpcClient &admin, qint64 id)
{
    QStringList out;
    for (const QJsonValue &v : admin.call(QStringLiteral("user.get"), o({{QStringLiteral("userId"), id}})).result.value(QStringLiteral("roles")).toArray())
        out << v.toString();
    return out;
}
} // namespace

class TstSignatures : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::skipReason().isEmpty())
            QSKIP(qPrintable(TestServer::skipReason()));
    }

    void roleChangeNeedsSecondPersonSignature()
    {
        TestServer server;
        QVERIFY(server.start());
        auto admin = server.login(QStringLiteral("admin"));
        auto qa = server.login(QStringLiteral("qa"));
        auto qa2 = server.login(QStringLiteral("qa2"));
        auto op = server.login(QStringLiteral("operator"));
        QVERIFY(admin && qa && qa2 && op);
        const qint64 opId = userId(*admin, QStringLiteral("operator"));

        // A role change requested by the administrator does nothing by itself.
        const auto req = admin->call(QStringLiteral("roleChange.request"),
                                     o({{QStringLiteral("userId"), opId},
                                        {QStringLiteral("roles"), QJsonArray{QStringLiteral("operator"), QStringLiteral("inspector")}},
                                        {QStringLiteral("reason"), QStringLiteral("cross-trained for final inspection")}}));
        QVERIFY2(req.ok(), qPrintable(req.error.message));
        const qint64 rc = req.result.value(QStringLiteral("id")).toInteger();
        QCOMPARE(req.result.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(roles(*admin, opId), QStringList{QStringLiteral("operator")});

        // The requester cannot approve their own request (separation of duties).
        QCOMPARE(sign(*admin, rc, 1, QStringLiteral("approved"), QStringLiteral("admin")).error.dataCode, QStringLiteral("rule.separation_of_duties"));
        // The first signing in a session needs the user ID as well as the password.
        QCOMPARE(sign(*qa, rc, 1, QStringLiteral("reviewed"), QString()).error.dataCode, QStringLiteral("signature.components_required"));
        const auto reviewed = sign(*qa, rc, 1, QStringLiteral("reviewed"), QStringLiteral("qa"));
        QVERIFY2(reviewed.ok(), qPrintable(reviewed.error.message));
        QCOMPARE(reviewed.result.value(QStringLiteral("printedName")).toString(), QStringLiteral("Dr. Helen Ortiz (QA Manager)"));
        QCOMPARE(reviewed.result.value(QStringLiteral("meaning")).toString(), QStringLiteral("reviewed"));
        QVERIFY(reviewed.result.value(QStringLiteral("signedAt")).toString().endsWith(QLatin1Char('Z')));
        QCOMPARE(roles(*admin, opId), QStringList{QStringLiteral("operator")}); // reviewing applies nothing

        // Changing the record after signing invalidates the signature (P11-70).
        const auto upd = admin->call(QStringLiteral("roleChange.update"),
                                     o({{QStringLiteral("id"), rc}, {QStringLiteral("rowVersion"), 1},
                                        {QStringLiteral("roles"), QJsonArray{QStringLiteral("operator"), QStringLiteral("inspector"), QStringLiteral("maintenance")}},
                                        {QStringLiteral("reason"), QStringLiteral("also metrology duties")}}));
        QVERIFY2(upd.ok(), qPrintable(upd.error.message));
        QCOMPARE(upd.result.value(QStringLiteral("rowVersion")).toInt(), 2);
        const QJsonObject sig = upd.result.value(QStringLiteral("signatures")).toArray().first().toObject();
        QCOMPARE(sig.value(QStringLiteral("valid")).toBool(), false);
        QCOMPARE(sig.value(QStringLiteral("problem")).toString(), QStringLiteral("record modified after signing"));
        const auto verify = qa->call(QStringLiteral("signature.verify"), o({{QStringLiteral("id"), sig.value(QStringLiteral("id"))}}));
        QCOMPARE(verify.result.value(QStringLiteral("valid")).toBool(), false);
        // A stale update of the request is a conflict (C2).
        const auto stale = admin->call(QStringLiteral("roleChange.update"),
                                       o({{QStringLiteral("id"), rc}, {QStringLiteral("rowVersion"), 1},
                                          {QStringLiteral("roles"), QJsonArray{QStringLiteral("operator")}}, {QStringLiteral("reason"), QStringLiteral("x")}}));
        QCOMPARE(stale.error.dataCode, QStringLiteral("conflict"));

        // Signing the old version is refused; a wrong password is refused and counted.
        QCOMPARE(sign(*qa2, rc, 1, QStringLiteral("approved"), QStringLiteral("qa2")).error.dataCode, QStringLiteral("rule.stale_version"));
        QCOMPARE(sign(*qa2, rc, 2, QStringLiteral("approved"), QStringLiteral("qa2"), QStringLiteral("Wrong-password-9")).error.dataCode,
                 QStringLiteral("signature.password"));
        QCOMPARE(sign(*qa2, rc, 2, QStringLiteral("approved"), QStringLiteral("qa")).error.dataCode, QStringLiteral("signature.password"));
        // Someone without the signing right is refused (and the refusal audited).
        QCOMPARE(sign(*op, rc, 2, QStringLiteral("approved"), QStringLiteral("operator")).error.dataCode, QStringLiteral("auth.denied"));
        auto device = server.login(QStringLiteral("dev-leak-01"));
        QCOMPARE(sign(*device, rc, 2, QStringLiteral("approved"), QStringLiteral("dev-leak-01")).error.dataCode, QStringLiteral("auth.not_a_person"));
        QCOMPARE(sign(*qa2, rc, 2, QStringLiteral("released"), QStringLiteral("qa2")).error.dataCode, QStringLiteral("rule.signature_meaning"));

        // The approval applies the roles at once, also to the live session of the user.
        QCOMPARE(op->call(QStringLiteral("signature.list"), o({{QStringLiteral("recordType"), QStringLiteral("role_change")},
                                                              {QStringLiteral("recordId"), QString::number(rc)}})).error.dataCode,
                 QStringLiteral("auth.denied"));
        const auto approved = sign(*qa2, rc, 2, QStringLiteral("approved"), QStringLiteral("qa2"));
        QVERIFY2(approved.ok(), qPrintable(approved.error.message));
        QCOMPARE(roles(*admin, opId), (QStringList{QStringLiteral("inspector"), QStringLiteral("maintenance"), QStringLiteral("operator")}));
        QTRY_VERIFY_WITH_TIMEOUT(op->call(QStringLiteral("signature.list"), o({{QStringLiteral("recordType"), QStringLiteral("role_change")},
                                                                             {QStringLiteral("recordId"), QString::number(rc)}})).ok(), 5000);
        const auto after = admin->call(QStringLiteral("roleChange.get"), o({{QStringLiteral("id"), rc}}));
        QCOMPARE(after.result.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        // Applying the change does not invalidate the approval: the decision is not signed content.
        const QJsonArray sigs = after.result.value(QStringLiteral("signatures")).toArray();
        QCOMPARE(sigs.size(), 2);
        QCOMPARE(sigs.at(1).toObject().value(QStringLiteral("meaning")).toString(), QStringLiteral("approved"));
        QCOMPARE(sigs.at(1).toObject().value(QStringLiteral("valid")).toBool(), true);
        QCOMPARE(sigs.at(0).toObject().value(QStringLiteral("valid")).toBool(), false); // the review of version 1
        // An applied record cannot be signed again.
        QCOMPARE(sign(*qa, rc, 2, QStringLiteral("approved"), QString()).error.dataCode, QStringLiteral("rule.record_not_pending"));

        // Later signings in the same session need only the password (P11-200a1i).
        const auto req2 = admin->call(QStringLiteral("roleChange.request"),
                                      o({{QStringLiteral("userId"), opId}, {QStringLiteral("roles"), QJsonArray{QStringLiteral("operator")}},
                                         {QStringLiteral("reason"), QStringLiteral("back to operator only")}}));
        QVERIFY(sign(*qa2, req2.result.value(QStringLiteral("id")).toInteger(), 1, QStringLiteral("approved"), QString()).ok());
        QCOMPARE(roles(*admin, opId), QStringList{QStringLiteral("operator")});

        // Audit trail: who signed what, the failed attempts, and the old -> new roles.
        const auto audit = admin->call(QStringLiteral("audit.query"), o({{QStringLiteral("order"), QStringLiteral("asc")}, {QStringLiteral("limit"), 1000}}));
        int signedRows = 0, failedRows = 0, roleUpdates = 0;
        for (const QJsonValue &v : audit.result.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject row = v.toObject();
            const QString action = row.value(QStringLiteral("action")).toString();
            // (the demo plant's change orders were signed too, when it was seeded)
            signedRows += action == QLatin1String("signature.signed") && row.value(QStringLiteral("recordType")) == QLatin1String("role_change");
            failedRows += action == QLatin1String("signature.failed");
            if (action == QLatin1String("update") && row.value(QStringLiteral("recordType")) == QLatin1String("user") &&
                row.value(QStringLiteral("recordId")) == QString::number(opId) && row.value(QStringLiteral("changes")).toObject().contains(QStringLiteral("roles")))
                ++roleUpdates;
        }
        QCOMPARE(signedRows, 3);
        QCOMPARE(failedRows, 2);
        QCOMPARE(roleUpdates, 3); // the demo seed, then the two approved changes
        QVERIFY(admin->call(QStringLiteral("audit.verify")).result.value(QStringLiteral("ok")).toBool());
    }

    void signingAfterSessionLockNeedsUserIdAgain()
    {
        // P11-200(a)(1)(ii): after the session was locked, the next signing needs every component.
        TestServer server;
        QVERIFY(server.start());
        auto admin = server.login(QStringLiteral("admin"));
        auto qa = server.login(QStringLiteral("qa"));
        QVERIFY(admin && qa);
        const qint64 opId = userId(*admin, QStringLiteral("operator"));
        const auto req = admin->call(QStringLiteral("roleChange.request"),
                                     o({{QStringLiteral("userId"), opId},
                                        {QStringLiteral("roles"), QJsonArray{QStringLiteral("operator"), QStringLiteral("inspector")}},
                                        {QStringLiteral("reason"), QStringLiteral("cross-trained")}}));
        QVERIFY(req.ok());
        const qint64 rc = req.result.value(QStringLiteral("id")).toInteger();
        QVERIFY(sign(*qa, rc, 1, QStringLiteral("reviewed"), QStringLiteral("qa")).ok());
        QVERIFY(qa->call(QStringLiteral("auth.lock")).ok());
        QCOMPARE(sign(*qa, rc, 1, QStringLiteral("approved"), QStringLiteral("qa")).error.dataCode, QStringLiteral("auth.session_locked"));
        QVERIFY(qa->call(QStringLiteral("auth.unlock"), o({{QStringLiteral("password"), TestServer::demoPassword()}})).ok());
        QCOMPARE(sign(*qa, rc, 1, QStringLiteral("approved"), QString()).error.dataCode, QStringLiteral("signature.components_required"));
        QVERIFY(sign(*qa, rc, 1, QStringLiteral("approved"), QStringLiteral("qa")).ok());
    }

    void signatureDetectsRecordChangedBehindTheServersBack()
    {
        TestServer server;
        QVERIFY(server.start());
        auto admin = server.login(QStringLiteral("admin"));
        auto qa = server.login(QStringLiteral("qa"));
        const qint64 opId = userId(*admin, QStringLiteral("operator"));
        const auto req = admin->call(QStringLiteral("roleChange.request"),
                                     o({{QStringLiteral("userId"), opId}, {QStringLiteral("roles"), QJsonArray{QStringLiteral("operator")}},
                                        {QStringLiteral("reason"), QStringLiteral("confirm")}}));
        const qint64 rc = req.result.value(QStringLiteral("id")).toInteger();
        const auto s = sign(*qa, rc, 1, QStringLiteral("reviewed"), QStringLiteral("qa"));
        QVERIFY(s.ok());
        {
            QSqlDatabase db = server.openDirect(QStringLiteral("tamper"));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("UPDATE role_change SET new_roles = '[\"administrator\"]' WHERE id = %1").arg(rc)));
        }
        QSqlDatabase::removeDatabase(QStringLiteral("tamper"));
        const auto v = qa->call(QStringLiteral("signature.verify"), o({{QStringLiteral("id"), s.result.value(QStringLiteral("id"))}}));
        QVERIFY(v.ok());
        QCOMPARE(v.result.value(QStringLiteral("valid")).toBool(), false);
        QCOMPARE(v.result.value(QStringLiteral("problem")).toString(), QStringLiteral("record modified after signing"));
    }

    void commissioningWaiverOnlyWithoutAnotherApprover()
    {
        TestServer server;
        QVERIFY(server.start(TestServer::nonDemo()));
        auto admin = server.client();
        QVERIFY(admin->login(QStringLiteral("admin"), TestServer::adminPassword()).ok());
        QVERIFY(admin->call(QStringLiteral("auth.changePassword"), o({{QStringLiteral("oldPassword"), TestServer::adminPassword()},
                                                                      {QStringLiteral("newPassword"), QStringLiteral("Plant-IT-2026x")}})).ok());
        const auto created = admin->call(QStringLiteral("user.create"), o({{QStringLiteral("username"), QStringLiteral("qa.lead")},
                                                                         {QStringLiteral("fullName"), QStringLiteral("QA Lead")},
                                                                         {QStringLiteral("roles"), QJsonArray{QStringLiteral("qa")}},
                                                                         {QStringLiteral("reason"), QStringLiteral("first QA approver")}}));
        QVERIFY2(created.ok(), qPrintable(created.error.message));
        const qint64 rc = created.result.value(QStringLiteral("roleChangeId")).toInteger();
        const qint64 adminId = userId(*admin, QStringLiteral("admin"));
        // Nobody else can approve yet: the administrator may approve a change for someone else.
        const auto s = sign(*admin, rc, 1, QStringLiteral("approved"), QStringLiteral("admin"), QStringLiteral("Plant-IT-2026x"));
        QVERIFY2(s.ok(), qPrintable(s.error.message));
        const auto audit = admin->call(QStringLiteral("audit.query"), o({{QStringLiteral("action"), QStringLiteral("signature.signed")}}));
        QVERIFY(audit.result.value(QStringLiteral("rows")).toArray().first().toObject().value(QStringLiteral("changes")).toObject().contains(QStringLiteral("secondPersonWaived")));
        // Now a second approver exists: no more waivers, and never for one's own roles.
        const auto own = admin->call(QStringLiteral("roleChange.request"), o({{QStringLiteral("userId"), adminId},
                                                                            {QStringLiteral("roles"), QJsonArray{QStringLiteral("administrator"), QStringLiteral("qa")}},
                                                                            {QStringLiteral("reason"), QStringLiteral("more rights")}}));
        QCOMPARE(sign(*admin, own.result.value(QStringLiteral("id")).toInteger(), 1, QStringLiteral("approved"), QString(), QStringLiteral("Plant-IT-2026x")).error.dataCode,
                 QStringLiteral("rule.separation_of_duties"));
    }
};

QTEST_GUILESS_MAIN(TstSignatures)
#include "tst_signatures.moc"
