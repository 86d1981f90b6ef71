#pragma once
// Reading query plans for tst_queryplans: what a statement's text filters, how the engine plans to
// find the rows (SQLite EXPLAIN QUERY PLAN, PostgreSQL EXPLAIN (FORMAT JSON) of a generic plan),
// and whether that reads more of a growing table than the statement needs.
#include <QHash>
#include <QList>
#include <QSet>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>
#include <functional>

namespace concord::test::plans {

// How one table (by its alias in the statement) is read.
struct Access
{
    enum Kind {
        EqualitySearch, // an index or the primary key, with an equality (key = value, or a join key)
        RangeSearch,    // an index or the primary key, with a range only (seq > ?)
        Walk,           // every row or every index entry from one end (SCAN, Seq Scan, automatic index)
    };
    QString alias;
    Kind kind = Walk;
    QString detail; // the engine's words, for messages
};

struct Plan
{
    QList<Access> accesses;
    bool sorts = false; // the rows are sorted after reading (so a walk cannot stop at LIMIT)
    QString text;       // the whole plan, for messages
    QString error;      // EXPLAIN failed
};

// What the text of a statement says: its tables and the columns it filters, by alias.
struct Shape
{
    QHash<QString, QString> tables;            // alias (or table name) -> table
    QHash<QString, QSet<QString>> equalities;  // col = ?, col = 'x', col IN (...)
    QHash<QString, QSet<QString>> ranges;      // col < ?, ? < col ...
    QHash<QString, QSet<QString>> patterns;    // LOWER(col) LIKE ?
    bool limited = false;                      // ends in LIMIT: a page
};

Shape analyse(const QString &sql);

// The statement is prepared, never executed; `?` are bound as NULL (SQLite) or become $n of a
// prepared statement explained with its generic plan (PostgreSQL).
Plan explainSqlite(QSqlDatabase &db, const QString &sql);
Plan explainPostgres(QSqlDatabase &db, const QString &sql);

// Problems of one statement, one line each naming the statement, the table and the plan step. A
// growing table must be found through an index: by equality where the statement filters it by
// equality, by an index range where it filters by range only; a table the statement does not
// filter may be walked only by a page (LIMIT, in the walk's order, no sort).
QStringList check(const QString &statement, const Shape &shape, const Plan &plan,
                  const std::function<bool(const QString &table)> &grows);

} // namespace concord::test::plans
