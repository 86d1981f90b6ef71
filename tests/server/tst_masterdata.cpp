// Issue 4, done-when 1 (data rules) and the coding rules: every refusal of master data answers
// with its exact error code (and the field and rule code of each problem) and leaves the database
// exactly as it was. Change-order refusals, the approval flow and pins: tst_changecontrol.cpp.
#include "masterdatasupport.h"

#include <QRegularExpression>
#include <QSet>

using namespace concord;
using namespace concord::test;
using namespace concord::test::md;

namespace {
const QString kWc = QStringLiteral("TS-WC-SEAL");

// The sequence number of a training record number TR-yyyy-nnnnn (-1 if it is not one).
int trSeq(const QString &code)
{
    static const QRegularExpression re(QStringLiteral("^TR-(\\d{4})-(\\d{5})$"));
    const auto m = re.match(code);
    return m.hasMatch() && m.captured(1) == QString::number(QDateTime::currentDateTimeUtc().date().year()) ? m.captured(2).toInt() : -1;
}
} // namespace

class TstMasterData : public QObject, protected MasterDataFixture
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::skipReason().isEmpty())
            QSKIP(qPrintable(TestServer::skipReason()));
        QVERIFY(startFixture());
        const QString wc = makeWorkCentre(kWc);
        QVERIFY2(wc.isEmpty(), qPrintable(wc));
        // Shared materials: a device made of a resin counted in kg and a pouch counted in pieces.
        for (const QJsonObject &m : {material(QStringLiteral("TS-FG-SET"), QStringLiteral("finished"), QStringLiteral("pcs")),
                                     material(QStringLiteral("TS-RM-RESIN"), QStringLiteral("raw"), QStringLiteral("kg")),
                                     material(QStringLiteral("TS-PK-POUCH"), QStringLiteral("packaging"), QStringLiteral("pcs"))}) {
            CALL_OK(r, *engineer, "material.create", o({{QStringLiteral("data"), m}}));
        }
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_server)
            qWarning().noquote() << "server log (tail):\n" << m_server->log().right(3000);
    }

    void cleanupTestCase()
    {
        if (!m_server)
            return;
        // Whatever was refused, the audit chain is intact.
        const auto verify = qa->call(QStringLiteral("audit.verify"));
        QVERIFY2(verify.result.value(QStringLiteral("ok")).toBool(), qPrintable(compact(verify.result)));
    }

    void unknownUnitIsRefused()
    {
        // A BOM line in a unit that does not exist: the field and the rule code "ref".
        REFUSE(r, *engineer, "bom.create",
               o({{QStringLiteral("data"), bom(QStringLiteral("TS-FG-SET"), {line(1, QStringLiteral("TS-RM-RESIN"), QStringLiteral("0.2"), QStringLiteral("xyz"))})}}),
               "validation.failed");
        QCOMPARE(detailCode(r.r, QStringLiteral("params.data.lines[0].unit")), QStringLiteral("ref"));
        // ... and a material in an unknown unit.
        REFUSE(m, *engineer, "material.create",
               o({{QStringLiteral("data"), material(QStringLiteral("TS-RM-NOUNIT"), QStringLiteral("raw"), QStringLiteral("xyz"))}}), "validation.failed");
        QCOMPARE(detailCode(m.r, QStringLiteral("params.data.unit")), QStringLiteral("ref"));
        // Converting into an unknown unit names the unit that is missing.
        REFUSE(c, *planner, "uom.convert",
               o({{QStringLiteral("value"), QStringLiteral("1")}, {QStringLiteral("from"), QStringLiteral("kg")}, {QStringLiteral("to"), QStringLiteral("xyz")}}),
               "not_found");
        QCOMPARE(c.r.error.args.value(QStringLiteral("recordType")).toString(), QStringLiteral("uom"));
        QCOMPARE(c.r.error.args.value(QStringLiteral("recordId")).toString(), QStringLiteral("xyz"));
    }

    void impossibleConversionIsRefused()
    {
        // The control: conversions within one dimension are exact decimals.
        CALL_OK(g, *planner, "uom.convert",
                o({{QStringLiteral("value"), QStringLiteral("1500")}, {QStringLiteral("from"), QStringLiteral("g")}, {QStringLiteral("to"), QStringLiteral("kg")}}));
        QCOMPARE(g.result.value(QStringLiteral("value")).toString(), QStringLiteral("1.5"));
        CALL_OK(t, *planner, "uom.convert",
                o({{QStringLiteral("value"), QStringLiteral("300")}, {QStringLiteral("from"), QStringLiteral("K")}, {QStringLiteral("to"), QStringLiteral("°C")}}));
        QCOMPARE(t.result.value(QStringLiteral("value")).toString(), QStringLiteral("26.85"));

        REFUSE(r, *planner, "uom.convert",
               o({{QStringLiteral("value"), QStringLiteral("1")}, {QStringLiteral("from"), QStringLiteral("kg")}, {QStringLiteral("to"), QStringLiteral("mL")}}),
               "rule.unit_incompatible");
        QCOMPARE(r.r.error.args.value(QStringLiteral("fromDimension")).toString(), QStringLiteral("mass"));
        QCOMPARE(r.r.error.args.value(QStringLiteral("toDimension")).toString(), QStringLiteral("volume"));

        // A BOM line in mL for a component counted in kg.
        REFUSE(b, *engineer, "bom.create",
               o({{QStringLiteral("data"), bom(QStringLiteral("TS-FG-SET"), {line(1, QStringLiteral("TS-RM-RESIN"), QStringLiteral("200"), QStringLiteral("mL"))})}}),
               "validation.failed");
        QCOMPARE(detailCode(b.r, QStringLiteral("params.data.lines[0].unit")), QStringLiteral("unit_incompatible"));
        // The same line in g is fine (same dimension as kg): the rule is about dimensions.
        CALL_OK(ok, *engineer, "bom.create",
                o({{QStringLiteral("data"), bom(QStringLiteral("TS-FG-SET"), {line(1, QStringLiteral("TS-RM-RESIN"), QStringLiteral("200"), QStringLiteral("g"))})}}));
        QCOMPARE(ok.result.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
    }

    void duplicateCodeIsRefused()
    {
        // Versioned: a material code exists once, whatever the content.
        REFUSE(v, *engineer, "material.create",
               o({{QStringLiteral("data"), material(QStringLiteral("TS-RM-RESIN"), QStringLiteral("raw"), QStringLiteral("g"), QStringLiteral("Another resin"))}}),
               "conflict.duplicate");
        QCOMPARE(v.r.error.args.value(QStringLiteral("recordType")).toString(), QStringLiteral("material"));
        QCOMPARE(v.r.error.args.value(QStringLiteral("value")).toString(), QStringLiteral("TS-RM-RESIN"));
        // Plain: a supplier code.
        const QJsonObject supplier = o({{QStringLiteral("code"), QStringLiteral("S-TS-RESIN")},
                                        {QStringLiteral("name"), QStringLiteral("Resin Works")},
                                        {QStringLiteral("approvalStatus"), QStringLiteral("approved")}});
        // (The comparison the refusals rely on does see an accepted write.)
        const DbState before = dbState(srv());
        CALL_OK(first, *qa, "supplier.create", o({{QStringLiteral("data"), supplier}}));
        QVERIFY2(unchangedSince(srv(), before, QStringLiteral("control")).contains(QStringLiteral("supplier (+1")), "an accepted write went unnoticed");
        QJsonObject again = supplier;
        again.insert(QStringLiteral("name"), QStringLiteral("Resin Works (again)"));
        REFUSE(p, *qa, "supplier.create", o({{QStringLiteral("data"), again}}), "conflict.duplicate");
        QCOMPARE(p.r.error.args.value(QStringLiteral("recordType")).toString(), QStringLiteral("supplier"));
        QCOMPARE(p.r.error.args.value(QStringLiteral("value")).toString(), QStringLiteral("S-TS-RESIN"));
    }

    void codeNotMatchingItsRuleIsRefused()
    {
        // material: {alpha:2}-{code:2-30}
        for (const QString &code : {QStringLiteral("T-RESIN"), QStringLiteral("ts-resin"), QStringLiteral("TSRESIN"), QStringLiteral("TS-R")}) {
            REFUSE(r, *engineer, "material.create", o({{QStringLiteral("data"), material(code, QStringLiteral("raw"), QStringLiteral("kg"))}}),
                   "rule.code_pattern");
            QCOMPARE(r.r.error.args.value(QStringLiteral("value")).toString(), code);
            QCOMPARE(r.r.error.args.value(QStringLiteral("rule")).toString(), QStringLiteral("material"));
        }
        // routing: RT-{code:2-30}; supplier: S-{code:2-20}
        REFUSE(rt, *engineer, "routing.create",
               o({{QStringLiteral("data"), routing(QStringLiteral("TS-ROUTE"), QStringLiteral("TS-FG-SET"), kWc, QStringLiteral("150"), QStringLiteral("160"),
                                                   QStringLiteral("170"))}}),
               "rule.code_pattern");
        QCOMPARE(rt.r.error.args.value(QStringLiteral("rule")).toString(), QStringLiteral("routing"));
        REFUSE(s, *qa, "supplier.create",
               o({{QStringLiteral("data"), o({{QStringLiteral("code"), QStringLiteral("TS-NOPREFIX")}, {QStringLiteral("name"), QStringLiteral("No prefix")},
                                              {QStringLiteral("approvalStatus"), QStringLiteral("pending")}})}}),
               "rule.code_pattern");
        QCOMPARE(s.r.error.args.value(QStringLiteral("pattern")).toString(), QStringLiteral("S-{code:2-20}"));
    }

    void bomContainingItselfIsRefused()
    {
        for (const QString &code : {QStringLiteral("TS-SF-A"), QStringLiteral("TS-SF-B"), QStringLiteral("TS-SF-C")}) {
            CALL_OK(r, *engineer, "material.create", o({{QStringLiteral("data"), material(code, QStringLiteral("semi_finished"), QStringLiteral("pcs"))}}));
        }
        // Directly.
        REFUSE(direct, *engineer, "bom.create",
               o({{QStringLiteral("data"), bom(QStringLiteral("TS-SF-A"), {line(1, QStringLiteral("TS-PK-POUCH"), QStringLiteral("1"), QStringLiteral("pcs")),
                                                                           line(2, QStringLiteral("TS-SF-A"), QStringLiteral("1"), QStringLiteral("pcs"))})}}),
               "rule.bom_cycle");
        QCOMPARE(direct.r.error.args.value(QStringLiteral("path")).toString(), QStringLiteral("TS-SF-A > TS-SF-A"));
        // At depth 3: A uses B, B uses C (drafts count: they are what is being built), C using A closes the loop.
        CALL_OK(a, *engineer, "bom.create",
                o({{QStringLiteral("data"), bom(QStringLiteral("TS-SF-A"), {line(1, QStringLiteral("TS-SF-B"), QStringLiteral("2"), QStringLiteral("pcs"))})}}));
        CALL_OK(b, *engineer, "bom.create",
                o({{QStringLiteral("data"), bom(QStringLiteral("TS-SF-B"), {line(1, QStringLiteral("TS-SF-C"), QStringLiteral("1"), QStringLiteral("pcs"))})}}));
        REFUSE(deep, *engineer, "bom.create",
               o({{QStringLiteral("data"), bom(QStringLiteral("TS-SF-C"), {line(1, QStringLiteral("TS-PK-POUCH"), QStringLiteral("1"), QStringLiteral("pcs")),
                                                                           line(2, QStringLiteral("TS-SF-A"), QStringLiteral("1"), QStringLiteral("pcs"))})}}),
               "rule.bom_cycle");
        QCOMPARE(deep.r.error.args.value(QStringLiteral("path")).toString(), QStringLiteral("TS-SF-C > TS-SF-A > TS-SF-B > TS-SF-C"));
        // The same loop introduced by editing an existing draft instead of creating one.
        CALL_OK(c, *engineer, "bom.create",
                o({{QStringLiteral("data"), bom(QStringLiteral("TS-SF-C"), {line(1, QStringLiteral("TS-PK-POUCH"), QStringLiteral("1"), QStringLiteral("pcs"))})}}));
        REFUSE(edit, *engineer, "bom.saveDraft",
               o({{QStringLiteral("code"), QStringLiteral("TS-SF-C")},
                  {QStringLiteral("rowVersion"), c.result.value(QStringLiteral("rowVersion"))},
                  {QStringLiteral("data"), bom(QStringLiteral("TS-SF-C"), {line(1, QStringLiteral("TS-SF-A"), QStringLiteral("1"), QStringLiteral("pcs"))})}}),
               "rule.bom_cycle");
        QCOMPARE(edit.r.error.args.value(QStringLiteral("path")).toString(), QStringLiteral("TS-SF-C > TS-SF-A > TS-SF-B > TS-SF-C"));
    }

    void quantityMustBePositive()
    {
        CALL_OK(m, *engineer, "material.create", o({{QStringLiteral("data"), material(QStringLiteral("TS-FG-QTY"), QStringLiteral("finished"), QStringLiteral("pcs"))}}));
        for (const QString &qty : {QStringLiteral("0"), QStringLiteral("0.000"), QStringLiteral("-1"), QStringLiteral("-0.5")}) {
            REFUSE(r, *engineer, "bom.create",
                   o({{QStringLiteral("data"), bom(QStringLiteral("TS-FG-QTY"), {line(1, QStringLiteral("TS-RM-RESIN"), qty, QStringLiteral("kg"))})}}),
                   "validation.failed");
            QCOMPARE(detailCode(r.r, QStringLiteral("params.data.lines[0].qtyPer")), QStringLiteral("minimum"));
        }
        // The base quantity of a BOM too.
        QJsonObject zeroBase = bom(QStringLiteral("TS-FG-QTY"), {line(1, QStringLiteral("TS-RM-RESIN"), QStringLiteral("1"), QStringLiteral("kg"))});
        zeroBase.insert(QStringLiteral("baseQuantity"), QStringLiteral("0"));
        REFUSE(base, *engineer, "bom.create", o({{QStringLiteral("data"), zeroBase}}), "validation.failed");
        QCOMPARE(detailCode(base.r, QStringLiteral("params.data.baseQuantity")), QStringLiteral("minimum"));
    }

    void parameterLimitsMustBeOrdered()
    {
        REFUSE(r, *engineer, "routing.create",
               o({{QStringLiteral("data"), routing(QStringLiteral("RT-TS-LIMITS"), QStringLiteral("TS-FG-SET"), kWc, QStringLiteral("170"), QString(),
                                                   QStringLiteral("150"))}}),
               "validation.failed");
        QCOMPARE(detailCode(r.r, QStringLiteral("params.data.parameters[0].minimum")), QStringLiteral("limits"));
        // A target outside otherwise ordered limits.
        REFUSE(t, *engineer, "routing.create",
               o({{QStringLiteral("data"), routing(QStringLiteral("RT-TS-LIMITS"), QStringLiteral("TS-FG-SET"), kWc, QStringLiteral("150"), QStringLiteral("180"),
                                                   QStringLiteral("170"))}}),
               "validation.failed");
        QCOMPARE(detailCode(t.r, QStringLiteral("params.data.parameters[0].target")), QStringLiteral("limits"));
        // The same routing with ordered limits is accepted.
        CALL_OK(ok, *engineer, "routing.create",
                o({{QStringLiteral("data"), routing(QStringLiteral("RT-TS-LIMITS"), QStringLiteral("TS-FG-SET"), kWc, QStringLiteral("150"),
                                                    QStringLiteral("160"), QStringLiteral("170"))}}));
        QCOMPARE(ok.result.value(QStringLiteral("parameters")).toArray().size(), 1);
    }

    void approvedOrReviewedVersionIsNotEditable()
    {
        const QString code = QStringLiteral("TS-RM-FROZEN");
        CALL_OK(v1, *engineer, "material.create", o({{QStringLiteral("data"), material(code, QStringLiteral("raw"), QStringLiteral("kg"))}}));
        QString problem;
        approveDrafts({{QStringLiteral("material"), code}}, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        CALL_OK(approved, *engineer, "material.get", o({{QStringLiteral("code"), code}}));
        QCOMPARE(approved.result.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        const int rv = approved.result.value(QStringLiteral("rowVersion")).toInt();

        QJsonObject changed = material(code, QStringLiteral("raw"), QStringLiteral("kg"), QStringLiteral("Renamed behind the change order"));
        REFUSE(a, *engineer, "material.saveDraft",
               o({{QStringLiteral("code"), code}, {QStringLiteral("version"), 1}, {QStringLiteral("rowVersion"), rv}, {QStringLiteral("data"), changed}}),
               "rule.version_not_editable");
        QCOMPARE(a.r.error.args.value(QStringLiteral("status")).toString(), QStringLiteral("approved"));
        QCOMPARE(a.r.error.args.value(QStringLiteral("version")).toInt(), 1);

        // Version 2 in review: neither it nor version 1 can be changed, with or without naming them.
        CALL_OK(v2, *engineer, "material.saveDraft", o({{QStringLiteral("code"), code}, {QStringLiteral("data"), changed}}));
        QCOMPARE(v2.result.value(QStringLiteral("version")).toInt(), 2);
        const QJsonObject order = submitOrder({{QStringLiteral("material"), code}}, QStringLiteral("minor"), &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        CALL_OK(inReview, *engineer, "material.get", o({{QStringLiteral("code"), code}, {QStringLiteral("version"), 2}}));
        QCOMPARE(inReview.result.value(QStringLiteral("status")).toString(), QStringLiteral("in_review"));
        const QJsonValue rv2 = inReview.result.value(QStringLiteral("rowVersion"));
        QJsonObject again = changed;
        again.insert(QStringLiteral("name"), QStringLiteral("Changed while in review"));
        REFUSE(b, *engineer, "material.saveDraft",
               o({{QStringLiteral("code"), code}, {QStringLiteral("version"), 2}, {QStringLiteral("rowVersion"), rv2}, {QStringLiteral("data"), again}}),
               "rule.version_not_editable");
        QCOMPARE(b.r.error.args.value(QStringLiteral("status")).toString(), QStringLiteral("in_review"));
        REFUSE(c, *engineer, "material.saveDraft", o({{QStringLiteral("code"), code}, {QStringLiteral("rowVersion"), rv2}, {QStringLiteral("data"), again}}),
               "rule.version_not_editable");
        REFUSE(d, *engineer, "material.saveDraft", o({{QStringLiteral("code"), code}, {QStringLiteral("version"), 1}, {QStringLiteral("data"), again}}),
               "rule.version_not_editable");
        // Nor can a version in review be discarded.
        REFUSE(e, *engineer, "material.discardDraft", o({{QStringLiteral("code"), code}, {QStringLiteral("rowVersion"), rv2}}), "rule.version_not_editable");
        QCOMPARE(eco(order.value(QStringLiteral("id")).toInteger()).value(QStringLiteral("status")).toString(), QStringLiteral("in_review"));

        // The database refuses it too, behind the service's back (the triggers are the backstop).
        const QString name = QStringLiteral("tamper-") + QUuid::createUuid().toString(QUuid::Id128);
        {
            QSqlDatabase db = srv().openDirect(name);
            QSqlQuery q(db);
            QVERIFY(!q.exec(QStringLiteral("UPDATE material_version SET name = 'tampered' WHERE code = '%1' AND version = 1").arg(code)));
            QVERIFY(!q.exec(QStringLiteral("UPDATE material_version SET name = 'tampered' WHERE code = '%1' AND version = 2").arg(code)));
            QVERIFY(!q.exec(QStringLiteral("DELETE FROM material_version WHERE code = '%1'").arg(code)));
        }
        QSqlDatabase::removeDatabase(name);
        CALL_OK(still, *engineer, "material.get", o({{QStringLiteral("code"), code}, {QStringLiteral("version"), 1}}));
        QCOMPARE(still.result.value(QStringLiteral("name")).toString(), QStringLiteral("Test material TS-RM-FROZEN"));
    }

    void trainingRecordsAreNumberedWithoutGapsOrRepeats()
    {
        // A server of its own: it is killed half-way.
        TestServer server;
        QVERIFY(server.start());
        auto trainer = server.login(QStringLiteral("qa"));
        QVERIFY(trainer);
        CALL_OK(person, *trainer, "person.create",
                o({{QStringLiteral("data"), o({{QStringLiteral("code"), QStringLiteral("TS-P1")}, {QStringLiteral("name"), QStringLiteral("Test Person")}})}}));
        auto record = [](int round, int i) {
            // Every third request fails validation (expiry before the training).
            return o({{QStringLiteral("person"), QStringLiteral("TS-P1")},
                      {QStringLiteral("procedure"), QStringLiteral("SOP-TS-%1-%2").arg(round).arg(i)},
                      {QStringLiteral("procedureVersion"), 1},
                      {QStringLiteral("trainedOn"), QStringLiteral("2026-03-02")},
                      {QStringLiteral("expiresOn"), i % 3 == 2 ? QStringLiteral("2026-01-01") : QStringLiteral("2028-03-02")}});
        };
        // Four connections, twelve requests each, all sent before any answer is read.
        QList<int> acknowledged;
        auto burst = [&](int round) -> QString {
            std::vector<std::unique_ptr<SyncRpcClient>> conns;
            for (int c = 0; c < 4; ++c)
                conns.push_back(server.login(QStringLiteral("qa")));
            for (const auto &c : conns)
                if (!c)
                    return QStringLiteral("login failed");
            for (int i = 0; i < 12; ++i)
                for (int c = 0; c < 4; ++c)
                    conns[c]->sendRaw(QJsonDocument(o({{QStringLiteral("jsonrpc"), QStringLiteral("2.0")}, {QStringLiteral("id"), i},
                                                        {QStringLiteral("method"), QStringLiteral("trainingRecord.create")},
                                                        {QStringLiteral("params"), o({{QStringLiteral("data"), record(round, i)}})}}))
                                          .toJson(QJsonDocument::Compact) + '\n');
            int refused = 0;
            for (int c = 0; c < 4; ++c)
                for (int i = 0; i < 12; ++i) {
                    bool ok = false;
                    const QJsonObject m = conns[c]->readMessage(30000, &ok);
                    if (!ok)
                        return QStringLiteral("no answer on connection %1").arg(c);
                    const int id = m.value(QStringLiteral("id")).toInt();
                    if (m.contains(QStringLiteral("error"))) {
                        const QJsonObject data = m.value(QStringLiteral("error")).toObject().value(QStringLiteral("data")).toObject();
                        if (id % 3 != 2 || data.value(QStringLiteral("code")).toString() != QLatin1String("validation.failed"))
                            return QStringLiteral("unexpected error for request %1: %2").arg(id).arg(compact(m));
                        ++refused;
                        continue;
                    }
                    if (id % 3 == 2)
                        return QStringLiteral("request %1 should have been refused").arg(id);
                    const QString code = m.value(QStringLiteral("result")).toObject().value(QStringLiteral("code")).toString();
                    if (trSeq(code) < 0)
                        return QStringLiteral("%1 is not a TR-yyyy-nnnnn number").arg(code);
                    acknowledged << trSeq(code);
                }
            return refused == 16 ? QString() : QStringLiteral("%1 refusals instead of 16").arg(refused);
        };
        auto contiguous = [&acknowledged]() -> QString {
            QList<int> sorted = acknowledged;
            std::sort(sorted.begin(), sorted.end());
            for (qsizetype i = 1; i < sorted.size(); ++i)
                if (sorted.at(i) != sorted.at(i - 1) + 1)
                    return QStringLiteral("numbers %1 and %2 follow each other").arg(sorted.at(i - 1)).arg(sorted.at(i));
            return {};
        };
        QString problem = burst(0);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(acknowledged.size(), 32);
        problem = contiguous();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));

        // Killed and restarted: the next number follows the last one acknowledged.
        const int lastBefore = *std::max_element(acknowledged.cbegin(), acknowledged.cend());
        server.kill9();
        QVERIFY(server.restart());
        problem = burst(1);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QCOMPARE(acknowledged.size(), 64);
        problem = contiguous();
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QVERIFY(*std::min_element(acknowledged.cbegin() + 32, acknowledged.cend()) == lastBefore + 1);

        // The database holds exactly the acknowledged numbers.
        auto reader = server.login(QStringLiteral("qa"));
        QVERIFY(reader);
        CALL_OK(list, *reader, "trainingRecord.list", o({{QStringLiteral("search"), QStringLiteral("SOP-TS-")}}));
        QSet<int> stored;
        for (const QJsonValue &v : list.result.value(QStringLiteral("records")).toArray())
            stored.insert(trSeq(v.toObject().value(QStringLiteral("code")).toString()));
        QCOMPARE(stored, QSet<int>(acknowledged.cbegin(), acknowledged.cend()));
    }

    void codingRuleRefusesMalformedPattern()
    {
        CALL_OK(rules, *admin, "codingRule.list", QJsonObject());
        QJsonObject rule;
        for (const QJsonValue &v : rules.result.value(QStringLiteral("rules")).toArray())
            if (v.toObject().value(QStringLiteral("name")) == QLatin1String("training_record"))
                rule = v.toObject();
        QCOMPARE(rule.value(QStringLiteral("pattern")).toString(), QStringLiteral("TR-{yyyy}-{seq:5}"));
        auto update = [&rule](const QString &pattern) {
            return o({{QStringLiteral("name"), QStringLiteral("training_record")},
                      {QStringLiteral("pattern"), pattern},
                      {QStringLiteral("rowVersion"), rule.value(QStringLiteral("rowVersion"))},
                      {QStringLiteral("reason"), QStringLiteral("tst")}});
        };
        for (const QString &bad : {QStringLiteral("TR-{yyyy}-{seq:5"), QStringLiteral("TR-{yyyy}-{sequence:5}"), QStringLiteral("TR-{seq:5}-{seq:3}"),
                                   QStringLiteral("TR-}{seq:5}"), QStringLiteral("TR-{seq:0}")}) {
            REFUSE(r, *admin, "codingRule.update", update(bad), "validation.failed");
            QCOMPARE(detailCode(r.r, QStringLiteral("params.pattern")), QStringLiteral("pattern"));
        }
        // A numbered rule stays numbered.
        REFUSE(n, *admin, "codingRule.update", update(QStringLiteral("TR-{code:2-10}")), "validation.failed");
        QCOMPARE(detailCode(n.r, QStringLiteral("params.pattern")), QStringLiteral("pattern"));
        // A well-formed pattern is taken, and audited.
        CALL_OK(ok, *admin, "codingRule.update", update(QStringLiteral("TRN-{yyyy}-{seq:6}")));
        QCOMPARE(ok.result.value(QStringLiteral("pattern")).toString(), QStringLiteral("TRN-{yyyy}-{seq:6}"));
        CALL_OK(audit, *admin, "audit.query", o({{QStringLiteral("recordType"), QStringLiteral("coding_rule")}, {QStringLiteral("recordId"), QStringLiteral("training_record")}}));
        QCOMPARE(audit.result.value(QStringLiteral("rows")).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstMasterData)
#include "tst_masterdata.moc"
