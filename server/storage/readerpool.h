#pragma once
#include "core/principal.h"
#include "protocol/rpcerror.h"
#include "storage/database.h"
#include "storage/sql.h"

#include <QJsonObject>
#include <QMutex>
#include <QObject>
#include <QThread>
#include <QWaitCondition>
#include <deque>
#include <functional>

namespace concord {

// What a read handler gets: a read-only connection of its own thread.
class ReadContext
{
public:
    ReadContext(Sql &sql, const Principal &principal) : m_sql(sql), m_principal(principal) {}
    Sql &sql() { return m_sql; }
    const Principal &principal() const { return m_principal; }

private:
    Sql &m_sql;
    const Principal &m_principal;
};

struct ReadJob
{
    Principal principal;
    std::function<QJsonObject(ReadContext &)> work;
    std::function<void(const QJsonObject &result, const RpcError &error)> done; // on the owner thread
};

// A fixed set of reader threads, each with its own connection (QSqlDatabase is per thread):
// SQLite WAL readers run beside the writer; on PostgreSQL this is the connection pool.
class ReaderPool : public QObject
{
    Q_OBJECT
public:
    ReaderPool(const Database &database, const SqlCatalog &catalog, int threads, QObject *parent = nullptr);
    ~ReaderPool() override;
    bool start(QString *error);
    void submit(ReadJob job);
    void stop();

private:
    void run(int index);
    const Database &m_database;
    const SqlCatalog &m_catalog;
    const int m_threadCount;
    QList<QThread *> m_threads;
    QMutex m_mutex;
    QWaitCondition m_wake;
    std::deque<ReadJob> m_queue;
    bool m_stopping = false;
    QString m_startError;
    int m_startedCount = 0;
    QWaitCondition m_started;
};

} // namespace concord
