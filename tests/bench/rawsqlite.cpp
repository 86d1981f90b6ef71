#include "rawsqlite.h"

#include <vector>

#if CONCORD_BENCH_HAVE_SQLITE3
#include <sqlite3.h>
#else
#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#endif

namespace concord::bench {

#if CONCORD_BENCH_HAVE_SQLITE3

struct RawSqlite::State
{
    sqlite3 *db = nullptr;
    std::vector<sqlite3_stmt *> statements;
    QString error;
};

RawSqlite::RawSqlite() : d(std::make_unique<State>()) {}
RawSqlite::~RawSqlite() { close(); }
QString RawSqlite::engine() { return QStringLiteral("sqlite3 C API %1").arg(QString::fromLatin1(sqlite3_libversion())); }

bool RawSqlite::open(const QString &path, QString *error)
{
    if (sqlite3_open(path.toUtf8().constData(), &d->db) != SQLITE_OK) {
        *error = QString::fromUtf8(sqlite3_errmsg(d->db));
        return false;
    }
    // The server's pragmas (server/storage/database.cpp).
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=10000"})
        if (!exec(QString::fromLatin1(pragma))) {
            *error = d->error;
            return false;
        }
    return true;
}

bool RawSqlite::exec(const QString &sql)
{
    char *message = nullptr;
    if (sqlite3_exec(d->db, sql.toUtf8().constData(), nullptr, nullptr, &message) == SQLITE_OK)
        return true;
    d->error = QString::fromUtf8(message);
    sqlite3_free(message);
    return false;
}

int RawSqlite::prepare(const QString &sql)
{
    sqlite3_stmt *s = nullptr;
    if (sqlite3_prepare_v3(d->db, sql.toUtf8().constData(), -1, SQLITE_PREPARE_PERSISTENT, &s, nullptr) != SQLITE_OK) {
        d->error = QString::fromUtf8(sqlite3_errmsg(d->db));
        return -1;
    }
    d->statements.push_back(s);
    return int(d->statements.size()) - 1;
}

qint64 RawSqlite::run(int statement, const QVariantList &values)
{
    sqlite3_stmt *s = d->statements.at(size_t(statement));
    for (int i = 0; i < values.size(); ++i) {
        const QVariant &v = values.at(i);
        const int type = v.typeId();
        if (type == QMetaType::LongLong || type == QMetaType::Int) {
            sqlite3_bind_int64(s, i + 1, v.toLongLong());
        } else {
            const QByteArray text = v.typeId() == QMetaType::QByteArray ? v.toByteArray() : v.toString().toUtf8();
            sqlite3_bind_text(s, i + 1, text.constData(), int(text.size()), SQLITE_TRANSIENT);
        }
    }
    const int rc = sqlite3_step(s);
    sqlite3_reset(s);
    if (rc != SQLITE_DONE && rc != SQLITE_ROW) {
        d->error = QString::fromUtf8(sqlite3_errmsg(d->db));
        return -1;
    }
    return sqlite3_last_insert_rowid(d->db);
}

QString RawSqlite::lastError() const { return d->error; }

void RawSqlite::close()
{
    for (sqlite3_stmt *s : d->statements)
        sqlite3_finalize(s);
    d->statements.clear();
    if (d->db)
        sqlite3_close(d->db);
    d->db = nullptr;
}

#else // Qt's driver

struct RawSqlite::State
{
    QString connection = QStringLiteral("bench-raw-") + QUuid::createUuid().toString(QUuid::Id128);
    QSqlDatabase db;
    std::vector<std::unique_ptr<QSqlQuery>> statements;
    QString error;
};

RawSqlite::RawSqlite() : d(std::make_unique<State>()) {}
RawSqlite::~RawSqlite() { close(); }
QString RawSqlite::engine() { return QStringLiteral("Qt QSQLITE driver (sqlite3.h not found at configure time)"); }

bool RawSqlite::open(const QString &path, QString *error)
{
    d->db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), d->connection);
    d->db.setDatabaseName(path);
    if (!d->db.open()) {
        *error = d->db.lastError().text();
        return false;
    }
    for (const char *pragma : {"PRAGMA journal_mode=WAL", "PRAGMA synchronous=FULL", "PRAGMA foreign_keys=ON", "PRAGMA busy_timeout=10000"})
        if (!exec(QString::fromLatin1(pragma))) {
            *error = d->error;
            return false;
        }
    return true;
}

bool RawSqlite::exec(const QString &sql)
{
    QSqlQuery q(d->db);
    if (q.exec(sql))
        return true;
    d->error = q.lastError().text();
    return false;
}

int RawSqlite::prepare(const QString &sql)
{
    auto q = std::make_unique<QSqlQuery>(d->db);
    if (!q->prepare(sql)) {
        d->error = q->lastError().text();
        return -1;
    }
    d->statements.push_back(std::move(q));
    return int(d->statements.size()) - 1;
}

qint64 RawSqlite::run(int statement, const QVariantList &values)
{
    QSqlQuery &q = *d->statements.at(size_t(statement));
    for (int i = 0; i < values.size(); ++i) {
        QVariant v = values.at(i);
        if (v.typeId() == QMetaType::QByteArray)
            v = QString::fromUtf8(v.toByteArray()); // text, as in the C API branch (not a blob)
        else if (v.typeId() == QMetaType::QString && v.toString().isNull())
            v = QStringLiteral(""); // an empty string, not NULL
        q.bindValue(i, v);
    }
    if (!q.exec()) {
        d->error = q.lastError().text();
        return -1;
    }
    return q.lastInsertId().toLongLong();
}

QString RawSqlite::lastError() const { return d->error; }

void RawSqlite::close()
{
    d->statements.clear();
    if (d->db.isValid())
        d->db.close();
    d->db = QSqlDatabase();
    QSqlDatabase::removeDatabase(d->connection);
}

#endif

} // namespace concord::bench
