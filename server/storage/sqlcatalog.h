#pragma once
#include "storage/dburl.h"

#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QVariantList>

namespace concord {

// Named SQL statements read from the modules' .sql files (embedded under :/sql/queries/).
// A file holds blocks introduced by `-- name: module.verb` and, where a dialect needs its own text,
// `-- name: module.verb @postgres` or `@sqlite`. Code refers to statements by name only.
//
// A line ending in `-- optional: filter` is an optional filter: the catalogue holds one statement
// per combination of present filters (`audit.query[recordId,username]`, `audit.query[]`), so that
// each shape gets a plan that uses its index instead of one catch-all `(? IS NULL OR col = ?)`.
// Callers bind every value in text order and pass SQL NULL (QVariant()) for an absent filter;
// resolve() picks the shape and drops those binds.
class SqlCatalog
{
public:
    SqlCatalog() = default;
    static SqlCatalog load(Dialect dialect, QString *error);
    void addText(const QString &text, const QString &origin, QString *error);

    QString get(const QString &name) const; // empty when unknown (and for a family's own name)
    bool contains(const QString &name) const { return m_sql.contains(name) || m_families.contains(name); }
    // Every runnable statement: plain names and each shape of a statement with optional filters.
    QStringList names() const { return m_sql.keys(); }
    // The optional filters of a statement, in text order (empty for a plain statement).
    QStringList optionalFilters(const QString &name) const;

    struct Resolved
    {
        QString name;        // the runnable statement (a shape for a statement with optional filters)
        QVariantList binds;  // without the binds of absent filters
        QString error;       // set when the values of one optional filter are partly NULL
    };
    Resolved resolve(const QString &name, const QVariantList &binds) const;

    // "audit.query" + {"recordId"} -> "audit.query[recordId]".
    static QString shapeName(const QString &name, const QStringList &present);

private:
    struct Optional
    {
        QString filter;
        QList<int> binds; // positions of its `?` in the full text
    };
    void define(const QString &name, const QString &sql, QString *error);

    Dialect m_dialect = Dialect::Sqlite;
    QHash<QString, QString> m_sql;
    QHash<QString, QList<Optional>> m_families;
    QSet<QString> m_plain;    // names defined without a dialect marker
    QSet<QString> m_specific; // names defined for this dialect: they win over the plain text
};

} // namespace concord
