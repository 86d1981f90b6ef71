#pragma once
// Shared fixture of the bad-input suites: tst_badinput_protocol.cpp and tst_badinput_business.cpp.
// Bad input (brief 05): protocol garbage, limits, slow senders, TLS garbage, business refusals and
// injection strings. Every case must end in a clear error (JSON-RPC code, stable data.code and an
// English message; field names for validation.failed) or a closed connection; the server keeps
// serving other clients; and the database digest is the same before and after every rejected
// request. Injection strings must come back verbatim.
//
// One server serves the whole suite (small line limit and in-flight limit, short slow-sender
// timeout) so the suite stays fast; each case opens its own connections.
#include "testserver.h"

#include "protocol/jsonrpc.h"

#include <QElapsedTimer>
#include <QJsonArray>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QTcpSocket>
#include <QUuid>
#include <QtTest>

using namespace concord;
using namespace concord::test;

// Helpers return an empty string on success or a description of what is wrong.
#define CHECK(expr)                                                                                                                        \
    do {                                                                                                                                   \
        const QString problem_ = (expr);                                                                                                   \
        QVERIFY2(problem_.isEmpty(), qPrintable(problem_));                                                                                \
    } while (false)

namespace badinput {
constexpr qsizetype kMaxLine = 65536;
constexpr int kMaxInFlight = 32;
constexpr int kPartialLineSeconds = 3;
constexpr int kHandshakeSeconds = 4;

inline QJsonObject p(std::initializer_list<QPair<QString, QJsonValue>> l) { return QJsonObject(l); }

inline QByteArray line(const QJsonValue &id, const QString &method, const QJsonObject &params = {})
{
    return jsonrpc::encode(jsonrpc::request(id, method, params));
}

inline QString compact(const QJsonObject &o) { return QString::fromUtf8(QJsonDocument(o).toJson(QJsonDocument::Compact)); }

// The shape every error answer must have.
inline QString errorProblem(const QJsonObject &msg, const QStringList &codes, int rpcCode = 0, const QJsonValue &id = QJsonValue::Undefined)
{
    const QString where = QStringLiteral(" in ") + compact(msg).left(400);
    if (msg.value(QStringLiteral("jsonrpc")) != QLatin1String("2.0"))
        return QStringLiteral("no jsonrpc 2.0 member") + where;
    if (msg.contains(QStringLiteral("result")) || !msg.value(QStringLiteral("error")).isObject())
        return QStringLiteral("not an error answer") + where;
    if (!id.isUndefined() && msg.value(QStringLiteral("id")) != id)
        return QStringLiteral("wrong id (expected %1)").arg(QString::fromUtf8(QJsonDocument(QJsonArray{id}).toJson(QJsonDocument::Compact))) + where;
    const QJsonObject e = msg.value(QStringLiteral("error")).toObject();
    const QJsonObject data = e.value(QStringLiteral("data")).toObject();
    if (!e.value(QStringLiteral("code")).isDouble() || e.value(QStringLiteral("code")).toInt() >= 0)
        return QStringLiteral("error.code is not a negative integer") + where;
    if (rpcCode != 0 && e.value(QStringLiteral("code")).toInt() != rpcCode)
        return QStringLiteral("error.code is not %1").arg(rpcCode) + where;
    if (e.value(QStringLiteral("message")).toString().trimmed().size() < 5)
        return QStringLiteral("no English message") + where;
    if (!codes.contains(data.value(QStringLiteral("code")).toString()))
        return QStringLiteral("data.code is not one of %1").arg(codes.join(QLatin1Char('|'))) + where;
    if (data.value(QStringLiteral("messageKey")).toString().isEmpty())
        return QStringLiteral("no data.messageKey") + where;
    if (data.value(QStringLiteral("code")) == QLatin1String("validation.failed")) {
        const QJsonArray details = data.value(QStringLiteral("details")).toArray();
        if (details.isEmpty())
            return QStringLiteral("validation.failed without details") + where;
        for (const QJsonValue &d : details)
            if (!d.toObject().value(QStringLiteral("field")).toString().startsWith(QLatin1String("params")) ||
                d.toObject().value(QStringLiteral("message")).toString().isEmpty() || d.toObject().value(QStringLiteral("code")).toString().isEmpty())
                return QStringLiteral("a validation detail without field, code or message") + where;
    }
    return {};
}

// Same checks for an answer already decoded by SyncRpcClient::call().
inline QString responseProblem(const SyncRpcClient::Response &r, const QString &code, const QStringList &fields = {})
{
    if (r.ok())
        return QStringLiteral("expected %1, got a result: %2").arg(code, compact(r.result).left(300));
    if (r.error.dataCode != code)
        return QStringLiteral("expected %1, got %2 (%3)").arg(code, r.error.dataCode, r.error.message);
    if (r.error.message.trimmed().size() < 5)
        return QStringLiteral("%1 without an English message").arg(code);
    if (r.error.code >= 0)
        return QStringLiteral("%1 with JSON-RPC code %2").arg(code).arg(r.error.code);
    QStringList have;
    for (const FieldError &f : r.error.details) {
        if (f.message.isEmpty() || f.code.isEmpty())
            return QStringLiteral("detail %1 without code or message").arg(f.field);
        have << f.field;
    }
    if (code == QLatin1String("validation.failed") && have.isEmpty())
        return QStringLiteral("validation.failed without details");
    for (const QString &f : fields)
        if (!have.contains(f))
            return QStringLiteral("%1 does not name field %2 (names: %3)").arg(code, f, have.join(QLatin1Char(',')));
    return {};
}
} // namespace badinput

// Helpers mixed into each bad-input test class (QtTest needs the test class itself to be the QObject).
using namespace badinput;

class BadInputSupport
{
protected:

    std::unique_ptr<TestServer> m_server;

    TestServer &srv() { return *m_server; }

    // A second, independent client can still use the server.
    QString stillServing()
    {
        auto other = srv().client();
        if (!other)
            return QStringLiteral("a new client cannot connect any more");
        const auto hello = other->call(QStringLiteral("session.hello"), p({{QStringLiteral("client"), QStringLiteral("bystander")}}));
        if (!hello.ok())
            return QStringLiteral("session.hello on a new connection failed: ") + hello.error.message;
        return {};
    }

    // The database as the harness digests it, plus every table's rows (sorted) so that a
    // difference can be explained.
    struct Snapshot
    {
        QByteArray digest;
        QHash<QString, QStringList> tables;
    };

    Snapshot snapshot()
    {
        Snapshot snap;
        snap.digest = srv().databaseDigest();
        const QString name = QStringLiteral("snap-") + QUuid::createUuid().toString(QUuid::Id128);
        {
            QSqlDatabase db = srv().openDirect(name);
            QSqlQuery q(db);
            q.exec(srv().isPostgres() ? QStringLiteral("SELECT table_name FROM information_schema.tables WHERE table_schema = 'public'")
                                      : QStringLiteral("SELECT name FROM sqlite_master WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"));
            QStringList names;
            while (q.next())
                names << q.value(0).toString();
            for (const QString &t : std::as_const(names)) {
                QSqlQuery rows(db);
                rows.exec(QStringLiteral("SELECT * FROM %1").arg(t));
                QStringList &list = snap.tables[t];
                while (rows.next()) {
                    QStringList cells;
                    for (int i = 0; i < rows.record().count(); ++i)
                        cells << rows.value(i).toString();
                    list << cells.join(QLatin1Char('|'));
                }
                list.sort();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return snap;
    }

    QString digestSame(const Snapshot &before, const QString &what) { return digestSameAs(before, snapshot(), what); }

    QString digestSameAs(const Snapshot &before, const Snapshot &after, const QString &what)
    {
        // The harness digest reads each table ORDER BY its first column; where that column is not
        // unique, PostgreSQL may return equal rows in another order after unrelated activity, so
        // the content (every table's rows, sorted) is what decides.
        if (after.digest == before.digest || after.tables == before.tables)
            return {};
        QStringList changed;
        for (auto it = after.tables.cbegin(); it != after.tables.cend(); ++it) {
            const QStringList old = before.tables.value(it.key());
            if (old == it.value())
                continue;
            QStringList added, removed;
            for (const QString &r : it.value())
                if (!old.contains(r))
                    added << r.left(200);
            for (const QString &r : old)
                if (!it.value().contains(r))
                    removed << r.left(200);
            changed << QStringLiteral("%1 (+%2 -%3: %4)").arg(it.key()).arg(added.size()).arg(removed.size())
                           .arg((added.mid(0, 2) + removed.mid(0, 2)).join(QStringLiteral(" / ")));
        }
        return QStringLiteral("the database changed after the rejected %1: %2").arg(what,
                   changed.join(QStringLiteral("; ")));
    }

    // Sends raw bytes on `c` and expects exactly one error answer with one of `codes`; the
    // connection stays usable (per-message faults do not close it), nothing is written, and the
    // server still serves others.
    QString rejectRaw(SyncRpcClient &c, const QByteArray &bytes, const QStringList &codes, int rpcCode = 0,
                      const QJsonValue &id = QJsonValue::Null)
    {
        const Snapshot before = snapshot();
        if (!c.sendRaw(bytes.endsWith('\n') ? bytes : bytes + '\n'))
            return QStringLiteral("could not send");
        bool ok = false;
        const QJsonObject answer = c.readMessage(10000, &ok);
        if (!ok)
            return QStringLiteral("no answer to %1").arg(QString::fromLatin1(bytes.left(80).toPercentEncoding(" {}\":,[]")));
        QString problem = errorProblem(answer, codes, rpcCode, id);
        if (!problem.isEmpty())
            return problem;
        const auto hello = c.call(QStringLiteral("session.hello"));
        if (!hello.ok())
            return QStringLiteral("the connection is unusable after one bad message: ") + hello.error.message;
        problem = digestSame(before, QString::fromLatin1(bytes.left(60)));
        return problem.isEmpty() ? stillServing() : problem;
    }

    // A refusal that is itself audited (a reused idempotency key): one new audit_log row with
    // `action`, the audit chain head that moved with it, and nothing else changed.
    QString onlyAuditedSince(const Snapshot &before, const QString &action, const QString &what)
    {
        Snapshot after = snapshot();
        const QStringList oldAudit = before.tables.value(QStringLiteral("audit_log"));
        QStringList added;
        for (const QString &r : after.tables.value(QStringLiteral("audit_log")))
            if (!oldAudit.contains(r))
                added << r;
        if (added.size() != 1 || !added.first().contains(QLatin1Char('|') + action + QLatin1Char('|')))
            return QStringLiteral("the refused %1 did not write exactly one %2 audit row: %3").arg(what, action, added.join(QStringLiteral(" / ")).left(400));
        after.tables.insert(QStringLiteral("audit_log"), oldAudit);
        after.tables.insert(QStringLiteral("chain_head"), before.tables.value(QStringLiteral("chain_head")));
        after.digest.clear();
        return digestSameAs(before, after, what);
    }

    // A call through the normal client that must fail with `code` without changing anything.
    QString rejectCall(SyncRpcClient &c, const QString &method, const QJsonObject &params, const QString &code, const QStringList &fields = {})
    {
        const Snapshot before = snapshot();
        const auto r = c.call(method, params);
        QString problem = responseProblem(r, code, fields);
        if (!problem.isEmpty())
            return method + QStringLiteral(": ") + problem;
        problem = digestSame(before, method + QLatin1Char(' ') + compact(params).left(100));
        return problem.isEmpty() ? stillServing() : problem;
    }

    static bool waitDisconnected(SyncRpcClient &c, int ms, QList<QJsonObject> *seen = nullptr)
    {
        QElapsedTimer t;
        t.start();
        while (c.isConnected() && t.elapsed() < ms) {
            bool ok = false;
            const QJsonObject m = c.readMessage(100, &ok);
            if (ok && seen)
                seen->append(m);
        }
        return !c.isConnected();
    }

    QStringList directMessages(const QString &likePattern)
    {
        QStringList out;
        const QString name = QStringLiteral("direct-") + QUuid::createUuid().toString(QUuid::Id128);
        {
            QSqlDatabase db = srv().openDirect(name);
            QSqlQuery q(db);
            q.prepare(QStringLiteral("SELECT message FROM alarm WHERE message LIKE ? ORDER BY id"));
            q.addBindValue(likePattern);
            q.exec();
            while (q.next())
                out << q.value(0).toString();
        }
        QSqlDatabase::removeDatabase(name);
        return out;
    }

    void fixtureInit()
    {
        if (!TestServer::skipReason().isEmpty())
            QSKIP(qPrintable(TestServer::skipReason()));
        m_server = std::make_unique<TestServer>();
        QVERIFY(m_server->start(TestServer::withEnv({QStringLiteral("CONCORD_MAX_LINE_BYTES=%1").arg(kMaxLine),
                                                     QStringLiteral("CONCORD_MAX_IN_FLIGHT=%1").arg(kMaxInFlight),
                                                     QStringLiteral("CONCORD_PARTIAL_LINE_SECONDS=%1").arg(kPartialLineSeconds),
                                                     QStringLiteral("CONCORD_TLS_HANDSHAKE_SECONDS=%1").arg(kHandshakeSeconds)})));
    }

    void fixtureCleanup()
    {
        if (QTest::currentTestFailed() && m_server)
            qWarning().noquote() << "server log (tail):\n" << m_server->log().right(3000);
    }

    void fixtureCleanupAll()
    {
        if (m_server) {
            // Whatever was thrown at it, the server is still up and its audit chain intact.
            auto qa = m_server->login(QStringLiteral("qa"));
            QVERIFY(qa);
            const auto verify = qa->call(QStringLiteral("audit.verify"));
            QVERIFY2(verify.ok(), qPrintable(verify.error.message));
            QVERIFY(verify.result.value(QStringLiteral("ok")).toBool());
            QVERIFY(m_server->stop()); // and it still shuts down cleanly
            m_server.reset();
        }
    }
};
