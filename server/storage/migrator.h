#pragma once
#include "storage/database.h"

#include <QSqlDatabase>
#include <QString>

namespace concord {

// Applies the numbered migrations embedded under :/sql/migrations in order, each in its own
// transaction, and records them in schema_migration with a checksum. A database that has a newer
// migration than this binary knows, or whose recorded checksum differs, is refused.
class SqlCatalog;

// With a catalogue, a migration that changes roles or permissions also appends audit rows for
// that (migrationaudit.h), in its own transaction.
class Migrator
{
public:
    Migrator(const Database &database, QSqlDatabase db, const SqlCatalog *catalog = nullptr)
        : m_database(database), m_db(std::move(db)), m_catalog(catalog)
    {
    }
    bool migrate(QString *error, int *applied = nullptr);
    // Stops after this version (tests that build a database as an earlier release left it).
    void setTargetVersion(int version) { m_target = version; }

    struct Migration
    {
        int version = 0;
        QString name;
        QString text; // common text followed by the dialect's own file, already type-expanded
    };
    QList<Migration> available(QString *error) const;
    static QStringList splitStatements(const QString &text);

private:
    const Database &m_database;
    QSqlDatabase m_db;
    const SqlCatalog *m_catalog;
    int m_target = 0; // 0 = every migration
};

} // namespace concord
