// Issue 9, defects 2 and 3: one separation-of-duties rule for every signable record type
// (server/signature/separationofduties.cpp). Whoever changed what is signed is one of its authors,
// found in the audit trail: a second administrator who widened a role change, a QA engineer who
// switched a change order from "major" to "minor" (dropping the review). Workflow steps (submit)
// do not make an author. Changing a class's approval chain while an order of it is in review
// resets the signatures collected so far. Compliance rows: P11-10g, Q-4.1.4, Q-7.3.9, A11-12.
#include "masterdatasupport.h"

using namespace concord;
using namespace concord::test;
using namespace concord::test::md;

namespace {
const QString kPassword = QStringLiteral("Separation-2026");
const QString kMaterial = QStringLiteral("material");
} // namespace

class TstSeparation : public QObject, protected MasterDataFixture
{
    Q_OBJECT

    std::unique_ptr<SyncRpcClient> admin2; // a second administrator

    qint64 userId(const QString &username)
    {
        for (const QJsonValue &v : admin->call(QStringLiteral("user.list")).result.value(QStringLiteral("users")).toArray())
            if (v.toObject().value(QStringLiteral("username")).toString() == username)
                return v.toObject().value(QStringLiteral("id")).toInteger();
        return 0;
    }

    static QJsonObject signRoleChange(qint64 id, int version, const QString &user, const QString &password)
    {
        return o({{QStringLiteral("recordType"), QStringLiteral("role_change")}, {QStringLiteral("recordId"), QString::number(id)},
                  {QStringLiteral("recordVersion"), version}, {QStringLiteral("meaning"), QStringLiteral("approved")},
                  {QStringLiteral("user"), user}, {QStringLiteral("password"), password}});
    }

    // An engineer's new raw material as a draft, on a change order of `changeClass` that the
    // engineer writes (items added), not yet submitted.
    QJsonObject engineersOrder(const QString &code, const QString &changeClass)
    {
        const auto m = engineer->call(QStringLiteral("material.create"), o({{QStringLiteral("data"), material(code, QStringLiteral("raw"), QStringLiteral("kg"))}}));
        if (!m.ok())
            return {};
        const auto created = engineer->call(QStringLiteral("eco.create"), o({{QStringLiteral("changeClass"), changeClass},
                                                                            {QStringLiteral("title"), QStringLiteral("New raw material ") + code},
                                                                            {QStringLiteral("reason"), QStringLiteral("tst: second source")}}));
        if (!created.ok())
            return {};
        return engineer->call(QStringLiteral("eco.addItem"), o({{QStringLiteral("id"), created.result.value(QStringLiteral("id"))},
                                                               {QStringLiteral("rowVersion"), created.result.value(QStringLiteral("rowVersion"))},
                                                               {QStringLiteral("entity"), kMaterial},
                                                               {QStringLiteral("code"), code}}))
            .result;
    }

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

    // Defect 2: admin2 widens admin's request for the planner to "administrator" and may then not
    // approve it alone; before the fix the signature applied it.
    void whoeverEditsARoleChangeMayNotApproveIt()
    {
        const qint64 planner = userId(QStringLiteral("planner"));
        CALL_OK(requested, *admin, "roleChange.request", o({{QStringLiteral("userId"), planner}, {QStringLiteral("roles"), QJsonArray{QStringLiteral("planner")}},
                                                           {QStringLiteral("reason"), QStringLiteral("tst: confirm planner role")}}));
        const qint64 id = requested.result.value(QStringLiteral("id")).toInteger();
        CALL_OK(widened, *admin2, "roleChange.update", o({{QStringLiteral("id"), id}, {QStringLiteral("rowVersion"), 1},
                                                          {QStringLiteral("roles"), QJsonArray{QStringLiteral("planner"), QStringLiteral("administrator")}},
                                                          {QStringLiteral("reason"), QStringLiteral("tst: planner also administers")}}));
        const int version = widened.result.value(QStringLiteral("rowVersion")).toInt();
        REFUSE(own, *admin2, "signature.sign", signRoleChange(id, version, QStringLiteral("admin2"), kPassword), "rule.separation_of_duties");
        QCOMPARE(own.r.error.args.value(QStringLiteral("firstRole")).toString(), QStringLiteral("author"));
        // The requester is an author as before.
        REFUSE(requester, *admin, "signature.sign", signRoleChange(id, version, QStringLiteral("admin"), TestServer::demoPassword()),
               "rule.separation_of_duties");
        CALL_OK(still, *qa, "roleChange.get", o({{QStringLiteral("id"), id}}));
        QCOMPARE(still.result.value(QStringLiteral("status")).toString(), QStringLiteral("pending"));
        // A third person, who changed nothing, decides.
        CALL_OK(approved, *qa, "signature.sign", signRoleChange(id, version, QStringLiteral("qa"), TestServer::demoPassword()));
        CALL_OK(applied, *qa, "roleChange.get", o({{QStringLiteral("id"), id}}));
        QCOMPARE(applied.result.value(QStringLiteral("status")).toString(), QStringLiteral("applied"));
    }

    // Defect 3: qa switches the engineer's change order from major (review + approval) to minor
    // (approval only) and may then not approve it; before the fix qa approved it alone.
    void whoeverEditsAChangeOrderHeaderMayNotApproveIt()
    {
        const QJsonObject draft = engineersOrder(QStringLiteral("TS-SOD-HEADER"), QStringLiteral("major"));
        QVERIFY(idOf(draft) > 0);
        CALL_OK(switched, *qa, "eco.update", o({{QStringLiteral("id"), idOf(draft)}, {QStringLiteral("rowVersion"), rvOf(draft)},
                                                {QStringLiteral("changeClass"), QStringLiteral("minor")}}));
        CALL_OK(submitted, *engineer, "eco.submit", o({{QStringLiteral("id"), idOf(draft)}, {QStringLiteral("rowVersion"), rvOf(switched.result)}}));
        REFUSE(r, *qa, "signature.sign", signParams(idOf(draft), rvOf(submitted.result), QStringLiteral("approved"), QStringLiteral("qa")),
               "rule.separation_of_duties");
        // After submission the class cannot change at all.
        REFUSE(late, *qa, "eco.update", o({{QStringLiteral("id"), idOf(draft)}, {QStringLiteral("rowVersion"), rvOf(submitted.result)},
                                           {QStringLiteral("changeClass"), QStringLiteral("major")}}),
               "rule.record_not_pending");
        // The manager, who touched neither the order nor its versions, can approve.
        QVERIFY(sign(*manager, idOf(draft), rvOf(submitted.result), QStringLiteral("approved"), QStringLiteral("manager")).ok());
        QCOMPARE(eco(idOf(draft)).value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    }

    // Submitting someone else's order is a workflow step, not authorship.
    void submittingIsNotAuthoring()
    {
        const QJsonObject draft = engineersOrder(QStringLiteral("TS-SOD-SUBMIT"), QStringLiteral("minor"));
        QVERIFY(idOf(draft) > 0);
        CALL_OK(submitted, *qa, "eco.submit", o({{QStringLiteral("id"), idOf(draft)}, {QStringLiteral("rowVersion"), rvOf(draft)}}));
        CALL_OK(approved, *qa, "signature.sign", signParams(idOf(draft), rvOf(submitted.result), QStringLiteral("approved"), QStringLiteral("qa")));
        QCOMPARE(eco(idOf(draft)).value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
    }

    // Changing a class's approval chain while one of its orders is in review: the order gets a
    // new version, the review collected so far is no longer valid, and the chain starts over.
    void changingTheApprovalChainResetsTheSignaturesSoFar()
    {
        const QJsonObject draft = engineersOrder(QStringLiteral("TS-SOD-CHAIN"), QStringLiteral("major"));
        QVERIFY(idOf(draft) > 0);
        CALL_OK(submitted, *engineer, "eco.submit", o({{QStringLiteral("id"), idOf(draft)}, {QStringLiteral("rowVersion"), rvOf(draft)}}));
        const int v = rvOf(submitted.result);
        CALL_OK(reviewed, *qa2, "signature.sign", signParams(idOf(draft), v, QStringLiteral("reviewed"), QStringLiteral("qa2")));

        CALL_OK(classes, *admin, "changeClass.list", QJsonObject());
        int classVersion = 0;
        for (const QJsonValue &c : classes.result.value(QStringLiteral("classes")).toArray())
            if (c.toObject().value(QStringLiteral("name")) == QLatin1String("major"))
                classVersion = c.toObject().value(QStringLiteral("rowVersion")).toInt();
        const QJsonArray longer{QStringLiteral("reviewed"), QStringLiteral("approved"), QStringLiteral("released")};
        CALL_OK(changed, *admin, "changeClass.update", o({{QStringLiteral("name"), QStringLiteral("major")}, {QStringLiteral("steps"), longer},
                                                          {QStringLiteral("rowVersion"), classVersion},
                                                          {QStringLiteral("reason"), QStringLiteral("tst: release step for major changes")}}));

        const QJsonObject now = eco(idOf(draft));
        QCOMPARE(rvOf(now), v + 1);
        QCOMPARE(now.value(QStringLiteral("status")).toString(), QStringLiteral("in_review"));
        const QJsonArray sigs = now.value(QStringLiteral("signatures")).toArray();
        QCOMPARE(sigs.size(), 1);
        QCOMPARE(sigs.at(0).toObject().value(QStringLiteral("valid")).toBool(), false);
        // The old version is gone, and at the new one the review is missing.
        REFUSE(stale, *manager, "signature.sign", signParams(idOf(draft), v, QStringLiteral("approved"), QStringLiteral("manager")), "rule.stale_version");
        REFUSE(again, *manager, "signature.sign", signParams(idOf(draft), v + 1, QStringLiteral("approved"), QStringLiteral("manager")),
               "rule.signature_sequence");
        // The reset is in the order's audit trail with the class editor's reason.
        CALL_OK(audit, *qa, "audit.query", o({{QStringLiteral("recordType"), QStringLiteral("change_order")},
                                              {QStringLiteral("recordId"), now.value(QStringLiteral("number"))}}));
        bool found = false;
        for (const QJsonValue &r : audit.result.value(QStringLiteral("rows")).toArray())
            found = found || (r.toObject().value(QStringLiteral("username")) == QLatin1String("admin") &&
                              r.toObject().value(QStringLiteral("reason")) == QLatin1String("tst: release step for major changes"));
        QVERIFY(found);
        // Reviewed again and approved at the new version; the release step still to come.
        QVERIFY(sign(*qa2, idOf(draft), v + 1, QStringLiteral("reviewed"), QStringLiteral("qa2")).ok());
        QVERIFY(sign(*manager, idOf(draft), v + 1, QStringLiteral("approved"), QStringLiteral("manager")).ok());
        QCOMPARE(eco(idOf(draft)).value(QStringLiteral("status")).toString(), QStringLiteral("in_review"));
        CALL_OK(restored, *admin, "changeClass.update", o({{QStringLiteral("name"), QStringLiteral("major")},
                                                           {QStringLiteral("steps"), QJsonArray{QStringLiteral("reviewed"), QStringLiteral("approved")}},
                                                           {QStringLiteral("rowVersion"), changed.result.value(QStringLiteral("rowVersion"))},
                                                           {QStringLiteral("reason"), QStringLiteral("tst: back to two steps")}}));
    }
};

QTEST_GUILESS_MAIN(TstSeparation)
#include "tst_separation.moc"
