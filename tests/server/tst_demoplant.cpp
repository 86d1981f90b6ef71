// The demo plant (brief 07) as a user sees it on a fresh demo server: the products in force with
// their BOMs and routings, a routing with a superseded version, change orders in every state with
// the signatures that approved them, and the plant's equipment, people, training, suppliers,
// customers and storage locations — all entered by the demo users through the services, so the
// audit trail names who did what, and the hash chain holds.
#include "testserver.h"

#include <QDate>
#include <QJsonArray>
#include <QSet>
#include <QtTest>

using namespace concord;
using namespace concord::test;

namespace {
QJsonObject o(std::initializer_list<QPair<QString, QJsonValue>> l) { return QJsonObject(l); }

QSet<QString> values(const QJsonArray &rows, const QString &field)
{
    QSet<QString> out;
    for (const QJsonValue &v : rows)
        out.insert(v.toObject().value(field).toVariant().toString());
    return out;
}

QJsonObject findBy(const QJsonArray &rows, const QString &field, const QString &value)
{
    for (const QJsonValue &v : rows)
        if (v.toObject().value(field).toVariant().toString() == value)
            return v.toObject();
    return {};
}
} // namespace

class TstDemoPlant : public QObject
{
    Q_OBJECT

    TestServer m_server;
    std::unique_ptr<SyncRpcClient> m_qa;

    QJsonObject call(const QString &method, const QJsonObject &params = {})
    {
        const auto r = m_qa->call(method, params);
        if (!r.ok())
            qWarning().noquote() << method << "failed:" << r.error.dataCode << r.error.message;
        return r.result;
    }
    QJsonArray records(const QString &entity)
    {
        return call(entity + QStringLiteral(".list"), o({{QStringLiteral("limit"), 5000}})).value(QStringLiteral("records")).toArray();
    }
    // The audit rows of one record, oldest first.
    QJsonArray audit(const QString &recordType, const QString &recordId)
    {
        return call(QStringLiteral("audit.query"), o({{QStringLiteral("recordType"), recordType},
                                                      {QStringLiteral("recordId"), recordId},
                                                      {QStringLiteral("order"), QStringLiteral("asc")},
                                                      {QStringLiteral("limit"), 1000}}))
            .value(QStringLiteral("rows"))
            .toArray();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::skipReason().isEmpty())
            QSKIP(qPrintable(TestServer::skipReason()));
        QVERIFY(m_server.start());
        m_qa = m_server.login(QStringLiteral("qa"));
        QVERIFY(m_qa);
    }

    void startLogReportsTheSeed()
    {
        const QString log = m_server.log();
        QVERIFY2(log.contains(QStringLiteral("demo plant master data:")), qPrintable(log));
    }

    void finishedDevicesAreInForceWithTheirUdi()
    {
        const QJsonObject set = call(QStringLiteral("material.get"), o({{QStringLiteral("code"), QStringLiteral("FG-INFUSION-SET")}}));
        QCOMPARE(set.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(set.value(QStringLiteral("type")).toString(), QStringLiteral("finished"));
        QCOMPARE(set.value(QStringLiteral("tracking")).toString(), QStringLiteral("lot"));
        QCOMPARE(set.value(QStringLiteral("gtin")).toString(), QStringLiteral("06971234500014"));
        QCOMPARE(set.value(QStringLiteral("deviceClass")).toString(), QStringLiteral("IIa"));
        QCOMPARE(set.value(QStringLiteral("shelfLifeDays")).toInt(), 1825);
        QVERIFY(set.value(QStringLiteral("changeOrderNumber")).toString().startsWith(QStringLiteral("ECO-")));

        const QJsonObject pump = call(QStringLiteral("material.get"), o({{QStringLiteral("code"), QStringLiteral("FG-INFUSION-PUMP")}}));
        QCOMPARE(pump.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(pump.value(QStringLiteral("tracking")).toString(), QStringLiteral("serial"));
        QCOMPARE(pump.value(QStringLiteral("gtin")).toString(), QStringLiteral("06971234500021"));
        QCOMPARE(pump.value(QStringLiteral("deviceClass")).toString(), QStringLiteral("IIb"));

        const QJsonArray materials = records(QStringLiteral("material"));
        const QSet<QString> codes = values(materials, QStringLiteral("code"));
        for (const char *c : {"SA-DRIP-CHAMBER", "RM-PC-ABS-RESIN", "RM-PVC-TUBING", "PU-ROLLER-CLAMP", "PU-FILTER-15UM", "PU-NEEDLE-21G",
                              "PK-TYVEK-POUCH", "PK-LABEL-IV", "PU-PCBA-MAIN", "PU-MOTOR-STEP", "PU-HOUSING", "PU-BATTERY-LI"})
            QVERIFY2(codes.contains(QLatin1String(c)), c);
        QCOMPARE(findBy(materials, QStringLiteral("code"), QStringLiteral("PU-PCBA-MAIN")).value(QStringLiteral("tracking")).toString(), QStringLiteral("serial"));
        // The second-source filter is on the order still in review: listed, but not in force.
        const QJsonObject filterB = findBy(materials, QStringLiteral("code"), QStringLiteral("PU-FILTER-15UM-B"));
        QCOMPARE(filterB.value(QStringLiteral("latestStatus")).toString(), QStringLiteral("in_review"));
        QCOMPARE(call(QStringLiteral("material.list"), o({{QStringLiteral("asOf"), QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs)}}))
                     .value(QStringLiteral("records")).toArray().size(),
                 materials.size() - 1);
    }

    void bomsListTheComponents()
    {
        const QJsonObject bom = call(QStringLiteral("bom.get"), o({{QStringLiteral("code"), QStringLiteral("FG-INFUSION-SET")}}));
        QCOMPARE(bom.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(bom.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        const QJsonArray lines = bom.value(QStringLiteral("lines")).toArray();
        QCOMPARE(values(lines, QStringLiteral("component")),
                 (QSet<QString>{QStringLiteral("SA-DRIP-CHAMBER"), QStringLiteral("RM-PVC-TUBING"), QStringLiteral("PU-ROLLER-CLAMP"),
                                QStringLiteral("PU-FILTER-15UM"), QStringLiteral("PU-NEEDLE-21G"), QStringLiteral("CS-UV-ADHESIVE"),
                                QStringLiteral("PK-TYVEK-POUCH"), QStringLiteral("PK-LABEL-IV"), QStringLiteral("PK-SHIPPER-IV50")}));
        const QJsonObject tubing = findBy(lines, QStringLiteral("component"), QStringLiteral("RM-PVC-TUBING"));
        QCOMPARE(tubing.value(QStringLiteral("qtyPer")).toString(), QStringLiteral("1.8"));
        QCOMPARE(tubing.value(QStringLiteral("unit")).toString(), QStringLiteral("m"));
        QCOMPARE(tubing.value(QStringLiteral("scrapFactor")).toString(), QStringLiteral("0.02"));
        // Version 2 (second-source filter) waits in review; version 1 stays in force.
        QCOMPARE(bom.value(QStringLiteral("latestVersion")).toInt(), 2);
        QCOMPARE(bom.value(QStringLiteral("latestStatus")).toString(), QStringLiteral("in_review"));
        const QJsonObject diff = call(QStringLiteral("bom.diff"), o({{QStringLiteral("code"), QStringLiteral("FG-INFUSION-SET")},
                                                                      {QStringLiteral("from"), 1}, {QStringLiteral("to"), 2}}));
        QCOMPARE(diff.value(QStringLiteral("changes")).toObject().value(QStringLiteral("lines[position=40].component")).toArray(),
                 (QJsonArray{QStringLiteral("PU-FILTER-15UM"), QStringLiteral("PU-FILTER-15UM-B")}));

        // The drip chamber is moulded in-house: its own BOM, resin in grams of a material stocked in kg.
        const QJsonObject chamber = call(QStringLiteral("bom.get"), o({{QStringLiteral("code"), QStringLiteral("SA-DRIP-CHAMBER")}}));
        const QJsonObject resin = chamber.value(QStringLiteral("lines")).toArray().first().toObject();
        QCOMPARE(resin.value(QStringLiteral("component")).toString(), QStringLiteral("RM-PC-ABS-RESIN"));
        QCOMPARE(resin.value(QStringLiteral("unit")).toString(), QStringLiteral("g"));

        const QJsonObject pump = call(QStringLiteral("bom.get"), o({{QStringLiteral("code"), QStringLiteral("FG-INFUSION-PUMP")}}));
        QVERIFY(values(pump.value(QStringLiteral("lines")).toArray(), QStringLiteral("component"))
                    .contains(QSet<QString>{QStringLiteral("PU-PCBA-MAIN"), QStringLiteral("PU-MOTOR-STEP"), QStringLiteral("PU-HOUSING")}));
    }

    void infusionSetRoutingHasASupersededVersion()
    {
        const QJsonArray history = call(QStringLiteral("routing.history"), o({{QStringLiteral("code"), QStringLiteral("RT-INFUSION-SET")}}))
                                       .value(QStringLiteral("versions")).toArray();
        QCOMPARE(history.size(), 2);
        const QJsonObject v1 = history.at(0).toObject();
        const QJsonObject v2 = history.at(1).toObject();
        QCOMPARE(v1.value(QStringLiteral("status")).toString(), QStringLiteral("superseded"));
        QCOMPARE(v2.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QVERIFY(v1.value(QStringLiteral("effectiveFrom")).toString() < v2.value(QStringLiteral("effectiveFrom")).toString());
        QCOMPARE(v1.value(QStringLiteral("effectiveTo")).toString(), v2.value(QStringLiteral("effectiveFrom")).toString());
        QVERIFY(v1.value(QStringLiteral("changeOrderNumber")).toString() != v2.value(QStringLiteral("changeOrderNumber")).toString());

        auto sealMinimum = [](const QJsonObject &routing) {
            for (const QJsonValue &p : routing.value(QStringLiteral("parameters")).toArray())
                if (p.toObject().value(QStringLiteral("name")).toString() == QLatin1String("Seal temperature"))
                    return p.toObject().value(QStringLiteral("minimum")).toString();
            return QString();
        };
        // As of a time during version 1, the routing in force is version 1; now it is version 2.
        const QJsonObject then = call(QStringLiteral("routing.get"), o({{QStringLiteral("code"), QStringLiteral("RT-INFUSION-SET")},
                                                                        {QStringLiteral("asOf"), v1.value(QStringLiteral("effectiveFrom"))}}));
        QCOMPARE(then.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(sealMinimum(then), QStringLiteral("140"));
        const QJsonObject now = call(QStringLiteral("routing.get"), o({{QStringLiteral("code"), QStringLiteral("RT-INFUSION-SET")}}));
        QCOMPARE(now.value(QStringLiteral("version")).toInt(), 2);
        QCOMPARE(sealMinimum(now), QStringLiteral("145"));
        QCOMPARE(now.value(QStringLiteral("operations")).toArray().size(), 6);
        const QJsonObject release = findBy(now.value(QStringLiteral("operations")).toArray(), QStringLiteral("seq"), QStringLiteral("60"));
        QVERIFY(release.value(QStringLiteral("secondPerson")).toBool());
        QCOMPARE(findBy(now.value(QStringLiteral("operations")).toArray(), QStringLiteral("seq"), QStringLiteral("20")).value(QStringLiteral("qualification")).toString(),
                 QStringLiteral("SOP-PRD-012"));

        // The pump's routing: version 1 in force, version 2 a draft after its first order was rejected.
        const QJsonObject pump = call(QStringLiteral("routing.get"), o({{QStringLiteral("code"), QStringLiteral("RT-INFUSION-PUMP")}}));
        QCOMPARE(pump.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(pump.value(QStringLiteral("latestStatus")).toString(), QStringLiteral("draft"));
        QCOMPARE(values(pump.value(QStringLiteral("parameters")).toArray(), QStringLiteral("unit")).contains(QStringLiteral("mL/h")), true);
    }

    void changeOrdersShowEveryState()
    {
        const QJsonArray orders = call(QStringLiteral("eco.list")).value(QStringLiteral("changeOrders")).toArray();
        QMap<QString, int> byStatus;
        for (const QJsonValue &v : orders) {
            ++byStatus[v.toObject().value(QStringLiteral("status")).toString()];
            QVERIFY(v.toObject().value(QStringLiteral("number")).toString().startsWith(QStringLiteral("ECO-")));
            QCOMPARE(v.toObject().value(QStringLiteral("authorUsername")).toString(), QStringLiteral("engineer"));
        }
        QCOMPARE(byStatus.value(QStringLiteral("approved")), 4);
        QCOMPARE(byStatus.value(QStringLiteral("in_review")), 1);
        QCOMPARE(byStatus.value(QStringLiteral("rejected")), 1);
        QCOMPARE(byStatus.value(QStringLiteral("draft")), 1);

        // A major order: reviewed by qa2, then approved by qa, both signatures still valid.
        const QJsonObject setNpi = findBy(orders, QStringLiteral("title"), QStringLiteral("New product introduction: single-use infusion set"));
        const QJsonObject full = call(QStringLiteral("eco.get"), o({{QStringLiteral("id"), setNpi.value(QStringLiteral("id"))}}));
        QCOMPARE(full.value(QStringLiteral("changeClass")).toString(), QStringLiteral("major"));
        QCOMPARE(full.value(QStringLiteral("items")).toArray().size(), 11);
        const QJsonArray sigs = full.value(QStringLiteral("signatures")).toArray();
        QCOMPARE(sigs.size(), 2);
        QCOMPARE(sigs.at(0).toObject().value(QStringLiteral("signerUsername")).toString(), QStringLiteral("qa2"));
        QCOMPARE(sigs.at(0).toObject().value(QStringLiteral("meaning")).toString(), QStringLiteral("reviewed"));
        QCOMPARE(sigs.at(1).toObject().value(QStringLiteral("signerUsername")).toString(), QStringLiteral("qa"));
        QCOMPARE(sigs.at(1).toObject().value(QStringLiteral("meaning")).toString(), QStringLiteral("approved"));
        for (const QJsonValue &s : sigs)
            QVERIFY2(s.toObject().value(QStringLiteral("valid")).toBool(), qPrintable(s.toObject().value(QStringLiteral("problem")).toString()));

        // The one in review has its review and waits for QA's approval.
        const QJsonObject pending = call(QStringLiteral("eco.list"), o({{QStringLiteral("status"), QStringLiteral("in_review")}}))
                                        .value(QStringLiteral("changeOrders")).toArray().first().toObject();
        const QJsonObject review = call(QStringLiteral("eco.get"), o({{QStringLiteral("id"), pending.value(QStringLiteral("id"))}}));
        QCOMPARE(values(review.value(QStringLiteral("items")).toArray(), QStringLiteral("code")),
                 (QSet<QString>{QStringLiteral("PU-FILTER-15UM-B"), QStringLiteral("FG-INFUSION-SET")}));
        QCOMPARE(review.value(QStringLiteral("signatures")).toArray().size(), 1);
        QVERIFY(review.value(QStringLiteral("impact")).isObject() || review.value(QStringLiteral("impact")).isString());
    }

    void approvalsAreSignedByQaInTheAuditTrail()
    {
        const QJsonArray signedRows = call(QStringLiteral("audit.query"), o({{QStringLiteral("action"), QStringLiteral("signature.signed")},
                                                                             {QStringLiteral("recordType"), QStringLiteral("change_order")},
                                                                             {QStringLiteral("username"), QStringLiteral("qa")},
                                                                             {QStringLiteral("limit"), 1000}}))
                                          .value(QStringLiteral("rows")).toArray();
        QCOMPARE(signedRows.size(), 4);
        for (const QJsonValue &v : signedRows)
            QCOMPARE(v.toObject().value(QStringLiteral("changes")).toObject().value(QStringLiteral("meaning")).toArray().at(1).toString(),
                     QStringLiteral("approved"));

        // The finished device: created by the engineer, approved in qa's signing transaction.
        const QJsonArray rows = audit(QStringLiteral("material"), QStringLiteral("FG-INFUSION-SET"));
        QVERIFY(rows.size() >= 3);
        QCOMPARE(rows.first().toObject().value(QStringLiteral("action")).toString(), QStringLiteral("create"));
        QCOMPARE(rows.first().toObject().value(QStringLiteral("username")).toString(), QStringLiteral("engineer"));
        const QJsonObject approval = rows.last().toObject();
        QCOMPARE(approval.value(QStringLiteral("username")).toString(), QStringLiteral("qa"));
        QVERIFY(approval.value(QStringLiteral("reason")).toString().startsWith(QStringLiteral("approved by ECO-")));

        // Who entered what: the role that owns each kind of record.
        QCOMPARE(audit(QStringLiteral("customer"), QStringLiteral("C-EU-MEDLOG")).first().toObject().value(QStringLiteral("username")).toString(), QStringLiteral("manager"));
        QCOMPARE(audit(QStringLiteral("location"), QStringLiteral("WH-MRB")).first().toObject().value(QStringLiteral("username")).toString(), QStringLiteral("warehouse"));
        QCOMPARE(audit(QStringLiteral("supplier"), QStringLiteral("S-EO-01")).first().toObject().value(QStringLiteral("username")).toString(), QStringLiteral("qa"));
        const QJsonArray leak = audit(QStringLiteral("equipment"), QStringLiteral("LT-01"));
        QCOMPARE(leak.size(), 2);
        QCOMPARE(leak.at(0).toObject().value(QStringLiteral("username")).toString(), QStringLiteral("engineer"));
        QCOMPARE(leak.at(1).toObject().value(QStringLiteral("username")).toString(), QStringLiteral("maintenance"));
        QVERIFY(leak.at(1).toObject().value(QStringLiteral("reason")).toString().contains(QStringLiteral("CAL-LT01")));

        const QJsonObject verified = call(QStringLiteral("audit.verify"));
        QVERIFY(verified.value(QStringLiteral("ok")).toBool());
    }

    void plantRecordsAreThere()
    {
        const QDate today = QDateTime::currentDateTimeUtc().date();
        const QJsonArray equipment = records(QStringLiteral("equipment"));
        const QSet<QString> eq = values(equipment, QStringLiteral("code"));
        for (const char *c : {"SITE-SZ", "AREA-MOULD", "AREA-CLEAN", "AREA-TEST", "AREA-PACK", "LINE-IV1", "WC-ASSY-IV1", "WC-LEAK-IV1",
                              "IMM-01", "UV-01", "LT-01", "PS-01", "HIPOT-01", "FLOW-RIG-01"})
            QVERIFY2(eq.contains(QLatin1String(c)), c);
        const QJsonObject lt = findBy(equipment, QStringLiteral("code"), QStringLiteral("LT-01"));
        QVERIFY(lt.value(QStringLiteral("measuring")).toBool());
        QCOMPARE(lt.value(QStringLiteral("parent")).toString(), QStringLiteral("WC-LEAK-IV1"));
        QCOMPARE(lt.value(QStringLiteral("calibrationDueOn")).toString(), today.addDays(180).toString(Qt::ISODate));
        QVERIFY(!findBy(equipment, QStringLiteral("code"), QStringLiteral("IMM-01")).value(QStringLiteral("measuring")).toBool());
        QCOMPARE(values(equipment, QStringLiteral("level")),
                 (QSet<QString>{QStringLiteral("site"), QStringLiteral("area"), QStringLiteral("line"), QStringLiteral("work_centre"), QStringLiteral("unit")}));

        const QJsonArray people = records(QStringLiteral("person"));
        QCOMPARE(findBy(people, QStringLiteral("code"), QStringLiteral("E1001")).value(QStringLiteral("username")).toString(), QStringLiteral("operator"));
        QVERIFY(findBy(people, QStringLiteral("code"), QStringLiteral("E1020")).value(QStringLiteral("username")).isNull());
        QVERIFY(values(people, QStringLiteral("username")).contains(QStringLiteral("qa2")));

        const QJsonArray training = records(QStringLiteral("trainingRecord"));
        QVERIFY(training.size() >= 20);
        int expired = 0, expiringSoon = 0;
        for (const QJsonValue &v : training) {
            const QDate expires = QDate::fromString(v.toObject().value(QStringLiteral("expiresOn")).toString(), Qt::ISODate);
            QVERIFY(v.toObject().value(QStringLiteral("code")).toString().startsWith(QStringLiteral("TR-")));
            if (expires < today)
                ++expired;
            else if (expires <= today.addDays(30))
                ++expiringSoon;
        }
        QCOMPARE(expired, 1);
        QCOMPARE(expiringSoon, 2);
        QVERIFY(values(training, QStringLiteral("procedure")).contains(QStringLiteral("SOP-PRD-012")));

        const QJsonArray suppliers = records(QStringLiteral("supplier"));
        QCOMPARE(values(suppliers, QStringLiteral("approvalStatus")),
                 (QSet<QString>{QStringLiteral("approved"), QStringLiteral("conditional"), QStringLiteral("disqualified")}));
        QVERIFY(values(suppliers, QStringLiteral("code")).contains(QSet<QString>{QStringLiteral("S-RESIN-01"), QStringLiteral("S-PCBA-01"),
                                                                                 QStringLiteral("S-NEEDLE-01"), QStringLiteral("S-EO-01")}));

        const QJsonArray customers = records(QStringLiteral("customer"));
        QVERIFY(values(customers, QStringLiteral("country")).contains(QSet<QString>{QStringLiteral("China"), QStringLiteral("Germany"), QStringLiteral("United States")}));
        QCOMPARE(values(customers, QStringLiteral("kind")).contains(QStringLiteral("hospital")), true);
        QCOMPARE(values(customers, QStringLiteral("kind")).contains(QStringLiteral("distributor")), true);
        const QJsonArray shipTos = records(QStringLiteral("shipTo"));
        QCOMPARE(values(shipTos, QStringLiteral("customer")), values(customers, QStringLiteral("code")));

        const QJsonArray locations = records(QStringLiteral("location"));
        QCOMPARE(values(locations, QStringLiteral("statusType")),
                 (QSet<QString>{QStringLiteral("general"), QStringLiteral("quarantine"), QStringLiteral("released"), QStringLiteral("rejected"),
                                QStringLiteral("on_hold")}));
        QVERIFY(!findBy(locations, QStringLiteral("code"), QStringLiteral("CR-SUPERMARKET")).value(QStringLiteral("storageConditions")).toString().isEmpty());
    }

    // A restart finds the accounts and seeds nothing twice.
    void restartKeepsThePlant()
    {
        const qsizetype materials = records(QStringLiteral("material")).size();
        m_qa.reset();
        QVERIFY(m_server.restart());
        m_qa = m_server.login(QStringLiteral("qa"));
        QVERIFY(m_qa);
        QCOMPARE(records(QStringLiteral("material")).size(), materials);
        QCOMPARE(call(QStringLiteral("eco.list")).value(QStringLiteral("changeOrders")).toArray().size(), 7);
    }

    void cleanupTestCase() { m_qa.reset(); }
};

QTEST_GUILESS_MAIN(TstDemoPlant)
#include "tst_demoplant.moc"
