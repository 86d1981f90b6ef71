#include "storage/writer.h"

#include "core/clock.h"
#include "storage/idempotency.h"

#include <QDateTime>
#include <QJsonDocument>
#include <QLoggingCategory>
#include <QMetaObject>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>
#include <exception>

namespace concord {

Q_LOGGING_CATEGORY(lcWriter, "concord.writer")

namespace {
const QString kConnection = QStringLiteral("concord-writer");
} // namespace

Writer::Writer(const Database &database, const SqlCatalog &catalog, int maxBatch, QObject *parent)
    : QObject(parent), m_database(database), m_catalog(catalog), m_maxBatch(qMax(1, maxBatch))
{
    qRegisterMetaType<QList<concord::EventRecord>>();
}

Writer::~Writer() { stop(); }

bool Writer::start(QString *error)
{
    m_thread = QThread::create([this] { run(); });
    m_thread->setObjectName(QStringLiteral("writer"));
    m_thread->start();
    QMutexLocker lock(&m_startMutex);
    while (!m_startDone)
        m_started.wait(&m_startMutex);
    if (!m_startError.isEmpty()) {
        if (error)
            *error = m_startError;
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
        return false;
    }
    return true;
}

void Writer::submit(WriteJob job)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_stopping && m_thread) {
            m_queue.push_back(std::move(job));
            m_wake.wakeOne();
            return;
        }
    }
    if (job.done)
        job.done({}, RpcError::make(QStringLiteral("server.shutting_down")));
}

void Writer::stop()
{
    if (!m_thread)
        return;
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    m_thread->wait();
    delete m_thread;
    m_thread = nullptr;
}

Writer::Stats Writer::stats() const
{
    QMutexLocker lock(&m_mutex);
    return m_stats;
}

void Writer::run()
{
    QString error;
    {
        QSqlDatabase db = m_database.open(kConnection, Database::Role::Writer, &error);
        QMutexLocker lock(&m_startMutex);
        m_startError = error;
        m_startDone = true;
        m_started.wakeAll();
    }
    if (!error.isEmpty()) {
        Database::close(kConnection);
        return;
    }
    {
        Sql sql(QSqlDatabase::database(kConnection, false), &m_catalog);
        for (;;) {
            std::deque<WriteJob> batch;
            {
                QMutexLocker lock(&m_mutex);
                while (m_queue.empty() && !m_stopping)
                    m_wake.wait(&m_mutex);
                if (m_queue.empty() && m_stopping)
                    break;
                while (!m_queue.empty() && int(batch.size()) < m_maxBatch) {
                    batch.push_back(std::move(m_queue.front()));
                    m_queue.pop_front();
                }
            }
            processBatch(batch, sql);
        }
    }
    Database::close(kConnection);
}

bool Writer::loadChain(Sql &sql, const Database &database, ChainState &chain)
{
    QSqlQuery q(sql.database());
    if (!q.exec(QStringLiteral("SELECT name, seq, hash FROM chain_head") + database.forUpdate()))
        return false;
    while (q.next()) {
        if (q.value(0).toString() == QLatin1String("audit")) {
            chain.auditSeq = q.value(1).toLongLong();
            chain.auditHash = q.value(2).toString().toLatin1();
        } else if (q.value(0).toString() == QLatin1String("event")) {
            chain.eventSeq = q.value(1).toLongLong();
        }
    }
    return true;
}

void Writer::savepoint(Sql &sql, const QString &statement)
{
    // SQLite prepares SAVEPOINT once and reuses it; PostgreSQL cannot PREPARE transaction control
    // (Qt's QPSQL prepares with SQL PREPARE), so there the statement text runs directly.
    if (m_database.dialect() == Dialect::Sqlite)
        sql.exec(statement);
    else
        sql.direct(m_catalog.get(statement));
}

Writer::Outcome Writer::runOne(WriteJob &job, Sql &sql, ChainState &chain, QList<EventRecord> &events, const QString &now)
{
    Outcome out;
    const ChainState before = chain;
    const qsizetype eventsBefore = events.size();
    try {
        savepoint(sql, QStringLiteral("writer.savepoint"));
        const QString key = job.idempotencyKey;
        if (!key.isEmpty()) {
            if (auto prior = sql.one(QStringLiteral("idempotency.get"), {job.principal.userId, key})) {
                out.error = idempotency::mismatch(prior->value(0).toString(), prior->value(2), job.method, job.paramsHash);
                if (out.error.isNull()) {
                    out.result = QJsonDocument::fromJson(prior->value(1).toString().toUtf8()).object();
                } else {
                    WriteContext ctx(sql, chain, events, job.principal, job.method, now);
                    idempotency::auditRefusal(ctx, job.method, out.error);
                }
                savepoint(sql, QStringLiteral("writer.release"));
                return out;
            }
        }
        WriteContext ctx(sql, chain, events, job.principal, job.method, now);
        out.result = job.work(ctx);
        if (job.audit.mustAudit() && chain.auditSeq == before.auditSeq) {
            qCCritical(lcWriter).noquote() << "write" << job.method << "appended no audit row: refused and rolled back";
            throw RpcError::make(QStringLiteral("server.unaudited_write"), {{QStringLiteral("method"), job.method}});
        }
        if (!key.isEmpty())
            sql.exec(QStringLiteral("idempotency.put"),
                     {job.principal.userId, key, job.method,
                      QString::fromUtf8(QJsonDocument(out.result).toJson(QJsonDocument::Compact)), now, job.paramsHash});
        savepoint(sql, QStringLiteral("writer.release"));
        return out;
    } catch (const RpcError &e) {
        out.error = e;
    } catch (const std::exception &e) {
        const QString ref = QUuid::createUuid().toString(QUuid::Id128).left(12);
        qCCritical(lcWriter) << "handler for" << job.method << "threw" << e.what() << "ref" << ref;
        out.error = RpcError::make(QStringLiteral("protocol.internal"), {{QStringLiteral("ref"), ref}});
    }
    out.result = {};
    chain = before;
    events.resize(eventsBefore);
    try {
        savepoint(sql, QStringLiteral("writer.rollback_to"));
        savepoint(sql, QStringLiteral("writer.release"));
    } catch (const RpcError &) {
        // The transaction itself is broken; COMMIT will fail and fail the whole batch.
    }
    return out;
}

void Writer::processBatch(std::deque<WriteJob> &jobs, Sql &sql)
{
    QList<Outcome> outcomes;
    QList<EventRecord> events;
    outcomes.reserve(qsizetype(jobs.size()));
    QSqlDatabase &db = sql.database();
    auto failAll = [&](const QString &code, const QString &detail) {
        if (m_available) {
            m_available = false;
            qCCritical(lcWriter).noquote() << "database unavailable:" << detail;
            QMetaObject::invokeMethod(this, [this, detail] { Q_EMIT storageStateChanged(false, detail); }, Qt::QueuedConnection);
        }
        outcomes.clear();
        for (size_t i = 0; i < jobs.size(); ++i)
            outcomes.append({{}, RpcError::make(code)});
        deliver(jobs, outcomes, {});
    };
    if (!db.isOpen() || !QSqlQuery(db).exec(m_database.beginWrite())) {
        // The connection is gone (PostgreSQL restarted) or SQLite's write lock was not granted
        // within the busy timeout: reconnect once, with every writer setting, or refuse this batch.
        sql.clearCache();
        QString error;
        bool begun = m_database.connect(db, Database::Role::Writer, &error);
        if (begun) {
            QSqlQuery begin(db);
            begun = begin.exec(m_database.beginWrite());
            error = begin.lastError().text();
        }
        if (!begun) {
            failAll(QStringLiteral("storage.unavailable"), error);
            return;
        }
        qCInfo(lcWriter) << "reconnected to the database";
    }
    ChainState chain;
    if (!loadChain(sql, m_database, chain)) {
        const QString detail = db.lastError().text();
        db.rollback();
        failAll(QStringLiteral("storage.unavailable"), detail);
        return;
    }
    const ChainState start = chain;
    const QString now = clock::nowIso();
    for (WriteJob &job : jobs)
        outcomes.append(runOne(job, sql, chain, events, now));
    QString failure, detail; // the error code of a failed chain update or COMMIT, and why
    try {
        if (chain.auditSeq != start.auditSeq)
            sql.exec(QStringLiteral("chain.update"), {chain.auditSeq, QString::fromLatin1(chain.auditHash), QStringLiteral("audit")});
        if (chain.eventSeq != start.eventSeq) {
            sql.exec(QStringLiteral("chain.update"), {chain.eventSeq, QString(), QStringLiteral("event")});
            if (m_database.dialect() == Dialect::Postgres)
                sql.exec(QStringLiteral("event.notify"), {QString::number(chain.eventSeq)});
        }
    } catch (const RpcError &e) {
        failure = e.dataCode == QLatin1String("storage.read_only") ? e.dataCode : QStringLiteral("storage.unavailable");
        detail = QStringLiteral("updating the chain heads failed: ") + e.dataCode;
    }
    // COMMIT through the driver, not as a plain statement: PostgreSQL answers COMMIT of an aborted
    // transaction with the tag ROLLBACK and no error, and only the driver (QPSQL's commitTransaction
    // compares PQcmdStatus with "ROLLBACK") reports that as a failure. The batch began with a plain
    // BEGIN [IMMEDIATE]; neither driver keeps transaction state of its own, so the pair is consistent.
    const bool commitFailed = failure.isEmpty() && !db.commit();
    if (commitFailed) {
        detail = db.lastError().text();
        const bool full = detail.contains(QLatin1String("full"), Qt::CaseInsensitive) ||
                          detail.contains(QLatin1String("readonly"), Qt::CaseInsensitive);
        failure = full ? QStringLiteral("storage.read_only") : QStringLiteral("storage.unavailable");
    }
    if (!failure.isEmpty()) {
        // PostgreSQL has ended the transaction at a failed COMMIT; SQLite may keep it (busy), and
        // after a failed chain update nobody has ended it yet.
        if (!commitFailed || m_database.dialect() == Dialect::Sqlite)
            db.rollback();
        failAll(failure, detail);
        return;
    }
    if (!m_available) {
        m_available = true;
        qCInfo(lcWriter) << "database available again";
        QMetaObject::invokeMethod(this, [this] { Q_EMIT storageStateChanged(true, QString()); }, Qt::QueuedConnection);
    }
    {
        QMutexLocker lock(&m_mutex);
        ++m_stats.batches;
        m_stats.jobs += jobs.size();
    }
    deliver(jobs, outcomes, events);
}

void Writer::deliver(std::deque<WriteJob> &jobs, QList<Outcome> outcomes, QList<EventRecord> events)
{
    // One hop to the owner thread per batch: results first, then the events they caused.
    std::vector<std::function<void(const QJsonObject &, const RpcError &)>> callbacks;
    callbacks.reserve(jobs.size());
    for (WriteJob &j : jobs)
        callbacks.push_back(std::move(j.done));
    QMetaObject::invokeMethod(
        this,
        [this, callbacks = std::move(callbacks), outcomes = std::move(outcomes), events = std::move(events)] {
            for (size_t i = 0; i < callbacks.size(); ++i)
                if (callbacks[i])
                    callbacks[i](outcomes.at(qsizetype(i)).result, outcomes.at(qsizetype(i)).error);
            if (!events.isEmpty())
                Q_EMIT eventsCommitted(events);
        },
        Qt::QueuedConnection);
}

} // namespace concord

#include <QEventLoop>

namespace concord {
QJsonObject writeAndWait(Writer &writer, const Principal &principal, const QString &method,
                         std::function<QJsonObject(WriteContext &)> work, RpcError *error, AuditPolicy audit)
{
    QEventLoop loop;
    QJsonObject result;
    bool finished = false;
    WriteJob job;
    job.principal = principal;
    job.method = method;
    job.audit = std::move(audit);
    job.work = std::move(work);
    job.done = [&](const QJsonObject &r, const RpcError &e) {
        result = r;
        if (error)
            *error = e;
        finished = true;
        loop.quit();
    };
    writer.submit(std::move(job));
    if (!finished)
        loop.exec();
    return result;
}
} // namespace concord
