// AlarmModel against a real server: the snapshot newest first, live alarms inserted at the top and
// acknowledgements changed in place (never a reset per event), acknowledging through the model, the
// hand-over from snapshot to stream while alarms pour in, and catching up after kill -9 and restart
// with no gap and no duplicate.
#include "clienttesthelpers.h"
#include "core/alarmmodel.h"

#include <QAbstractItemModelTester>
#include <QJsonArray>
#include <QLocale>
#include <QSignalSpy>
#include <QThread>
#include <QtTest>
#include <atomic>

using namespace concord;
using namespace concord::test;
using State = RpcClient::State;

namespace {
QString s(const char *text) { return QString::fromUtf8(text); }

QString text(const AlarmModel &m, int row, int column) { return m.data(m.index(row, column)).toString(); }
qint64 idAt(const AlarmModel &m, int row) { return m.data(m.index(row, 0), AlarmModel::IdRole).toLongLong(); }

// Fails the test (returns a message) unless the model shows exactly what alarm.list says: the same
// alarms in the same order, each once, with the same state and version.
QString differsFromServer(const AlarmModel &model, const TestServer &server)
{
    auto qa = server.login(s("qa"));
    const auto list = qa->call(s("alarm.list"), {{s("limit"), 500}});
    if (!list.ok())
        return list.error.message;
    const QJsonArray alarms = list.result.value(s("alarms")).toArray();
    if (alarms.size() != model.rowCount())
        return QStringLiteral("server has %1 alarms, model %2 rows").arg(alarms.size()).arg(model.rowCount());
    QSet<qint64> seen;
    for (int row = 0; row < model.rowCount(); ++row) {
        const QJsonObject a = alarms.at(row).toObject();
        const qint64 id = idAt(model, row);
        if (seen.contains(id))
            return QStringLiteral("alarm %1 twice").arg(id);
        seen.insert(id);
        if (id != a.value(s("id")).toInteger())
            return QStringLiteral("row %1: model id %2, server id %3").arg(row).arg(id).arg(a.value(s("id")).toInteger());
        const QModelIndex i = model.index(row, 0);
        if (model.data(i, AlarmModel::StateRole).toString() != a.value(s("state")).toString() ||
            model.data(i, AlarmModel::RowVersionRole).toInt() != a.value(s("rowVersion")).toInt())
            return QStringLiteral("alarm %1: state/version differ").arg(id);
    }
    return {};
}
} // namespace

class TstAlarmModel : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::skipReason().isEmpty())
            QSKIP(qPrintable(TestServer::skipReason()));
    }

    void snapshotThenLiveUpdatesInPlace()
    {
        TestServer server;
        QVERIFY(server.start());
        auto device = server.login(s("dev-leak-01"));
        QList<qint64> ids;
        for (int i = 0; i < 3; ++i) {
            const auto r = device->call(s("alarm.raise"), raiseParams(QStringLiteral("old %1").arg(i)));
            QVERIFY(r.ok());
            ids << r.result.value(s("id")).toInteger();
        }
        auto client = signedIn(server, s("operator"));
        QVERIFY(client);
        AlarmModel model(client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(model.isLoaded());
        QCOMPARE(model.rowCount(), 3);
        QCOMPARE(model.columnCount(), int(AlarmModel::ColumnCount));
        QCOMPARE(idAt(model, 0), ids[2]); // newest first
        QCOMPARE(text(model, 0, AlarmModel::MessageColumn), s("old 2"));
        QCOMPARE(text(model, 0, AlarmModel::SeverityColumn), s("Warning"));
        QCOMPARE(text(model, 0, AlarmModel::StateColumn), s("Active"));
        QCOMPARE(model.headerData(AlarmModel::RaisedAtColumn, Qt::Horizontal).toString(), s("Raised at"));

        // Time: a local QDateTime for views, and text that names the zone.
        const QDateTime raised = model.data(model.index(0, 0), AlarmModel::RaisedAtRole).toDateTime();
        QVERIFY(raised.isValid());
        QCOMPARE(raised.timeSpec(), Qt::LocalTime);
        const QDateTime serverUtc = QDateTime::fromString(model.alarm(0).value(s("raisedAt")).toString(), Qt::ISODateWithMs);
        QCOMPARE(raised.toMSecsSinceEpoch(), serverUtc.toMSecsSinceEpoch());
        QCOMPARE(text(model, 0, AlarmModel::RaisedAtColumn), QLocale().toString(raised, s("yyyy-MM-dd HH:mm:ss t")));
        QVERIFY(!raised.timeZoneAbbreviation().isEmpty());
        QVERIFY(text(model, 0, AlarmModel::RaisedAtColumn).endsWith(raised.timeZoneAbbreviation()));

        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);
        QSignalSpy changed(&model, &QAbstractItemModel::dataChanged);
        QSignalSpy raisedSpy(&model, &AlarmModel::alarmRaised);

        // A new alarm from another client: one row, at the top.
        const auto fresh = device->call(s("alarm.raise"), raiseParams(s("pressure decay above limit"), s("critical")));
        QVERIFY(fresh.ok());
        QTRY_COMPARE(model.rowCount(), 4);
        QCOMPARE(inserted.count(), 1);
        QCOMPARE(inserted.first().at(1).toInt(), 0);
        QCOMPARE(inserted.first().at(2).toInt(), 0);
        QCOMPARE(idAt(model, 0), fresh.result.value(s("id")).toInteger());
        QCOMPARE(model.data(model.index(0, 0), AlarmModel::SeverityRole).toString(), s("critical"));
        QCOMPARE(raisedSpy.count(), 1);

        // Acknowledged by someone else: that row changes, and nothing else does.
        auto qa = server.login(s("qa"));
        QVERIFY(qa->call(s("alarm.acknowledge"), {{s("id"), ids[0]}, {s("comment"), s("seal replaced")}}).ok());
        const int oldest = model.rowOfId(ids[0]);
        QCOMPARE(oldest, 3);
        QTRY_COMPARE(model.data(model.index(oldest, 0), AlarmModel::StateRole).toString(), s("acknowledged"));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), oldest);
        QCOMPARE(changed.first().at(1).toModelIndex().row(), oldest);
        QCOMPARE(text(model, oldest, AlarmModel::AcknowledgedByColumn), s("qa"));
        QCOMPARE(text(model, oldest, AlarmModel::StateColumn), s("Acknowledged"));
        QCOMPARE(model.data(model.index(oldest, 0), AlarmModel::CommentRole).toString(), s("seal replaced"));
        QVERIFY(model.data(model.index(oldest, 0), AlarmModel::AcknowledgedAtRole).toDateTime().isValid());
        QCOMPARE(model.data(model.index(oldest, 0), AlarmModel::RowVersionRole).toInt(), 2);
        QCOMPARE(text(model, oldest, AlarmModel::MessageColumn), s("old 0")); // merged, not replaced

        // Acknowledged here: the row is current when the caller hears back; the event that follows
        // changes nothing more.
        changed.clear();
        const int row = model.rowOfId(ids[1]);
        const Outcome ack = await(model.acknowledge(row, s("checked the seal")));
        QVERIFY2(ack.ok(), qPrintable(ack.error.message));
        QCOMPARE(model.data(model.index(row, 0), AlarmModel::StateRole).toString(), s("acknowledged"));
        QCOMPARE(text(model, row, AlarmModel::AcknowledgedByColumn), s("operator"));
        QTest::qWait(500);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(changed.first().at(0).toModelIndex().row(), row);

        // Twice is refused by the server, with its code; an invalid row is refused here.
        const Outcome again = await(model.acknowledge(row, s("again")));
        QCOMPARE(again.error.dataCode, s("rule.alarm_state"));
        QVERIFY(model.acknowledge(99) == nullptr);

        QCOMPARE(resets.count(), 0);
        QCOMPARE(differsFromServer(model, server), QString());
    }

    void activeOnlyKeepsOldOpenAlarmsAndDropsAcknowledgedOnes()
    {
        // A shop board must show an alarm that is still open however many newer ones were closed.
        TestServer server;
        QVERIFY(server.start());
        auto device = server.login(s("dev-leak-01"));
        auto qa = server.login(s("qa"));
        const qint64 oldOpen = device->call(s("alarm.raise"), raiseParams(s("old but still open"))).result.value(s("id")).toInteger();
        QVERIFY(oldOpen > 0);
        for (int i = 0; i < 4; ++i) {
            const qint64 id = device->call(s("alarm.raise"), raiseParams(s("closed %1").arg(i))).result.value(s("id")).toInteger();
            QVERIFY(qa->call(s("alarm.acknowledge"), {{s("id"), id}, {s("comment"), s("checked")}}).ok());
        }
        auto client = signedIn(server, s("operator"));
        AlarmModel all(client.get());
        all.setMaxRows(2);
        AlarmModel open(client.get());
        open.setMaxRows(2);
        open.setActiveOnly(true); // after the constructor started an unfiltered load: loads again
        QAbstractItemModelTester tester(&open, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QTRY_VERIFY(all.isLoaded() && open.isLoaded());
        QCOMPARE(all.rowOfId(oldOpen), -1); // the newest two, both closed
        QCOMPARE(open.rowCount(), 1);
        QCOMPARE(idAt(open, 0), oldOpen);

        const qint64 fresh = device->call(s("alarm.raise"), raiseParams(s("new"))).result.value(s("id")).toInteger();
        QTRY_COMPARE(open.rowCount(), 2);
        QVERIFY(qa->call(s("alarm.acknowledge"), {{s("id"), oldOpen}, {s("comment"), s("done")}}).ok());
        QTRY_COMPARE(open.rowCount(), 1);
        QCOMPARE(idAt(open, 0), fresh);
    }

    void snapshotAndStreamHandOverUnderLoad()
    {
        TestServer server;
        QVERIFY(server.start());
        std::atomic<int> raised{0};
        std::atomic<bool> failed{false};
        const int total = 300;
        // Another client raises alarms while the model loads, so that some land in the snapshot,
        // some in the stream, and some in both.
        QThread *writer = QThread::create([&server, &raised, &failed] {
            auto device = server.login(QStringLiteral("dev-uv-01"));
            if (!device) {
                failed = true;
                return;
            }
            for (int i = 0; i < total; ++i) {
                if (!device->call(QStringLiteral("alarm.raise"), raiseParams(QStringLiteral("burst %1").arg(i), QStringLiteral("info"))).ok())
                    failed = true;
                ++raised;
            }
        });
        writer->start();
        auto client = signedIn(server, s("qa"));
        QVERIFY(client);
        QVERIFY(QTest::qWaitFor([&] { return raised >= 20; }, 20000));
        AlarmModel model(client.get());
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        int rowsAtLoad = -1;
        connect(&model, &AlarmModel::loaded, this, [&] { rowsAtLoad = model.rowCount(); });
        QTRY_VERIFY_WITH_TIMEOUT(writer->isFinished(), 60000);
        writer->wait();
        delete writer;
        QVERIFY(!failed);
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), total, 20000);
        QTest::qWait(300);
        QCOMPARE(model.rowCount(), total);
        QCOMPARE(resets.count(), 1); // the snapshot, and no other
        // The hand-over really happened under load: the snapshot had some, the stream brought the rest.
        QVERIFY2(rowsAtLoad >= 20 && rowsAtLoad < total, qPrintable(QString::number(rowsAtLoad)));
        QCOMPARE(differsFromServer(model, server), QString());
    }

    void catchesUpAfterKill9AndRestart()
    {
        TestServer server;
        QVERIFY(server.start());
        // The model exists before anyone signs in: it loads when the session is ready.
        RpcClient client;
        AlarmModel model(&client);
        QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::QtTest);
        client.connectToServer(clientOptions(server));
        QVERIFY(waitForState(client, State::Connected));
        QVERIFY(!model.isLoaded());
        QVERIFY(await(client.login(s("operator"), TestServer::demoPassword())).ok());
        QTRY_VERIFY(model.isLoaded());
        QCOMPARE(model.rowCount(), 0);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);
        QSignalSpy inserted(&model, &QAbstractItemModel::rowsInserted);

        QStringList expected; // newest first, as the model shows them
        {
            auto device = server.login(s("dev-uv-01"));
            for (int i = 0; i < 2; ++i) {
                expected.prepend(QStringLiteral("before %1").arg(i));
                QVERIFY(device->call(s("alarm.raise"), raiseParams(expected.first())).ok());
            }
        }
        QTRY_COMPARE(model.rowCount(), 2);
        const qint64 firstId = idAt(model, 1);

        server.kill9();
        QVERIFY(waitForState(client, State::Reconnecting, 10000));
        // While the client is away (no event loop runs until this block is done): new alarms, and an
        // acknowledgement of one the model already shows.
        QVERIFY(server.restart());
        {
            auto device = server.login(s("dev-uv-01"));
            QVERIFY(device);
            for (int i = 0; i < 3; ++i) {
                expected.prepend(QStringLiteral("while away %1").arg(i));
                QVERIFY(device->call(s("alarm.raise"), raiseParams(expected.first())).ok());
            }
            auto qa = server.login(s("qa"));
            QVERIFY(qa->call(s("alarm.acknowledge"), {{s("id"), firstId}}).ok());
        }
        QVERIFY(waitForState(client, State::Authenticated, 20000));
        QCOMPARE(client.stats().resumes, 1);
        {
            auto device = server.login(s("dev-uv-01"));
            for (int i = 0; i < 2; ++i) {
                expected.prepend(QStringLiteral("after %1").arg(i));
                QVERIFY(device->call(s("alarm.raise"), raiseParams(expected.first())).ok());
            }
        }
        QTRY_COMPARE_WITH_TIMEOUT(model.rowCount(), 7, 15000);
        QTRY_COMPARE(model.data(model.index(model.rowOfId(firstId), 0), AlarmModel::StateRole).toString(), s("acknowledged"));
        QTest::qWait(300);
        QCOMPARE(model.rowCount(), 7);
        QStringList shown;
        for (int row = 0; row < model.rowCount(); ++row)
            shown << text(model, row, AlarmModel::MessageColumn);
        QCOMPARE(shown, expected);
        QCOMPARE(inserted.count(), 7); // one insert per alarm, none twice
        QCOMPARE(resets.count(), 0);   // caught up from the stream, not reloaded
        QCOMPARE(differsFromServer(model, server), QString());
    }

    void reloadsWhenTheServerHistoryIsBehind()
    {
        // Plain loopback servers, so that the replacement is not refused for its new certificate.
        TestServer::Options plain;
        plain.tls = false;
        TestServer first;
        QVERIFY(first.start(plain));
        RpcClient::Options o = clientOptions(first);
        o.tls = false;
        auto client = signedIn(first, s("operator"), o);
        QVERIFY(client);
        AlarmModel model(client.get());
        QTRY_VERIFY(model.isLoaded());
        {
            auto device = first.login(s("dev-leak-01"));
            for (int i = 0; i < 5; ++i)
                QVERIFY(device->call(s("alarm.raise"), raiseParams(QStringLiteral("first server %1").arg(i))).ok());
        }
        QTRY_COMPARE(model.rowCount(), 5);
        const qint64 seenSeq = client->lastEventSeq();
        QSignalSpy lost(client.get(), &RpcClient::sessionLost);
        QSignalSpy streamReset(client.get(), &RpcClient::eventStreamReset);
        QSignalSpy resets(&model, &QAbstractItemModel::modelReset);

        // The same address now serves a database that knows fewer events (think: restored backup).
        QVERIFY(first.stop());
        TestServer second;
        plain.extraArgs = QStringList{s("--listen"), QStringLiteral("127.0.0.1:%1").arg(o.port)};
        QVERIFY(second.start(plain));
        QCOMPARE(second.port(), o.port);
        {
            auto device = second.login(s("dev-leak-01"));
            QVERIFY(device->call(s("alarm.raise"), raiseParams(s("second server 0"))).ok());
        }
        QTRY_COMPARE_WITH_TIMEOUT(lost.count(), 1, 20000); // it does not know our session either
        QVERIFY(await(client->login(s("operator"), TestServer::demoPassword())).ok());
        QTRY_COMPARE(streamReset.count(), 1);
        QTRY_COMPARE(resets.count(), 1);
        QVERIFY(client->lastEventSeq() < seenSeq);
        QTRY_COMPARE(model.rowCount(), 1);
        QCOMPARE(text(model, 0, AlarmModel::MessageColumn), s("second server 0"));
        {
            auto device = second.login(s("dev-leak-01"));
            QVERIFY(device->call(s("alarm.raise"), raiseParams(s("second server 1"))).ok());
        }
        QTRY_COMPARE(model.rowCount(), 2);
        QCOMPARE(text(model, 0, AlarmModel::MessageColumn), s("second server 1"));
        QCOMPARE(differsFromServer(model, second), QString());
    }
};

QTEST_GUILESS_MAIN(TstAlarmModel)
#include "tst_alarmmodel.moc"
