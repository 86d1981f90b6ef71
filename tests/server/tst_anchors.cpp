// Audit anchors (P11-10e/10c): the chain head is kept outside the database — in an append-only
// file and in the log, at start, at intervals when it moved and at a clean stop — so that a chain
// rewritten consistently in the database (triggers dropped, a row changed, every later hash
// recomputed as the server does) is named by audit.verify and `concordctl audit verify --anchors`,
// although the chain walk alone finds nothing wrong. Exports state the head they reflect.
#include "storage/writecontext.h"
#include "testserver.h"
#include "json/canonicaljson.h"

#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcess>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QtTest>

#ifndef CONCORD_CTL_BIN
#error "CONCORD_CTL_BIN must be defined by the build"
#endif

using namespace concord;
using namespace concord::test;

namespace {
QString s(const char *text)
{
    return QString::fromUtf8(text);
}

qint64 raise(SyncRpcClient &c, const QString &message)
{
    const auto r = c.call(
        s("alarm.raise"),
        QJsonObject{{s("severity"), s("warning")}, {s("source"), s("LT-01")}, {s("message"), message}});
    return r.ok() ? r.result.value(s("id")).toInteger() : 0;
}

QList<QJsonObject> readAnchors(const QString &path)
{
    QList<QJsonObject> out;
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) return out;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine();
        if (!line.endsWith('\n')) return {}; // every anchor is a whole line
        out.append(QJsonDocument::fromJson(line).object());
    }
    return out;
}

QList<QJsonObject> withReason(const QList<QJsonObject> &anchors, const QString &reason)
{
    QList<QJsonObject> out;
    for (const QJsonObject &a : anchors)
        if (a.value(s("reason")).toString() == reason) out.append(a);
    return out;
}

struct Head
{
    qint64 seq = 0;
    QString hash;
};

Head verifiedHead(SyncRpcClient &c)
{
    const auto r = c.call(s("audit.verify"));
    if (!r.ok() || !r.result.value(s("ok")).toBool()) return {};
    return {r.result.value(s("headSeq")).toInteger(), r.result.value(s("headHash")).toString()};
}

// The stored hash of one entry, as audit.query shows it.
QString hashOf(SyncRpcClient &c, qint64 seq)
{
    const auto r =
        c.call(s("audit.query"),
               QJsonObject{{s("afterSeq"), seq - 1}, {s("beforeSeq"), seq + 1}, {s("order"), s("asc")}});
    const QJsonArray rows = r.result.value(s("rows")).toArray();
    return rows.size() == 1 ? rows.first().toObject().value(s("hash")).toString() : QString();
}

bool exec(QSqlDatabase &db, const QString &statement, QString *error)
{
    QSqlQuery q(db);
    if (q.exec(statement)) return true;
    *error = statement.left(60) + s(": ") + q.lastError().text();
    return false;
}

// What someone with write access to the database can do while the server is stopped: drop the
// append-only triggers, change the reason of entry `victim`, recompute the hash of that entry and of
// every later one exactly as the server computes them (WriteContext::auditCanonical, SHA-256),
// move the chain head to the new last hash and put the triggers back. Returns the new head hash.
QString rewriteChain(TestServer &server, qint64 victim, QString *error)
{
    const QString name = s("rewrite");
    QString head;
    {
        QSqlDatabase db = server.openDirect(name);
        const bool pg = server.isPostgres();
        const QStringList drop = pg ? QStringList{s("DROP TRIGGER audit_log_append_only ON audit_log")}
                                    : QStringList{s("DROP TRIGGER audit_log_no_update")};
        const QStringList restore = pg ? QStringList{s("CREATE TRIGGER audit_log_append_only BEFORE UPDATE "
                                                       "OR DELETE ON audit_log FOR EACH ROW EXECUTE FUNCTION "
                                                       "concord_append_only()")}
                                       : QStringList{s("CREATE TRIGGER audit_log_no_update BEFORE UPDATE ON "
                                                       "audit_log BEGIN SELECT RAISE(ABORT, 'audit_log is "
                                                       "append-only'); END")};
        bool ok = db.transaction();
        for (const QString &st : drop)
            ok = ok && exec(db, st, error);
        QByteArray prev;
        {
            QSqlQuery q(db);
            q.prepare(s("SELECT hash FROM audit_log WHERE seq = ?"));
            q.addBindValue(victim - 1);
            ok = ok && q.exec() && q.next();
            prev = q.value(0).toString().toLatin1();
        }
        struct Row
        {
            qint64 seq, userId;
            QString at, username, action, recordType, recordId, reason, peer;
            QByteArray changes;
        };
        QList<Row> rows;
        {
            QSqlQuery q(db);
            q.prepare(s("SELECT seq, at, user_id, username, action, record_type, record_id, changes, reason, "
                        "peer FROM audit_log "
                        "WHERE seq >= ? ORDER BY seq"));
            q.addBindValue(victim);
            ok = ok && q.exec();
            while (ok && q.next())
                rows.append({q.value(0).toLongLong(), q.value(2).toLongLong(), q.value(1).toString(),
                             q.value(3).toString(), q.value(4).toString(), q.value(5).toString(),
                             q.value(6).toString(), q.value(8).toString(), q.value(9).toString(),
                             q.value(7).toString().toUtf8()});
        }
        if (!rows.isEmpty()) rows.first().reason = s("nothing happened");
        for (const Row &r : std::as_const(rows)) {
            const QByteArray hash = sha256Hex(
                WriteContext::auditCanonical(r.seq, r.at, r.userId, r.username, r.action, r.recordType,
                                             r.recordId, r.changes, r.reason, r.peer, prev));
            QSqlQuery u(db);
            u.prepare(s("UPDATE audit_log SET reason = ?, prev_hash = ?, hash = ? WHERE seq = ?"));
            u.addBindValue(r.reason);
            u.addBindValue(QString::fromLatin1(prev));
            u.addBindValue(QString::fromLatin1(hash));
            u.addBindValue(r.seq);
            if (ok && !u.exec()) {
                ok = false;
                *error = u.lastError().text();
            }
            prev = hash;
        }
        QSqlQuery h(db);
        h.prepare(s("UPDATE chain_head SET hash = ? WHERE name = 'audit'"));
        h.addBindValue(QString::fromLatin1(prev));
        ok = ok && h.exec();
        for (const QString &st : restore)
            ok = ok && exec(db, st, error);
        ok = ok && db.commit();
        if (!ok) {
            if (error->isEmpty()) *error = db.lastError().text();
            db.rollback();
        } else {
            // The triggers are back: the rewrite leaves the schema as it was.
            QString refused;
            if (exec(db, s("UPDATE audit_log SET reason = 'x' WHERE seq = 1"), &refused))
                *error = s("the append-only trigger was not restored");
            else if (!refused.contains(s("append-only")))
                *error = refused;
            else
                head = QString::fromLatin1(prev);
        }
    }
    QSqlDatabase::removeDatabase(name);
    return head;
}

QJsonArray asArray(const QList<QJsonObject> &anchors)
{
    QJsonArray a;
    for (const QJsonObject &o : anchors)
        a.append(o);
    return a;
}

QJsonObject findingAt(const QJsonObject &verifyResult, qint64 seq, const QString &source,
                      const QString &reason)
{
    for (const QJsonValue &v : verifyResult.value(s("anchors")).toObject().value(s("findings")).toArray()) {
        const QJsonObject f = v.toObject();
        if (f.value(s("seq")).toInteger() == seq && f.value(s("source")).toString() == source &&
            f.value(s("reason")).toString() == reason)
            return f;
    }
    return {};
}

struct CtlRun
{
    int exitCode = -1;
    QString out;
};

CtlRun concordctl(const TestServer &server, const QStringList &args)
{
    QProcess p;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(s("CONCORD_PASSWORD"), TestServer::demoPassword());
    p.setProcessEnvironment(env);
    p.start(s(CONCORD_CTL_BIN),
            QStringList{s("--server"), s("127.0.0.1:%1").arg(server.port()), s("--known-servers"),
                        server.dataDir() + s("/ctl-known-servers"), s("--accept-new-certificate"), s("-u"),
                        s("qa"), s("audit"), s("verify")} +
                args);
    if (!p.waitForFinished(60000)) return {};
    return {p.exitCode(),
            QString::fromUtf8(p.readAllStandardOutput()) + QString::fromUtf8(p.readAllStandardError())};
}
} // namespace

class TstAnchors : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::skipReason().isEmpty()) QSKIP(qPrintable(TestServer::skipReason()));
    }

    void consistentRewriteIsNamedByTheAnchors()
    {
        TestServer server;
        QVERIFY(server.start());
        QString instanceId;
        Head before;
        {
            auto op = server.login(s("operator"));
            auto qa = server.login(s("qa"));
            QVERIFY(op && qa);
            instanceId = qa->call(s("session.hello")).result.value(s("instanceId")).toString();
            for (int i = 0; i < 5; ++i)
                QVERIFY(raise(*op, s("reading %1").arg(i)) > 0);
            before = verifiedHead(*qa);
            QVERIFY(before.seq > 10);
        }
        // The start anchor is on disk once the server is ready.
        const QList<QJsonObject> atStart = readAnchors(server.anchorFile());
        QCOMPARE(withReason(atStart, s("start")).size(), 1);
        const QJsonObject start = atStart.first();
        QVERIFY(start.value(s("seq")).toInteger() > 0 && start.value(s("seq")).toInteger() < before.seq);

        // A clean stop anchors the head that covers every acknowledged write, in the file and the log.
        QVERIFY(server.stop());
        const QList<QJsonObject> anchors = readAnchors(server.anchorFile());
        QCOMPARE(anchors.size(), 2);
        const QJsonObject shutdown = anchors.last();
        QCOMPARE(shutdown.value(s("reason")).toString(), s("shutdown"));
        QCOMPARE(shutdown.value(s("seq")).toInteger(), before.seq);
        QCOMPARE(shutdown.value(s("hash")).toString(), before.hash);
        QCOMPARE(shutdown.value(s("instanceId")).toString(), instanceId);
        QVERIFY2(shutdown.value(s("server")).toString().endsWith(s(":%1").arg(server.port())),
                 qPrintable(shutdown.value(s("server")).toString()));
        QVERIFY(shutdown.value(s("pid")).toInteger() > 0);
        QVERIFY(QDateTime::fromString(shutdown.value(s("at")).toString(), Qt::ISODateWithMs).isValid());
        const QString logLine =
            s("audit anchor ") + QString::fromUtf8(QJsonDocument(shutdown).toJson(QJsonDocument::Compact));
        QVERIFY2(server.log().contains(logLine), qPrintable(logLine));
        QVERIFY(!(QFile(server.anchorFile()).permissions() &
                  (QFileDevice::ReadOther | QFileDevice::WriteOther | QFileDevice::WriteGroup)));

        // The whole chain from an early entry on is rewritten consistently behind the server's back.
        const qint64 victim = start.value(s("seq")).toInteger() - 2;
        QVERIFY(victim > 1);
        QString error;
        const QString rewritten = rewriteChain(server, victim, &error);
        QVERIFY2(!rewritten.isEmpty(), qPrintable(error));
        QVERIFY(rewritten != before.hash);
        QVERIFY(server.restart());
        auto qa = server.login(s("qa"));
        QVERIFY(qa);

        // The chain walk alone cannot tell: every link and hash is consistent, the chain simply
        // goes on from the rewritten head.
        QCOMPARE(hashOf(*qa, before.seq), rewritten);
        const auto plain = qa->call(s("audit.verify"));
        QVERIFY(plain.ok());
        QCOMPARE(plain.result.value(s("ok")).toBool(), true);
        QCOMPARE(plain.result.value(s("status")).toString(), s("verified"));
        QVERIFY(plain.result.value(s("headSeq")).toInteger() >= before.seq);
        QVERIFY(!plain.result.contains(s("anchors")));

        // The anchors kept outside name it: which anchor, which entry, what it held and what is there.
        // An anchor of the entry just before the rewrite still matches (the rewrite starts after it),
        // and one beyond the end of the trail reports that entry as gone.
        QJsonArray given = asArray(anchors);
        given.append(QJsonObject{{s("seq"), victim - 1}, {s("hash"), hashOf(*qa, victim - 1)}});
        given.append(QJsonObject{{s("seq"), before.seq + 100}, {s("hash"), before.hash}});
        const auto checked = qa->call(s("audit.verify"), QJsonObject{{s("anchors"), given}});
        QVERIFY2(checked.ok(), qPrintable(checked.error.message));
        QCOMPARE(checked.result.value(s("ok")).toBool(), false);
        QCOMPARE(checked.result.value(s("status")).toString(), s("anchorsMismatched"));
        QVERIFY(!checked.result.contains(s("firstBroken")));
        const QJsonObject summary = checked.result.value(s("anchors")).toObject();
        QCOMPARE(summary.value(s("checked")).toInteger(), 4);
        QCOMPARE(summary.value(s("matched")).toInteger(), 1);
        QCOMPARE(summary.value(s("mismatched")).toInteger(), 3);
        const QJsonObject atStop = findingAt(checked.result, before.seq, s("params"), s("shutdown"));
        QCOMPARE(atStop.value(s("finding")).toString(), s("hashDiffers"));
        QCOMPARE(atStop.value(s("anchoredHash")).toString(), before.hash);
        QCOMPARE(atStop.value(s("foundHash")).toString(), rewritten);
        QCOMPARE(atStop.value(s("at")).toString(), shutdown.value(s("at")).toString());
        QCOMPARE(atStop.value(s("line")).toInteger(), 2);
        const QJsonObject atBoot =
            findingAt(checked.result, start.value(s("seq")).toInteger(), s("params"), s("start"));
        QCOMPARE(atBoot.value(s("finding")).toString(), s("hashDiffers"));
        QCOMPARE(atBoot.value(s("anchoredHash")).toString(), start.value(s("hash")).toString());
        const QJsonArray findings = summary.value(s("findings")).toArray();
        QCOMPARE(findings.last().toObject().value(s("finding")).toString(), s("rowMissing"));
        QCOMPARE(findings.last().toObject().value(s("seq")).toInteger(), before.seq + 100);
        QVERIFY(!findings.last().toObject().contains(s("foundHash")));

        // The server's own file says the same; the anchor it wrote at this start (of the rewritten
        // head) matches, the two from before do not.
        const auto own = qa->call(s("audit.verify"), QJsonObject{{s("serverAnchors"), true}});
        QVERIFY2(own.ok(), qPrintable(own.error.message));
        QCOMPARE(own.result.value(s("status")).toString(), s("anchorsMismatched"));
        QCOMPARE(own.result.value(s("anchors")).toObject().value(s("checked")).toInteger(), 3);
        QCOMPARE(own.result.value(s("anchors")).toObject().value(s("matched")).toInteger(), 1);
        const QJsonObject ownStop = findingAt(own.result, before.seq, s("serverFile"), s("shutdown"));
        QCOMPARE(ownStop.value(s("foundHash")).toString(), rewritten);
        QCOMPARE(ownStop.value(s("line")).toInteger(), 2);
        QCOMPARE(findingAt(own.result, start.value(s("seq")).toInteger(), s("serverFile"), s("start"))
                     .value(s("finding"))
                     .toString(),
                 s("hashDiffers"));
    }

    void concordctlVerifiesAgainstAnAnchorFile()
    {
        TestServer server;
        QVERIFY(server.start());
        {
            auto op = server.login(s("operator"));
            QVERIFY(op);
            QVERIFY(raise(*op, s("before the copy")) > 0);
        }
        QVERIFY(server.stop());
        // The operator's copy of the anchors, kept elsewhere.
        QTemporaryDir elsewhere;
        const QString copy = elsewhere.filePath(s("audit-anchors-copy.jsonl"));
        QVERIFY(QFile::copy(server.anchorFile(), copy));
        const QList<QJsonObject> anchors = readAnchors(copy);
        QCOMPARE(anchors.size(), 2);
        const qint64 headSeq = anchors.last().value(s("seq")).toInteger();
        QVERIFY(server.restart());

        const CtlRun intact = concordctl(server, {s("--anchors"), copy});
        QCOMPARE(intact.exitCode, 0);
        QVERIFY2(intact.out.contains(s("status: verified")), qPrintable(intact.out));
        QVERIFY2(intact.out.contains(s("anchors: 2 checked, 2 matched, 0 do not match")),
                 qPrintable(intact.out));

        QVERIFY(server.stop());
        QString error;
        const QString rewritten = rewriteChain(server, 3, &error);
        QVERIFY2(!rewritten.isEmpty(), qPrintable(error));
        QVERIFY(server.restart());

        const CtlRun plain = concordctl(server, {});
        QCOMPARE(plain.exitCode, 0); // without anchors the rewrite is invisible
        QVERIFY2(plain.out.contains(s("\"status\": \"verified\"")), qPrintable(plain.out));
        const CtlRun named = concordctl(server, {s("--anchors"), copy});
        QCOMPARE(named.exitCode, 5);
        QVERIFY2(named.out.contains(s("status: anchorsMismatched")), qPrintable(named.out));
        auto qa = server.login(s("qa"));
        QVERIFY(qa);
        QVERIFY2(named.out.contains(s("REWRITTEN entry #%1: anchor %2:2 (%3, shutdown ")
                                        .arg(headSeq)
                                        .arg(copy, anchors.last().value(s("at")).toString())),
                 qPrintable(named.out));
        QVERIFY2(
            named.out.contains(s("says its hash was %1; the database has %2")
                                   .arg(anchors.last().value(s("hash")).toString(), hashOf(*qa, headSeq))),
            qPrintable(named.out));
        QVERIFY2(named.out.contains(s("anchors: 2 checked, 0 matched, 2 do not match")),
                 qPrintable(named.out));
        QVERIFY2(named.out.contains(s("audit chain: intact")), qPrintable(named.out));

        // The server's own file too, and a file that is not an anchor file is refused.
        const CtlRun own = concordctl(server, {s("--server-anchors")});
        QCOMPARE(own.exitCode, 5);
        QVERIFY2(own.out.contains(s("REWRITTEN entry #%1: anchor server's anchor file:2").arg(headSeq)),
                 qPrintable(own.out));
        const QString bad = server.dataDir() + s("/not-anchors.txt");
        QFile f(bad);
        QVERIFY(f.open(QIODevice::WriteOnly));
        f.write("seq,hash\n1,abc\n");
        f.close();
        const CtlRun refused = concordctl(server, {s("--anchors"), bad});
        QCOMPARE(refused.exitCode, 2);
        QVERIFY2(refused.out.contains(s("%1:1 is not an anchor").arg(bad)), qPrintable(refused.out));
    }

    void intervalAnchorsFollowTheHead()
    {
        TestServer server;
        QVERIFY(server.start(TestServer::withEnv({s("CONCORD_AUDIT_ANCHOR_INTERVAL_SECONDS=1")})));
        auto op = server.login(s("operator"));
        auto qa = server.login(s("qa"));
        QVERIFY(op && qa);
        QVERIFY(raise(*op, s("first")) > 0);
        const Head first = verifiedHead(*qa);
        QTRY_VERIFY_WITH_TIMEOUT(!withReason(readAnchors(server.anchorFile()), s("interval")).isEmpty() &&
                                     withReason(readAnchors(server.anchorFile()), s("interval"))
                                             .last()
                                             .value(s("seq"))
                                             .toInteger() == first.seq,
                                 10000);
        const QJsonObject anchored = withReason(readAnchors(server.anchorFile()), s("interval")).last();
        QCOMPARE(anchored.value(s("hash")).toString(), first.hash);
        QVERIFY(
            server.log().contains(QString::fromUtf8(QJsonDocument(anchored).toJson(QJsonDocument::Compact))));

        // Nothing new while the head stands still ...
        const qsizetype count = readAnchors(server.anchorFile()).size();
        QTest::qWait(3000);
        QCOMPARE(readAnchors(server.anchorFile()).size(), count);
        // ... and the next one once it moved.
        QVERIFY(raise(*op, s("second")) > 0);
        const Head second = verifiedHead(*qa);
        QVERIFY(second.seq > first.seq);
        QTRY_VERIFY_WITH_TIMEOUT(
            withReason(readAnchors(server.anchorFile()), s("interval")).last().value(s("seq")).toInteger() ==
                second.seq,
            10000);
        QCOMPARE(
            withReason(readAnchors(server.anchorFile()), s("interval")).last().value(s("hash")).toString(),
            second.hash);
        const auto all = qa->call(s("audit.verify"), QJsonObject{{s("serverAnchors"), true}});
        QCOMPARE(all.result.value(s("status")).toString(), s("verified"));
        QCOMPARE(all.result.value(s("anchors")).toObject().value(s("matched")).toInteger(),
                 qint64(readAnchors(server.anchorFile()).size()));
    }

    void refusesAnAnchorFileInsideTheDataOrDatabaseDirectory()
    {
        // Checked with the configuration, before any database is opened.
        QTemporaryDir data, elsewhere, db;
        QVERIFY(QFile::link(data.path(), elsewhere.filePath(s("link-to-data"))));
        const auto run = [&](const QString &anchorFile, const QString &dbUrl) {
            QProcess p;
            QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
            env.insert(s("CONCORD_AUDIT_ANCHOR_FILE"), anchorFile);
            p.setProcessEnvironment(env);
            p.setProcessChannelMode(QProcess::MergedChannels);
            p.start(s(CONCORD_SERVER_BIN), {s("--data"), data.path(), s("--db"), dbUrl, s("--listen"),
                                            s("127.0.0.1:0"), s("--log"), s("-")});
            p.waitForFinished(30000);
            return QPair<int, QString>(p.exitCode(), QString::fromUtf8(p.readAll()));
        };
        const QString sqlite = s("sqlite:") + data.filePath(s("concord.db"));
        const auto inData = run(data.filePath(s("anchors/audit-anchors.jsonl")), sqlite);
        QCOMPARE(inData.first, 2);
        QVERIFY2(inData.second.contains(s("is inside the data directory")), qPrintable(inData.second));
        // A symbolic link does not hide where the file would be.
        const auto viaLink = run(elsewhere.filePath(s("link-to-data/audit-anchors.jsonl")), sqlite);
        QCOMPARE(viaLink.first, 2);
        QVERIFY2(viaLink.second.contains(s("is inside the data directory")), qPrintable(viaLink.second));
        const auto inDb =
            run(db.filePath(s("audit-anchors.jsonl")), s("sqlite:") + db.filePath(s("concord.db")));
        QCOMPARE(inDb.first, 2);
        QVERIFY2(inDb.second.contains(s("is inside the database directory")), qPrintable(inDb.second));
        QVERIFY(!QFile::exists(data.filePath(s("concord.db"))));
    }

    void exportsStateTheHeadTheyReflect()
    {
        TestServer server;
        QVERIFY(server.start());
        auto op = server.login(s("operator"));
        auto qa = server.login(s("qa"));
        QVERIFY(op && qa);
        QVERIFY(raise(*op, s("exported")) > 0);
        const Head head = verifiedHead(*qa);
        const auto page =
            qa->call(s("audit.query"), QJsonObject{{s("recordType"), s("alarm")}, {s("limit"), 1}});
        QCOMPARE(page.result.value(s("head")).toObject().value(s("seq")).toInteger(), head.seq);
        QCOMPARE(page.result.value(s("head")).toObject().value(s("hash")).toString(), head.hash);
        // The head of an export is an anchor: audit.verify takes it as one.
        const auto asAnchor = qa->call(s("audit.verify"),
                                       QJsonObject{{s("anchors"), QJsonArray{page.result.value(s("head"))}}});
        QCOMPARE(asAnchor.result.value(s("status")).toString(), s("verified"));
        QCOMPARE(asAnchor.result.value(s("anchors")).toObject().value(s("matched")).toInteger(), 1);

        const auto exported = qa->call(s("masterdata.export"), QJsonObject{{s("entity"), s("supplier")}});
        QVERIFY2(exported.ok(), qPrintable(exported.error.message));
        QCOMPARE(exported.result.value(s("auditHead")).toObject().value(s("seq")).toInteger(), head.seq);
        QCOMPARE(exported.result.value(s("auditHead")).toObject().value(s("hash")).toString(), head.hash);
        QVERIFY(exported.result.value(s("rows")).toInt() > 0);
    }

    void instancesOnOneDatabaseEachKeepTheirAnchors()
    {
        if (!TestServer::postgresRequested()) QSKIP("several instances share a database only on PostgreSQL");
        TestServer a;
        QVERIFY(a.start());
        TestServer b;
        TestServer::Options second;
        second.sharedDbUrl = a.dbUrl();
        QVERIFY(b.start(second));
        auto devA = a.login(s("operator"));
        auto devB = b.login(s("operator"));
        QVERIFY(devA && devB);
        for (int i = 0; i < 6; ++i)
            QVERIFY(raise(i % 2 ? *devB : *devA, s("m%1").arg(i)) > 0);
        QVERIFY(b.stop());
        auto qa = a.login(s("qa"));
        const Head head = verifiedHead(*qa);
        QVERIFY(a.stop());
        QVERIFY(a.anchorFile() != b.anchorFile());
        const QList<QJsonObject> fromA = readAnchors(a.anchorFile());
        const QList<QJsonObject> fromB = readAnchors(b.anchorFile());
        QCOMPARE(withReason(fromA, s("shutdown")).size(), 1);
        QCOMPARE(withReason(fromB, s("shutdown")).size(), 1);
        QCOMPARE(withReason(fromA, s("shutdown")).first().value(s("seq")).toInteger(), head.seq);
        QVERIFY(fromA.first().value(s("server")).toString() != fromB.first().value(s("server")).toString());
        QCOMPARE(fromA.first().value(s("instanceId")).toString(),
                 fromB.first().value(s("instanceId")).toString()); // one database

        // Each instance's anchors hold for the one chain, checked on the other instance.
        QVERIFY(b.restart());
        auto reviewer = b.login(s("qa"));
        const auto r = reviewer->call(s("audit.verify"), QJsonObject{{s("anchors"), asArray(fromA + fromB)}});
        QCOMPARE(r.result.value(s("status")).toString(), s("verified"));
        QCOMPARE(r.result.value(s("anchors")).toObject().value(s("mismatched")).toInteger(), 0);
        QSet<QPair<qint64, QString>> distinct;
        for (const QJsonObject &anchor : fromA + fromB)
            distinct.insert({anchor.value(s("seq")).toInteger(), anchor.value(s("hash")).toString()});
        QCOMPARE(r.result.value(s("anchors")).toObject().value(s("checked")).toInteger(),
                 qint64(distinct.size()));
        QCOMPARE(r.result.value(s("anchors")).toObject().value(s("matched")).toInteger(),
                 qint64(distinct.size()));
    }
};

QTEST_GUILESS_MAIN(TstAnchors)
#include "tst_anchors.moc"
