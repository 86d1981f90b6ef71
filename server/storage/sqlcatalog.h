#pragma once
#include "storage/dburl.h"

#include <QHash>
#include <QString>

namespace concord {

// Named SQL statements read from the modules' .sql files (embedded under :/sql/queries/).
// A file holds blocks introduced by `-- name: module.verb` and, where a dialect needs its own text,
// `-- name: module.verb @postgres` or `@sqlite`. Code refers to statements by name only.
class SqlCatalog
{
public:
    SqlCatalog() = default;
    static SqlCatalog load(Dialect dialect, QString *error);
    void addText(const QString &text, const QString &origin, QString *error);

    QString get(const QString &name) const; // empty when unknown
    bool contains(const QString &name) const { return m_sql.contains(name); }
    QStringList names() const { return m_sql.keys(); }

private:
    Dialect m_dialect = Dialect::Sqlite;
    QHash<QString, QString> m_sql;
};

} // namespace concord
