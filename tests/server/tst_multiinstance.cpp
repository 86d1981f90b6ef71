// C3: several server instances on one PostgreSQL database. Writers on both instances share one
// audit chain and one gap-free event sequence; NOTIFY wakes the other instance so that its clients
// receive every event in order.
#include "testserver.h"

#include <QJsonArray>
#include <QtTest>

using namespace concord;
using namespace concord::test;

class TstMultiInstance : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::postgresRequested())
            QSKIP("several instances share a database only on PostgreSQL");
        if (!TestServer::skipReason().isEmpty())
            QSKIP(qPrintable(TestServer::skipReason()));
    }

    void eventsAndAuditAcrossInstances()
    {
        TestServer a;
        QVERIFY(a.start());
        TestServer b;
        TestServer::Options second;
        second.sharedDbUrl = a.dbUrl();
        QVERIFY(b.start(second));

        auto watchA = a.login(QStringLiteral("tv-line1"));
        auto watchB = b.login(QStringLiteral("tv-line1"));
        QVERIFY(watchA && watchB);
        QVERIFY(watchA->call(QStringLiteral("events.subscribe"), QJsonObject{{QStringLiteral("topics"), QJsonArray{QStringLiteral("alarm")}}}).ok());
        QVERIFY(watchB->call(QStringLiteral("events.subscribe"), QJsonObject{{QStringLiteral("topics"), QJsonArray{QStringLiteral("alarm")}}}).ok());

        auto devA = a.login(QStringLiteral("dev-leak-01"));
        auto devB = b.login(QStringLiteral("dev-uv-01"));
        const int n = 40;
        for (int i = 0; i < n; ++i) {
            SyncRpcClient &dev = (i % 2) ? *devB : *devA;
            QVERIFY(dev.call(QStringLiteral("alarm.raise"), QJsonObject{{QStringLiteral("severity"), QStringLiteral("info")},
                                                                         {QStringLiteral("source"), QStringLiteral("line")},
                                                                         {QStringLiteral("message"), QStringLiteral("m%1").arg(i)}}).ok());
        }
        for (SyncRpcClient *w : {watchA.get(), watchB.get()}) {
            QList<qint64> seqs;
            QStringList messages;
            QJsonObject e;
            while (seqs.size() < n && w->nextEvent(&e, 10000)) {
                seqs << e.value(QStringLiteral("seq")).toInteger();
                messages << e.value(QStringLiteral("data")).toObject().value(QStringLiteral("message")).toString();
            }
            QCOMPARE(seqs.size(), n);
            for (int i = 1; i < seqs.size(); ++i)
                QVERIFY2(seqs.at(i) > seqs.at(i - 1), "events arrive in seq order");
            for (int i = 0; i < n; ++i)
                QCOMPARE(messages.at(i), QStringLiteral("m%1").arg(i));
        }
        auto qa = b.login(QStringLiteral("qa"));
        const auto verify = qa->call(QStringLiteral("audit.verify"));
        QVERIFY(verify.result.value(QStringLiteral("ok")).toBool());
        // A session from one instance can be resumed on the other (clients fail over).
        auto c = a.client();
        const QString token = c->login(QStringLiteral("planner"), TestServer::demoPassword()).result.value(QStringLiteral("sessionToken")).toString();
        auto other = b.client();
        QVERIFY(other->call(QStringLiteral("auth.resume"), QJsonObject{{QStringLiteral("sessionToken"), token}}).ok());
    }
};

QTEST_GUILESS_MAIN(TstMultiInstance)
#include "tst_multiinstance.moc"
