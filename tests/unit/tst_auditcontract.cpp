// Issue 10, part 2: audit by contract. Every method declares its audit policy; the writer refuses a
// write job that must audit and appended no audit row (server.unaudited_write), rolling it back,
// and lets a job exempt with a written reason through. The methods here are registered for this
// test only, exactly as a module registers its own: one deliberately forgets its audit row.
// Compliance rows: P11-10e, A11-9, ALCOA+ attributable.
#include "rpc/methodregistry.h"
#include "rpc/schema.h"
#include "storage/database.h"
#include "storage/dburl.h"
#include "storage/migrator.h"
#include "storage/sqlcatalog.h"
#include "storage/writer.h"

#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

using namespace concord;

class TstAuditContract : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    std::unique_ptr<Database> m_database;
    SqlCatalog m_catalog;
    std::unique_ptr<Writer> m_writer;
    MethodRegistry m_registry;

    // A write handler that stores `key` in instance_setting, with or without an audit row.
    static std::function<QJsonObject(WriteContext &, const QJsonObject &)> storing(const QString &key, bool audit)
    {
        return [key, audit](WriteContext &ctx, const QJsonObject &) {
            ctx.sql().exec(QStringLiteral("instance.put"), {key, QStringLiteral("x")});
            if (audit)
                ctx.audit(QStringLiteral("update"), QStringLiteral("instance_setting"), key, {{QStringLiteral("value"), QJsonArray{QJsonValue(), QStringLiteral("x")}}});
            return QJsonObject{{QStringLiteral("stored"), key}};
        };
    }

    // Runs a method's write the way the dispatcher does: one job carrying the method's policy.
    RpcError run(const QString &method)
    {
        const MethodSpec *spec = m_registry.find(method);
        RpcError err;
        const QJsonObject params;
        writeAndWait(*m_writer, Principal::system(QStringLiteral("tst")), method,
                     [spec, params](WriteContext &ctx) { return spec->write(ctx, params); }, &err, *spec->audit);
        return err;
    }

    int stored(const QString &key)
    {
        QString err;
        QSqlDatabase db = m_database->open(QStringLiteral("tst-auditcontract-check"), Database::Role::Reader, &err);
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT COUNT(*) FROM instance_setting WHERE key = '%1'").arg(key));
        const int n = q.next() ? q.value(0).toInt() : -1;
        q.finish();
        db = QSqlDatabase();
        Database::close(QStringLiteral("tst-auditcontract-check"));
        return n;
    }

    int auditRows()
    {
        QString err;
        QSqlDatabase db = m_database->open(QStringLiteral("tst-auditcontract-audit"), Database::Role::Reader, &err);
        QSqlQuery q(db);
        q.exec(QStringLiteral("SELECT COUNT(*) FROM audit_log"));
        const int n = q.next() ? q.value(0).toInt() : -1;
        q.finish();
        db = QSqlDatabase();
        Database::close(QStringLiteral("tst-auditcontract-audit"));
        return n;
    }

private Q_SLOTS:
    void initTestCase()
    {
        QString err;
        const DbSettings settings = DbSettings::parse(QStringLiteral("sqlite:") + m_dir.filePath(QStringLiteral("db.sqlite")), &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        m_database = std::make_unique<Database>(settings);
        m_catalog = SqlCatalog::load(settings.dialect, &err);
        QVERIFY2(err.isEmpty(), qPrintable(err));
        {
            QSqlDatabase db = m_database->open(QStringLiteral("tst-auditcontract-migrate"), Database::Role::Admin, &err);
            QVERIFY2(Migrator(*m_database, db, &m_catalog).migrate(&err), qPrintable(err));
        }
        Database::close(QStringLiteral("tst-auditcontract-migrate"));
        m_writer = std::make_unique<Writer>(*m_database, m_catalog, 16);
        QVERIFY2(m_writer->start(&err), qPrintable(err));

        m_registry.add({.name = QStringLiteral("test.audited"), .summary = QStringLiteral("stores and audits"), .permission = QStringLiteral("test.write"),
                        .kind = MethodKind::Write, .write = storing(QStringLiteral("audited"), true)});
        // The deliberate mistake: a Write method that changes data and forgets its audit row.
        m_registry.add({.name = QStringLiteral("test.unaudited"), .summary = QStringLiteral("stores, forgets the audit row"),
                        .permission = QStringLiteral("test.write"), .kind = MethodKind::Write, .write = storing(QStringLiteral("unaudited"), false)});
        m_registry.add({.name = QStringLiteral("test.exempt"), .summary = QStringLiteral("bookkeeping"), .permission = QStringLiteral("test.write"),
                        .kind = MethodKind::Write, .audit = AuditPolicy::exempt(QStringLiteral("test bookkeeping, not a record")),
                        .write = storing(QStringLiteral("exempt"), false)});
        m_registry.add({.name = QStringLiteral("test.read"), .summary = QStringLiteral("reads"), .permission = QStringLiteral("test.read"),
                        .kind = MethodKind::Read});
    }

    void cleanupTestCase()
    {
        if (m_writer)
            m_writer->stop();
    }

    void policiesAreDeclaredInTheCatalogue()
    {
        const QJsonArray methods = m_registry.discover(QStringLiteral("test")).value(QStringLiteral("methods")).toArray();
        QHash<QString, QJsonValue> audit;
        for (const QJsonValue &m : methods)
            audit.insert(m.toObject().value(QStringLiteral("name")).toString(), m.toObject().value(QStringLiteral("x-audit")));
        QCOMPARE(audit.value(QStringLiteral("test.audited")).toString(), QStringLiteral("records"));
        QCOMPARE(audit.value(QStringLiteral("test.unaudited")).toString(), QStringLiteral("records"));
        QCOMPARE(audit.value(QStringLiteral("test.exempt")).toObject().value(QStringLiteral("exempt")).toString(), QStringLiteral("test bookkeeping, not a record"));
        QVERIFY(!audit.value(QStringLiteral("test.read")).toObject().value(QStringLiteral("exempt")).toString().isEmpty());
    }

    void writerRefusesAWriteThatLeftNoAuditRow()
    {
        const int before = auditRows();
        const RpcError refused = run(QStringLiteral("test.unaudited"));
        QCOMPARE(refused.dataCode, QStringLiteral("server.unaudited_write"));
        QCOMPARE(refused.args.value(QStringLiteral("method")).toString(), QStringLiteral("test.unaudited"));
        QCOMPARE(stored(QStringLiteral("unaudited")), 0); // rolled back: nothing of it is in the database
        QCOMPARE(auditRows(), before);
        // Its neighbours are unaffected: the audited write and the declared exemption go through.
        QVERIFY(run(QStringLiteral("test.audited")).isNull());
        QCOMPARE(stored(QStringLiteral("audited")), 1);
        QCOMPARE(auditRows(), before + 1);
        QVERIFY(run(QStringLiteral("test.exempt")).isNull());
        QCOMPARE(stored(QStringLiteral("exempt")), 1);
        QCOMPARE(auditRows(), before + 1);
    }
};

QTEST_GUILESS_MAIN(TstAuditContract)
#include "tst_auditcontract.moc"
