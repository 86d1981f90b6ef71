// Issue 10, part 2: a migration that changes roles or permissions writes audit rows, in its own
// transaction, hash-chained like every other row. A database as the release before issue 10 left
// it (migrations 1-7, the platform roles) is migrated to the current schema; migration 0008 grants
// the new approval rights to administrator and qa, and the audit trail says so, attributed to
// "migration", with the chain intact. Compliance rows: P11-10e, A11-9.
#include "audit/auditverifier.h"
#include "storage/database.h"
#include "storage/dburl.h"
#include "storage/migrator.h"
#include "storage/sql.h"
#include "storage/sqlcatalog.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace concord;

class TstMigrationAudit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void roleChangesOfAMigrationAreAudited()
    {
        QTemporaryDir dir;
        QString err;
        const DbSettings settings = DbSettings::parse(QStringLiteral("sqlite:") + dir.filePath(QStringLiteral("db.sqlite")), &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const Database database(settings);
        SqlCatalog catalog = SqlCatalog::load(settings.dialect, &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        const QString name = QStringLiteral("tst-migrationaudit");
        {
            QSqlDatabase db = database.open(name, Database::Role::Admin, &err);
            QVERIFY2(err.isEmpty(), qPrintable(err));
            Migrator old(database, db, &catalog);
            old.setTargetVersion(7);
            int applied = 0;
            QVERIFY2(old.migrate(&err, &applied), qPrintable(err));
            QCOMPARE(applied, 7);
            // The roles as the bootstrap of that release created them (two of them suffice).
            QSqlQuery q(db);
            QVERIFY(q.exec(QStringLiteral("INSERT INTO role (name, description) VALUES ('administrator', 'Admin'), ('qa', 'QA'), ('operator', 'Op')")));
            QVERIFY(q.exec(QStringLiteral("INSERT INTO role_permission (role_id, permission) SELECT id, 'user.admin' FROM role WHERE name = 'administrator'")));
            QVERIFY(q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log")) && q.next());
            QCOMPARE(q.value(0).toInt(), 0);

            Migrator current(database, db, &catalog);
            QVERIFY2(current.migrate(&err, &applied), qPrintable(err));
            QVERIFY(applied >= 1);

            Sql sql(db, &catalog);
            QVERIFY(q.exec(QStringLiteral("SELECT a.action, a.record_type, r.name, a.username, a.reason, a.changes FROM audit_log a "
                                          "JOIN role r ON CAST(r.id AS TEXT) = a.record_id ORDER BY a.seq")));
            QStringList roles;
            while (q.next()) {
                QCOMPARE(q.value(0).toString(), QStringLiteral("update"));
                QCOMPARE(q.value(1).toString(), QStringLiteral("role"));
                QCOMPARE(q.value(3).toString(), QStringLiteral("migration"));
                QCOMPARE(q.value(4).toString(), QStringLiteral("migration 0008 approval_requests"));
                const QJsonArray perms = QJsonDocument::fromJson(q.value(5).toByteArray()).object().value(QStringLiteral("permissions")).toArray();
                QVERIFY(perms.at(1).toArray().contains(QStringLiteral("signature:role_permission_change:approved")));
                QVERIFY(!perms.at(0).toArray().contains(QStringLiteral("signature:role_permission_change:approved")));
                roles << q.value(2).toString();
            }
            // operator's permissions did not change: no row for it.
            QCOMPARE(roles, (QStringList{QStringLiteral("administrator"), QStringLiteral("qa")}));
            const QJsonObject verified = verifyAuditChain(sql);
            QVERIFY2(verified.value(QStringLiteral("ok")).toBool(), QJsonDocument(verified).toJson().constData());
            QCOMPARE(verified.value(QStringLiteral("rowsChecked")).toInt(), 2);
        }
        Database::close(name);
    }
};

QTEST_GUILESS_MAIN(TstMigrationAudit)
#include "tst_migrationaudit.moc"
