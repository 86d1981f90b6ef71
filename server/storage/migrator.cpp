#include "storage/migrator.h"

#include "core/clock.h"
#include "json/canonicaljson.h"
#include "protocol/rpcerror.h"
#include "storage/migrationaudit.h"

#include <QDir>
#include <QFile>
#include <QLoggingCategory>
#include <QMap>
#include <QRegularExpression>
#include <QSqlError>
#include <QScopeGuard>
#include <QSqlQuery>

namespace concord {

Q_LOGGING_CATEGORY(lcMigrate, "concord.migrate")

QList<Migrator::Migration> Migrator::available(QString *error) const
{
    static const QRegularExpression re(QStringLiteral("^(\\d{4})_([a-z0-9_]+)(?:\\.(sqlite|postgres))?\\.sql$"));
    const QDir dir(QStringLiteral(":/sql/migrations"));
    QMap<int, Migration> byVersion;
    QMap<int, QString> dialectText;
    for (const QString &f : dir.entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name)) {
        const auto m = re.match(f);
        if (!m.hasMatch()) {
            if (error)
                *error = QStringLiteral("bad migration file name %1").arg(f);
            return {};
        }
        QFile file(dir.filePath(f));
        file.open(QIODevice::ReadOnly);
        const QString text = QString::fromUtf8(file.readAll());
        const int version = m.captured(1).toInt();
        const QString variant = m.captured(3);
        if (variant.isEmpty()) {
            byVersion[version].version = version;
            byVersion[version].name = m.captured(2);
            byVersion[version].text = text;
        } else if (variant == m_database.dialectSuffix()) {
            dialectText[version] = text;
        }
    }
    for (auto it = dialectText.cbegin(); it != dialectText.cend(); ++it) {
        if (!byVersion.contains(it.key())) {
            if (error)
                *error = QStringLiteral("migration %1 has a dialect file but no common file").arg(it.key());
            return {};
        }
    }
    QList<Migration> out;
    int expected = 1;
    for (Migration mig : byVersion) {
        if (mig.version != expected++) {
            if (error)
                *error = QStringLiteral("migration %1 is missing").arg(expected - 1);
            return {};
        }
        mig.text = m_database.expandTypes(mig.text + QLatin1Char('\n') + dialectText.value(mig.version));
        out.append(mig);
    }
    return out;
}

QStringList Migrator::splitStatements(const QString &text)
{
    // A statement ends at a line ending in ';' unless inside a trigger body (BEGIN ... END;)
    // or a PostgreSQL dollar-quoted block.
    QStringList out;
    QString current;
    bool inBody = false;
    bool inDollar = false;
    for (const QString &raw : text.split(QLatin1Char('\n'))) {
        const QString line = raw.trimmed();
        if (!inDollar && line.startsWith(QLatin1String("--")))
            continue;
        current += raw + QLatin1Char('\n');
        if (line.count(QLatin1String("$$")) % 2 == 1)
            inDollar = !inDollar;
        if (inDollar)
            continue;
        const QString upper = line.toUpper();
        if (!inBody && upper.endsWith(QLatin1String("BEGIN")))
            inBody = true;
        if (inBody) {
            if (upper == QLatin1String("END;")) {
                inBody = false;
                out.append(current.trimmed());
                current.clear();
            }
            continue;
        }
        if (line.endsWith(QLatin1Char(';'))) {
            out.append(current.trimmed());
            current.clear();
        }
    }
    if (!current.trimmed().isEmpty())
        out.append(current.trimmed());
    return out;
}

bool Migrator::migrate(QString *error, int *applied)
{
    if (applied)
        *applied = 0;
    const QList<Migration> migrations = available(error);
    if (migrations.isEmpty())
        return false;
    QSqlQuery q(m_db);
    if (m_database.dialect() == Dialect::Postgres) {
        // Several instances may start at once on one PostgreSQL: one migrates, the others wait.
        q.exec(QStringLiteral("SELECT pg_advisory_lock(774201)"));
    }
    auto unlock = qScopeGuard([&] {
        if (m_database.dialect() == Dialect::Postgres)
            QSqlQuery(m_db).exec(QStringLiteral("SELECT pg_advisory_unlock(774201)"));
    });
    if (!q.exec(QStringLiteral("CREATE TABLE IF NOT EXISTS schema_migration (version INTEGER PRIMARY KEY, "
                               "name TEXT NOT NULL, checksum TEXT NOT NULL, applied_at TEXT NOT NULL)"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    QMap<int, QString> done;
    if (!q.exec(QStringLiteral("SELECT version, checksum FROM schema_migration ORDER BY version"))) {
        if (error)
            *error = q.lastError().text();
        return false;
    }
    while (q.next())
        done.insert(q.value(0).toInt(), q.value(1).toString());
    q.finish();
    if (!done.isEmpty() && done.lastKey() > migrations.last().version) {
        if (error)
            *error = QStringLiteral("the database is at schema version %1, newer than this server (%2)")
                         .arg(done.lastKey())
                         .arg(migrations.last().version);
        return false;
    }
    for (const Migration &m : migrations) {
        if (m_target > 0 && m.version > m_target)
            break;
        const QString checksum = QString::fromLatin1(sha256Hex(m.text.toUtf8()));
        if (done.contains(m.version)) {
            if (done.value(m.version) != checksum) {
                if (error)
                    *error = QStringLiteral("migration %1 (%2) differs from the one applied to this database")
                                 .arg(m.version)
                                 .arg(m.name);
                return false;
            }
            continue;
        }
        qCInfo(lcMigrate).noquote() << "applying migration" << m.version << m.name;
        if (!m_db.transaction()) {
            if (error)
                *error = m_db.lastError().text();
            return false;
        }
        // Role tables exist from migration 1 on.
        const bool auditRoles = m_catalog && m.version > 1;
        migrationaudit::RolePermissions rolesBefore;
        try {
            if (auditRoles)
                rolesBefore = migrationaudit::snapshot(m_db, *m_catalog);
        } catch (const RpcError &e) {
            if (error)
                *error = QStringLiteral("migration %1: %2").arg(m.version).arg(e.message);
            m_db.rollback();
            return false;
        }
        for (const QString &stmt : splitStatements(m.text)) {
            if (!q.exec(stmt)) {
                if (error)
                    *error = QStringLiteral("migration %1: %2\n%3").arg(m.version).arg(q.lastError().text(), stmt.left(200));
                m_db.rollback();
                return false;
            }
        }
        try {
            if (auditRoles) {
                const int rows = migrationaudit::write(m_database, m_db, *m_catalog, m.version, m.name, rolesBefore,
                                                       migrationaudit::snapshot(m_db, *m_catalog));
                if (rows > 0)
                    qCInfo(lcMigrate).noquote() << "migration" << m.version << "changed the permissions of" << rows << "role(s): audited";
            }
        } catch (const RpcError &e) {
            if (error)
                *error = QStringLiteral("migration %1: auditing its role changes failed: %2").arg(m.version).arg(e.message);
            m_db.rollback();
            return false;
        }
        q.prepare(QStringLiteral("INSERT INTO schema_migration (version, name, checksum, applied_at) VALUES (?, ?, ?, ?)"));
        q.addBindValue(m.version);
        q.addBindValue(m.name);
        q.addBindValue(checksum);
        q.addBindValue(clock::nowIso());
        if (!q.exec() || !m_db.commit()) {
            if (error)
                *error = q.lastError().text() + m_db.lastError().text();
            m_db.rollback();
            return false;
        }
        if (applied)
            ++*applied;
    }
    return true;
}

} // namespace concord
