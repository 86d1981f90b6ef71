#pragma once
#include "protocol/rpcerror.h"
#include "storage/database.h"
#include "storage/sqlcatalog.h"
#include "storage/writecontext.h"

#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QWaitCondition>
#include <deque>
#include <functional>

namespace concord {

// One unit of work for the writer. `work` runs on the writer thread inside the batch transaction
// and its own savepoint; `done` runs on the thread that owns the Writer object, after COMMIT
// returned (or with the error that made the request fail).
struct WriteJob
{
    Principal principal;
    QString method;
    QString idempotencyKey; // empty = none
    QString paramsHash;     // idempotency::fingerprint of the request the key stands for
    AuditPolicy audit;      // records by default: success without an audit row is refused
    std::function<QJsonObject(WriteContext &)> work;
    std::function<void(const QJsonObject &result, const RpcError &error)> done;
};

// The one writer with group commit (brief 02): jobs queue up while a transaction is being
// committed; the next transaction takes all of them (up to maxBatch), gives each a savepoint so one
// failure does not abort its neighbours, and acknowledges each only after COMMIT has returned.
class Writer : public QObject
{
    Q_OBJECT
public:
    Writer(const Database &database, const SqlCatalog &catalog, int maxBatch, QObject *parent = nullptr);
    ~Writer() override;

    bool start(QString *error);
    // Thread-safe. After stop() has begun, jobs fail at once with server.shutting_down.
    void submit(WriteJob job);
    // Finishes the queued jobs, then stops the thread.
    void stop();

    struct Stats
    {
        quint64 batches = 0;
        quint64 jobs = 0;
    };
    Stats stats() const;

    // Reads the chain heads, locking them for the transaction (the migrator uses it too).
    static bool loadChain(Sql &sql, const Database &database, ChainState &chain);

Q_SIGNALS:
    // Emitted on the writer's owner thread after each commit that appended events.
    void eventsCommitted(const QList<concord::EventRecord> &events);
    // The database became unreachable / reachable again.
    void storageStateChanged(bool available, const QString &detail);

private:
    struct Outcome
    {
        QJsonObject result;
        RpcError error;
    };
    void run();
    void processBatch(std::deque<WriteJob> &jobs, Sql &sql);
    void savepoint(Sql &sql, const QString &statement);
    void deliver(std::deque<WriteJob> &jobs, QList<Outcome> outcomes, QList<EventRecord> events);
    Outcome runOne(WriteJob &job, Sql &sql, ChainState &chain, QList<EventRecord> &events, const QString &now);

    const Database &m_database;
    const SqlCatalog &m_catalog;
    const int m_maxBatch;
    QThread *m_thread = nullptr;
    mutable QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<WriteJob> m_queue;
    bool m_stopping = false;
    bool m_available = true;
    Stats m_stats;
    QString m_startError;
    QMutex m_startMutex;
    QWaitCondition m_started;
    bool m_startDone = false;
};

} // namespace concord

namespace concord {
// Submits one job and waits for its result with a local event loop (start-up and bootstrap only;
// never on a request path).
QJsonObject writeAndWait(Writer &writer, const Principal &principal, const QString &method,
                         std::function<QJsonObject(WriteContext &)> work, RpcError *error, AuditPolicy audit = AuditPolicy::records());
} // namespace concord
