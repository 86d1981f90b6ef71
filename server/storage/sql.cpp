#include "storage/sql.h"

#include "protocol/rpcerror.h"

#include <QDebug>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QSqlError>
#include <QUuid>

namespace concord {

Q_LOGGING_CATEGORY(lcSql, "concord.sql")

namespace {
[[noreturn]] void fail(const QString &what, const QSqlError &err)
{
    const QString text = err.text();
    const QString ref = QUuid::createUuid().toString(QUuid::Id128).left(12);
    qCWarning(lcSql).noquote() << "statement" << what << "failed, ref" << ref << ":" << text;
    const QString lower = text.toLower();
    if (lower.contains(QLatin1String("readonly")) || lower.contains(QLatin1String("read-only")) ||
        lower.contains(QLatin1String("disk is full")) || lower.contains(QLatin1String("disk full")) ||
        lower.contains(QLatin1String("no space")))
        throw RpcError::make(QStringLiteral("storage.read_only"));
    if (lower.contains(QLatin1String("connection")) || lower.contains(QLatin1String("server closed")) ||
        lower.contains(QLatin1String("terminating")) || lower.contains(QLatin1String("no connection")))
        throw RpcError::make(QStringLiteral("storage.unavailable"));
    throw RpcError::make(QStringLiteral("protocol.internal"), {{QStringLiteral("ref"), ref}});
}
} // namespace

QJsonValue parseJsonValue(const QString &text)
{
    // Wrap in an array so scalars parse too.
    const QJsonDocument d = QJsonDocument::fromJson(QByteArray("[") + text.toUtf8() + QByteArray("]"));
    return d.array().isEmpty() ? QJsonValue(QJsonValue::Null) : d.array().at(0);
}

QString camelCase(const QString &snake)
{
    QString out;
    out.reserve(snake.size());
    bool up = false;
    for (const QChar c : snake) {
        if (c == QLatin1Char('_')) {
            up = true;
            continue;
        }
        out.append(up ? c.toUpper() : c);
        up = false;
    }
    return out;
}

void Sql::requireOpen() const
{
    // A connection whose reconnect failed stays closed; Qt then fails statements without an error
    // text, which would read as an internal error instead of the outage it is.
    if (!m_db.isOpen())
        throw RpcError::make(QStringLiteral("storage.unavailable"));
}

QSqlQuery &Sql::run(const QString &statement, const QVariantList &values)
{
    requireOpen();
    // A statement with optional filters runs as the shape of the filters that have values.
    const SqlCatalog::Resolved resolved = m_catalog->resolve(statement, values);
    if (!resolved.error.isEmpty()) {
        qCCritical(lcSql).noquote() << resolved.error;
        throw RpcError::make(QStringLiteral("protocol.internal"), {{QStringLiteral("ref"), statement}});
    }
    const QString &name = resolved.name;
    const QVariantList &binds = resolved.binds;
    auto it = m_cache.find(name);
    if (it == m_cache.end()) {
        const QString text = m_catalog->get(name);
        if (text.isEmpty()) {
            qCCritical(lcSql) << "unknown statement" << name;
            throw RpcError::make(QStringLiteral("protocol.internal"), {{QStringLiteral("ref"), name}});
        }
        QSqlQuery q(m_db);
        if (!q.prepare(text))
            fail(name, q.lastError());
        it = m_cache.insert(name, q);
    }
    QSqlQuery &q = it.value();
    q.finish();
    for (int i = 0; i < binds.size(); ++i) {
        const QVariant &v = binds.at(i);
        // A null QString means "empty text" in this code base; SQL NULL is passed as QVariant().
        if (v.typeId() == QMetaType::QString && v.toString().isNull())
            q.bindValue(i, QStringLiteral(""));
        else
            q.bindValue(i, v);
    }
    if (!q.exec()) {
        const QSqlError err = q.lastError();
        m_cache.erase(it); // a failed prepared statement may be unusable (e.g. after reconnect)
        fail(name, err);
    }
    return q;
}

int Sql::exec(const QString &name, const QVariantList &binds)
{
    QSqlQuery &q = run(name, binds);
    const int n = q.numRowsAffected();
    q.finish();
    return n;
}

std::optional<QSqlRecord> Sql::one(const QString &name, const QVariantList &binds)
{
    QSqlQuery &q = run(name, binds);
    std::optional<QSqlRecord> r;
    if (q.next())
        r = q.record();
    q.finish();
    return r;
}

QVariant Sql::scalar(const QString &name, const QVariantList &binds)
{
    QSqlQuery &q = run(name, binds);
    QVariant v;
    if (q.next())
        v = q.value(0);
    q.finish();
    return v;
}

QJsonObject Sql::toJson(const QSqlRecord &r)
{
    QJsonObject o;
    for (int i = 0; i < r.count(); ++i) {
        QString col = r.fieldName(i);
        const QVariant v = r.value(i);
        if (col.endsWith(QLatin1String("_json"))) {
            col.chop(5);
            o.insert(camelCase(col), v.isNull() ? QJsonValue(QJsonValue::Null) : parseJsonValue(v.toString()));
            continue;
        }
        QJsonValue j;
        if (v.isNull())
            j = QJsonValue::Null;
        else if (v.typeId() == QMetaType::LongLong || v.typeId() == QMetaType::Int || v.typeId() == QMetaType::ULongLong)
            j = v.toLongLong();
        else if (v.typeId() == QMetaType::Double)
            j = v.toDouble();
        else if (v.typeId() == QMetaType::Bool)
            j = v.toBool();
        else
            j = v.toString();
        o.insert(camelCase(col), j);
    }
    return o;
}

QJsonArray Sql::rows(const QString &name, const QVariantList &binds)
{
    QSqlQuery &q = run(name, binds);
    QJsonArray out;
    while (q.next())
        out.append(toJson(q.record()));
    q.finish();
    return out;
}

void Sql::direct(const QString &statement)
{
    requireOpen();
    if (!m_direct)
        m_direct.emplace(m_db);
    if (!m_direct->exec(statement))
        fail(statement.left(60), m_direct->lastError());
    m_direct->finish();
}

void Sql::directNamed(const QString &name)
{
    const QString text = m_catalog->get(name);
    if (text.isEmpty()) {
        qCCritical(lcSql) << "unknown statement" << name;
        throw RpcError::make(QStringLiteral("protocol.internal"), {{QStringLiteral("ref"), name}});
    }
    direct(text);
}

} // namespace concord
