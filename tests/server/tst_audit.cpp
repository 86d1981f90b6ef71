// Audit trail (P11-10e, ALCOA+ attributable/contemporaneous/complete): written with every change,
// hash-chained, append-only in the database itself, and audit.verify names the first broken link
// when rows are changed or removed behind the server's back.
#include "testserver.h"

#include <QDateTime>
#include <QJsonArray>
#include <QSqlError>
#include <QSqlQuery>
#include <QtTest>

using namespace concord;
using namespace concord::test;

namespace {
QJsonObject o(std::initializer_list<QPair<QString, QJsonValue>> l) { return QJsonObject(l); }

qint64 raise(SyncRpcClient &c, const QString &message)
{
    const auto r = c.call(QStringLiteral("alarm.raise"), o({{QStringLiteral("severity"), QStringLiteral("warning")},
                                                           {QStringLiteral("source"), QStringLiteral("LT-01")},
                                                           {QStringLiteral("message"), message}}));
    return r.ok() ? r.result.value(QStringLiteral("id")).toInteger() : 0;
}

// Runs SQL directly on the database file/cluster, bypassing the server.
bool direct(TestServer &server, const QStringList &statements, QString *error = nullptr)
{
    bool ok = true;
    {
        QSqlDatabase db = server.openDirect(QStringLiteral("direct"));
        for (const QString &s : statements) {
            QSqlQuery q(db);
            if (!q.exec(s)) {
                ok = false;
                if (error)
                    *error = q.lastError().text();
                break;
            }
        }
    }
    QSqlDatabase::removeDatabase(QStringLiteral("direct"));
    return ok;
}
} // namespace

class TstAudit : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::skipReason().isEmpty())
            QSKIP(qPrintable(TestServer::skipReason()));
    }

    void everyChangeIsAttributedTimedAndKeepsOldValues()
    {
        TestServer server;
        QVERIFY(server.start());
        auto op = server.login(QStringLiteral("operator"));
        auto qa = server.login(QStringLiteral("qa"));
        const QDateTime before = QDateTime::currentDateTimeUtc().addSecs(-2);
        const qint64 id = raise(*op, QStringLiteral("Seal temperature 182 °C above limit"));
        QVERIFY(id > 0);
        QVERIFY(qa->call(QStringLiteral("alarm.acknowledge"), o({{QStringLiteral("id"), id}, {QStringLiteral("comment"), QStringLiteral("sealer stopped, NCR opened")}})).ok());

        const auto rows = qa->call(QStringLiteral("audit.query"), o({{QStringLiteral("recordType"), QStringLiteral("alarm")},
                                                                    {QStringLiteral("recordId"), QString::number(id)},
                                                                    {QStringLiteral("order"), QStringLiteral("asc")}}));
        QVERIFY(rows.ok());
        const QJsonArray list = rows.result.value(QStringLiteral("rows")).toArray();
        QCOMPARE(list.size(), 2);
        const QJsonObject created = list.at(0).toObject();
        const QJsonObject acked = list.at(1).toObject();
        QCOMPARE(created.value(QStringLiteral("action")).toString(), QStringLiteral("create"));
        QCOMPARE(created.value(QStringLiteral("username")).toString(), QStringLiteral("operator"));
        QCOMPARE(acked.value(QStringLiteral("username")).toString(), QStringLiteral("qa"));
        QCOMPARE(acked.value(QStringLiteral("reason")).toString(), QStringLiteral("sealer stopped, NCR opened"));
        // old -> new value pairs; the previous value stays visible
        const QJsonArray state = acked.value(QStringLiteral("changes")).toObject().value(QStringLiteral("state")).toArray();
        QCOMPARE(state, (QJsonArray{QStringLiteral("active"), QStringLiteral("acknowledged")}));
        // server UTC time, now
        const QDateTime at = QDateTime::fromString(acked.value(QStringLiteral("at")).toString(), Qt::ISODateWithMs);
        QVERIFY(acked.value(QStringLiteral("at")).toString().endsWith(QLatin1Char('Z')));
        QVERIFY(at >= before && at <= QDateTime::currentDateTimeUtc().addSecs(2));
        QVERIFY(created.value(QStringLiteral("seq")).toInteger() < acked.value(QStringLiteral("seq")).toInteger());

        // Filters and keyset paging.
        const auto byUser = qa->call(QStringLiteral("audit.query"), o({{QStringLiteral("username"), QStringLiteral("operator")}, {QStringLiteral("action"), QStringLiteral("create")}}));
        QCOMPARE(byUser.result.value(QStringLiteral("rows")).toArray().size(), 1);
        const auto page1 = qa->call(QStringLiteral("audit.query"), o({{QStringLiteral("limit"), 5}}));
        QCOMPARE(page1.result.value(QStringLiteral("rows")).toArray().size(), 5);
        QCOMPARE(page1.result.value(QStringLiteral("more")).toBool(), true);
        // Each row carries its place in the hash chain: a reviewer can follow it link by link, and
        // the newest row's hash is the head that audit.verify reports.
        const QJsonArray newest = page1.result.value(QStringLiteral("rows")).toArray();
        for (int i = 0; i + 1 < newest.size(); ++i) {
            const QString hash = newest.at(i).toObject().value(QStringLiteral("hash")).toString();
            QCOMPARE(hash.size(), 64);
            QCOMPARE(newest.at(i).toObject().value(QStringLiteral("prevHash")).toString(),
                     newest.at(i + 1).toObject().value(QStringLiteral("hash")).toString());
        }
        const auto verified = qa->call(QStringLiteral("audit.verify"));
        QCOMPARE(verified.result.value(QStringLiteral("headHash")).toString(),
                 newest.first().toObject().value(QStringLiteral("hash")).toString());
        const qint64 last = page1.result.value(QStringLiteral("rows")).toArray().last().toObject().value(QStringLiteral("seq")).toInteger();
        const auto page2 = qa->call(QStringLiteral("audit.query"), o({{QStringLiteral("limit"), 5}, {QStringLiteral("beforeSeq"), last}}));
        QCOMPARE(page2.result.value(QStringLiteral("rows")).toArray().first().toObject().value(QStringLiteral("seq")).toInteger(), last - 1);
        const auto future = qa->call(QStringLiteral("audit.query"), o({{QStringLiteral("from"), QDateTime::currentDateTimeUtc().addDays(1).toString(Qt::ISODate)}}));
        QCOMPARE(future.result.value(QStringLiteral("rows")).toArray().size(), 0);
    }

    void noMethodAndNoStatementCanChangeTheTrail()
    {
        TestServer server;
        QVERIFY(server.start());
        auto admin = server.login(QStringLiteral("admin"));
        const auto discover = admin->call(QStringLiteral("rpc.discover"));
        for (const QJsonValue &m : discover.result.value(QStringLiteral("methods")).toArray()) {
            const QString name = m.toObject().value(QStringLiteral("name")).toString();
            QVERIFY2(!(name.startsWith(QLatin1String("audit.")) && m.toObject().value(QStringLiteral("writes")).toBool()), qPrintable(name));
        }
        QString error;
        QVERIFY(!direct(server, {QStringLiteral("UPDATE audit_log SET reason = 'x' WHERE seq = 1")}, &error));
        QVERIFY2(error.contains(QStringLiteral("append-only")), qPrintable(error));
        QVERIFY(!direct(server, {QStringLiteral("DELETE FROM audit_log WHERE seq = 1")}, &error));
        QVERIFY(!direct(server, {QStringLiteral("UPDATE event SET topic = 'x' WHERE seq = 1")}, &error));
        QVERIFY(!direct(server, {QStringLiteral("DELETE FROM app_user WHERE username = 'operator'")}, &error));
        QVERIFY(admin->call(QStringLiteral("audit.verify")).result.value(QStringLiteral("ok")).toBool());
    }

    void verifyNamesTheFirstAlteredRow()
    {
        TestServer server;
        QVERIFY(server.start());
        auto op = server.login(QStringLiteral("operator"));
        auto qa = server.login(QStringLiteral("qa"));
        for (int i = 0; i < 5; ++i)
            QVERIFY(raise(*op, QStringLiteral("reading %1").arg(i)) > 0);
        const auto ok = qa->call(QStringLiteral("audit.verify"));
        QVERIFY(ok.result.value(QStringLiteral("ok")).toBool());
        const qint64 head = ok.result.value(QStringLiteral("headSeq")).toInteger();
        const qint64 victim = head - 2;

        // Someone with file access edits one row, disabling the guard first.
        const QStringList tamper = server.isPostgres()
            ? QStringList{QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"),
                          QStringLiteral("UPDATE audit_log SET reason = 'nothing happened' WHERE seq = %1").arg(victim)}
            : QStringList{QStringLiteral("DROP TRIGGER audit_log_no_update"),
                          QStringLiteral("UPDATE audit_log SET reason = 'nothing happened' WHERE seq = %1").arg(victim)};
        QString error;
        QVERIFY2(direct(server, tamper, &error), qPrintable(error));
        const auto broken = qa->call(QStringLiteral("audit.verify"));
        QVERIFY(broken.ok());
        QCOMPARE(broken.result.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(broken.result.value(QStringLiteral("firstBroken")).toObject().value(QStringLiteral("seq")).toInteger(), victim);
    }

    void verifyNamesARemovedRow()
    {
        TestServer server;
        QVERIFY(server.start());
        auto op = server.login(QStringLiteral("operator"));
        auto qa = server.login(QStringLiteral("qa"));
        for (int i = 0; i < 3; ++i)
            QVERIFY(raise(*op, QStringLiteral("reading %1").arg(i)) > 0);
        const qint64 head = qa->call(QStringLiteral("audit.verify")).result.value(QStringLiteral("headSeq")).toInteger();
        const QStringList tamper = server.isPostgres()
            ? QStringList{QStringLiteral("ALTER TABLE audit_log DISABLE TRIGGER audit_log_append_only"),
                          QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(head - 1)}
            : QStringList{QStringLiteral("DROP TRIGGER audit_log_no_delete"), QStringLiteral("DELETE FROM audit_log WHERE seq = %1").arg(head - 1)};
        QVERIFY(direct(server, tamper));
        const auto broken = qa->call(QStringLiteral("audit.verify"));
        QCOMPARE(broken.result.value(QStringLiteral("ok")).toBool(), false);
        QCOMPARE(broken.result.value(QStringLiteral("firstBroken")).toObject().value(QStringLiteral("seq")).toInteger(), head - 1);
    }
};

QTEST_GUILESS_MAIN(TstAudit)
#include "tst_audit.moc"
