#pragma once
#include <QString>

namespace concord {

enum class Dialect { Sqlite, Postgres };

// Where the database is: `sqlite:PATH` or `postgres://user:password@host:port/dbname`
// (host may be a socket directory given as ?host=/run/postgresql).
struct DbSettings
{
    Dialect dialect = Dialect::Sqlite;
    QString path; // SQLite file
    QString host;
    int port = 5432;
    QString database;
    QString user;
    QString password;

    static DbSettings parse(const QString &url, QString *error);
    QString redacted() const; // for logs: never includes the password
};

} // namespace concord
