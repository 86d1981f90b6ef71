// Issue 4, CSV import and export of master data (design/master-data.md section 6): refused files
// leave the database exactly as it was and name the row and column of every problem; dry runs
// import nothing; and done-when 4, the round trip: every entity exported from a plant, imported
// into a server started on an empty database, approved there with a `migration` change order and
// exported again gives the same files.
#include "masterdata/csvcodec.h"
#include "masterdatasupport.h"

#include <QSet>

using namespace concord;
using namespace concord::test;
using namespace concord::test::md;

namespace {
const QString kPassword = QStringLiteral("Csv-round-trip-2026");
const QString kImporter = QStringLiteral("csv.importer");
const QString kApprover = QStringLiteral("csv.approver");
// Everything the importer needs: masterdata.import and every entity's edit permission.
const QStringList kImporterRoles{QStringLiteral("administrator"), QStringLiteral("engineer"), QStringLiteral("qa"),
                                 QStringLiteral("manager"), QStringLiteral("warehouse")};

QString year() { return QString::number(QDateTime::currentDateTimeUtc().date().year()); }

QJsonObject importParams(const QString &entity, const QString &csv, bool dryRun)
{
    return o({{QStringLiteral("entity"), entity}, {QStringLiteral("csv"), csv}, {QStringLiteral("dryRun"), dryRun}});
}

// The report of an import: the result, or the args of the validation.import error.
QJsonObject report(const SyncRpcClient::Response &r)
{
    return r.ok() ? r.result : r.error.args;
}

// "row:field:code" of each problem, for short comparisons.
QStringList problems(const SyncRpcClient::Response &r)
{
    QStringList out;
    for (const QJsonValue &v : report(r).value(QStringLiteral("problems")).toArray()) {
        const QJsonObject p = v.toObject();
        out << QStringLiteral("%1:%2:%3").arg(p.value(QStringLiteral("row")).toInt()).arg(p.value(QStringLiteral("field")).toString(),
                                                                                        p.value(QStringLiteral("code")).toString());
    }
    return out;
}

// The dictionary's entities that have a CSV form, in an order in which every file refers only to
// entities imported before it: referenced entities first, a child after its parent and after the
// children declared before it (routing parameters belong to operations). Read from dictionary.get,
// so that new entities join the round trip by themselves.
QStringList importOrder(SyncRpcClient &c)
{
    const QJsonArray entities = c.call(QStringLiteral("dictionary.get")).result.value(QStringLiteral("entities")).toArray();
    QStringList names;
    QMap<QString, QStringList> needs;
    QMap<QString, QStringList> childrenSoFar;
    for (const QJsonValue &v : entities) {
        const QJsonObject e = v.toObject();
        const QString name = e.value(QStringLiteral("name")).toString();
        if (e.value(QStringLiteral("kind")).toString() == QLatin1String("record"))
            continue;
        names << name;
        for (const QJsonValue &f : e.value(QStringLiteral("fields")).toArray()) {
            const QString ref = f.toObject().value(QStringLiteral("ref")).toString();
            if (!ref.isEmpty() && ref != name && ref != QLatin1String("user"))
                needs[name] << ref;
        }
        const QString parent = e.value(QStringLiteral("parent")).toString();
        if (!parent.isEmpty()) {
            needs[name] << parent << childrenSoFar.value(parent);
            childrenSoFar[parent] << name;
        }
    }
    QStringList order;
    while (order.size() < names.size()) {
        const qsizetype before = order.size();
        for (const QString &n : std::as_const(names)) {
            bool ready = !order.contains(n);
            for (const QString &dep : needs.value(n))
                ready = ready && (order.contains(dep) || !names.contains(dep));
            if (ready)
                order << n;
        }
        if (order.size() == before)
            return {}; // a cycle between entities: the test says so
    }
    return order;
}

QMap<QString, QString> exportAll(SyncRpcClient &c, const QStringList &entities, QString *problem)
{
    QMap<QString, QString> files;
    for (const QString &e : entities) {
        const auto r = c.call(QStringLiteral("masterdata.export"), o({{QStringLiteral("entity"), e}}));
        if (!r.ok()) {
            *problem = QStringLiteral("masterdata.export %1: %2").arg(e, r.error.message);
            return {};
        }
        files.insert(e, r.result.value(QStringLiteral("csv")).toString());
    }
    return files;
}

// Column `column` of every data row of a CSV file.
QStringList columnValues(const QString &text, const QString &column)
{
    const QList<csv::Record> records = csv::parse(text).records;
    const qsizetype at = records.isEmpty() ? -1 : records.constFirst().cells.indexOf(column);
    QStringList out;
    for (qsizetype i = 1; i < records.size() && at >= 0; ++i)
        out << records.at(i).cells.value(at);
    return out;
}
} // namespace

class TstCsvImport : public QObject, protected MasterDataFixture
{
    Q_OBJECT
    std::unique_ptr<SyncRpcClient> importer;

    SyncRpcClient::Response import(const QString &entity, const QString &csv, bool dryRun = false)
    {
        return importer->call(QStringLiteral("masterdata.import"), importParams(entity, csv, dryRun));
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::skipReason().isEmpty())
            QSKIP(qPrintable(TestServer::skipReason()));
        QVERIFY(startFixture());
        QString problem;
        importer = makeUser(srv(), *admin, *qa, QStringLiteral("qa"), TestServer::demoPassword(), kImporter, kImporterRoles, kPassword, &problem);
        QVERIFY2(importer, qPrintable(problem));
    }

    void cleanup()
    {
        if (QTest::currentTestFailed() && m_server)
            qWarning().noquote() << "server log (tail):\n" << m_server->log().right(3000);
    }

    void codecReadsWhatItWrites()
    {
        // Cells that need quoting, and ones a spreadsheet would run as formulas: guarded in the file,
        // given back exactly when read (issue 9, defect 8).
        const QStringList tricky{QString(), QStringLiteral(" leading blank"), QStringLiteral("say \"hi\""), QStringLiteral("a,b"),
                                 QStringLiteral("two\r\nlines"), QStringLiteral("=SUM(A1:A9)"), QStringLiteral("温度 185 °C"),
                                 QStringLiteral("+86 574 8688 5500"), QStringLiteral("-273.15"), QStringLiteral("'=already quoted")};
        const QString text = csv::writeRecord({QStringLiteral("h1"), QStringLiteral("h2")}) + csv::writeRecord(tricky) + csv::writeRecord({QString()});
        QVERIFY(text.contains(QStringLiteral(",'=SUM(A1:A9),")));
        QVERIFY(text.contains(QStringLiteral(",'+86 574 8688 5500,-273.15,''=already quoted\r\n")));
        const csv::Parsed parsed = csv::parse(text);
        QCOMPARE(parsed.error, QString());
        QCOMPARE(parsed.records.size(), 3);
        QCOMPARE(parsed.records.at(1).cells, tricky);
        QCOMPARE(parsed.records.at(2).cells, QStringList{QString()}); // written as "", not a blank line
        QCOMPARE(parsed.records.at(2).row, 3);
        // LF endings, a blank line (skipped, still counted), no final line break.
        const csv::Parsed lf = csv::parse(QStringLiteral("a,b\n\n1,2\n3,\"4\""));
        QCOMPARE(lf.records.size(), 3);
        QCOMPARE(lf.records.at(2).row, 4);
        QCOMPARE(lf.records.at(2).cells, (QStringList{QStringLiteral("3"), QStringLiteral("4")}));
        // Syntax errors name the row the broken record starts in.
        QCOMPARE(csv::parse(QStringLiteral("a,b\r\n1,\"open\r\n2,3\r\n")).errorRow, 2);
        QCOMPARE(csv::parse(QStringLiteral("a,b\r\n1,2\r\n3,\"4\"x\r\n")).errorRow, 3);
        int line = 0;
        QVERIFY(!csv::decodeUtf8(QByteArray("ok\nok\n\xff\n"), &line));
        QCOMPARE(line, 3);
        QCOMPARE(*csv::decodeUtf8(QByteArray("\xEF\xBB\xBF" "a,b"), &line), QStringLiteral("a,b"));
    }

    // The demo suppliers' phone numbers start with "+": the export guards them for spreadsheets and
    // a dry-run import of the very file reads them back unchanged (no problem, no change).
    void exportGuardsFormulaCellsAndImportReadsThemBack()
    {
        CALL_OK(exported, *importer, "masterdata.export", o({{QStringLiteral("entity"), QStringLiteral("supplier")}}));
        const QString text = exported.result.value(QStringLiteral("csv")).toString();
        QVERIFY(text.contains(QStringLiteral(",'+86 ")));
        const csv::Parsed parsed = csv::parse(text);
        const qsizetype phone = parsed.records.at(0).cells.indexOf(QStringLiteral("phone"));
        QVERIFY(phone >= 0);
        QVERIFY(parsed.records.at(1).cells.at(phone).startsWith(QLatin1Char('+')));
        CALL_OK(dry, *importer, "masterdata.import", importParams(QStringLiteral("supplier"), text, true));
        QCOMPARE(dry.result.value(QStringLiteral("problemCount")).toInt(), 0);
        CALL_OK(list, *importer, "supplier.list", QJsonObject());
        bool found = false;
        for (const QJsonValue &v : list.result.value(QStringLiteral("records")).toArray())
            found = found || v.toObject().value(QStringLiteral("phone")).toString() == parsed.records.at(1).cells.at(phone);
        QVERIFY2(found, qPrintable(parsed.records.at(1).cells.at(phone)));
    }

    void importNeedsTheEntitysEditPermission()
    {
        const QString file = QStringLiteral("code,name,type,unit,tracking\r\nFG-CSV-NOPE,Not allowed,finished,pcs,serial\r\n");
        // The administrator may import, but not materials (material.edit); the engineer may edit
        // materials but not import. Both refusals are audited; neither imports anything.
        const auto byAdmin = admin->call(QStringLiteral("masterdata.import"), importParams(QStringLiteral("material"), file, false));
        QCOMPARE(byAdmin.error.dataCode, QStringLiteral("auth.denied"));
        QCOMPARE(byAdmin.error.args.value(QStringLiteral("permission")).toString(), QStringLiteral("material.edit"));
        const auto byEngineer = engineer->call(QStringLiteral("masterdata.import"), importParams(QStringLiteral("material"), file, false));
        QCOMPARE(byEngineer.error.dataCode, QStringLiteral("auth.denied"));
        QCOMPARE(engineer->call(QStringLiteral("material.get"), o({{QStringLiteral("code"), QStringLiteral("FG-CSV-NOPE")}})).error.dataCode,
                 QStringLiteral("not_found"));
    }

    void fileThatIsNotUtf8IsRefused()
    {
        // "Straße" saved as Latin-1 (ß = 0xDF): the whole call is refused, naming the line.
        const QByteArray latin1("code,name,dimension,factor\r\nstr,Stra\xdf" "e,length,1\r\n");
        REFUSE(r, *importer, "masterdata.import",
               o({{QStringLiteral("entity"), QStringLiteral("uom")}, {QStringLiteral("csvBase64"), QString::fromLatin1(latin1.toBase64())},
                  {QStringLiteral("dryRun"), false}}),
               "validation.encoding");
        QCOMPARE(r.r.error.args.value(QStringLiteral("line")).toInt(), 2);
        // Text that was decoded wrongly before it was sent (U+FFFD) is refused the same way.
        REFUSE(t, *importer, "masterdata.import", importParams(QStringLiteral("uom"), QStringLiteral("code,name,dimension,factor\nstr,Stra\uFFFDe,length,1\n"), false),
               "validation.encoding");
        // The same file in UTF-8 with a byte order mark is fine (dry run: nothing stays).
        const QByteArray utf8 = QByteArray("\xEF\xBB\xBF") + QString::fromLatin1(latin1).toUtf8();
        const DbState before = dbState(srv());
        CALL_OK(ok, *importer, "masterdata.import",
                o({{QStringLiteral("entity"), QStringLiteral("uom")}, {QStringLiteral("csvBase64"), QString::fromLatin1(utf8.toBase64())},
                   {QStringLiteral("dryRun"), true}}));
        QCOMPARE(problems(ok), QStringList());
        QCOMPARE(ok.result.value(QStringLiteral("created")).toInt(), 1);
        QCOMPARE(ok.result.value(QStringLiteral("imported")).toInt(), 0);
        const QString unchanged = unchangedSince(srv(), before, QStringLiteral("dry run"));
        QVERIFY2(unchanged.isEmpty(), qPrintable(unchanged));
    }

    void headerProblemsAreRefused()
    {
        // The required column `dimension` is missing: row 1, nothing imported.
        REFUSE(missing, *importer, "masterdata.import",
               importParams(QStringLiteral("uom"), QStringLiteral("code,name,factor\r\ncsva,unit a,1\r\n"), false), "validation.import");
        QCOMPARE(problems(missing.r), QStringList{QStringLiteral("1:dimension:missing_column")});
        QCOMPARE(missing.r.error.args.value(QStringLiteral("count")).toInt(), 1);
        // A column that is no field of the entity (a typo, or another system's extra column).
        REFUSE(unknown, *importer, "masterdata.import",
               importParams(QStringLiteral("uom"), QStringLiteral("code,name,dimension,factor,colour\r\ncsva,unit a,count,1,red\r\n"), false),
               "validation.import");
        QCOMPARE(problems(unknown.r), QStringList{QStringLiteral("1:colour:unknown_column")});
        // A child file must start with its parent's code.
        REFUSE(child, *importer, "masterdata.import",
               importParams(QStringLiteral("bom_line"), QStringLiteral("position,component,qtyPer,unit\r\n1,RM-X,1,kg\r\n"), false), "validation.import");
        QVERIFY2(problems(child.r).contains(QStringLiteral("1:bom:missing_column")), qPrintable(problems(child.r).join(QLatin1Char(' '))));
    }

    void oneBadRowImportsNothing()
    {
        // Rows 2, 3 and 5 are good (and refer to each other); row 4 has a status type that does
        // not exist. The file is refused as a whole, the problem names row 4 and its column.
        const QString file = QStringLiteral("code,name,statusType,parent\r\n"
                                            "WH-CSV-BAD,Bad warehouse,general,\r\n"
                                            "WH-CSV-BAD-Q,Quarantine,quarantine,WH-CSV-BAD\r\n"
                                            "WH-CSV-BAD-X,Sold goods,sold,WH-CSV-BAD\r\n"
                                            "WH-CSV-BAD-R,Released,released,WH-CSV-BAD\r\n");
        REFUSE(r, *importer, "masterdata.import", importParams(QStringLiteral("location"), file, false), "validation.import");
        QCOMPARE(problems(r.r), QStringList{QStringLiteral("4:statusType:enum")});
        QCOMPARE(report(r.r).value(QStringLiteral("rows")).toInt(), 4);
        QCOMPARE(report(r.r).value(QStringLiteral("imported")).toInt(), 0);
        QCOMPARE(qa->call(QStringLiteral("location.get"), o({{QStringLiteral("code"), QStringLiteral("WH-CSV-BAD")}})).error.dataCode, QStringLiteral("not_found"));
        // Problems found by the services: a reference to nothing, a rule of the entity.
        REFUSE(rules, *importer, "masterdata.import",
               importParams(QStringLiteral("equipment"), QStringLiteral("code,name,level,parent,measuring\r\n"
                                                                        "EQ-CSV-1,Orphan,line,EQ-CSV-NONE,false\r\n"
                                                                        "EQ-CSV-2,Gauge,site,,true\r\n"),
                            false),
               "validation.import");
        QCOMPARE(problems(rules.r), (QStringList{QStringLiteral("2:parent:ref"), QStringLiteral("3:calibrationIntervalDays:required")}));
    }

    void quotedFieldsAreParsedRight()
    {
        // RFC 4180: a quoted address with a comma, a doubled quote and a line break; record 3
        // starts on line 4 of the file but is row 3 (as a spreadsheet shows it).
        const QString address = QStringLiteral("12 Harbour Rd, Unit \"5\"\r\nShenzhen 518000");
        const QString file = QStringLiteral("code,name,approvalStatus,address\r\n"
                                            "S-CSV-POLY,\"Polymer Works, Ltd.\",approved,\"12 Harbour Rd, Unit \"\"5\"\"\r\nShenzhen 518000\"\r\n"
                                            "S-CSV-BAD,Bad supplier,maybe,\r\n");
        REFUSE(r, *importer, "masterdata.import", importParams(QStringLiteral("supplier"), file, false), "validation.import");
        QCOMPARE(problems(r.r), QStringList{QStringLiteral("3:approvalStatus:enum")});
        CALL_OK(ok, *importer, "masterdata.import", importParams(QStringLiteral("supplier"), file.left(file.lastIndexOf(QStringLiteral("S-CSV-BAD"))), false));
        QCOMPARE(ok.result.value(QStringLiteral("imported")).toInt(), 1);
        CALL_OK(s, *qa, "supplier.get", o({{QStringLiteral("code"), QStringLiteral("S-CSV-POLY")}}));
        QCOMPARE(s.result.value(QStringLiteral("name")).toString(), QStringLiteral("Polymer Works, Ltd."));
        QCOMPARE(s.result.value(QStringLiteral("address")).toString(), address);
        QCOMPARE(s.result.value(QStringLiteral("active")).toBool(), true); // the missing column took its default
        // The export quotes it the same way, and reading it back changes nothing.
        CALL_OK(exported, *qa, "masterdata.export", o({{QStringLiteral("entity"), QStringLiteral("supplier")}}));
        QVERIFY(exported.result.value(QStringLiteral("csv")).toString().contains(QStringLiteral("\"12 Harbour Rd, Unit \"\"5\"\"\r\nShenzhen 518000\"")));
        CALL_OK(again, *importer, "masterdata.import", importParams(QStringLiteral("supplier"), exported.result.value(QStringLiteral("csv")).toString(), true));
        QCOMPARE(problems(again), QStringList());
        QCOMPARE(again.result.value(QStringLiteral("changed")).toInt(), 0);
        QVERIFY(again.result.value(QStringLiteral("unchanged")).toInt() >= 1);
    }

    void dryRunImportsNothingEvenWhenEveryRowIsGood()
    {
        // Children before their parents in the file: the import runs parents first.
        const QString file = QStringLiteral("code,name,level,parent,measuring,calibrationIntervalDays,calibrationDueOn\r\n"
                                            "EQ-CSV-GAUGE,Pressure gauge,unit,EQ-CSV-WC,true,180,2027-03-01\r\n"
                                            "EQ-CSV-WC,Sealer,work_centre,EQ-CSV-LINE,false,,\r\n"
                                            "EQ-CSV-LINE,Line 9,line,EQ-CSV-SITE,,,\r\n"
                                            "EQ-CSV-SITE,Test site,site,,,,\r\n");
        const DbState before = dbState(srv());
        CALL_OK(dry, *importer, "masterdata.import", importParams(QStringLiteral("equipment"), file, true));
        QCOMPARE(problems(dry), QStringList());
        QCOMPARE(dry.result.value(QStringLiteral("dryRun")).toBool(), true);
        QCOMPARE(dry.result.value(QStringLiteral("created")).toInt(), 4);
        QCOMPARE(dry.result.value(QStringLiteral("imported")).toInt(), 0);
        const QString unchanged = unchangedSince(srv(), before, QStringLiteral("dry run"));
        QVERIFY2(unchanged.isEmpty(), qPrintable(unchanged));

        CALL_OK(real, *importer, "masterdata.import", importParams(QStringLiteral("equipment"), file, false));
        QCOMPARE(real.result.value(QStringLiteral("imported")).toInt(), 4);
        CALL_OK(gauge, *engineer, "equipment.get", o({{QStringLiteral("code"), QStringLiteral("EQ-CSV-GAUGE")}}));
        QCOMPARE(gauge.result.value(QStringLiteral("parent")).toString(), QStringLiteral("EQ-CSV-WC"));
        QCOMPARE(gauge.result.value(QStringLiteral("calibrationIntervalDays")).toInt(), 180);
        // The same file again is nothing new: no record written — only the import itself is on
        // record (audit by contract, issue 10): one audit row masterdata.import.
        const DbState after = dbState(srv());
        CALL_OK(again, *importer, "masterdata.import", importParams(QStringLiteral("equipment"), file, false));
        QCOMPARE(again.result.value(QStringLiteral("unchanged")).toInt(), 4);
        QCOMPARE(again.result.value(QStringLiteral("imported")).toInt(), 0);
        const DbState now = dbState(srv());
        for (auto it = after.tables.cbegin(); it != after.tables.cend(); ++it)
            if (it.key() != QLatin1String("audit_log") && it.key() != QLatin1String("chain_head"))
                QVERIFY2(now.tables.value(it.key()) == it.value(), qPrintable(it.key() + QStringLiteral(" changed by the repeated import")));
        const QStringList audit = now.tables.value(QStringLiteral("audit_log"));
        QCOMPARE(audit.size(), after.tables.value(QStringLiteral("audit_log")).size() + 1);
        QVERIFY2(audit.join(QLatin1Char('\n')).contains(QStringLiteral("|masterdata.import|equipment|")), qPrintable(audit.last()));
    }

    void versionedDataArrivesAsDrafts()
    {
        CALL_OK(m, *importer, "masterdata.import",
                importParams(QStringLiteral("material"), QStringLiteral("code,name,type,unit,tracking\r\n"
                                                                        "FG-CSV-PUMP,Pump set,finished,pcs,serial\r\n"
                                                                        "SF-CSV-HOSE,Hose,semi_finished,m,lot\r\n"),
                             false));
        QCOMPARE(m.result.value(QStringLiteral("created")).toInt(), 2);
        CALL_OK(b, *importer, "masterdata.import",
                importParams(QStringLiteral("bom"), QStringLiteral("code,baseQuantity\r\nFG-CSV-PUMP,1\r\nSF-CSV-HOSE,10\r\n"), false));
        // A line problem names its CSV row: row 3 gives kg for a component counted in metres.
        const QString lines = QStringLiteral("bom,position,component,qtyPer,unit\r\nFG-CSV-PUMP,1,SF-CSV-HOSE,0.80,m\r\n");
        REFUSE(unit, *importer, "masterdata.import", importParams(QStringLiteral("bom_line"), lines + QStringLiteral("FG-CSV-PUMP,2,SF-CSV-HOSE,2,kg\r\n"), false),
               "validation.import");
        QCOMPARE(problems(unit.r), QStringList{QStringLiteral("3:unit:unit_incompatible")});
        CALL_OK(ok, *importer, "masterdata.import", importParams(QStringLiteral("bom_line"), lines, false));
        QCOMPARE(ok.result.value(QStringLiteral("changed")).toInt(), 1);
        CALL_OK(pump, *engineer, "bom.get", o({{QStringLiteral("code"), QStringLiteral("FG-CSV-PUMP")}}));
        QCOMPARE(pump.result.value(QStringLiteral("status")).toString(), QStringLiteral("draft"));
        QCOMPARE(pump.result.value(QStringLiteral("version")).toInt(), 1);
        QCOMPARE(pump.result.value(QStringLiteral("lines")).toArray().first().toObject().value(QStringLiteral("qtyPer")).toString(), QStringLiteral("0.8"));
        CALL_OK(same, *importer, "masterdata.import", importParams(QStringLiteral("bom_line"), lines, false));
        QCOMPARE(same.result.value(QStringLiteral("unchanged")).toInt(), 1);
        // A BOM that would contain itself: the problem is the line closing the loop.
        REFUSE(cycle, *importer, "masterdata.import",
               importParams(QStringLiteral("bom_line"), QStringLiteral("bom,position,component,qtyPer,unit\r\nSF-CSV-HOSE,1,RM-CSV-NONE,1,kg\r\n"
                                                                       "SF-CSV-HOSE,2,FG-CSV-PUMP,1,pcs\r\n"),
                            false),
               "validation.import");
        QVERIFY2(problems(cycle.r).contains(QStringLiteral("2:component:ref")), qPrintable(problems(cycle.r).join(QLatin1Char(' '))));
        REFUSE(loop, *importer, "masterdata.import",
               importParams(QStringLiteral("bom_line"), QStringLiteral("bom,position,component,qtyPer,unit\r\nSF-CSV-HOSE,1,FG-CSV-PUMP,1,pcs\r\n"), false),
               "validation.import");
        QCOMPARE(problems(loop.r), QStringList{QStringLiteral("2:component:rule.bom_cycle")});
    }

    void trainingRecordsKeepTheirNumbers()
    {
        CALL_OK(person, *importer, "masterdata.import",
                importParams(QStringLiteral("person"), QStringLiteral("code,name,username,department\r\nE-CSV-1,\"Zhang, Min\",operator,Line 1\r\n"), false));
        // A historical number that matches the rule is kept; a row without one is numbered.
        const QString kept = QStringLiteral("TR-%1-09000").arg(year());
        const QString file = QStringLiteral("code,person,procedure,procedureVersion,trainedOn,expiresOn\r\n"
                                            "%1,E-CSV-1,WI-SEAL-01,2,2025-03-01,2027-03-01\r\n"
                                            ",E-CSV-1,WI-PACK-01,1,2025-04-01,\r\n").arg(kept);
        CALL_OK(r, *importer, "masterdata.import", importParams(QStringLiteral("training_record"), file, false));
        QCOMPARE(r.result.value(QStringLiteral("created")).toInt(), 2);
        CALL_OK(got, *qa, "trainingRecord.get", o({{QStringLiteral("code"), kept}}));
        QCOMPARE(got.result.value(QStringLiteral("procedure")).toString(), QStringLiteral("WI-SEAL-01"));
        // The server never hands the kept number out again: its counter moved past it.
        CALL_OK(next, *qa, "trainingRecord.create",
                o({{QStringLiteral("data"), o({{QStringLiteral("person"), QStringLiteral("E-CSV-1")}, {QStringLiteral("procedure"), QStringLiteral("WI-UV-01")},
                                               {QStringLiteral("procedureVersion"), 1}, {QStringLiteral("trainedOn"), QStringLiteral("2026-01-10")}})}}));
        const QString issued = next.result.value(QStringLiteral("code")).toString();
        QVERIFY2(issued > kept, qPrintable(issued));
        // A number that does not match the rule is a problem of that row's code.
        REFUSE(bad, *importer, "masterdata.import",
               importParams(QStringLiteral("training_record"), QStringLiteral("code,person,procedure,procedureVersion,trainedOn\r\nTRAIN-7,E-CSV-1,WI-1,1,2025-01-01\r\n"),
                            false),
               "validation.import");
        QCOMPARE(problems(bad.r), QStringList{QStringLiteral("2:code:rule.code_pattern")});
    }

    void roundTripIntoAnEmptyDatabase()
    {
        QString problem;
        buildPlant(&problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        const QStringList order = importOrder(*qa);
        QVERIFY2(order.size() >= 14, qPrintable(order.join(QLatin1Char(' '))));
        const QMap<QString, QString> a = exportAll(*qa, order, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        QStringList sizes;
        for (const QString &e : order) {
            QVERIFY2(a.value(e).count(QStringLiteral("\r\n")) >= 2, qPrintable(e + QStringLiteral(" exported no data: ") + a.value(e)));
            sizes << QStringLiteral("%1 %2").arg(e).arg(csv::parse(a.value(e)).records.size() - 1);
        }
        qInfo().noquote() << "rows exported from A:" << sizes.join(QStringLiteral(", "));

        // Server B: a new database with nothing but the bootstrap administrator.
        TestServer b;
        QVERIFY(b.start(TestServer::nonDemo()));
        auto bAdmin = b.client();
        QVERIFY(bAdmin && bAdmin->login(QStringLiteral("admin"), TestServer::adminPassword()).ok());
        QVERIFY(bAdmin->call(QStringLiteral("auth.changePassword"),
                             o({{QStringLiteral("oldPassword"), TestServer::adminPassword()}, {QStringLiteral("newPassword"), kPassword}})).ok());
        // Nobody else can approve yet: the administrator's approval is waived to a single person.
        auto bImporter = makeUser(b, *bAdmin, *bAdmin, QStringLiteral("admin"), kPassword, kImporter, kImporterRoles, kPassword, &problem);
        QVERIFY2(bImporter, qPrintable(problem));
        // From now on a second person approves: the approver of the migration is set up by both.
        auto bApprover = makeUser(b, *bAdmin, *bImporter, kImporter, kPassword, kApprover, {QStringLiteral("qa")}, kPassword, &problem);
        QVERIFY2(bApprover, qPrintable(problem));
        // People refer to user accounts: the accounts come first, as an IT administrator would.
        QSet<QString> users;
        for (const QJsonValue &u : bAdmin->call(QStringLiteral("user.list")).result.value(QStringLiteral("users")).toArray())
            users.insert(u.toObject().value(QStringLiteral("username")).toString());
        for (const QString &user : columnValues(a.value(QStringLiteral("person")), QStringLiteral("username"))) {
            if (user.isEmpty() || users.contains(user))
                continue;
            users.insert(user);
            const auto u = bAdmin->call(QStringLiteral("user.create"), o({{QStringLiteral("username"), user}, {QStringLiteral("fullName"), user},
                                                                        {QStringLiteral("reason"), QStringLiteral("migration")}}));
            QVERIFY2(u.ok() || u.error.dataCode == QLatin1String("rule.user_reserved"), qPrintable(user + QLatin1Char(' ') + u.error.message));
        }

        for (const QString &e : order) {
            const auto r = bImporter->call(QStringLiteral("masterdata.import"), importParams(e, a.value(e), false));
            QVERIFY2(r.ok(), qPrintable(QStringLiteral("import of %1: %2 %3").arg(e, r.error.message, compact(report(r).value(QStringLiteral("problems"))).left(1500))));
        }

        // The imported materials, BOMs and routings are drafts until a migration change order,
        // written by the importer, is signed "approved" by a second person.
        CALL_OK(created, *bImporter, "eco.create", o({{QStringLiteral("changeClass"), QStringLiteral("migration")},
                                                       {QStringLiteral("title"), QStringLiteral("Initial load from plant A")},
                                                       {QStringLiteral("reason"), QStringLiteral("tst_csvimport round trip")}}));
        QJsonObject order2 = created.result;
        int items = 0;
        for (const QString &entity : {QStringLiteral("material"), QStringLiteral("bom"), QStringLiteral("routing")}) {
            const auto list = bImporter->call(entity + QStringLiteral(".list"));
            QVERIFY2(list.ok(), qPrintable(list.error.message));
            for (const QJsonValue &v : list.result.value(QStringLiteral("records")).toArray()) {
                QCOMPARE(v.toObject().value(QStringLiteral("latestStatus")).toString(), QStringLiteral("draft"));
                CALL_OK(added, *bImporter, "eco.addItem", o({{QStringLiteral("id"), order2.value(QStringLiteral("id"))},
                                                              {QStringLiteral("rowVersion"), order2.value(QStringLiteral("rowVersion"))},
                                                              {QStringLiteral("entity"), entity},
                                                              {QStringLiteral("code"), v.toObject().value(QStringLiteral("code"))}}));
                order2 = added.result;
                ++items;
            }
        }
        QVERIFY(items >= 7);
        CALL_OK(submitted, *bImporter, "eco.submit", o({{QStringLiteral("id"), order2.value(QStringLiteral("id"))},
                                                         {QStringLiteral("rowVersion"), order2.value(QStringLiteral("rowVersion"))}}));
        const auto selfSigned = bImporter->call(QStringLiteral("signature.sign"), o({{QStringLiteral("recordType"), QStringLiteral("change_order")},
                                                                                  {QStringLiteral("recordId"), QString::number(order2.value(QStringLiteral("id")).toInteger())},
                                                                                  {QStringLiteral("recordVersion"), submitted.result.value(QStringLiteral("rowVersion"))},
                                                                                  {QStringLiteral("meaning"), QStringLiteral("approved")},
                                                                                  {QStringLiteral("user"), kImporter},
                                                                                  {QStringLiteral("password"), kPassword}}));
        QCOMPARE(selfSigned.error.dataCode, QStringLiteral("rule.separation_of_duties"));
        CALL_OK(approved, *bApprover, "signature.sign", o({{QStringLiteral("recordType"), QStringLiteral("change_order")},
                                                             {QStringLiteral("recordId"), QString::number(order2.value(QStringLiteral("id")).toInteger())},
                                                             {QStringLiteral("recordVersion"), submitted.result.value(QStringLiteral("rowVersion"))},
                                                             {QStringLiteral("meaning"), QStringLiteral("approved")},
                                                             {QStringLiteral("user"), kApprover},
                                                             {QStringLiteral("password"), kPassword}}));

        // Every entity's file from B equals A's.
        const QMap<QString, QString> bFiles = exportAll(*bApprover, order, &problem);
        QVERIFY2(problem.isEmpty(), qPrintable(problem));
        for (const QString &e : order) {
            if (bFiles.value(e) == a.value(e))
                continue;
            const QStringList left = a.value(e).split(QStringLiteral("\r\n")), right = bFiles.value(e).split(QStringLiteral("\r\n"));
            qsizetype i = 0;
            while (i < left.size() && i < right.size() && left.at(i) == right.at(i))
                ++i;
            QFAIL(qPrintable(QStringLiteral("%1 differs at line %2:\n A: %3\n B: %4").arg(e).arg(i + 1).arg(left.value(i), right.value(i))));
        }
        QVERIFY(bApprover->call(QStringLiteral("audit.verify")).result.value(QStringLiteral("ok")).toBool());
    }

private:
    // A small plant through the API as its people would enter it (the demo seed may add more; the
    // round trip takes whatever is there). Codes contain "CSV"; equipment and location codes sort
    // children before parents, so that the files list them in the "wrong" order.
    void buildPlant(QString *problem)
    {
        auto call = [problem](SyncRpcClient &c, const QString &method, const QJsonObject &data) {
            if (!problem->isEmpty())
                return;
            const auto r = c.call(method, o({{QStringLiteral("data"), data}}));
            if (!r.ok())
                *problem = QStringLiteral("%1 %2: %3 %4").arg(method, compact(data).left(100), r.error.message, compact(r.error.args));
        };
        auto S = [](const char *s) { return QString::fromUtf8(s); };
        call(*engineer, S("uom.create"), o({{S("code"), S("gtt")}, {S("name"), S("drop (20 per mL)")}, {S("dimension"), S("volume")}, {S("factor"), S("0.00005")}}));
        for (const auto &[code, level, parent] : {std::tuple{"ZZ-CSV-SITE", "site", ""}, std::tuple{"YY-CSV-AREA", "area", "ZZ-CSV-SITE"},
                                                  std::tuple{"XX-CSV-LINE", "line", "YY-CSV-AREA"}, std::tuple{"WC-CSV-SEAL", "work_centre", "XX-CSV-LINE"}})
            call(*engineer, S("equipment.create"), o({{S("code"), S(code)}, {S("name"), S("Equipment ") + S(code)}, {S("level"), S(level)}, {S("parent"), S(parent)}}));
        call(*engineer, S("equipment.create"), o({{S("code"), S("UNIT-CSV-TC1")}, {S("name"), S("Thermocouple, seal jaw")}, {S("level"), S("unit")},
                                                 {S("parent"), S("WC-CSV-SEAL")}, {S("measuring"), true}, {S("calibrationIntervalDays"), 180},
                                                 {S("calibrationDueOn"), S("2027-03-01")}}));
        call(*engineer, S("material.create"), o({{S("code"), S("FG-CSV-KIT")}, {S("name"), S("Infusion kit, sterile")}, {S("type"), S("finished")},
                                                {S("unit"), S("pcs")}, {S("tracking"), S("serial")}, {S("shelfLifeDays"), 1095},
                                                {S("description"), S("Kit for \"CSV\" tests\nsecond line")}, {S("storageConditions"), S("15–25 °C, dry")},
                                                {S("gtin"), S("00614141000418")}, {S("deviceClass"), S("IIa")}}));
        call(*engineer, S("material.create"), o({{S("code"), S("SF-CSV-TUBE")}, {S("name"), S("PVC tube")}, {S("type"), S("semi_finished")}, {S("unit"), S("m")}, {S("tracking"), S("lot")}}));
        call(*engineer, S("material.create"), o({{S("code"), S("RM-CSV-RESIN")}, {S("name"), S("PVC resin")}, {S("type"), S("raw")}, {S("unit"), S("kg")},
                                                {S("tracking"), S("lot")}, {S("shelfLifeDays"), 730}}));
        call(*engineer, S("material.create"), o({{S("code"), S("PK-CSV-POUCH")}, {S("name"), S("Tyvek pouch")}, {S("type"), S("packaging")}, {S("unit"), S("pcs")}, {S("tracking"), S("none")}}));
        call(*engineer, S("bom.create"), o({{S("code"), S("SF-CSV-TUBE")}, {S("baseQuantity"), S("100")}, {S("note"), S("extruded, cut to length")},
                                           {S("lines"), QJsonArray{line(1, S("RM-CSV-RESIN"), S("3.50"), S("kg"))}}}));
        QJsonObject scrap = line(1, S("SF-CSV-TUBE"), S("1.25"), S("m"));
        scrap.insert(S("scrapFactor"), S("0.02"));
        call(*engineer, S("bom.create"), o({{S("code"), S("FG-CSV-KIT")}, {S("lines"), QJsonArray{scrap, line(2, S("PK-CSV-POUCH"), S("1"), S("pcs")),
                                                                                              line(3, S("RM-CSV-RESIN"), S("12.5"), S("g"))}}}));
        QJsonObject rt = routing(S("RT-CSV-KIT"), S("FG-CSV-KIT"), S("WC-CSV-SEAL"), S("180"), S("185"), S("190"));
        QJsonArray ops = rt.value(S("operations")).toArray();
        ops.append(o({{S("seq"), 20}, {S("name"), S("Pack, label")}, {S("workCentre"), S("WC-CSV-SEAL")}, {S("setupMinutes"), S("15")},
                      {S("qualification"), S("WI-PACK-01")}, {S("secondPerson"), true}, {S("instructions"), S("1. Fold\n2. Seal, then \"label\"")}}));
        QJsonArray params = rt.value(S("parameters")).toArray();
        params.append(o({{S("operation"), 10}, {S("name"), S("Dwell time")}, {S("target"), S("1.5")}, {S("maximum"), S("2")}, {S("unit"), S("s")}}));
        rt.insert(S("operations"), ops);
        rt.insert(S("parameters"), params);
        call(*engineer, S("routing.create"), rt);
        if (!problem->isEmpty())
            return;
        approveDrafts({{S("material"), S("FG-CSV-KIT")}, {S("material"), S("SF-CSV-TUBE")}, {S("material"), S("RM-CSV-RESIN")},
                       {S("material"), S("PK-CSV-POUCH")}, {S("bom"), S("SF-CSV-TUBE")}, {S("bom"), S("FG-CSV-KIT")}, {S("routing"), S("RT-CSV-KIT")}},
                      problem);
        call(*qa, S("person.create"), o({{S("code"), S("E-CSV-2")}, {S("name"), S("Wang Fang")}, {S("username"), S("inspector")}, {S("department"), S("QC")}}));
        call(*qa, S("person.create"), o({{S("code"), S("E-CSV-3")}, {S("name"), S("Contractor, External")}, {S("active"), false}}));
        call(*qa, S("trainingRecord.create"), o({{S("person"), S("E-CSV-2")}, {S("procedure"), S("RT-CSV-KIT")}, {S("procedureVersion"), 1},
                                                {S("trainedOn"), S("2026-01-15")}, {S("expiresOn"), S("2027-01-15")}, {S("trainer"), S("Omar Haddad")}}));
        call(*manager, S("customer.create"), o({{S("code"), S("C-CSV-HOSP1")}, {S("name"), S("First People's Hospital")}, {S("kind"), S("hospital")},
                                               {S("address"), S("88 Renmin Rd\nShanghai")}, {S("country"), S("CN")}}));
        call(*manager, S("shipTo.create"), o({{S("code"), S("SH-CSV-WARD3")}, {S("customer"), S("C-CSV-HOSP1")}, {S("name"), S("Ward 3, sterile store")},
                                             {S("address"), S("88 Renmin Rd, building 3")}, {S("city"), S("Shanghai")}}));
        call(*importer, S("location.create"), o({{S("code"), S("WH-CSV")}, {S("name"), S("Main store")}, {S("statusType"), S("general")}}));
        call(*importer, S("location.create"), o({{S("code"), S("A-CSV-COLD")}, {S("name"), S("Cold room")}, {S("statusType"), S("released")},
                                                 {S("parent"), S("WH-CSV")}, {S("storageConditions"), S("2–8 °C")}}));
    }
};

QTEST_GUILESS_MAIN(TstCsvImport)
#include "tst_csvimport.moc"
