#include "masterdata/entitysql.h"

#include "dictionary/dictionary.h"
#include "storage/sqlcatalog.h"

namespace concord::masterdata {

namespace {
QStringList columns(const EntityDef &e)
{
    QStringList c;
    for (const FieldDef &f : e.fields)
        c.append(f.column());
    return c;
}

QString marks(qsizetype n)
{
    QStringList q;
    for (qsizetype i = 0; i < n; ++i)
        q.append(QStringLiteral("?"));
    return q.join(QStringLiteral(", "));
}

QString assignments(const QStringList &cols)
{
    QStringList a;
    for (const QString &c : cols)
        a.append(c + QStringLiteral(" = ?"));
    return a.join(QStringLiteral(", "));
}

// The search condition on a line of its own, marked optional: "AND (LOWER(a) LIKE ? OR LOWER(b)
// LIKE ?)  -- optional: search" (WHERE instead of AND when the statement has no other condition).
// The pattern is bound once per searchable column, or NULL for each when there is no search
// (searchBinds in entitystore.cpp), and the catalogue then runs the shape without this line.
QString searchLine(const EntityDef &e, const QString &alias, const QString &keyword)
{
    QStringList likes;
    for (const FieldDef &f : e.fields)
        if (f.searchable)
            likes.append(QStringLiteral("LOWER(%1%2) LIKE ?").arg(alias, f.column()));
    return QStringLiteral("\n%1 (%2)  -- optional: search\n").arg(keyword, likes.join(QStringLiteral(" OR ")));
}

void block(QString &out, const QString &name, const QString &sql)
{
    out += QStringLiteral("-- name: %1\n%2;\n\n").arg(name, sql);
}

void plain(QString &out, const EntityDef &e)
{
    const QStringList cols = columns(e);
    const QString all = cols.join(QStringLiteral(", ")) + QStringLiteral(", created_at, created_by, updated_at, updated_by, row_version");
    const QString p = QStringLiteral("md.") + e.name;
    block(out, p + QStringLiteral(".exists"), QStringLiteral("SELECT code FROM %1 WHERE code = ?").arg(e.table));
    block(out, p + QStringLiteral(".get"), QStringLiteral("SELECT %1 FROM %2 WHERE code = ?").arg(all, e.table));
    block(out, p + QStringLiteral(".list"),
          QStringLiteral("SELECT %1 FROM %2%3ORDER BY code LIMIT ?").arg(all, e.table, searchLine(e, QString(), QStringLiteral("WHERE"))));
    block(out, p + QStringLiteral(".insert"),
          QStringLiteral("INSERT INTO %1 (%2, created_at, created_by, updated_at, updated_by, row_version) VALUES (%3, ?, ?, ?, ?, 1)")
              .arg(e.table, cols.join(QStringLiteral(", ")), marks(cols.size())));
    QStringList changeable = cols;
    changeable.removeAll(QStringLiteral("code"));
    block(out, p + QStringLiteral(".update"),
          QStringLiteral("UPDATE %1 SET %2, updated_at = ?, updated_by = ?, row_version = row_version + 1 WHERE code = ? AND row_version = ?")
              .arg(e.table, assignments(changeable)));
}

void versioned(QString &out, const EntityDef &e)
{
    const QStringList cols = columns(e);
    const QString vt = e.versionTable();
    const QString all = QStringLiteral("v.id, v.version, v.status, v.effective_from, v.effective_to, v.change_order_id, "
                                       "o.number AS change_order_number, v.created_at, v.created_by, v.updated_at, v.updated_by, v.row_version, v.") +
                        cols.join(QStringLiteral(", v."));
    const QString from = QStringLiteral("%1 v LEFT JOIN change_order o ON o.id = v.change_order_id").arg(vt);
    const QString inForce = QStringLiteral("v.status IN ('approved', 'superseded', 'obsolete') AND v.effective_from <= ? AND "
                                           "(v.effective_to IS NULL OR ? < v.effective_to)");
    const QString p = QStringLiteral("md.") + e.name;
    block(out, p + QStringLiteral(".exists"), QStringLiteral("SELECT code FROM %1 WHERE code = ?").arg(e.table));
    block(out, p + QStringLiteral(".identity_insert"), QStringLiteral("INSERT INTO %1 (code, created_at, created_by) VALUES (?, ?, ?)").arg(e.table));
    block(out, p + QStringLiteral(".identity_delete"), QStringLiteral("DELETE FROM %1 WHERE code = ?").arg(e.table));
    block(out, p + QStringLiteral(".version_insert"),
          QStringLiteral("INSERT INTO %1 (version, status, created_at, created_by, updated_at, updated_by, row_version, %2) "
                         "VALUES (?, 'draft', ?, ?, ?, ?, 1, %3) RETURNING id")
              .arg(vt, cols.join(QStringLiteral(", ")), marks(cols.size())));
    QStringList changeable = cols;
    changeable.removeAll(QStringLiteral("code"));
    block(out, p + QStringLiteral(".version_update"),
          QStringLiteral("UPDATE %1 SET %2, updated_at = ?, updated_by = ?, row_version = row_version + 1 "
                         "WHERE id = ? AND row_version = ? AND status = 'draft'")
              .arg(vt, assignments(changeable)));
    block(out, p + QStringLiteral(".version"), QStringLiteral("SELECT %1 FROM %2 WHERE v.code = ? AND v.version = ?").arg(all, from));
    block(out, p + QStringLiteral(".in_force"), QStringLiteral("SELECT %1 FROM %2 WHERE v.code = ? AND %3").arg(all, from, inForce));
    block(out, p + QStringLiteral(".latest"), QStringLiteral("SELECT %1 FROM %2 WHERE v.code = ? ORDER BY v.version DESC LIMIT 1").arg(all, from));
    block(out, p + QStringLiteral(".history"), QStringLiteral("SELECT %1 FROM %2 WHERE v.code = ? ORDER BY v.version").arg(all, from));
    block(out, p + QStringLiteral(".list_in_force"),
          QStringLiteral("SELECT %1 FROM %2 WHERE %3%4ORDER BY v.code LIMIT ?").arg(all, from, inForce, searchLine(e, QStringLiteral("v."), QStringLiteral("AND"))));
    block(out, p + QStringLiteral(".list_latest"),
          QStringLiteral("SELECT %1 FROM %2 WHERE v.version = (SELECT MAX(w.version) FROM %3 w WHERE w.code = v.code)%4ORDER BY v.code LIMIT ?")
              .arg(all, from, vt, searchLine(e, QStringLiteral("v."), QStringLiteral("AND"))));
    block(out, p + QStringLiteral(".set_status"),
          QStringLiteral("UPDATE %1 SET status = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1 WHERE id = ?").arg(vt));
    block(out, p + QStringLiteral(".set_change_order"),
          QStringLiteral("UPDATE %1 SET change_order_id = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1 WHERE id = ?").arg(vt));
    block(out, p + QStringLiteral(".approve"),
          QStringLiteral("UPDATE %1 SET status = 'approved', effective_from = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1 "
                         "WHERE id = ? AND status = 'in_review'")
              .arg(vt));
    block(out, p + QStringLiteral(".current_approved"),
          QStringLiteral("SELECT %1 FROM %2 WHERE v.code = ? AND v.status = 'approved' AND v.effective_to IS NULL AND v.id <> ?").arg(all, from));
    block(out, p + QStringLiteral(".supersede"),
          QStringLiteral("UPDATE %1 SET status = ?, effective_to = ?, updated_at = ?, updated_by = ?, row_version = row_version + 1 WHERE id = ?").arg(vt));
    block(out, p + QStringLiteral(".version_delete"), QStringLiteral("DELETE FROM %1 WHERE id = ? AND status = 'draft'").arg(vt));
    block(out, p + QStringLiteral(".count_versions"), QStringLiteral("SELECT COUNT(*) FROM %1 WHERE code = ?").arg(vt));
}

void child(QString &out, const EntityDef &e)
{
    const QStringList cols = columns(e);
    QStringList keys;
    for (const FieldDef &f : e.fields)
        if (f.key)
            keys.append(f.column());
    const QString p = QStringLiteral("md.") + e.name;
    block(out, p + QStringLiteral(".insert"),
          QStringLiteral("INSERT INTO %1 (version_id, %2) VALUES (?, %3)").arg(e.table, cols.join(QStringLiteral(", ")), marks(cols.size())));
    block(out, p + QStringLiteral(".for_version"),
          QStringLiteral("SELECT %1 FROM %2 WHERE version_id = ? ORDER BY %3").arg(cols.join(QStringLiteral(", ")), e.table, keys.join(QStringLiteral(", "))));
    block(out, p + QStringLiteral(".delete_for_version"), QStringLiteral("DELETE FROM %1 WHERE version_id = ?").arg(e.table));
}
} // namespace

void addEntityStatements(SqlCatalog &catalog, const Dictionary &dictionary)
{
    QString text;
    for (const EntityDef &e : dictionary.entities()) {
        switch (e.kind) {
        case EntityKind::Plain: plain(text, e); break;
        case EntityKind::Versioned: versioned(text, e); break;
        case EntityKind::Child: child(text, e); break;
        case EntityKind::Record: break;
        }
    }
    block(text, QStringLiteral("md.user.exists"), QStringLiteral("SELECT username FROM app_user WHERE username = ?"));
    QString error;
    catalog.addText(text, QStringLiteral("generated entity statements"), &error);
    Q_ASSERT_X(error.isEmpty(), "addEntityStatements", qPrintable(error));
}

} // namespace concord::masterdata
