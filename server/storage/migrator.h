#pragma once
#include "storage/database.h"

#include <QSqlDatabase>
#include <QString>

namespace concord {

// Applies the numbered migrations embedded under :/sql/migrations in order, each in its own
// transaction, and records them in schema_migration with a checksum. A database that has a newer
// migration than this binary knows, or whose recorded checksum differs, is refused.
class Migrator
{
public:
    Migrator(const Database &database, QSqlDatabase db) : m_database(database), m_db(std::move(db)) {}
    bool migrate(QString *error, int *applied = nullptr);

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
};

} // namespace concord
