#pragma once
#include "storage/sqlcatalog.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QVariantList>
#include <optional>

namespace concord {

// Runs catalogue statements on one connection with cached prepared queries. Every failure throws
// an RpcError (storage.* or protocol.internal) after logging the driver text, so handlers read as
// straight-line business logic.
class Sql
{
public:
    Sql(QSqlDatabase db, const SqlCatalog *catalog) : m_db(std::move(db)), m_catalog(catalog) {}

    // Executes and returns the active query (positioned before the first row). For a statement
    // with optional filters, a NULL value leaves its filter out (SqlCatalog::resolve).
    QSqlQuery &run(const QString &name, const QVariantList &binds = {});
    // Executes and returns rows affected.
    int exec(const QString &name, const QVariantList &binds = {});
    // First row, if any.
    std::optional<QSqlRecord> one(const QString &name, const QVariantList &binds = {});
    // First column of the first row (invalid QVariant when no row).
    QVariant scalar(const QString &name, const QVariantList &binds = {});
    // All rows as JSON objects keyed by column name (snake_case -> camelCase); columns whose
    // name ends in _json are parsed as JSON.
    QJsonArray rows(const QString &name, const QVariantList &binds = {});
    static QJsonObject toJson(const QSqlRecord &r);

    // Raw statement (migrations, transaction control). Throws like run().
    void direct(const QString &statement);
    // A catalogue statement run as raw text, not prepared (transaction control on PostgreSQL).
    void directNamed(const QString &name);

    QSqlDatabase &database() { return m_db; }
    void clearCache()
    {
        m_cache.clear();
        m_direct.reset();
    }

private:
    void requireOpen() const; // throws storage.unavailable on a closed connection
    QSqlDatabase m_db;
    const SqlCatalog *m_catalog;
    QHash<QString, QSqlQuery> m_cache;
    std::optional<QSqlQuery> m_direct;
};

QString camelCase(const QString &snake);
QJsonValue parseJsonValue(const QString &text);

} // namespace concord
