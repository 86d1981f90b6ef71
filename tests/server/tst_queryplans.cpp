// Issue 10 item 6: every statement of the server's catalogue that reads or changes rows finds them
// through an index on the tables that grow (audit trail, events, idempotency keys, sessions,
// signatures, master-data versions, change orders, alarms …). The statements are taken from the
// catalogue the server builds (loadStatements: the modules' .sql files, every shape of a statement
// with optional filters, the statements generated from the data dictionary), so a new statement is
// checked without being listed here; each is explained on a database migrated by the server.
//
// SQLite: EXPLAIN QUERY PLAN. The database has no ANALYZE statistics, so SQLite plans as for large
// tables. PostgreSQL: EXPLAIN of the generic plan of the prepared statement (the plan a statement
// with ? gets whatever its values), with enable_seqscan, enable_hashjoin and enable_mergejoin off
// in the test session: PostgreSQL then still uses those only when no index can answer, so a Seq
// Scan means a missing index rather than a small test table.
//
// The rules (queryplan.h): a growing table that the statement filters by equality is found by an
// index equality; filtered by a range only, through an index range; not filtered, it may be walked
// only by a page (LIMIT, in index order, no sort). Exceptions are in kExempt, one list, with reasons.
#include "queryplan.h"
#include "core/statements.h"
#include "testserver.h"

#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace concord;
using namespace concord::test;

namespace {

struct Exemption
{
    enum Kind { Table, Statement } kind;
    QString name; // a table, or a pattern matching whole statement names
    QString reason;
    bool postgresOnly = false; // needed on PostgreSQL only (its planner); not stale on SQLite
};

// The one list of exceptions; everyExemptionIsStillNeeded fails on an entry nothing needs.
const QList<Exemption> kExempt = {
    {Exemption::Table, QStringLiteral("role"), QStringLiteral("the plant's roles: tens of rows, listed whole by role.list")},
    {Exemption::Table, QStringLiteral("change_class"), QStringLiteral("change classes: a handful, set up once, listed whole")},
    {Exemption::Table, QStringLiteral("coding_rule"), QStringLiteral("numbering rules: one per kind of number, listed whole")},
    {Exemption::Statement, QStringLiteral("identity\\.user_list"),
     QStringLiteral("user.list returns every account of the plant by design (no paging; hundreds to a few thousand, most of them "
                    "active, so an index on active would not select)")},
    {Exemption::Statement, QStringLiteral("identity\\.approver_count"),
     QStringLiteral("runs only while the commissioning waiver is open (a new installation with a handful of accounts); each "
                    "account is reached by primary key from the approvers' roles and its kind checked on that row"),
     true},
    {Exemption::Statement, QStringLiteral("md\\.\\w+\\.list(_latest)?\\[search\\]"),
     QStringLiteral("master-data search matches a substring (LIKE '%text%'), which no B-tree index serves; it walks the "
                    "codes in order and stops after LIMIT matches")},
    {Exemption::Statement, QStringLiteral("md\\.\\w+\\.list_in_force\\[(search)?\\]"),
     QStringLiteral("in force = approved, superseded or obsolete and dated around the time: nearly every version, so an index on "
                    "status would select almost all rows; the walk in code order stops after LIMIT codes")},
};

bool matchesWhole(const QString &pattern, const QString &name)
{
    return QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(name).hasMatch();
}

QString exemptionOf(const QString &statement)
{
    for (const Exemption &e : kExempt)
        if (e.kind == Exemption::Statement && matchesWhole(e.name, statement))
            return e.name;
    return {};
}

// Every table grows but the exempt ones (and, for everyExemptionIsStillNeeded, but `except`).
bool grows(const QString &table, const QString &except = QString())
{
    for (const Exemption &e : kExempt)
        if (e.kind == Exemption::Table && e.name == table && e.name != except)
            return false;
    return true;
}

// What a statement does, by its first word.
enum class Kind { Data, Transaction, Unknown };
Kind kindOf(const QString &sql)
{
    QString first = sql.trimmed().section(QRegularExpression(QStringLiteral("\\s")), 0, 0).toUpper();
    if (first.endsWith(QLatin1Char(';')))
        first.chop(1);
    if (first == QLatin1String("SELECT") || first == QLatin1String("WITH") || first == QLatin1String("INSERT") ||
        first == QLatin1String("UPDATE") || first == QLatin1String("DELETE"))
        return Kind::Data;
    if (first == QLatin1String("SAVEPOINT") || first == QLatin1String("RELEASE") || first == QLatin1String("ROLLBACK") ||
        first == QLatin1String("BEGIN") || first == QLatin1String("COMMIT"))
        return Kind::Transaction;
    return Kind::Unknown;
}

} // namespace

class TstQueryPlans : public QObject
{
    Q_OBJECT

    TestServer m_server;
    SqlCatalog m_catalog;
    QString m_connection;

    QSqlDatabase db() const { return QSqlDatabase::database(m_connection); }

    plans::Plan explain(const QString &sql)
    {
        QSqlDatabase d = db();
        return m_server.isPostgres() ? plans::explainPostgres(d, sql) : plans::explainSqlite(d, sql);
    }

    QStringList problemsOf(const QString &statement, const QString &growingAfterAll = QString())
    {
        const QString sql = m_catalog.get(statement);
        return plans::check(statement, plans::analyse(sql), explain(sql),
                            [&](const QString &table) { return grows(table, growingAfterAll); });
    }

    // Every data statement, exempt ones left out.
    QStringList problemsOfAll()
    {
        QStringList problems;
        for (const QString &name : m_catalog.names())
            if (kindOf(m_catalog.get(name)) == Kind::Data && exemptionOf(name).isEmpty())
                problems += problemsOf(name);
        return problems;
    }

    bool exec(const QString &statement)
    {
        QSqlQuery q(db());
        if (!q.exec(statement)) {
            qWarning().noquote() << statement << "failed:" << q.lastError().text();
            return false;
        }
        return true;
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::skipReason().isEmpty())
            QSKIP(qPrintable(TestServer::skipReason()));
        // The server migrates the database; the plans are read from it with the server stopped.
        QVERIFY(m_server.start(TestServer::nonDemo()));
        QVERIFY(m_server.stop());
        QString error;
        m_catalog = loadStatements(m_server.isPostgres() ? Dialect::Postgres : Dialect::Sqlite, &error);
        QVERIFY2(error.isEmpty(), qPrintable(error));
        m_connection = QStringLiteral("queryplans");
        QVERIFY(m_server.openDirect(m_connection).isOpen());
        if (m_server.isPostgres()) {
            for (const char *setting : {"plan_cache_mode = force_generic_plan", "enable_seqscan = off", "enable_hashjoin = off", "enable_mergejoin = off"})
                QVERIFY(exec(QStringLiteral("SET ") + QLatin1String(setting)));
        }
    }

    void cleanupTestCase()
    {
        if (QSqlDatabase::contains(m_connection)) {
            db().close();
            QSqlDatabase::removeDatabase(m_connection);
        }
    }

    // Every statement is either explained here or transaction control; a new kind must be added.
    void everyStatementIsClassified()
    {
        int data = 0, transaction = 0;
        QStringList unknown;
        for (const QString &name : m_catalog.names()) {
            switch (kindOf(m_catalog.get(name))) {
            case Kind::Data: ++data; break;
            case Kind::Transaction: ++transaction; break;
            case Kind::Unknown: unknown << name; break;
            }
        }
        QVERIFY2(unknown.isEmpty(), qPrintable(QStringLiteral("statements of unknown kind: ") + unknown.join(QStringLiteral(", "))));
        // writer.savepoint, writer.release, writer.rollback_to, read.snapshot_begin, read.snapshot_end
        QCOMPARE(transaction, 5);
        // The catalogue holds every shape: audit.query alone has 64.
        QVERIFY2(data > 300, qPrintable(QString::number(data)));
        QVERIFY(m_catalog.contains(QStringLiteral("audit.query[recordId]")));
        qInfo("%d data statements, %d transaction-control statements", data, transaction);
    }

    void everyStatementFindsItsRowsThroughIndexes()
    {
        const QStringList problems = problemsOfAll();
        for (const QString &p : problems) // one line each: QtTest cuts long failure messages
            qWarning().noquote() << p;
        QVERIFY2(problems.isEmpty(), qPrintable(QStringLiteral("%1 statement(s) read a growing table without an index (listed above)").arg(problems.size())));
    }

    // An exemption that no longer matches a statement, or whose statements would now pass without
    // it, is stale: it must go, so that the list stays the list of real exceptions.
    void everyExemptionIsStillNeeded()
    {
        QStringList stale;
        for (const Exemption &e : kExempt) {
            if (e.kind == Exemption::Table) {
                // Some statement reads the table in a way that would fail if it grew.
                bool needed = false;
                for (const QString &name : m_catalog.names())
                    if (!needed && kindOf(m_catalog.get(name)) == Kind::Data && exemptionOf(name).isEmpty())
                        needed = !problemsOf(name, e.name).filter(QStringLiteral(": %1 ").arg(e.name)).isEmpty();
                if (!needed)
                    stale << QStringLiteral("table %1: no statement needs the exemption").arg(e.name);
                continue;
            }
            if (e.postgresOnly && qEnvironmentVariable("CONCORD_TEST_DIALECT") != QLatin1String("postgres"))
                continue;
            bool matched = false, failing = false;
            for (const QString &name : m_catalog.names()) {
                if (matchesWhole(e.name, name)) {
                    matched = true;
                    failing = failing || !problemsOf(name).isEmpty();
                }
            }
            if (!failing)
                stale << (matched ? QStringLiteral("%1: every statement it matches passes without it") : QStringLiteral("%1: matches no statement")).arg(e.name);
        }
        QVERIFY2(stale.isEmpty(), qPrintable(QStringLiteral("stale exemptions: ") + stale.join(QStringLiteral("; "))));
    }

    // The check notices a missing index: with the index dropped (in a transaction that is rolled
    // back), the statement that needs it is named.
    void droppingAnIndexNamesTheStatement_data()
    {
        QTest::addColumn<QString>("index");
        QTest::addColumn<QString>("statement");
        QTest::newRow("audit by record ID") << QStringLiteral("audit_log_record_id") << QStringLiteral("audit.query[recordId]");
        QTest::newRow("audit by user") << QStringLiteral("audit_log_user") << QStringLiteral("audit.query_asc[username]");
        QTest::newRow("active alarms") << QStringLiteral("alarm_state") << QStringLiteral("alarm.list[state]");
        QTest::newRow("open sessions of a user") << QStringLiteral("user_session_user") << QStringLiteral("session.open_of_user");
        QTest::newRow("where a material is used") << QStringLiteral("bom_line_component") << QStringLiteral("masterdata.where_used_bom");
        // The indexes of migration 0009.
        QTest::newRow("audit by action") << QStringLiteral("audit_log_action") << QStringLiteral("audit.query[action]");
        QTest::newRow("critical alarms") << QStringLiteral("alarm_severity") << QStringLiteral("alarm.list[severity]");
        QTest::newRow("change orders by status") << QStringLiteral("change_order_status") << QStringLiteral("changecontrol.list[status]");
        QTest::newRow("pending role changes") << QStringLiteral("role_change_status") << QStringLiteral("identity.role_change_list[status]");
        QTest::newRow("expired idempotency keys") << QStringLiteral("idempotency_created") << QStringLiteral("idempotency.prune");
    }

    void droppingAnIndexNamesTheStatement()
    {
        QFETCH(QString, index);
        QFETCH(QString, statement);
        QVERIFY(m_catalog.contains(statement));
        QVERIFY2(problemsOf(statement).isEmpty(), qPrintable(problemsOf(statement).join(QLatin1Char('\n'))));
        QVERIFY(db().transaction());
        QVERIFY(exec(QStringLiteral("DROP INDEX ") + index));
        const QStringList all = problemsOfAll();
        const QStringList mine = problemsOf(statement);
        QVERIFY(db().rollback());
        QVERIFY2(!mine.isEmpty(), qPrintable(statement + QStringLiteral(" passes without ") + index));
        // The whole check, as everyStatementFindsItsRowsThroughIndexes runs it, names it too.
        QVERIFY2(std::any_of(all.cbegin(), all.cend(), [&](const QString &p) { return p.startsWith(statement + QStringLiteral(": ")); }),
                 qPrintable(all.join(QLatin1Char('\n'))));
        qInfo().noquote() << "without" << index << ":" << mine.first();
        // Rolled back: the index is there again.
        QVERIFY(problemsOf(statement).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstQueryPlans)
#include "tst_queryplans.moc"
