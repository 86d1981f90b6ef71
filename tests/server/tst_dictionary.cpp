// Issue 4, done-when 3: the unified data dictionary and the database schema describe the same
// thing. For every entity of dictionary.get, every column of its table(s) is one of its fields or
// one of its bookkeeping columns, and every field has a column; the columns are read from the
// database itself (SQLite PRAGMA table_info, PostgreSQL information_schema.columns). The export
// also carries what the issue asks the dictionary to say about the key entities.
#include "masterdatasupport.h"

#include <QDir>
#include <QRegularExpression>
#include <QSet>

#ifndef CONCORD_MIGRATIONS_DIR
#error "CONCORD_MIGRATIONS_DIR must be defined by the build"
#endif

using namespace concord;
using namespace concord::test;
using namespace concord::test::md;

namespace {
QStringList strings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out << x.toString();
    return out;
}

QJsonObject entity(const QJsonObject &dictionary, const QString &name)
{
    for (const QJsonValue &v : dictionary.value(QStringLiteral("entities")).toArray())
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    return {};
}

QJsonObject fieldOf(const QJsonObject &e, const QString &name)
{
    for (const QJsonValue &v : e.value(QStringLiteral("fields")).toArray())
        if (v.toObject().value(QStringLiteral("name")).toString() == name)
            return v.toObject();
    return {};
}

// Every disagreement between the dictionary and the schema, one line each naming table and column.
QStringList schemaProblems(const QJsonObject &dictionary, const std::function<QStringList(const QString &)> &columnsOf)
{
    QStringList problems;
    for (const QJsonValue &v : dictionary.value(QStringLiteral("entities")).toArray()) {
        const QJsonObject e = v.toObject();
        const QString name = e.value(QStringLiteral("name")).toString();
        const QString table = e.value(QStringLiteral("table")).toString();
        const QSet<QString> bookkeeping = [&] {
            const QStringList b = strings(e.value(QStringLiteral("bookkeeping")));
            return QSet<QString>(b.cbegin(), b.cend());
        }();
        QSet<QString> fieldColumns;
        for (const QJsonValue &f : e.value(QStringLiteral("fields")).toArray())
            fieldColumns.insert(f.toObject().value(QStringLiteral("column")).toString());
        // A versioned entity lives in two tables: the identity (its code and the identity's own
        // bookkeeping, nothing else) and the versions (bookkeeping and every field).
        if (e.value(QStringLiteral("kind")).toString() == QLatin1String("versioned")) {
            const QString identity = e.value(QStringLiteral("identityTable")).toString();
            const QStringList allowed = strings(e.value(QStringLiteral("identityBookkeeping"))) + QStringList{QStringLiteral("code")};
            const QStringList columns = columnsOf(identity);
            if (identity.isEmpty() || columns.isEmpty())
                problems << QStringLiteral("entity %1: identity table \"%2\" does not exist").arg(name, identity);
            for (const QString &c : columns)
                if (!allowed.contains(c))
                    problems << QStringLiteral("%1.%2: column without an identity bookkeeping entry in entity %3").arg(identity, c, name);
            for (const QString &c : allowed)
                if (!columns.isEmpty() && !columns.contains(c))
                    problems << QStringLiteral("%1.%2: identity column of entity %3 missing").arg(identity, c, name);
        }
        const QStringList columns = columnsOf(table);
        if (table.isEmpty() || columns.isEmpty())
            problems << QStringLiteral("entity %1: table \"%2\" does not exist").arg(name, table);
        for (const QString &c : columns)
            if (!fieldColumns.contains(c) && !bookkeeping.contains(c))
                problems << QStringLiteral("%1.%2: column without a field or bookkeeping entry in entity %3").arg(table, c, name);
        for (const QString &c : std::as_const(fieldColumns))
            if (!columns.contains(c))
                problems << QStringLiteral("%1.%2: field of entity %3 without a column").arg(table, c, name);
        for (const QString &c : std::as_const(bookkeeping))
            if (!columns.isEmpty() && !columns.contains(c))
                problems << QStringLiteral("%1.%2: bookkeeping column of entity %3 missing").arg(table, c, name);
    }
    return problems;
}
} // namespace

class TstDictionary : public QObject
{
    Q_OBJECT

    std::unique_ptr<TestServer> m_server;
    QJsonObject m_dictionary;
    QString m_connection;

    QStringList columnsOf(const QString &table)
    {
        QSqlDatabase db = QSqlDatabase::database(m_connection);
        QSqlQuery q(db);
        if (m_server->isPostgres()) {
            q.prepare(QStringLiteral("SELECT column_name FROM information_schema.columns WHERE table_schema = current_schema() AND table_name = ? "
                                     "ORDER BY ordinal_position"));
            q.addBindValue(table);
            q.exec();
        } else {
            static const QRegularExpression safe(QStringLiteral("^[a-z_][a-z0-9_]*$"));
            if (!safe.match(table).hasMatch())
                return {};
            q.exec(QStringLiteral("PRAGMA table_info(%1)").arg(table));
        }
        QStringList out;
        while (q.next())
            out << q.value(m_server->isPostgres() ? 0 : 1).toString();
        return out;
    }

    QStringList problems()
    {
        return schemaProblems(m_dictionary, [this](const QString &t) { return columnsOf(t); });
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::skipReason().isEmpty())
            QSKIP(qPrintable(TestServer::skipReason()));
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start());
        auto c = m_server->login(QStringLiteral("planner"));
        QVERIFY(c);
        CALL_OK(d, *c, "dictionary.get", QJsonObject());
        m_dictionary = d.result;
        m_connection = QStringLiteral("dictionary-") + QUuid::createUuid().toString(QUuid::Id128);
        QVERIFY(m_server->openDirect(m_connection).isOpen());
    }

    void cleanupTestCase()
    {
        if (!m_connection.isEmpty()) {
            QSqlDatabase::database(m_connection).close();
            QSqlDatabase::removeDatabase(m_connection);
        }
    }

    void everyColumnIsInTheDictionaryAndEveryFieldHasAColumn()
    {
        const QJsonArray entities = m_dictionary.value(QStringLiteral("entities")).toArray();
        QSet<QString> kinds;
        for (const QJsonValue &v : entities)
            kinds.insert(v.toObject().value(QStringLiteral("kind")).toString());
        QCOMPARE(kinds, (QSet<QString>{QStringLiteral("plain"), QStringLiteral("versioned"), QStringLiteral("child"), QStringLiteral("record")}));
        QVERIFY(entities.size() >= 20);
        const QStringList found = problems();
        QVERIFY2(found.isEmpty(), qPrintable(QStringLiteral("\n") + found.join(QLatin1Char('\n'))));
    }

    void everyMasterDataTableIsDescribed()
    {
        // The tables the master-data migrations create are all some entity's table.
        QSet<QString> described;
        for (const QJsonValue &v : m_dictionary.value(QStringLiteral("entities")).toArray()) {
            described.insert(v.toObject().value(QStringLiteral("table")).toString());
            described.insert(v.toObject().value(QStringLiteral("identityTable")).toString());
        }
        static const QRegularExpression create(QStringLiteral("CREATE TABLE\\s+(?:IF NOT EXISTS\\s+)?([a-z_][a-z0-9_]*)"), QRegularExpression::CaseInsensitiveOption);
        const QDir dir(QStringLiteral(CONCORD_MIGRATIONS_DIR));
        const QStringList files = dir.entryList({QStringLiteral("*master_data*.sql")}, QDir::Files);
        QVERIFY2(!files.isEmpty(), CONCORD_MIGRATIONS_DIR);
        QStringList missing;
        int tables = 0;
        for (const QString &name : files) {
            QFile f(dir.filePath(name));
            QVERIFY(f.open(QIODevice::ReadOnly));
            auto it = create.globalMatch(QString::fromUtf8(f.readAll()));
            while (it.hasNext()) {
                const QString table = it.next().captured(1);
                ++tables;
                if (!described.contains(table))
                    missing << QStringLiteral("%1 (created in %2)").arg(table, name);
            }
        }
        QVERIFY(tables >= 20);
        QVERIFY2(missing.isEmpty(), qPrintable(QStringLiteral("tables without an entity: ") + missing.join(QStringLiteral(", "))));
    }

    void exportCarriesWhatTheIssueRequires()
    {
        auto check = [this](const QString &e, const QString &f, const QString &type) -> QJsonObject {
            const QJsonObject field = fieldOf(entity(m_dictionary, e), f);
            if (field.value(QStringLiteral("type")).toString() != type)
                qWarning().noquote() << e << f << "is" << compact(field);
            return field.value(QStringLiteral("type")).toString() == type ? field : QJsonObject();
        };
        // Material: unit, tracking, shelf life, GTIN, device class.
        QCOMPARE(check(QStringLiteral("material"), QStringLiteral("unit"), QStringLiteral("ref")).value(QStringLiteral("ref")).toString(), QStringLiteral("uom"));
        QCOMPARE(strings(check(QStringLiteral("material"), QStringLiteral("tracking"), QStringLiteral("enum")).value(QStringLiteral("allowedValues"))),
                 (QStringList{QStringLiteral("none"), QStringLiteral("lot"), QStringLiteral("serial")}));
        QCOMPARE(check(QStringLiteral("material"), QStringLiteral("shelfLifeDays"), QStringLiteral("integer")).value(QStringLiteral("unit")).toString(), QStringLiteral("d"));
        QCOMPARE(check(QStringLiteral("material"), QStringLiteral("gtin"), QStringLiteral("text")).value(QStringLiteral("pattern")).toString(), QStringLiteral("[0-9]{14}"));
        QVERIFY(strings(check(QStringLiteral("material"), QStringLiteral("deviceClass"), QStringLiteral("enum")).value(QStringLiteral("allowedValues"))).contains(QStringLiteral("III")));
        // Routing parameters: limits in the parameter's unit.
        for (const QString &limit : {QStringLiteral("minimum"), QStringLiteral("maximum"), QStringLiteral("target")})
            QCOMPARE(check(QStringLiteral("routing_parameter"), limit, QStringLiteral("decimal")).value(QStringLiteral("unitField")).toString(), QStringLiteral("unit"));
        QCOMPARE(check(QStringLiteral("routing_parameter"), QStringLiteral("unit"), QStringLiteral("ref")).value(QStringLiteral("ref")).toString(), QStringLiteral("uom"));
        // Equipment: measuring equipment and its calibration interval.
        QVERIFY(!check(QStringLiteral("equipment"), QStringLiteral("measuring"), QStringLiteral("bool")).isEmpty());
        QCOMPARE(check(QStringLiteral("equipment"), QStringLiteral("calibrationIntervalDays"), QStringLiteral("integer")).value(QStringLiteral("unit")).toString(), QStringLiteral("d"));
        // Supplier: status on the approved supplier list.
        QVERIFY(strings(check(QStringLiteral("supplier"), QStringLiteral("approvalStatus"), QStringLiteral("enum")).value(QStringLiteral("allowedValues"))).contains(QStringLiteral("approved")));
        // A BOM quantity is greater than 0, in the line's unit.
        const QJsonObject qty = check(QStringLiteral("bom_line"), QStringLiteral("qtyPer"), QStringLiteral("decimal"));
        QCOMPARE(qty.value(QStringLiteral("minimum")).toString(), QStringLiteral("0"));
        QCOMPARE(qty.value(QStringLiteral("minimumExclusive")).toBool(), true);

        // Every entity and field is described: owner module, ISA-95 name where it has one, English
        // label and description, type; versioned data (and its rows) is change-controlled.
        for (const QJsonValue &v : m_dictionary.value(QStringLiteral("entities")).toArray()) {
            const QJsonObject e = v.toObject();
            const QString name = e.value(QStringLiteral("name")).toString();
            for (const char *key : {"label", "description", "ownerModule", "kind", "table"})
                QVERIFY2(!e.value(QLatin1String(key)).toString().isEmpty(), qPrintable(name + QStringLiteral(": no ") + QLatin1String(key)));
            const QString kind = e.value(QStringLiteral("kind")).toString();
            const bool controlled = kind == QLatin1String("versioned") || kind == QLatin1String("child");
            QCOMPARE(e.value(QStringLiteral("changeControlled")).toBool(), controlled);
            for (const QJsonValue &fv : e.value(QStringLiteral("fields")).toArray()) {
                const QJsonObject f = fv.toObject();
                const QString where = name + QLatin1Char('.') + f.value(QStringLiteral("name")).toString();
                for (const char *key : {"label", "description", "type", "column"})
                    QVERIFY2(!f.value(QLatin1String(key)).toString().isEmpty(), qPrintable(where + QStringLiteral(": no ") + QLatin1String(key)));
                if (f.value(QStringLiteral("type")) == QLatin1String("enum"))
                    QVERIFY2(!f.value(QStringLiteral("allowedValues")).toArray().isEmpty(), qPrintable(where));
                if (f.value(QStringLiteral("type")) == QLatin1String("ref"))
                    QVERIFY2(!f.value(QStringLiteral("ref")).toString().isEmpty(), qPrintable(where));
            }
        }
        for (const QString &name : {QStringLiteral("material"), QStringLiteral("bom"), QStringLiteral("routing"), QStringLiteral("equipment"),
                                    QStringLiteral("person"), QStringLiteral("supplier"), QStringLiteral("customer")})
            QVERIFY2(!entity(m_dictionary, name).value(QStringLiteral("isa95")).toString().isEmpty(), qPrintable(name));
        QCOMPARE(fieldOf(entity(m_dictionary, QStringLiteral("material")), QStringLiteral("name")).value(QStringLiteral("changeControlled")).toBool(), true);
        QCOMPARE(fieldOf(entity(m_dictionary, QStringLiteral("supplier")), QStringLiteral("name")).value(QStringLiteral("changeControlled")).toBool(), false);
    }

    // The comparison is able to fail: a column added behind the dictionary's back (a plain table and
    // a version table), or a field the schema lacks, is reported by table and column. Runs last: it
    // changes this test's own database.
    void zz_undocumentedColumnIsReported()
    {
        QSqlQuery q(QSqlDatabase::database(m_connection));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE supplier ADD COLUMN ts_undocumented TEXT")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE material_version ADD COLUMN ts_secret INTEGER")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE bom_line ADD COLUMN ts_line_note TEXT")));
        QVERIFY(q.exec(QStringLiteral("ALTER TABLE routing ADD COLUMN name TEXT"))); // a field, but on the identity table
        QStringList found = problems();
        QVERIFY2(found.contains(QStringLiteral("supplier.ts_undocumented: column without a field or bookkeeping entry in entity supplier")),
                 qPrintable(found.join(QLatin1Char('\n'))));
        QVERIFY2(found.contains(QStringLiteral("material_version.ts_secret: column without a field or bookkeeping entry in entity material")),
                 qPrintable(found.join(QLatin1Char('\n'))));
        QVERIFY2(found.contains(QStringLiteral("bom_line.ts_line_note: column without a field or bookkeeping entry in entity bom_line")),
                 qPrintable(found.join(QLatin1Char('\n'))));
        QVERIFY2(found.contains(QStringLiteral("routing.name: column without an identity bookkeeping entry in entity routing")),
                 qPrintable(found.join(QLatin1Char('\n'))));
        QCOMPARE(found.size(), 4);

        // And the other way round: a field the schema has no column for.
        QJsonArray entities = m_dictionary.value(QStringLiteral("entities")).toArray();
        for (qsizetype i = 0; i < entities.size(); ++i) {
            QJsonObject e = entities.at(i).toObject();
            if (e.value(QStringLiteral("name")) != QLatin1String("equipment"))
                continue;
            QJsonArray fields = e.value(QStringLiteral("fields")).toArray();
            fields.append(o({{QStringLiteral("name"), QStringLiteral("serialNumber")}, {QStringLiteral("column"), QStringLiteral("serial_number")}}));
            e.insert(QStringLiteral("fields"), fields);
            entities.replace(i, e);
        }
        QJsonObject altered = m_dictionary;
        altered.insert(QStringLiteral("entities"), entities);
        found = schemaProblems(altered, [this](const QString &t) { return columnsOf(t); });
        QVERIFY2(found.contains(QStringLiteral("equipment.serial_number: field of entity equipment without a column")), qPrintable(found.join(QLatin1Char('\n'))));
    }
};

QTEST_GUILESS_MAIN(TstDictionary)
#include "tst_dictionary.moc"
