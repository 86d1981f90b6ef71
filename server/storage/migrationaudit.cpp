#include "storage/migrationaudit.h"

#include "core/clock.h"
#include "storage/writecontext.h"
#include "storage/writer.h"

#include <QJsonArray>

namespace concord::migrationaudit {

RolePermissions snapshot(QSqlDatabase db, const SqlCatalog &catalog)
{
    Sql sql(db, &catalog);
    RolePermissions out;
    QSqlQuery &q = sql.run(QStringLiteral("migration.role_permissions"));
    while (q.next()) {
        Role &r = out[q.value(0).toLongLong()];
        r.name = q.value(1).toString();
        if (!q.value(2).isNull())
            r.permissions.append(q.value(2).toString());
    }
    q.finish();
    return out;
}

int write(const Database &database, QSqlDatabase db, const SqlCatalog &catalog, int version, const QString &name,
          const RolePermissions &before, const RolePermissions &after)
{
    QList<qint64> ids = before.keys() + after.keys();
    std::sort(ids.begin(), ids.end());
    ids.erase(std::unique(ids.begin(), ids.end()), ids.end());
    QList<qint64> changed;
    for (qint64 id : ids)
        if (before.value(id).permissions != after.value(id).permissions || before.value(id).name != after.value(id).name)
            changed.append(id);
    if (changed.isEmpty())
        return 0;
    Sql sql(db, &catalog);
    ChainState chain;
    if (!Writer::loadChain(sql, database, chain))
        throw RpcError::make(QStringLiteral("storage.unavailable"));
    QList<EventRecord> events;
    WriteContext ctx(sql, chain, events, Principal::system(QStringLiteral("migration")), QStringLiteral("migration"), clock::nowIso());
    const QString reason = QStringLiteral("migration %1 %2").arg(version, 4, 10, QLatin1Char('0')).arg(name);
    for (qint64 id : changed) {
        const Role &b = before.value(id);
        const Role &a = after.value(id);
        QJsonObject changes;
        if (b.name != a.name)
            changes.insert(QStringLiteral("name"), QJsonArray{b.name.isEmpty() ? QJsonValue() : QJsonValue(b.name), a.name.isEmpty() ? QJsonValue() : QJsonValue(a.name)});
        changes.insert(QStringLiteral("permissions"), QJsonArray{QJsonArray::fromStringList(b.permissions), QJsonArray::fromStringList(a.permissions)});
        const QString action = !before.contains(id) ? QStringLiteral("create") : !after.contains(id) ? QStringLiteral("delete") : QStringLiteral("update");
        ctx.audit(action, QStringLiteral("role"), QString::number(id), changes, reason);
    }
    sql.exec(QStringLiteral("chain.update"), {chain.auditSeq, QString::fromLatin1(chain.auditHash), QStringLiteral("audit")});
    return int(changed.size());
}

} // namespace concord::migrationaudit
