#pragma once
#include "storage/dburl.h"

#include <QSqlDatabase>
#include <QString>
#include <QStringList>

namespace concord {

// The small dialect layer: everything that differs between SQLite and PostgreSQL lives here and in
// the per-dialect .sql files, nowhere else.
class Database
{
public:
    explicit Database(DbSettings settings) : m_settings(std::move(settings)) {}

    enum class Role { Writer, Reader, Admin };
    // Opens a connection owned by the calling thread (through connect()). Returns a closed database
    // and sets `error` on failure.
    QSqlDatabase open(const QString &connectionName, Role role, QString *error) const;
    // (Re)opens `db` and applies every setting of its role. The one way a connection comes up, at
    // first open and after every lost connection, so a reconnect never runs on the defaults (SQLite
    // without foreign keys, a PostgreSQL reader that may write, a session in local time).
    bool connect(QSqlDatabase &db, Role role, QString *error) const;
    static void close(const QString &connectionName);

    Dialect dialect() const { return m_settings.dialect; }
    const DbSettings &settings() const { return m_settings; }

    // Statement that opens a write transaction that will not deadlock on lock upgrade.
    QString beginWrite() const;
    // Row-lock suffix for reading the chain heads inside a write transaction.
    QString forUpdate() const;
    // Replaces {{ID}}, {{BIGINT}}, {{DOUBLE}} in migration text.
    QString expandTypes(QString sql) const;
    QString dialectSuffix() const { return m_settings.dialect == Dialect::Sqlite ? QStringLiteral("sqlite") : QStringLiteral("postgres"); }

private:
    QStringList sessionSetup(Role role) const;
    DbSettings m_settings;
};

} // namespace concord
