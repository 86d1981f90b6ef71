// Issue 4: change control (ECO, 变更单). The refusals of done-when 1 that concern approval
// (separation of duties, stale versions, effective dates, the signature sequence), the approval
// flow with its audit rows, withdraw/reject, the impact assessment, and done-when 2: an order
// pinned to a routing version keeps it after a newer version is approved. Data rules and coding
// rules: tst_masterdata.cpp.
#include "masterdatasupport.h"

#include <QThread>

using namespace concord;
using namespace concord::test;
using namespace concord::test::md;

namespace {
const QString kWc = QStringLiteral("TS-WC-ECO");
const QString kMaterial = QStringLiteral("material");

QJsonObject byVersion(const QJsonArray &versions, int version)
{
    for (const QJsonValue &v : versions)
        if (v.toObject().value(QStringLiteral("version")).toInt() == version)
            return v.toObject();
    return {};
}

QDateTime at(const QString &iso) { return QDateTime::fromString(iso, Qt::ISODateWithMs); }
} // namespace

class TstChangeControl : public QObject, protected MasterDataFixture
{
    Q_OBJECT

    // A raw material counted in kg, version 1 as a draft by the engineer.
    void newMaterial(const QString &code)
    {
        CALL_OK(r, *engineer, "material.create", o({{QStringLiteral("data"), material(code, QStringLiteral("raw"), QStringLiteral("kg"))}}));
    }

    // The next draft of an approved material, with another name.
    void newDraft(const QString &code, const QString &name)
    {
        CALL_OK(r, *engineer, "material.saveDraft",
                o({{QStringLiteral("code"), code}, {QStringLiteral("data"), material(code, QStringLiteral("raw"), QStringLiteral("kg"), name)}}));
    }

    QString statusOf(const QString &entity, const QString &code, int version)
    {
        return engineer->call(entity + QStringLiteral(".get"), o({{QStringLiteral("code"), code}, {QStringLiteral("version"), version}}))
            .result.value(QStringLiteral("status")).toString();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::skipReason().isEmpty())
            QSKIP(qPrintable(TestServer::skipReason()));
        QVERIFY(startFixture());
        const QString wc = makeWorkCentre(kWc);
        QVERIFY2(wc.isEmpty(), qPrintable(wc));
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_server)
            qWarning().noquote() << "server log (tail):\n" << m_server->log().right(3000);
    }

    void cleanupTestCase()
    {
        if (m_server)
            QVERIFY(qa->call(QStringLiteral("audit.verify")).result.value(QStringLiteral("ok")).toBool());
    }

    void authorMayNotApproveOwnChange()
    {
        const QString code = QStringLiteral("TS-RM-SOD");
        newMaterial(code);
        QString problem;
        const QJsonObject order = submitOrder({{kMaterial, code}}, QStringLiteral("minor"), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // qa wrote and submitted the order: qa cannot approve it.
        REFUSE(own, *qa, "signature.sign",
               signParams(idOf(order), rvOf(order), QStringLiteral("approved"), QStringLiteral("qa")),
               "rule.separation_of_duties");
        QCOMPARE(own.r.error.args.value(QStringLiteral("secondRole")).toString(), QStringLiteral("approved"));
        QCOMPARE(statusOf(kMaterial, code, 1), QStringLiteral("in_review"));
        // Someone else can.
        QVERIFY(sign(*qa2, idOf(order), rvOf(order), QStringLiteral("approved"), QStringLiteral("qa2")).ok());
        QCOMPARE(statusOf(kMaterial, code, 1), QStringLiteral("approved"));
    }

    void editorOfAVersionMayNotReviewIt()
    {
        // The engineer did not write the order but made the version on it: no review by them.
        const QString code = QStringLiteral("TS-RM-EDITOR");
        newMaterial(code);
        QString problem;
        const QJsonObject order = submitOrder({{kMaterial, code}}, QStringLiteral("major"), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        REFUSE(r, *engineer, "signature.sign",
               signParams(idOf(order), rvOf(order), QStringLiteral("reviewed"), QStringLiteral("engineer")),
               "rule.separation_of_duties");
        QCOMPARE(eco(idOf(order)).value(QStringLiteral("status")).toString(), QStringLiteral("in_review"));
    }

    void staleOrderVersionIsRefused()
    {
        const QString code = QStringLiteral("TS-RM-STALE");
        newMaterial(code);
        QString problem;
        const QJsonObject submitted = submitOrder({{kMaterial, code}}, QStringLiteral("minor"), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const int seen = rvOf(submitted);
        // The order changes after the approver looked at it: withdrawn, retitled, submitted again.
        CALL_OK(w, *qa, "eco.withdraw", o({{QStringLiteral("id"), idOf(submitted)}, {QStringLiteral("rowVersion"), seen}, {QStringLiteral("reason"), QStringLiteral("retitle")}}));
        CALL_OK(u, *qa, "eco.update", o({{QStringLiteral("id"), idOf(submitted)}, {QStringLiteral("rowVersion"), rvOf(w.result)}, {QStringLiteral("title"), QStringLiteral("Retitled")}}));
        CALL_OK(s, *qa, "eco.submit", o({{QStringLiteral("id"), idOf(submitted)}, {QStringLiteral("rowVersion"), rvOf(u.result)}}));
        QVERIFY(rvOf(s.result) > seen);
        REFUSE(r, *manager, "signature.sign",
               signParams(idOf(submitted), seen, QStringLiteral("approved"), QStringLiteral("manager")),
               "rule.stale_version");
        QCOMPARE(r.r.error.args.value(QStringLiteral("givenVersion")).toInt(), seen);
        QCOMPARE(r.r.error.args.value(QStringLiteral("currentVersion")).toInt(), rvOf(s.result));
        QVERIFY(sign(*manager, idOf(submitted), rvOf(s.result), QStringLiteral("approved"), QStringLiteral("manager")).ok());
        QCOMPARE(statusOf(kMaterial, code, 1), QStringLiteral("approved"));
    }

    void effectiveDateBeforeApprovalIsRefused()
    {
        const QString code = QStringLiteral("TS-RM-EFF");
        newMaterial(code);
        CALL_OK(created, *qa, "eco.create", o({{QStringLiteral("changeClass"), QStringLiteral("minor")}, {QStringLiteral("title"), QStringLiteral("Dated")},
                                                {QStringLiteral("reason"), QStringLiteral("tst")}}));
        QJsonObject item = o({{QStringLiteral("id"), idOf(created.result)}, {QStringLiteral("rowVersion"), rvOf(created.result)},
                              {QStringLiteral("entity"), kMaterial}, {QStringLiteral("code"), code},
                              {QStringLiteral("effectiveFrom"), nowIso(-3600 * 1000)}});
        REFUSE(past, *qa, "eco.addItem", item, "rule.effective_before_approval");
        QCOMPARE(past.r.error.args.value(QStringLiteral("recordId")).toString(), code);

        // In the future when it is put on the order, in the past when the last signature comes.
        const QString soon = nowIso(4000);
        item.insert(QStringLiteral("effectiveFrom"), soon);
        CALL_OK(added, *qa, "eco.addItem", item);
        CALL_OK(submitted, *qa, "eco.submit", o({{QStringLiteral("id"), idOf(created.result)}, {QStringLiteral("rowVersion"), rvOf(added.result)}}));
        const qint64 wait = QDateTime::currentDateTimeUtc().msecsTo(at(soon)) + 500;
        QVERIFY2(wait > 500, "the order took too long to write; the date passed before the submission");
        QThread::msleep(quint64(wait));
        REFUSE(late, *manager, "signature.sign",
               signParams(idOf(created.result), rvOf(submitted.result), QStringLiteral("approved"), QStringLiteral("manager")),
               "rule.effective_before_approval");
        QCOMPARE(late.r.error.args.value(QStringLiteral("effectiveFrom")).toString(), soon);
        // Nothing was approved and no signature stands.
        const QJsonObject order = eco(idOf(created.result));
        QCOMPARE(order.value(QStringLiteral("status")).toString(), QStringLiteral("in_review"));
        QCOMPARE(order.value(QStringLiteral("signatures")).toArray().size(), 0);
        QCOMPARE(statusOf(kMaterial, code, 1), QStringLiteral("in_review"));
    }

    void futureEffectiveDateTakesEffectThen()
    {
        const QString code = QStringLiteral("TS-RM-FUTURE");
        newMaterial(code);
        QString problem;
        approveDrafts({{kMaterial, code}}, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        newDraft(code, QStringLiteral("Resin from next month"));
        const QString from = nowIso(30LL * 24 * 3600 * 1000);
        const QJsonObject order = submitOrder({{kMaterial, code}}, QStringLiteral("minor"), &problem, from);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(sign(*manager, idOf(order), rvOf(order), QStringLiteral("approved"), QStringLiteral("manager")).ok());
        // Approved now, in force from its date; version 1 stays in force until then.
        CALL_OK(history, *engineer, "material.history", o({{QStringLiteral("code"), code}}));
        const QJsonObject v1 = byVersion(history.result.value(QStringLiteral("versions")).toArray(), 1);
        const QJsonObject v2 = byVersion(history.result.value(QStringLiteral("versions")).toArray(), 2);
        QCOMPARE(v2.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(v2.value(QStringLiteral("effectiveFrom")).toString(), from);
        QCOMPARE(v1.value(QStringLiteral("effectiveTo")).toString(), from);
        auto versionAt = [&](const QString &asOf) {
            QJsonObject p = o({{QStringLiteral("code"), code}});
            if (!asOf.isEmpty())
                p.insert(QStringLiteral("asOf"), asOf);
            return engineer->call(QStringLiteral("material.get"), p).result.value(QStringLiteral("version")).toInt();
        };
        QCOMPARE(versionAt(QString()), 1);
        QCOMPARE(versionAt(at(from).addMSecs(-1).toString(Qt::ISODateWithMs)), 1);
        QCOMPARE(versionAt(from), 2);
    }

    void majorChangeIsReviewedThenApproved()
    {
        const QString code = QStringLiteral("TS-RM-FLOW");
        newMaterial(code);
        QString problem;
        approveDrafts({{kMaterial, code}}, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        newDraft(code, QStringLiteral("Resin, medical grade, new supplier"));
        const QJsonObject order = submitOrder({{kMaterial, code}}, QStringLiteral("major"), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(order.value(QStringLiteral("steps")).toArray(), (QJsonArray{QStringLiteral("reviewed"), QStringLiteral("approved")}));

        // Approval before review is out of sequence.
        REFUSE(early, *manager, "signature.sign",
               signParams(idOf(order), rvOf(order), QStringLiteral("approved"), QStringLiteral("manager")),
               "rule.signature_sequence");
        QCOMPARE(early.r.error.args.value(QStringLiteral("requires")).toString(), QStringLiteral("reviewed"));

        const auto reviewed = sign(*qa2, idOf(order), rvOf(order), QStringLiteral("reviewed"), QStringLiteral("qa2"));
        QVERIFY2(reviewed.ok(), qPrintable(reviewed.error.message));
        QCOMPARE(statusOf(kMaterial, code, 2), QStringLiteral("in_review")); // a review approves nothing
        // Each step is a different person: the reviewer (who may also approve) cannot approve it too.
        REFUSE(twice, *qa2, "signature.sign", signParams(idOf(order), rvOf(order), QStringLiteral("approved"), QStringLiteral("qa2")),
               "rule.separation_of_duties");
        QCOMPARE(twice.r.error.args.value(QStringLiteral("firstRole")).toString(), QStringLiteral("reviewed"));
        const auto approved = sign(*manager, idOf(order), rvOf(order), QStringLiteral("approved"), QStringLiteral("manager"));
        QVERIFY2(approved.ok(), qPrintable(approved.error.message));

        // Version 2 in force from its approval; version 1 superseded exactly then.
        CALL_OK(history, *engineer, "material.history", o({{QStringLiteral("code"), code}}));
        const QJsonObject v1 = byVersion(history.result.value(QStringLiteral("versions")).toArray(), 1);
        const QJsonObject v2 = byVersion(history.result.value(QStringLiteral("versions")).toArray(), 2);
        QCOMPARE(v2.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        const QString from = v2.value(QStringLiteral("effectiveFrom")).toString();
        QVERIFY2(at(from).isValid() && qAbs(at(from).msecsTo(QDateTime::currentDateTimeUtc())) < 60000, qPrintable(from));
        QVERIFY(v2.value(QStringLiteral("effectiveTo")).isNull());
        QCOMPARE(v1.value(QStringLiteral("status")).toString(), QStringLiteral("superseded"));
        QCOMPARE(v1.value(QStringLiteral("effectiveTo")).toString(), from);
        QVERIFY(v1.value(QStringLiteral("effectiveFrom")).toString() < from);
        QCOMPARE(eco(idOf(order)).value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        CALL_OK(now, *engineer, "material.get", o({{QStringLiteral("code"), code}}));
        QCOMPARE(now.result.value(QStringLiteral("version")).toInt(), 2);

        // The audit trail records the approval, the superseding and both signatures.
        const QString number = order.value(QStringLiteral("number")).toString();
        CALL_OK(rows, *qa, "audit.query", o({{QStringLiteral("recordType"), kMaterial}, {QStringLiteral("recordId"), code}, {QStringLiteral("limit"), 1000}}));
        bool approvedRow = false, supersededRow = false;
        for (const QJsonValue &v : rows.result.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject row = v.toObject();
            const QJsonObject ch = row.value(QStringLiteral("changes")).toObject();
            if (ch.value(QStringLiteral("status")) == QJsonArray{QStringLiteral("in_review"), QStringLiteral("approved")} &&
                ch.value(QStringLiteral("version")).toArray().at(1).toInt() == 2) {
                approvedRow = true;
                QCOMPARE(ch.value(QStringLiteral("effectiveFrom")).toArray().at(1).toString(), from);
                QCOMPARE(row.value(QStringLiteral("username")).toString(), QStringLiteral("manager"));
                QVERIFY2(row.value(QStringLiteral("reason")).toString().contains(number), qPrintable(row.value(QStringLiteral("reason")).toString()));
            }
            if (ch.value(QStringLiteral("status")) == QJsonArray{QStringLiteral("approved"), QStringLiteral("superseded")}) {
                supersededRow = true;
                QCOMPARE(ch.value(QStringLiteral("effectiveTo")).toArray().at(1).toString(), from);
            }
        }
        QVERIFY(approvedRow);
        QVERIFY(supersededRow);
        CALL_OK(orderRows, *qa, "audit.query", o({{QStringLiteral("recordType"), QStringLiteral("change_order")}, {QStringLiteral("limit"), 1000}}));
        int signatures = 0;
        bool closed = false;
        for (const QJsonValue &v : orderRows.result.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject row = v.toObject();
            if (row.value(QStringLiteral("action")) == QLatin1String("signature.signed") && row.value(QStringLiteral("recordId")) == QString::number(idOf(order)))
                ++signatures;
            if (row.value(QStringLiteral("recordId")) == number &&
                row.value(QStringLiteral("changes")).toObject().value(QStringLiteral("status")) == QJsonArray{QStringLiteral("in_review"), QStringLiteral("approved")})
                closed = true;
        }
        QCOMPARE(signatures, 2);
        QVERIFY(closed);
    }

    void withdrawInvalidatesSignatures()
    {
        const QString code = QStringLiteral("TS-RM-WITHDRAW");
        newMaterial(code);
        QString problem;
        const QJsonObject order = submitOrder({{kMaterial, code}}, QStringLiteral("major"), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(sign(*qa2, idOf(order), rvOf(order), QStringLiteral("reviewed"), QStringLiteral("qa2")).ok());
        const auto listed = [&] {
            return qa->call(QStringLiteral("signature.list"), o({{QStringLiteral("recordType"), QStringLiteral("change_order")},
                                                                {QStringLiteral("recordId"), QString::number(idOf(order))}}))
                .result.value(QStringLiteral("signatures")).toArray();
        };
        QCOMPARE(listed().size(), 1);
        QCOMPARE(listed().at(0).toObject().value(QStringLiteral("valid")).toBool(), true);

        CALL_OK(w, *qa, "eco.withdraw", o({{QStringLiteral("id"), idOf(order)}, {QStringLiteral("rowVersion"), rvOf(order)}, {QStringLiteral("reason"), QStringLiteral("rework")}}));
        QCOMPARE(w.result.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(statusOf(kMaterial, code, 1), QStringLiteral("draft"));
        QCOMPARE(listed().size(), 1);
        QCOMPARE(listed().at(0).toObject().value(QStringLiteral("valid")).toBool(), false);
        QCOMPARE(eco(idOf(order)).value(QStringLiteral("signatures")).toArray().at(0).toObject().value(QStringLiteral("valid")).toBool(), false);

        // Submitted again, the old review counts for nothing: approval still needs a new review.
        CALL_OK(again, *qa, "eco.submit", o({{QStringLiteral("id"), idOf(order)}, {QStringLiteral("rowVersion"), rvOf(w.result)}}));
        REFUSE(r, *manager, "signature.sign",
               signParams(idOf(order), rvOf(again.result), QStringLiteral("approved"), QStringLiteral("manager")),
               "rule.signature_sequence");
    }

    void rejectReturnsVersionsToDraft()
    {
        const QString code = QStringLiteral("TS-RM-REJECT");
        newMaterial(code);
        QString problem;
        const QJsonObject order = submitOrder({{kMaterial, code}}, QStringLiteral("minor"), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        // While it is on this order, no other order can take the version.
        CALL_OK(other, *qa, "eco.create", o({{QStringLiteral("changeClass"), QStringLiteral("minor")}, {QStringLiteral("title"), QStringLiteral("Second try")},
                                              {QStringLiteral("reason"), QStringLiteral("tst")}}));
        const QJsonObject add = o({{QStringLiteral("id"), idOf(other.result)}, {QStringLiteral("rowVersion"), rvOf(other.result)},
                                   {QStringLiteral("entity"), kMaterial}, {QStringLiteral("code"), code}});
        REFUSE(busy, *qa, "eco.addItem", add, "rule.no_draft");

        CALL_OK(rejected, *manager, "eco.reject", o({{QStringLiteral("id"), idOf(order)}, {QStringLiteral("rowVersion"), rvOf(order)},
                                                     {QStringLiteral("reason"), QStringLiteral("wrong unit")}}));
        QCOMPARE(rejected.result.value(QStringLiteral("status")).toString(), QStringLiteral("rejected"));
        CALL_OK(v, *engineer, "material.get", o({{QStringLiteral("code"), code}, {QStringLiteral("version"), 1}}));
        QCOMPARE(v.result.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QVERIFY(v.result.value(QStringLiteral("changeOrderId")).isNull());
        // A rejected order cannot be signed any more.
        REFUSE(closed, *qa2, "signature.sign",
               signParams(idOf(order), rvOf(order), QStringLiteral("approved"), QStringLiteral("qa2")),
               "rule.record_not_pending");
        // The draft goes on the other order and is approved there.
        CALL_OK(added, *qa, "eco.addItem", add);
        CALL_OK(sub, *qa, "eco.submit", o({{QStringLiteral("id"), idOf(other.result)}, {QStringLiteral("rowVersion"), rvOf(added.result)}}));
        QVERIFY(sign(*manager, idOf(other.result), rvOf(sub.result), QStringLiteral("approved"), QStringLiteral("manager")).ok());
        QCOMPARE(statusOf(kMaterial, code, 1), QStringLiteral("approved"));
    }

    void impactNamesDependentBomsAndOpenOrders()
    {
        const QString part = QStringLiteral("TS-RM-IMPACT"), device = QStringLiteral("TS-FG-IMPACT");
        newMaterial(part);
        CALL_OK(fg, *engineer, "material.create", o({{QStringLiteral("data"), material(device, QStringLiteral("finished"), QStringLiteral("pcs"))}}));
        CALL_OK(b, *engineer, "bom.create", o({{QStringLiteral("data"), bom(device, {line(1, part, QStringLiteral("0.25"), QStringLiteral("kg"))})}}));
        QString problem;
        approveDrafts({{kMaterial, part}, {kMaterial, device}, {QStringLiteral("bom"), device}}, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        CALL_OK(pin, *planner, "pin.create", o({{QStringLiteral("holderType"), QStringLiteral("work_order")}, {QStringLiteral("holderId"), QStringLiteral("WO-TS-IMPACT")},
                                               {QStringLiteral("items"), QJsonArray{o({{QStringLiteral("entity"), kMaterial}, {QStringLiteral("code"), part}})}}}));

        newDraft(part, QStringLiteral("Resin, tighter spec"));
        const QJsonObject order = submitOrder({{kMaterial, part}}, QStringLiteral("minor"), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QJsonArray items = eco(idOf(order)).value(QStringLiteral("impact")).toObject().value(QStringLiteral("items")).toArray();
        QCOMPARE(items.size(), 1);
        const QJsonObject impact = items.at(0).toObject();
        QCOMPARE(impact.value(QStringLiteral("code")).toString(), part);
        QCOMPARE(impact.value(QStringLiteral("previousVersion")).toInt(), 1);
        QStringList boms, holders;
        for (const QJsonValue &v : impact.value(QStringLiteral("dependentBoms")).toArray())
            boms << v.toObject().value(QStringLiteral("code")).toString();
        for (const QJsonValue &v : impact.value(QStringLiteral("openOrders")).toArray())
            holders << v.toObject().value(QStringLiteral("holderId")).toString();
        QCOMPARE(boms, QStringList{device});
        QCOMPARE(holders, QStringList{QStringLiteral("WO-TS-IMPACT")});
    }

    void pinnedOrderKeepsItsRoutingVersion_doneWhen2()
    {
        const QString device = QStringLiteral("TS-FG-POUCHSET"), code = QStringLiteral("RT-TS-POUCHSET");
        CALL_OK(m, *engineer, "material.create", o({{QStringLiteral("data"), material(device, QStringLiteral("finished"), QStringLiteral("pcs"))}}));
        CALL_OK(r1, *engineer, "routing.create",
                o({{QStringLiteral("data"), routing(code, device, kWc, QStringLiteral("150"), QStringLiteral("160"), QStringLiteral("170"))}}));
        QString problem;
        approveDrafts({{kMaterial, device}, {QStringLiteral("routing"), code}}, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        CALL_OK(v1, *engineer, "routing.get", o({{QStringLiteral("code"), code}}));
        QCOMPARE(v1.result.value(QStringLiteral("version")).toInt(), 1);
        const QString t1 = v1.result.value(QStringLiteral("effectiveFrom")).toString();

        // An order released while version 1 is in force pins it.
        CALL_OK(pin, *planner, "pin.create", o({{QStringLiteral("holderType"), QStringLiteral("work_order")}, {QStringLiteral("holderId"), QStringLiteral("WO-TEST-1")},
                                               {QStringLiteral("items"), QJsonArray{o({{QStringLiteral("entity"), QStringLiteral("routing")}, {QStringLiteral("code"), code}})}}}));
        QCOMPARE(pin.result.value(QStringLiteral("pins")).toArray().at(0).toObject().value(QStringLiteral("version")).toInt(), 1);

        // Version 2 widens the seal temperature limit and adds an inspection.
        QJsonObject next = routing(code, device, kWc, QStringLiteral("150"), QStringLiteral("160"), QStringLiteral("175"));
        QJsonArray ops = next.value(QStringLiteral("operations")).toArray();
        ops.append(o({{QStringLiteral("seq"), 20}, {QStringLiteral("name"), QStringLiteral("Leak test")}, {QStringLiteral("workCentre"), kWc}}));
        next.insert(QStringLiteral("operations"), ops);
        CALL_OK(d2, *engineer, "routing.saveDraft", o({{QStringLiteral("code"), code}, {QStringLiteral("data"), next}}));
        QCOMPARE(d2.result.value(QStringLiteral("version")).toInt(), 2);
        approveDrafts({{QStringLiteral("routing"), code}}, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        CALL_OK(v2, *engineer, "routing.get", o({{QStringLiteral("code"), code}}));
        QCOMPARE(v2.result.value(QStringLiteral("version")).toInt(), 2);
        const QString t2 = v2.result.value(QStringLiteral("effectiveFrom")).toString();
        QVERIFY2(at(t1) < at(t2), qPrintable(t1 + QLatin1Char(' ') + t2));

        // Read back as of a time inside each version's validity (the same instant in another zone, too).
        auto asOf = [&](const QString &when) {
            return engineer->call(QStringLiteral("routing.get"), o({{QStringLiteral("code"), code}, {QStringLiteral("asOf"), when}}));
        };
        auto maximum = [](const QJsonObject &v) { return v.value(QStringLiteral("parameters")).toArray().at(0).toObject().value(QStringLiteral("maximum")).toString(); };
        const QDateTime middle = at(t1).addMSecs(at(t1).msecsTo(at(t2)) / 2);
        for (const QString &when : {t1, middle.toString(Qt::ISODateWithMs), at(t2).addMSecs(-1).toString(Qt::ISODateWithMs)}) {
            const auto r = asOf(when);
            QVERIFY2(r.ok(), qPrintable(when + QLatin1Char(' ') + r.error.message));
            QCOMPARE(r.result.value(QStringLiteral("version")).toInt(), 1);
            QCOMPARE(maximum(r.result), QStringLiteral("170"));
            QCOMPARE(r.result.value(QStringLiteral("operations")).toArray().size(), 1);
        }
        for (const QString &when : {t2, at(t2).toOffsetFromUtc(8 * 3600).toString(Qt::ISODateWithMs), nowIso()}) {
            const auto r = asOf(when);
            QVERIFY2(r.ok(), qPrintable(when + QLatin1Char(' ') + r.error.message));
            QCOMPARE(r.result.value(QStringLiteral("version")).toInt(), 2);
            QCOMPARE(maximum(r.result), QStringLiteral("175"));
            QCOMPARE(r.result.value(QStringLiteral("operations")).toArray().size(), 2);
        }
        REFUSE(before, *engineer, "routing.get", o({{QStringLiteral("code"), code}, {QStringLiteral("asOf"), at(t1).addMSecs(-1).toString(Qt::ISODateWithMs)}}),
               "rule.not_in_force");
        // Without asOf: the version in force now.
        QCOMPARE(maximum(v2.result), QStringLiteral("175"));

        // Pinning again cannot move the order to version 2.
        REFUSE(repin, *planner, "pin.create",
               o({{QStringLiteral("holderType"), QStringLiteral("work_order")}, {QStringLiteral("holderId"), QStringLiteral("WO-TEST-1")},
                  {QStringLiteral("items"), QJsonArray{o({{QStringLiteral("entity"), QStringLiteral("routing")}, {QStringLiteral("code"), code}})}}}),
               "conflict.duplicate");
        // The order still works to version 1, with its content as pinned.
        CALL_OK(pinned, *planner, "pin.get", o({{QStringLiteral("holderType"), QStringLiteral("work_order")}, {QStringLiteral("holderId"), QStringLiteral("WO-TEST-1")}}));
        const QJsonArray pins = pinned.result.value(QStringLiteral("pins")).toArray();
        QCOMPARE(pins.size(), 1);
        QCOMPARE(pins.at(0).toObject().value(QStringLiteral("version")).toInt(), 1);
        const QJsonObject record = pins.at(0).toObject().value(QStringLiteral("record")).toObject();
        QCOMPARE(record.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(record.value(QStringLiteral("status")).toString(), QStringLiteral("superseded"));
        QCOMPARE(maximum(record), QStringLiteral("170"));
        QCOMPARE(record.value(QStringLiteral("operations")).toArray().size(), 1);

        // The diff names the changed limit and the added operation.
        CALL_OK(diff, *engineer, "routing.diff", o({{QStringLiteral("code"), code}, {QStringLiteral("from"), 1}, {QStringLiteral("to"), 2}}));
        const QJsonObject changes = diff.result.value(QStringLiteral("changes")).toObject();
        QCOMPARE(changes.value(QStringLiteral("parameters[operation=10,name=Seal temperature].maximum")).toArray(),
                 (QJsonArray{QStringLiteral("170"), QStringLiteral("175")}));
        QVERIFY2(changes.contains(QStringLiteral("operations[seq=20]")), qPrintable(compact(changes)));
        QVERIFY2(!changes.contains(QStringLiteral("parameters[operation=10,name=Seal temperature].minimum")), qPrintable(compact(changes)));
    }

    // An approved record taken out of use by a change order (action obsolete): from then on it
    // cannot be pinned by a new order, an order that pinned it keeps it, and asOf still finds it.
    void obsoleteTakesARecordOutOfUse()
    {
        const QString code = QStringLiteral("TS-OBSOLETE-1");
        newMaterial(code);
        QString problem;
        approveDrafts({{kMaterial, code}}, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QString before = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs);
        CALL_OK(pinned, *planner, "pin.create", o({{QStringLiteral("holderType"), QStringLiteral("work_order")},
                                                  {QStringLiteral("holderId"), QStringLiteral("WO-TS-OBS-1")},
                                                  {QStringLiteral("items"), QJsonArray{o({{QStringLiteral("entity"), kMaterial}, {QStringLiteral("code"), code}})}}}));

        CALL_OK(created, *qa, "eco.create", o({{QStringLiteral("changeClass"), QStringLiteral("minor")},
                                              {QStringLiteral("title"), QStringLiteral("Discontinue")},
                                              {QStringLiteral("reason"), QStringLiteral("tst: no longer used")}}));
        CALL_OK(added, *qa, "eco.addItem", o({{QStringLiteral("id"), idOf(created.result)}, {QStringLiteral("rowVersion"), rvOf(created.result)},
                                             {QStringLiteral("entity"), kMaterial}, {QStringLiteral("code"), code},
                                             {QStringLiteral("action"), QStringLiteral("obsolete")}}));
        // One open change per record: no second order may list it meanwhile.
        CALL_OK(other, *qa, "eco.create", o({{QStringLiteral("changeClass"), QStringLiteral("minor")},
                                            {QStringLiteral("title"), QStringLiteral("Also")},
                                            {QStringLiteral("reason"), QStringLiteral("tst")}}));
        REFUSE(twice, *qa, "eco.addItem", o({{QStringLiteral("id"), idOf(other.result)}, {QStringLiteral("rowVersion"), rvOf(other.result)},
                                            {QStringLiteral("entity"), kMaterial}, {QStringLiteral("code"), code},
                                            {QStringLiteral("action"), QStringLiteral("obsolete")}}),
               "rule.version_on_change_order");
        CALL_OK(submitted, *qa, "eco.submit", o({{QStringLiteral("id"), idOf(added.result)}, {QStringLiteral("rowVersion"), rvOf(added.result)}}));
        QCOMPARE(statusOf(kMaterial, code, 1), QStringLiteral("approved")); // still in force while in review
        const auto approved = sign(*manager, idOf(submitted.result), rvOf(submitted.result), QStringLiteral("approved"), QStringLiteral("manager"));
        QVERIFY2(approved.ok(), qPrintable(approved.error.message));

        CALL_OK(v1, *engineer, "material.get", o({{QStringLiteral("code"), code}, {QStringLiteral("version"), 1}}));
        QCOMPARE(v1.result.value(QStringLiteral("status")).toString(), QStringLiteral("obsolete"));
        QVERIFY(!v1.result.value(QStringLiteral("effectiveTo")).toString().isEmpty());
        // Retrievable as it was, by asOf; no longer in force now; no new order can pin it.
        CALL_OK(then, *engineer, "material.get", o({{QStringLiteral("code"), code}, {QStringLiteral("asOf"), before}}));
        QCOMPARE(then.result.value(QStringLiteral("version")).toInt(), 1);
        REFUSE(now, *engineer, "material.get", o({{QStringLiteral("code"), code}, {QStringLiteral("asOf"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}}),
               "rule.not_in_force");
        REFUSE(late, *planner, "pin.create", o({{QStringLiteral("holderType"), QStringLiteral("work_order")},
                                                {QStringLiteral("holderId"), QStringLiteral("WO-TS-OBS-2")},
                                                {QStringLiteral("items"), QJsonArray{o({{QStringLiteral("entity"), kMaterial}, {QStringLiteral("code"), code}})}}}),
               "rule.not_in_force");
        CALL_OK(kept, *engineer, "pin.get", o({{QStringLiteral("holderType"), QStringLiteral("work_order")}, {QStringLiteral("holderId"), QStringLiteral("WO-TS-OBS-1")}}));
        QCOMPARE(kept.result.value(QStringLiteral("pins")).toArray().at(0).toObject().value(QStringLiteral("version")).toInt(), 1);
        // The signed content names the action, so the signature says what it approved.
        const QJsonArray items = eco(idOf(submitted.result)).value(QStringLiteral("items")).toArray();
        QCOMPARE(items.at(0).toObject().value(QStringLiteral("action")).toString(), QStringLiteral("obsolete"));
        Q_UNUSED(pinned)
    }

    void personWhoOnlyEditedAVersionMayNotApprove()
    {
        // qa2 becomes an engineer as well (a role change approved by qa), edits the engineer's draft,
        // and qa writes the order: qa2 is an editor of the version and may not approve it.
        CALL_OK(users, *admin, "user.list", QJsonObject());
        qint64 qa2Id = 0;
        for (const QJsonValue &v : users.result.value(QStringLiteral("users")).toArray())
            if (v.toObject().value(QStringLiteral("username")) == QLatin1String("qa2"))
                qa2Id = v.toObject().value(QStringLiteral("id")).toInteger();
        CALL_OK(rc, *admin, "roleChange.request", o({{QStringLiteral("userId"), qa2Id}, {QStringLiteral("roles"), QJsonArray{QStringLiteral("qa"), QStringLiteral("engineer")}},
                                                    {QStringLiteral("reason"), QStringLiteral("tst: second engineer")}}));
        CALL_OK(rcSigned, *qa, "signature.sign", o({{QStringLiteral("recordType"), QStringLiteral("role_change")},
                                                    {QStringLiteral("recordId"), QString::number(rc.result.value(QStringLiteral("id")).toInteger())},
                                                    {QStringLiteral("recordVersion"), 1}, {QStringLiteral("meaning"), QStringLiteral("approved")},
                                                    {QStringLiteral("user"), QStringLiteral("qa")}, {QStringLiteral("password"), TestServer::demoPassword()}}));
        qa2 = srv().login(QStringLiteral("qa2"));
        QVERIFY(qa2);

        const QString code = QStringLiteral("TS-RM-EDITED");
        newMaterial(code);
        CALL_OK(draft, *engineer, "material.get", o({{QStringLiteral("code"), code}}));
        CALL_OK(edited, *qa2, "material.saveDraft", o({{QStringLiteral("code"), code}, {QStringLiteral("rowVersion"), draft.result.value(QStringLiteral("rowVersion"))},
                                                       {QStringLiteral("data"), material(code, QStringLiteral("raw"), QStringLiteral("kg"), QStringLiteral("Edited by qa2"))}}));
        QString problem;
        const QJsonObject order = submitOrder({{kMaterial, code}}, QStringLiteral("minor"), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        REFUSE(r, *qa2, "signature.sign",
               signParams(idOf(order), rvOf(order), QStringLiteral("approved"), QStringLiteral("qa2")),
               "rule.separation_of_duties");
        // The manager, who touched neither the order nor the version, can.
        QVERIFY(sign(*manager, idOf(order), rvOf(order), QStringLiteral("approved"), QStringLiteral("manager")).ok());
        QCOMPARE(statusOf(kMaterial, code, 1), QStringLiteral("approved"));
    }
};

QTEST_GUILESS_MAIN(TstChangeControl)
#include "tst_changecontrol.moc"
