#pragma once
#include <QMap>
#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace concord {
class Database;
class SqlCatalog;

// A migration that changes roles or permissions is attributable like any other change: the
// migrator snapshots every role's permissions before and after each migration and, in the
// migration's own transaction, appends one hash-chained audit row per role it changed (user
// "migration", reason "migration NNNN name").
namespace migrationaudit {

struct Role
{
    QString name;
    QStringList permissions; // sorted
};
using RolePermissions = QMap<qint64, Role>; // role id -> role

RolePermissions snapshot(QSqlDatabase db, const SqlCatalog &catalog);
// Appends the audit rows for the differences; returns how many were written. Throws RpcError.
int write(const Database &database, QSqlDatabase db, const SqlCatalog &catalog, int version, const QString &name,
          const RolePermissions &before, const RolePermissions &after);

} // namespace migrationaudit
} // namespace concord
