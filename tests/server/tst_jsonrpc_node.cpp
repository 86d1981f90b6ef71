// Issue 10, item 8: a third-party JSON-RPC 2.0 client library speaks to the server. Node runs
// tests/jsonrpc/client.mjs, which uses the npm package json-rpc-2.0 (pinned in package-lock.json)
// over TLS with the server's certificate pinned: single calls, errors, a notification, a batch and
// a batch of notifications only. This test checks what the library got and what the server wrote.
// The package is installed with `npm ci` into the build tree when it is missing; without node or
// npm (installer/setup-deps.sh --test installs them) or without the registry, the test fails.
#include "testserver.h"

#include <QDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlQuery>
#include <QStandardPaths>
#include <QUuid>
#include <QtTest>

#ifndef CONCORD_JSONRPC_CLIENT_DIR
#error "CONCORD_JSONRPC_CLIENT_DIR must be defined by the build"
#endif

using namespace concord::test;

namespace {
const QString kClientDir = QStringLiteral(CONCORD_JSONRPC_CLIENT_DIR);

QJsonObject readJson(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? QJsonDocument::fromJson(f.readAll()).object() : QJsonObject();
}

// Empty when node_modules holds the version package-lock.json pins, else why not.
QString installedProblem()
{
    const QString wanted = readJson(kClientDir + QStringLiteral("/package-lock.json"))
                               .value(QStringLiteral("packages")).toObject()
                               .value(QStringLiteral("node_modules/json-rpc-2.0")).toObject()
                               .value(QStringLiteral("version")).toString();
    if (wanted.isEmpty())
        return QStringLiteral("%1/package-lock.json does not pin json-rpc-2.0").arg(kClientDir);
    const QString have = readJson(kClientDir + QStringLiteral("/node_modules/json-rpc-2.0/package.json")).value(QStringLiteral("version")).toString();
    return have == wanted ? QString() : QStringLiteral("json-rpc-2.0 %1 is installed, the lock pins %2").arg(have.isEmpty() ? QStringLiteral("(none)") : have, wanted);
}

int alarmCount(const TestServer &server, const QString &message, const QString &user)
{
    int n = -1;
    const QString name = QStringLiteral("count-") + QUuid::createUuid().toString(QUuid::Id128);
    {
        QSqlDatabase db = server.openDirect(name);
        QSqlQuery q(db);
        // Each alarm with its creation audited under the signed-in user.
        q.prepare(QStringLiteral("SELECT COUNT(*) FROM alarm a JOIN audit_log l ON l.record_type = 'alarm' AND l.record_id = CAST(a.id AS TEXT) "
                                 "AND l.action = 'create' WHERE a.message = ? AND l.username = ?"));
        q.addBindValue(message);
        q.addBindValue(user);
        if (q.exec() && q.next())
            n = q.value(0).toInt();
    }
    QSqlDatabase::removeDatabase(name);
    return n;
}
} // namespace

class TstJsonRpcNode : public QObject
{
    Q_OBJECT
    QString m_node;

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::skipReason().isEmpty())
            QSKIP(qPrintable(TestServer::skipReason()));
        m_node = QStandardPaths::findExecutable(QStringLiteral("node"));
        const QString npm = QStandardPaths::findExecutable(QStringLiteral("npm"));
        QVERIFY2(!m_node.isEmpty() && !npm.isEmpty(), "node and npm are needed: installer/setup-deps.sh --test installs them");
        if (installedProblem().isEmpty())
            return;
        QProcess ci;
        ci.setWorkingDirectory(kClientDir);
        ci.setProcessChannelMode(QProcess::MergedChannels);
        ci.start(npm, {QStringLiteral("ci"), QStringLiteral("--no-audit"), QStringLiteral("--no-fund")});
        QVERIFY2(ci.waitForFinished(240000) && ci.exitStatus() == QProcess::NormalExit && ci.exitCode() == 0,
                 qPrintable(QStringLiteral("npm ci in %1 failed: %2").arg(kClientDir, QString::fromUtf8(ci.readAll()).right(2000))));
        QVERIFY2(installedProblem().isEmpty(), qPrintable(installedProblem()));
    }

    void thirdPartyClientOverTls()
    {
        TestServer server;
        QVERIFY(server.start());
        auto pinned = server.client();
        QVERIFY(pinned);
        const QString marker = QStringLiteral("node-") + QUuid::createUuid().toString(QUuid::Id128);

        QProcess node;
        node.setWorkingDirectory(kClientDir);
        node.start(m_node, {kClientDir + QStringLiteral("/client.mjs"), QStringLiteral("127.0.0.1"), QString::number(server.port()),
                            pinned->serverFingerprint(), QStringLiteral("qa"), TestServer::demoPassword(), marker});
        QVERIFY(node.waitForFinished(60000));
        const QByteArray err = node.readAllStandardError();
        QVERIFY2(node.exitStatus() == QProcess::NormalExit && node.exitCode() == 0, err.constData());
        const QJsonObject out = QJsonDocument::fromJson(node.readAllStandardOutput()).object();
        QVERIFY2(!out.isEmpty(), err.constData());

        // A single call, sign-in, and errors as the library reports them.
        QCOMPARE(out[u"hello"][u"protocol"][u"major"].toInt(), 1);
        QCOMPARE(out[u"login"][u"username"].toString(), QStringLiteral("qa"));
        QCOMPARE(out[u"unknownMethod"][u"code"].toInt(), -32601);
        QCOMPARE(out[u"unknownMethod"][u"dataCode"].toString(), QStringLiteral("protocol.method_not_found"));
        QCOMPARE(out[u"invalidParams"][u"code"].toInt(), -32602);
        QCOMPARE(out[u"invalidParams"][u"dataCode"].toString(), QStringLiteral("validation.failed"));

        // The batch: answers for the three calls with an id, none for the notification.
        const QJsonArray batch = out[u"batch"].toArray();
        QCOMPARE(batch.size(), 3);
        QCOMPARE(batch[0][u"id"].toInt(), 101);
        QVERIFY(batch[0][u"result"][u"serverTime"].isString());
        QCOMPARE(batch[1][u"id"].toInt(), 102);
        QCOMPARE(batch[1][u"result"][u"message"].toString(), marker + QStringLiteral("-batch-request"));
        QCOMPARE(batch[2][u"id"].toInt(), 103);
        QCOMPARE(batch[2][u"error"][u"code"].toInt(), -32601);
        QCOMPARE(out[u"notificationBatch"].toArray().size(), 0);
        QCOMPARE(out[u"last"][u"message"].toString(), marker + QStringLiteral("-last"));

        // Exactly one line per call with an id, one array for the batch, nothing for notifications.
        const QJsonArray expectedLines{QStringLiteral("object"), QStringLiteral("object"), QStringLiteral("object"), QStringLiteral("object"),
                                       QStringLiteral("array"), QStringLiteral("object")};
        QCOMPARE(out[u"lines"].toArray(), expectedLines);

        // Every write ran once and was audited under the signed-in user, notifications included.
        for (const char *suffix : {"notification", "batch-notification", "batch-request", "notification-batch", "last"})
            QCOMPARE(alarmCount(server, marker + QLatin1Char('-') + QLatin1String(suffix), QStringLiteral("qa")), 1);
    }
};

QTEST_GUILESS_MAIN(TstJsonRpcNode)
#include "tst_jsonrpc_node.moc"
