#include "rawbaseline.h"

#include "benchclock.h"
#include "core/clock.h"
#include "json/canonicaljson.h"
#include "rawsqlite.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/writecontext.h"

#include <QFile>

namespace concord::bench {

namespace {
bool createSchema(const QString &path, QString *error)
{
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    QString err;
    const DbSettings settings = DbSettings::parse(QStringLiteral("sqlite:") + path, &err);
    const Database database(settings);
    const QString name = QStringLiteral("bench-baseline-schema");
    bool ok = false;
    {
        QSqlDatabase db = database.open(name, Database::Role::Admin, &err);
        ok = err.isEmpty() && Migrator(database, db).migrate(&err);
    }
    Database::close(name);
    if (!ok)
        *error = QStringLiteral("baseline schema: ") + err;
    return ok;
}
} // namespace

QString RawBaseline::engine() { return RawSqlite::engine(); }

bool RawBaseline::run(const QString &dir, double seconds, int batch, Result *out, QString *error, LatencyStats *commitLatency)
{
    const QString path = dir + QStringLiteral("/baseline.db");
    if (!createSchema(path, error))
        return false;
    RawSqlite db;
    if (!db.open(path, error))
        return false;
    const int alarmInsert = db.prepare(QStringLiteral(
        "INSERT INTO alarm (raised_at, severity, source, topic, message, state, raised_by) VALUES (?, ?, ?, ?, ?, 'active', ?)"));
    const int auditInsert = db.prepare(QStringLiteral(
        "INSERT INTO audit_log (seq, at, user_id, username, action, record_type, record_id, changes, reason, peer, prev_hash, hash) "
        "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"));
    const int eventInsert = db.prepare(QStringLiteral("INSERT INTO event (seq, at, topic, data) VALUES (?, ?, ?, ?)"));
    const int chainUpdate = db.prepare(QStringLiteral("UPDATE chain_head SET seq = ?, hash = ? WHERE name = ?"));
    if (alarmInsert < 0 || auditInsert < 0 || eventInsert < 0 || chainUpdate < 0) {
        *error = QStringLiteral("baseline prepare: ") + db.lastError();
        return false;
    }

    const qint64 userId = 14;
    const QString username = QStringLiteral("dev-leak-01");
    const QString peer = QStringLiteral("127.0.0.1:40000");
    const QString severity = QStringLiteral("warning"), source = QStringLiteral("LT-0/bench-000"), topic = QStringLiteral("bench.leak");
    const QString create = QStringLiteral("create"), alarmType = QStringLiteral("alarm"), raised = QStringLiteral("alarm.raised");
    QByteArray prevHash(64, '0');
    qint64 auditSeq = 0, eventSeq = 0;
    Result r;
    const qint64 start = nowNs();
    const qint64 until = start + qint64(seconds * double(kNsPerSecond));
    while (nowNs() < until) {
        const qint64 began = nowNs();
        if (!db.exec(QStringLiteral("BEGIN IMMEDIATE"))) {
            *error = db.lastError();
            return false;
        }
        const QString at = clock::nowIso(); // one server time per transaction, as in the writer
        for (int i = 0; i < batch; ++i) {
            const quint64 n = r.writes + quint64(i) + 1;
            const QString message = QStringLiteral("leak rate 0.%1 mbar*l/s above limit on part %2").arg(n % 1000).arg(n);
            const qint64 id = db.run(alarmInsert, {at, severity, source, topic, message, userId});
            const QJsonObject alarm{{QStringLiteral("id"), id},
                                    {QStringLiteral("raisedAt"), at},
                                    {QStringLiteral("severity"), severity},
                                    {QStringLiteral("source"), source},
                                    {QStringLiteral("topic"), topic},
                                    {QStringLiteral("message"), message},
                                    {QStringLiteral("state"), QStringLiteral("active")},
                                    {QStringLiteral("raisedBy"), userId},
                                    {QStringLiteral("raisedByUsername"), username},
                                    {QStringLiteral("rowVersion"), 1}};
            QJsonObject created = alarm;
            created.remove(QStringLiteral("id"));
            const QJsonObject changes = diff({}, created);
            const QString recordId = QString::number(id);
            ++auditSeq;
            const QByteArray hash = canonicalHash(WriteContext::auditContent(auditSeq, at, userId, username, create, alarmType, recordId,
                                                                             changes, QString(), peer, prevHash));
            const qint64 a = db.run(auditInsert, {auditSeq, at, userId, username, create, alarmType, recordId, canonicalJson(changes),
                                                  QString(), peer, prevHash, hash});
            prevHash = hash;
            const qint64 e = db.run(eventInsert, {++eventSeq, at, raised, canonicalJson(alarm)});
            if (id < 0 || a < 0 || e < 0) {
                *error = QStringLiteral("baseline insert: ") + db.lastError();
                return false;
            }
        }
        const bool ok = db.run(chainUpdate, {auditSeq, prevHash, QStringLiteral("audit")}) >= 0 &&
                        db.run(chainUpdate, {eventSeq, QString(), QStringLiteral("event")}) >= 0 && db.exec(QStringLiteral("COMMIT"));
        if (!ok) {
            *error = QStringLiteral("baseline commit: ") + db.lastError();
            return false;
        }
        if (commitLatency)
            commitLatency->add(nowNs() - began);
        r.writes += quint64(batch);
        ++r.transactions;
    }
    r.seconds = double(nowNs() - start) / double(kNsPerSecond);
    db.close();
    *out = r;
    return true;
}

} // namespace concord::bench
