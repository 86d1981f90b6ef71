// Issue 9, defect 1: a line break before or after a value never passes a format check. Patterns
// used to be wrapped as ^(?:…)$, and in PCRE2 `$` also matches before a final "\n": "admin\n"
// became a second account that displays as "admin", "S-BATTERY-01\n" an approved twin of a
// conditional supplier. The walk below takes every pattern-bearing field of every method from
// rpc.discover and every format-checked column of every CSV file from dictionary.get, so a field
// added later is covered without touching this file. Every variant must be refused with the
// field named and the database unchanged (brief 05: bad input changes nothing).
#include "masterdata/csvcodec.h"
#include "masterdatasupport.h"
#include "patternsample.h"

#include <QSet>

using namespace concord;
using namespace concord::test;
using namespace concord::test::md;

namespace {
const QString kAll = QStringLiteral("tst.all");
const QString kPassword = QStringLiteral("Pattern-walk-2026");

// The line breaks that used to slip through, before and after a valid value.
QStringList variants(const QString &valid)
{
    QStringList out;
    for (const char *brk : {"\n", "\r\n", "\r"}) {
        out << valid + QLatin1String(brk);
        out << QLatin1String(brk) + valid;
    }
    return out;
}

QString visible(QString s)
{
    return s.replace(QLatin1Char('\r'), QStringLiteral("\\r")).replace(QLatin1Char('\n'), QStringLiteral("\\n"));
}

// One string field with a pattern somewhere in a method's params.
struct PatternField
{
    QString method;
    QStringList path; // members from params down; "[0]" for the first item of an array
    QString pattern;
    // As validation details name it: params.data.code, params.lines[0].unit
    QString field() const
    {
        QString f = QStringLiteral("params");
        for (const QString &p : path)
            f += p.startsWith(QLatin1Char('[')) ? p : QLatin1Char('.') + p;
        return f;
    }
};

void collect(const QString &method, const QJsonObject &schema, const QStringList &path, QList<PatternField> &out)
{
    const QString type = schema.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("string") && schema.contains(QStringLiteral("pattern")))
        out.append({method, path, schema.value(QStringLiteral("pattern")).toString()});
    if (type == QLatin1String("object")) {
        const QJsonObject props = schema.value(QStringLiteral("properties")).toObject();
        for (auto it = props.begin(); it != props.end(); ++it)
            collect(method, it.value().toObject(), path + QStringList{it.key()}, out);
    }
    if (type == QLatin1String("array"))
        collect(method, schema.value(QStringLiteral("items")).toObject(), path + QStringList{QStringLiteral("[0]")}, out);
}

// A value of the schema's type that passes its checks (required members only, for objects).
QJsonValue filler(const QJsonObject &schema)
{
    const QString type = schema.value(QStringLiteral("type")).toString();
    if (type == QLatin1String("string")) {
        if (schema.contains(QStringLiteral("enum")))
            return schema.value(QStringLiteral("enum")).toArray().first();
        if (schema.contains(QStringLiteral("pattern"))) {
            QString problem;
            return sampleFor(schema.value(QStringLiteral("pattern")).toString(), &problem);
        }
        if (schema.value(QStringLiteral("format")) == QLatin1String("date-time"))
            return nowIso();
        return QString(qMax(1, schema.value(QStringLiteral("minLength")).toInt()), QLatin1Char('x'));
    }
    if (type == QLatin1String("integer") || type == QLatin1String("number"))
        return qMax(1.0, schema.value(QStringLiteral("minimum")).toDouble());
    if (type == QLatin1String("boolean"))
        return false;
    if (type == QLatin1String("array")) {
        QJsonArray a;
        for (int i = 0; i < schema.value(QStringLiteral("minItems")).toInt(); ++i)
            a.append(filler(schema.value(QStringLiteral("items")).toObject()));
        return a;
    }
    QJsonObject o;
    const QJsonObject props = schema.value(QStringLiteral("properties")).toObject();
    for (const QJsonValue &r : schema.value(QStringLiteral("required")).toArray())
        o.insert(r.toString(), filler(props.value(r.toString()).toObject()));
    return o;
}

// The filler of `schema` with `value` put at `path`.
QJsonValue withValueAt(const QJsonObject &schema, const QStringList &path, const QJsonValue &value)
{
    if (path.isEmpty())
        return value;
    if (path.first() == QLatin1String("[0]"))
        return QJsonArray{withValueAt(schema.value(QStringLiteral("items")).toObject(), path.mid(1), value)};
    QJsonObject o = filler(schema).toObject();
    o.insert(path.first(), withValueAt(schema.value(QStringLiteral("properties")).toObject().value(path.first()).toObject(), path.mid(1), value));
    return o;
}
} // namespace

class TstPatterns : public QObject, public MasterDataFixture
{
    Q_OBJECT

    std::unique_ptr<SyncRpcClient> all; // holds every permission a role can have

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::skipReason().isEmpty())
            QSKIP(qPrintable(TestServer::skipReason()));
        QVERIFY(startFixture());
        // A role with every permission, so that every method gets as far as its schema check.
        const auto perms = admin->call(QStringLiteral("role.permissions"));
        QVERIFY2(perms.ok(), qPrintable(perms.error.message));
        CALL_OK(role, *admin, "role.create", o({{QStringLiteral("name"), QStringLiteral("tst-all")},
                                                {QStringLiteral("permissions"), perms.result.value(QStringLiteral("permissions"))},
                                                {QStringLiteral("reason"), QStringLiteral("tst_patterns: every method")}}));
        // Its permissions take effect once another person approves them (issue 10).
        const QJsonObject pending = role.result.value(QStringLiteral("pendingChange")).toObject();
        CALL_OK(approved, *qa, "signature.sign", o({{QStringLiteral("recordType"), QStringLiteral("role_permission_change")},
                                                    {QStringLiteral("recordId"), QString::number(pending.value(QStringLiteral("id")).toInteger())},
                                                    {QStringLiteral("recordVersion"), pending.value(QStringLiteral("rowVersion"))},
                                                    {QStringLiteral("meaning"), QStringLiteral("approved")}, {QStringLiteral("user"), QStringLiteral("qa")},
                                                    {QStringLiteral("password"), TestServer::demoPassword()}}));
        QString problem;
        all = makeUser(srv(), *admin, *qa, QStringLiteral("qa"), TestServer::demoPassword(), kAll, {QStringLiteral("tst-all")}, kPassword, &problem);
        QVERIFY2(all, qPrintable(problem));
    }

    // The samples the walk relies on are accepted where nothing else is wrong: otherwise a refusal
    // below could be the sample's fault, not the line break's.
    void samplesMatchTheirPatterns()
    {
        const auto discover = all->call(QStringLiteral("rpc.discover"));
        QVERIFY(discover.ok());
        QSet<QString> patterns;
        for (const QJsonValue &m : discover.result.value(QStringLiteral("methods")).toArray()) {
            QList<PatternField> fields;
            collect(m.toObject().value(QStringLiteral("name")).toString(), m.toObject().value(QStringLiteral("params")).toObject(), {}, fields);
            for (const PatternField &f : std::as_const(fields))
                patterns.insert(f.pattern);
        }
        QVERIFY2(patterns.size() >= 8, qPrintable(QStringLiteral("only %1 patterns published").arg(patterns.size())));
        for (const QString &p : std::as_const(patterns)) {
            QString problem;
            const QString sample = sampleFor(p, &problem);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            for (const QString &bad : variants(sample))
                QVERIFY2(!QRegularExpression(QRegularExpression::anchoredPattern(p)).match(bad).hasMatch(),
                         qPrintable(QStringLiteral("pattern %1 itself allows \"%2\"").arg(p, visible(bad))));
        }
    }

    void everyPatternFieldOfEveryMethodRefusesLineBreaks()
    {
        const auto discover = all->call(QStringLiteral("rpc.discover"));
        QVERIFY(discover.ok());
        QList<PatternField> fields;
        QHash<QString, QJsonObject> schemas;
        for (const QJsonValue &m : discover.result.value(QStringLiteral("methods")).toArray()) {
            const QString name = m.toObject().value(QStringLiteral("name")).toString();
            schemas.insert(name, m.toObject().value(QStringLiteral("params")).toObject());
            collect(name, schemas.value(name), {}, fields);
        }
        QVERIFY2(fields.size() >= 30, qPrintable(QStringLiteral("only %1 pattern fields found").arg(fields.size())));
        QSet<QString> methods;
        for (const PatternField &f : std::as_const(fields)) {
            methods.insert(f.method);
            QString problem;
            const QString sample = sampleFor(f.pattern, &problem);
            QVERIFY2(problem.isEmpty(), qPrintable(problem));
            const QJsonObject schema = schemas.value(f.method);
            // Control: the sample itself draws no complaint about this field (a stray member makes
            // the request invalid so that nothing is written).
            {
                QJsonObject params = withValueAt(schema, f.path, sample).toObject();
                params.insert(QStringLiteral("tstProbe"), true);
                const auto r = all->call(f.method, params);
                QCOMPARE(r.error.dataCode, QStringLiteral("validation.failed"));
                for (const FieldError &e : r.error.details)
                    QVERIFY2(e.field != f.field(), qPrintable(QStringLiteral("%1 %2 refuses the valid sample \"%3\": %4")
                                                                  .arg(f.method, f.field(), sample, e.code)));
            }
            const DbState before = dbState(srv());
            for (const QString &bad : variants(sample)) {
                const auto r = all->call(f.method, withValueAt(schema, f.path, bad).toObject());
                const QString what = QStringLiteral("%1 %2 = \"%3\"").arg(f.method, f.field(), visible(bad));
                QVERIFY2(!r.ok(), qPrintable(what + QStringLiteral(" was accepted")));
                QVERIFY2(r.error.dataCode == QLatin1String("validation.failed"), qPrintable(what + QStringLiteral(": ") + r.error.dataCode));
                bool named = false;
                for (const FieldError &e : r.error.details)
                    named = named || (e.field == f.field() && e.code == QLatin1String("pattern"));
                QVERIFY2(named, qPrintable(what + QStringLiteral(": no pattern problem named for the field")));
            }
            const QString changed = unchangedSince(srv(), before, f.method + QLatin1Char(' ') + f.field());
            QVERIFY2(changed.isEmpty(), qPrintable(changed));
        }
        // The examples of the defect report are among them.
        for (const char *m : {"user.create", "role.create", "uom.create", "material.create", "alarm.raise"})
            QVERIFY2(methods.contains(QLatin1String(m)), m);
    }

    // Codes checked by a coding rule (in the handler, not the schema): the twins of the report.
    void codesCheckedByCodingRulesRefuseLineBreaks()
    {
        const struct
        {
            const char *method;
            SyncRpcClient *client;
            QJsonObject data;
        } cases[] = {
            {"supplier.create", qa.get(), o({{QStringLiteral("code"), QStringLiteral("S-BATTERY-01")}, {QStringLiteral("name"), QStringLiteral("Twin")},
                                             {QStringLiteral("approvalStatus"), QStringLiteral("approved")}})},
            {"material.create", engineer.get(), material(QStringLiteral("FG-INFUSION-SET"), QStringLiteral("finished"), QStringLiteral("pcs"))},
            {"customer.create", manager.get(), o({{QStringLiteral("code"), QStringLiteral("C-TS-HOSPITAL")}, {QStringLiteral("name"), QStringLiteral("Twin")},
                                              {QStringLiteral("kind"), QStringLiteral("hospital")}})},
        };
        for (const auto &c : cases) {
            for (const QString &bad : variants(c.data.value(QStringLiteral("code")).toString())) {
                QJsonObject data = c.data;
                data.insert(QStringLiteral("code"), bad);
                const auto r = refuse(srv(), *c.client, QLatin1String(c.method), o({{QStringLiteral("data"), data}}), QStringLiteral("rule.code_pattern"));
                QVERIFY2(r.problem.isEmpty(), qPrintable(r.problem));
            }
        }
        // The fixed code itself is still a good code: a new customer is created with it.
        CALL_OK(created, *manager, "customer.create", o({{QStringLiteral("data"), cases[2].data}}));
    }

    // Every column of every CSV file whose values have a format — everything but free text, where a
    // line break is legitimate: pattern fields, the coded identity column, dates, decimals, whole
    // numbers, yes/no, allowed values and references. The first row of each export is imported
    // with one cell changed; the whole file is refused, the cell is named, nothing is imported.
    void everyFormatCheckedCsvColumnRefusesLineBreaks()
    {
        const auto dict = all->call(QStringLiteral("dictionary.get"));
        QVERIFY(dict.ok());
        int columns = 0;
        QSet<QString> covered;
        for (const QJsonValue &ev : dict.result.value(QStringLiteral("entities")).toArray()) {
            const QJsonObject e = ev.toObject();
            const QString entity = e.value(QStringLiteral("name")).toString();
            if (e.value(QStringLiteral("kind")).toString() == QLatin1String("record"))
                continue;
            QSet<QString> checked;
            for (const QJsonValue &fv : e.value(QStringLiteral("fields")).toArray()) {
                const QJsonObject f = fv.toObject();
                const QString type = f.value(QStringLiteral("type")).toString();
                const bool freeText = type == QLatin1String("text") && f.value(QStringLiteral("pattern")).toString().isEmpty() &&
                                      !(f.value(QStringLiteral("name")) == QLatin1String("code") && e.contains(QStringLiteral("codingRule")));
                if (!freeText)
                    checked.insert(f.value(QStringLiteral("name")).toString());
            }
            const auto exported = all->call(QStringLiteral("masterdata.export"), o({{QStringLiteral("entity"), entity}}));
            QVERIFY2(exported.ok(), qPrintable(entity + QStringLiteral(": ") + exported.error.message));
            const csv::Parsed file = csv::parse(exported.result.value(QStringLiteral("csv")).toString());
            QVERIFY2(file.error.isEmpty() && file.records.size() >= 2, qPrintable(entity + QStringLiteral(": export has no rows")));
            const QStringList header = file.records.at(0).cells;
            const QStringList row = file.records.at(1).cells;
            for (qsizetype col = 0; col < header.size(); ++col) {
                if (!checked.contains(header.at(col)))
                    continue;
                ++columns;
                covered.insert(entity + QLatin1Char('.') + header.at(col));
                const DbState before = dbState(srv());
                for (const QString &bad : variants(row.at(col))) {
                    QStringList cells = row;
                    cells[col] = bad;
                    const QString text = csv::writeRecord(header) + csv::writeRecord(cells);
                    const auto r = all->call(QStringLiteral("masterdata.import"),
                                             o({{QStringLiteral("entity"), entity}, {QStringLiteral("csv"), text}, {QStringLiteral("dryRun"), false}}));
                    const QString what = QStringLiteral("%1 column %2 = \"%3\"").arg(entity, header.at(col), visible(bad));
                    QVERIFY2(!r.ok(), qPrintable(what + QStringLiteral(" was imported")));
                    bool named = false;
                    for (const QJsonValue &pv : r.error.args.value(QStringLiteral("problems")).toArray())
                        named = named || (pv.toObject().value(QStringLiteral("row")).toInt() == 2 &&
                                          pv.toObject().value(QStringLiteral("field")).toString() == header.at(col));
                    QVERIFY2(named, qPrintable(what + QStringLiteral(": the cell is not named: ") + compact(r.error.args).left(400)));
                }
                const QString changed = unchangedSince(srv(), before, entity + QStringLiteral(" import"));
                QVERIFY2(changed.isEmpty(), qPrintable(changed));
            }
        }
        QVERIFY2(columns >= 40, qPrintable(QStringLiteral("only %1 format-checked columns").arg(columns)));
        // The report's example: a second unit "kg\n".
        QVERIFY(covered.contains(QStringLiteral("uom.code")));
        QVERIFY(covered.contains(QStringLiteral("supplier.code")));
    }
};

QTEST_GUILESS_MAIN(TstPatterns)
#include "tst_patterns.moc"
