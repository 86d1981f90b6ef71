// Issue 10, part 1: separation of duties has no one-person path.
// - A role's permissions change only when another person signs a role_permission_change
//   "approved"; no sequence of calls by one administrator gives them a signing right.
// - The commissioning waiver is a one-time state of the installation: closed (audited) once a
//   second approver has existed, it does not re-open when approvers are deactivated.
// - Deactivating an approver or the last holder of a signing right needs a second person.
// - At signing, the signer's account and right are checked again inside the signing transaction.
// Compliance rows: P11-10d, P11-10g, P11-300b, Q-4.1.4, A11-12.
#include "masterdatasupport.h"

using namespace concord;
using namespace concord::test;
using namespace concord::test::md;

namespace {
const QString kPassword = QStringLiteral("Duties-2026-ok");

QJsonObject approve(const QString &recordType, qint64 id, int version, const QString &user, const QString &password)
{
    return o({{QStringLiteral("recordType"), recordType}, {QStringLiteral("recordId"), QString::number(id)},
              {QStringLiteral("recordVersion"), version}, {QStringLiteral("meaning"), QStringLiteral("approved")},
              {QStringLiteral("user"), user}, {QStringLiteral("password"), password}});
}

QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    out.sort();
    return out;
}

qint64 userIdOf(SyncRpcClient &c, const QString &username)
{
    const auto r = c.call(QStringLiteral("user.list"), o({{QStringLiteral("includeInactive"), true}}));
    for (const QJsonValue &v : r.result.value(QStringLiteral("users")).toArray())
        if (v.toObject().value(QStringLiteral("username")).toString() == username)
            return v.toObject().value(QStringLiteral("id")).toInteger();
    return 0;
}

QJsonObject roleNamed(SyncRpcClient &c, const QString &name)
{
    for (const QJsonValue &v : c.call(QStringLiteral("role.list")).result.value(QStringLiteral("roles")).toArray())
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    return {};
}

// Every permission named signature:<type>:<meaning> the account holds now, from its session view.
QStringList signingRights(SyncRpcClient &c, qint64 userId)
{
    QStringList out;
    const auto u = c.call(QStringLiteral("user.get"), o({{QStringLiteral("userId"), userId}}));
    const QStringList roles = strings(u.result.value(QStringLiteral("roles")));
    for (const QJsonValue &v : c.call(QStringLiteral("role.list")).result.value(QStringLiteral("roles")).toArray())
        if (roles.contains(v.toObject().value(QStringLiteral("name")).toString()))
            for (const QString &p : strings(v.toObject().value(QStringLiteral("permissions"))))
                if (p.startsWith(QLatin1String("signature:")))
                    out.append(p);
    out.sort();
    out.removeDuplicates();
    return out;
}

int auditRows(SyncRpcClient &c, const QString &action)
{
    const auto r = c.call(QStringLiteral("audit.query"), o({{QStringLiteral("action"), action}, {QStringLiteral("limit"), 100}}));
    return int(r.result.value(QStringLiteral("rows")).toArray().size());
}
} // namespace

class TstDuties : public QObject, protected MasterDataFixture
{
    Q_OBJECT

    std::unique_ptr<SyncRpcClient> admin2;

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::skipReason().isEmpty())
            QSKIP(qPrintable(TestServer::skipReason()));
        QVERIFY(startFixture());
        QString problem;
        admin2 = makeUser(srv(), *admin, *qa, QStringLiteral("qa"), TestServer::demoPassword(), QStringLiteral("admin2"),
                          {QStringLiteral("administrator")}, kPassword, &problem);
        QVERIFY2(admin2, qPrintable(problem));
    }

    void cleanupTestCase()
    {
        if (m_server)
            QVERIFY(qa->call(QStringLiteral("audit.verify")).result.value(QStringLiteral("ok")).toBool());
    }

    // role.update no longer grants anything by itself: it requests, and the requester (and anyone
    // who edits the request) cannot approve it. Before issue 10 the permission applied at once.
    void rolePermissionsChangeOnlyWithASecondPerson()
    {
        const QJsonObject before = roleNamed(*admin, QStringLiteral("administrator"));
        const QString right = QStringLiteral("signature:change_order:approved");
        QVERIFY(!strings(before.value(QStringLiteral("permissions"))).contains(right));
        QJsonArray wanted = before.value(QStringLiteral("permissions")).toArray();
        wanted.append(right);
        CALL_OK(requested, *admin, "role.update", o({{QStringLiteral("roleId"), before.value(QStringLiteral("id"))},
                                                     {QStringLiteral("rowVersion"), before.value(QStringLiteral("rowVersion"))},
                                                     {QStringLiteral("permissions"), wanted},
                                                     {QStringLiteral("reason"), QStringLiteral("tst: administrators approve ECOs")}}));
        QVERIFY(!strings(requested.result.value(QStringLiteral("permissions"))).contains(right));
        const QJsonObject pending = requested.result.value(QStringLiteral("pendingChange")).toObject();
        QCOMPARE(pending.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(pending.value(QStringLiteral("recordType")).toString(), QStringLiteral("role_permission_change"));
        const qint64 id = pending.value(QStringLiteral("id")).toInteger();
        REFUSE(own, *admin, "signature.sign", approve(QStringLiteral("role_permission_change"), id, 1, QStringLiteral("admin"), TestServer::demoPassword()),
               "rule.separation_of_duties");
        // admin2 edits the request (drops nothing, adds nothing new but the reason): now an author too.
        CALL_OK(edited, *admin2, "role.update", o({{QStringLiteral("roleId"), before.value(QStringLiteral("id"))},
                                                   {QStringLiteral("rowVersion"), requested.result.value(QStringLiteral("rowVersion"))},
                                                   {QStringLiteral("permissions"), wanted},
                                                   {QStringLiteral("reason"), QStringLiteral("tst: and they also approve")}}));
        const QJsonObject again = edited.result.value(QStringLiteral("pendingChange")).toObject();
        QCOMPARE(again.value(QStringLiteral("id")).toInteger(), id);
        QCOMPARE(again.value(QStringLiteral("rowVersion")).toInt(), 2);
        REFUSE(editor, *admin2, "signature.sign", approve(QStringLiteral("role_permission_change"), id, 2, QStringLiteral("admin2"), kPassword),
               "rule.separation_of_duties");
        QVERIFY(!strings(roleNamed(*admin, QStringLiteral("administrator")).value(QStringLiteral("permissions"))).contains(right));
        // QA, who did neither, approves: now it applies, audited as an update of the role.
        CALL_OK(approved, *qa, "signature.sign", approve(QStringLiteral("role_permission_change"), id, 2, QStringLiteral("qa"), TestServer::demoPassword()));
        const QJsonObject after = roleNamed(*admin, QStringLiteral("administrator"));
        QVERIFY(strings(after.value(QStringLiteral("permissions"))).contains(right));
        QVERIFY(after.value(QStringLiteral("pendingChange")).isNull());
        CALL_OK(req, *qa, "approvalRequest.get", o({{QStringLiteral("id"), id}}));
        QCOMPARE(req.result.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
        QCOMPARE(req.result.value(QStringLiteral("signatures")).toArray().size(), 1);
    }

    // One administrator, alone, tries every path to a signing right they do not hold: widen their
    // own role, create a new role and ask for it, ask for roles for themselves, edit and re-request,
    // cancel and sign. Their signing rights are the same at the end.
    void noOnePersonPathToASigningRight()
    {
        const qint64 me = userIdOf(*admin2, QStringLiteral("admin2"));
        const QStringList rightsBefore = signingRights(*admin2, me);
        const QString target = QStringLiteral("signature:change_order:reviewed");
        QVERIFY(!rightsBefore.contains(target));
        QList<QPair<QString, qint64>> requests; // record type, id

        // 1. Widen a role they hold.
        const QJsonObject adminRole = roleNamed(*admin2, QStringLiteral("administrator"));
        QJsonArray widened = adminRole.value(QStringLiteral("permissions")).toArray();
        widened.append(target);
        CALL_OK(w, *admin2, "role.update", o({{QStringLiteral("roleId"), adminRole.value(QStringLiteral("id"))},
                                              {QStringLiteral("rowVersion"), adminRole.value(QStringLiteral("rowVersion"))},
                                              {QStringLiteral("permissions"), widened}, {QStringLiteral("reason"), QStringLiteral("tst: alone")}}));
        requests.append({QStringLiteral("role_permission_change"), w.result.value(QStringLiteral("pendingChange")).toObject().value(QStringLiteral("id")).toInteger()});
        // 2. A new role with the right, and a role change for themselves.
        CALL_OK(created, *admin2, "role.create", o({{QStringLiteral("name"), QStringLiteral("solo-reviewer")},
                                                    {QStringLiteral("permissions"), QJsonArray{target, QStringLiteral("masterdata.read")}},
                                                    {QStringLiteral("reason"), QStringLiteral("tst: alone")}}));
        QCOMPARE(created.result.value(QStringLiteral("permissions")).toArray().size(), 0);
        requests.append({QStringLiteral("role_permission_change"), created.result.value(QStringLiteral("pendingChange")).toObject().value(QStringLiteral("id")).toInteger()});
        CALL_OK(mine, *admin2, "roleChange.request", o({{QStringLiteral("userId"), me},
                                                        {QStringLiteral("roles"), QJsonArray{QStringLiteral("administrator"), QStringLiteral("solo-reviewer"), QStringLiteral("engineer")}},
                                                        {QStringLiteral("reason"), QStringLiteral("tst: alone")}}));
        requests.append({QStringLiteral("role_change"), mine.result.value(QStringLiteral("id")).toInteger()});
        // 3. A puppet account: its roles need an approval too, and its first sign-in is not needed
        //    for the refusal.
        CALL_OK(puppet, *admin2, "user.create", o({{QStringLiteral("username"), QStringLiteral("puppet")}, {QStringLiteral("fullName"), QStringLiteral("Puppet")},
                                                   {QStringLiteral("roles"), QJsonArray{QStringLiteral("engineer")}},
                                                   {QStringLiteral("reason"), QStringLiteral("tst: alone")}}));
        requests.append({QStringLiteral("role_change"), puppet.result.value(QStringLiteral("roleChangeId")).toInteger()});
        // Every request: refused to its requester, and still pending.
        for (const auto &[type, id] : requests) {
            QVERIFY2(id > 0, qPrintable(type));
            const auto r = admin2->call(QStringLiteral("signature.sign"), approve(type, id, 1, QStringLiteral("admin2"), kPassword));
            QVERIFY2(!r.ok(), qPrintable(QStringLiteral("%1 %2 was approved by its requester").arg(type).arg(id)));
            QVERIFY2(r.error.dataCode == QLatin1String("rule.separation_of_duties") || r.error.dataCode == QLatin1String("auth.denied"),
                     qPrintable(r.error.dataCode));
        }
        // 4. Cancel and ask again: a new request is as unsignable as the first.
        CALL_OK(cancelled, *admin2, "approvalRequest.cancel", o({{QStringLiteral("id"), requests.at(0).second}, {QStringLiteral("reason"), QStringLiteral("tst")}}));
        QCOMPARE(cancelled.result.value(QStringLiteral("status")).toString(), QStringLiteral("cancelled"));
        const QJsonObject adminRole2 = roleNamed(*admin2, QStringLiteral("administrator"));
        CALL_OK(w2, *admin2, "role.update", o({{QStringLiteral("roleId"), adminRole2.value(QStringLiteral("id"))},
                                               {QStringLiteral("rowVersion"), adminRole2.value(QStringLiteral("rowVersion"))},
                                               {QStringLiteral("permissions"), widened}, {QStringLiteral("reason"), QStringLiteral("tst: again")}}));
        const qint64 again = w2.result.value(QStringLiteral("pendingChange")).toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(again != requests.at(0).second);
        REFUSE(r, *admin2, "signature.sign", approve(QStringLiteral("role_permission_change"), again, 1, QStringLiteral("admin2"), kPassword),
               "rule.separation_of_duties");
        QCOMPARE(signingRights(*admin2, me), rightsBefore);
        for (qint64 id : {again, requests.at(1).second})
            QVERIFY(admin2->call(QStringLiteral("approvalRequest.cancel"), o({{QStringLiteral("id"), id}, {QStringLiteral("reason"), QStringLiteral("tst: tidy")}})).ok());
        for (qint64 id : {requests.at(2).second, requests.at(3).second})
            QVERIFY(admin2->call(QStringLiteral("roleChange.cancel"), o({{QStringLiteral("id"), id}, {QStringLiteral("reason"), QStringLiteral("tst: tidy")}})).ok());
    }

    // Deactivating an approver is a request: the account stays active until another person
    // approves; the subject may consent, the requester may not approve alone.
    void deactivatingAnApproverNeedsASecondPerson()
    {
        QString problem;
        auto approver = makeUser(srv(), *admin, *qa, QStringLiteral("qa"), TestServer::demoPassword(), QStringLiteral("qa-leaving"), {QStringLiteral("qa")},
                                 kPassword, &problem);
        QVERIFY2(approver, qPrintable(problem));
        const qint64 id = userIdOf(*admin, QStringLiteral("qa-leaving"));
        CALL_OK(asked, *admin, "user.deactivate", o({{QStringLiteral("userId"), id}, {QStringLiteral("reason"), QStringLiteral("tst: left the company")}}));
        QCOMPARE(asked.result.value(QStringLiteral("active")).toInt(), 1);
        const QJsonObject request = asked.result.value(QStringLiteral("deactivationRequest")).toObject();
        QCOMPARE(request.value(QStringLiteral("recordType")).toString(), QStringLiteral("user_deactivation"));
        QVERIFY(strings(request.value(QStringLiteral("oldValue")).toObject().value(QStringLiteral("signingRights"))).contains(QStringLiteral("signature:change_order:approved")));
        const qint64 rid = request.value(QStringLiteral("id")).toInteger();
        REFUSE(alone, *admin, "signature.sign", approve(QStringLiteral("user_deactivation"), rid, 1, QStringLiteral("admin"), TestServer::demoPassword()),
               "rule.separation_of_duties");
        QVERIFY(approver->call(QStringLiteral("session.ping")).ok()); // still signed in, still active
        CALL_OK(ok, *admin2, "signature.sign", approve(QStringLiteral("user_deactivation"), rid, 1, QStringLiteral("admin2"), kPassword));
        const auto after = admin->call(QStringLiteral("user.get"), o({{QStringLiteral("userId"), id}}));
        QCOMPARE(after.result.value(QStringLiteral("active")).toInt(), 0);
        QTRY_VERIFY_WITH_TIMEOUT(!approver->call(QStringLiteral("session.ping")).ok(), 5000);

        // Someone without any signing right is deactivated at once, as before.
        auto plain = makeUser(srv(), *admin, *qa, QStringLiteral("qa"), TestServer::demoPassword(), QStringLiteral("temp-planner"), {QStringLiteral("planner")},
                              kPassword, &problem);
        QVERIFY2(plain, qPrintable(problem));
        CALL_OK(direct, *admin, "user.deactivate", o({{QStringLiteral("userId"), userIdOf(*admin, QStringLiteral("temp-planner"))},
                                                      {QStringLiteral("reason"), QStringLiteral("tst: contract ended")}}));
        QCOMPARE(direct.result.value(QStringLiteral("active")).toInt(), 0);
        QVERIFY(!direct.result.contains(QStringLiteral("deactivationRequest")));
    }

    // The right and the account are checked in the signing transaction: a right taken away (or
    // an account deactivated) behind the session's back, after sign-in, signs nothing.
    void signerIsCheckedInsideTheSigningTransaction()
    {
        QString problem;
        auto signer = makeUser(srv(), *admin, *qa, QStringLiteral("qa"), TestServer::demoPassword(), QStringLiteral("qa-late"), {QStringLiteral("qa")},
                               kPassword, &problem);
        QVERIFY2(signer, qPrintable(problem));
        const qint64 signerId = userIdOf(*admin, QStringLiteral("qa-late"));
        const qint64 plannerId = userIdOf(*admin, QStringLiteral("planner"));
        CALL_OK(rc, *admin, "roleChange.request", o({{QStringLiteral("userId"), plannerId}, {QStringLiteral("roles"), QJsonArray{QStringLiteral("planner")}},
                                                     {QStringLiteral("reason"), QStringLiteral("tst: confirm")}}));
        const qint64 rcId = rc.result.value(QStringLiteral("id")).toInteger();
        {
            // The session still holds the right in memory; the database no longer does.
            QSqlDatabase db = srv().openDirect(QStringLiteral("duties-revoke"));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("DELETE FROM user_role WHERE user_id = %1").arg(signerId)));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO user_role (user_id, role_id) SELECT %1, id FROM role WHERE name = 'inspector'").arg(signerId)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("duties-revoke"));
        REFUSE(denied, *signer, "signature.sign", approve(QStringLiteral("role_change"), rcId, 1, QStringLiteral("qa-late"), kPassword), "auth.denied");
        QCOMPARE(denied.r.error.args.value(QStringLiteral("permission")).toString(), QStringLiteral("signature:role_change:approved"));
        {
            QSqlDatabase db = srv().openDirect(QStringLiteral("duties-deactivate"));
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO user_role (user_id, role_id) SELECT %1, id FROM role WHERE name = 'qa'").arg(signerId)));
            QVERIFY(q.exec(QStringLiteral("UPDATE app_user SET active = 0 WHERE id = %1").arg(signerId)));
            db.close();
        }
        QSqlDatabase::removeDatabase(QStringLiteral("duties-deactivate"));
        REFUSE(inactive, *signer, "signature.sign", approve(QStringLiteral("role_change"), rcId, 1, QStringLiteral("qa-late"), kPassword), "auth.inactive");
        // Nothing was signed.
        CALL_OK(still, *admin, "roleChange.get", o({{QStringLiteral("id"), rcId}}));
        QCOMPARE(still.result.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        QCOMPARE(still.result.value(QStringLiteral("signatures")).toArray().size(), 0);
        QVERIFY(admin->call(QStringLiteral("roleChange.cancel"), o({{QStringLiteral("id"), rcId}, {QStringLiteral("reason"), QStringLiteral("tst: tidy")}})).ok());
    }

    // A new installation: the first administrator approves the first approver alone (waived, in
    // the audit row); that closes the waiver for good (audited). Deactivating that approver later
    // does not bring it back — before issue 10 it did, as a live count.
    void commissioningWaiverClosesForGood()
    {
        TestServer b;
        QVERIFY(b.start(TestServer::nonDemo()));
        auto bAdmin = b.client();
        QVERIFY(bAdmin && bAdmin->login(QStringLiteral("admin"), TestServer::adminPassword()).ok());
        QVERIFY(bAdmin->call(QStringLiteral("auth.changePassword"),
                             o({{QStringLiteral("oldPassword"), TestServer::adminPassword()}, {QStringLiteral("newPassword"), kPassword}})).ok());
        QCOMPARE(auditRows(*bAdmin, QStringLiteral("installation.commissioning_closed")), 0);
        QString problem;
        auto first = makeUser(b, *bAdmin, *bAdmin, QStringLiteral("admin"), kPassword, QStringLiteral("qa1"), {QStringLiteral("qa")}, kPassword, &problem);
        QVERIFY2(first, qPrintable(problem));
        QCOMPARE(auditRows(*bAdmin, QStringLiteral("installation.commissioning_closed")), 1);
        const auto waived = bAdmin->call(QStringLiteral("audit.query"), o({{QStringLiteral("action"), QStringLiteral("signature.signed")}, {QStringLiteral("limit"), 10}}));
        QVERIFY(QJsonDocument(waived.result).toJson().contains("secondPersonWaived"));

        // The first approver consents to their own deactivation (two people: requester and subject).
        const qint64 qa1 = userIdOf(*bAdmin, QStringLiteral("qa1"));
        CALL_OK(asked, *bAdmin, "user.deactivate", o({{QStringLiteral("userId"), qa1}, {QStringLiteral("reason"), QStringLiteral("tst: leaves")}}));
        const qint64 rid = asked.result.value(QStringLiteral("deactivationRequest")).toObject().value(QStringLiteral("id")).toInteger();
        QVERIFY(rid > 0);
        CALL_OK(consent, *first, "signature.sign", approve(QStringLiteral("user_deactivation"), rid, 1, QStringLiteral("qa1"), kPassword));
        QCOMPARE(bAdmin->call(QStringLiteral("user.get"), o({{QStringLiteral("userId"), qa1}})).result.value(QStringLiteral("active")).toInt(), 0);

        // The administrator is the only active approver again; the waiver stays closed.
        const auto created = bAdmin->call(QStringLiteral("user.create"), o({{QStringLiteral("username"), QStringLiteral("qa2")}, {QStringLiteral("fullName"), QStringLiteral("QA Two")},
                                                                          {QStringLiteral("roles"), QJsonArray{QStringLiteral("qa")}},
                                                                          {QStringLiteral("reason"), QStringLiteral("tst: replacement")}}));
        QVERIFY(created.ok());
        REFUSE(reopened, *bAdmin, "signature.sign",
               approve(QStringLiteral("role_change"), created.result.value(QStringLiteral("roleChangeId")).toInteger(), 1, QStringLiteral("admin"), kPassword),
               "rule.separation_of_duties");
        // A restart (the bootstrap looks again) changes nothing.
        QVERIFY(b.restart());
        auto again = b.login(QStringLiteral("admin"), kPassword);
        QVERIFY(again);
        REFUSE(afterRestart, *again, "signature.sign",
               approve(QStringLiteral("role_change"), created.result.value(QStringLiteral("roleChangeId")).toInteger(), 1, QStringLiteral("admin"), kPassword),
               "rule.separation_of_duties");
        QCOMPARE(auditRows(*again, QStringLiteral("installation.commissioning_closed")), 1);
        QVERIFY(again->call(QStringLiteral("audit.verify")).result.value(QStringLiteral("ok")).toBool());
    }
};

QTEST_GUILESS_MAIN(TstDuties)
#include "tst_duties.moc"
