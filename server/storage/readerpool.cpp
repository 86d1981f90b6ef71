#include "storage/readerpool.h"

#include <QLoggingCategory>
#include <QMetaObject>
#include <QUuid>
#include <exception>

namespace concord {

Q_LOGGING_CATEGORY(lcReader, "concord.reader")

ReaderPool::ReaderPool(const Database &database, const SqlCatalog &catalog, int threads, QObject *parent)
    : QObject(parent), m_database(database), m_catalog(catalog), m_threadCount(qMax(1, threads))
{
}

ReaderPool::~ReaderPool() { stop(); }

bool ReaderPool::start(QString *error)
{
    for (int i = 0; i < m_threadCount; ++i) {
        QThread *t = QThread::create([this, i] { run(i); });
        t->setObjectName(QStringLiteral("reader-%1").arg(i));
        m_threads.append(t);
        t->start();
    }
    QMutexLocker lock(&m_mutex);
    while (m_startedCount < m_threadCount)
        m_started.wait(&m_mutex);
    if (!m_startError.isEmpty()) {
        if (error)
            *error = m_startError;
        lock.unlock();
        stop();
        return false;
    }
    return true;
}

void ReaderPool::submit(ReadJob job)
{
    {
        QMutexLocker lock(&m_mutex);
        if (!m_stopping && !m_threads.isEmpty()) {
            m_queue.push_back(std::move(job));
            m_wake.wakeOne();
            return;
        }
    }
    if (job.done)
        job.done({}, RpcError::make(QStringLiteral("server.shutting_down")));
}

void ReaderPool::stop()
{
    {
        QMutexLocker lock(&m_mutex);
        m_stopping = true;
        m_wake.wakeAll();
    }
    for (QThread *t : std::as_const(m_threads)) {
        t->wait();
        delete t;
    }
    m_threads.clear();
}

void ReaderPool::run(int index)
{
    const QString name = QStringLiteral("concord-reader-%1").arg(index);
    QString error;
    {
        QSqlDatabase db = m_database.open(name, Database::Role::Reader, &error);
        QMutexLocker lock(&m_mutex);
        if (!error.isEmpty())
            m_startError = error;
        ++m_startedCount;
        m_started.wakeAll();
    }
    if (error.isEmpty()) {
        Sql sql(QSqlDatabase::database(name, false), &m_catalog);
        for (;;) {
            ReadJob job;
            {
                QMutexLocker lock(&m_mutex);
                while (m_queue.empty() && !m_stopping)
                    m_wake.wait(&m_mutex);
                if (m_queue.empty())
                    break;
                job = std::move(m_queue.front());
                m_queue.pop_front();
            }
            QJsonObject result;
            RpcError err;
            for (int attempt = 0; attempt < 2; ++attempt) {
                try {
                    ReadContext ctx(sql, job.principal);
                    result = job.work(ctx);
                    err = RpcError();
                    break;
                } catch (const RpcError &e) {
                    err = e;
                    if (e.dataCode != QLatin1String("storage.unavailable"))
                        break;
                    // The connection may have dropped (PostgreSQL restarted): reconnect once, with
                    // every reader setting (read-only, UTC), and retry.
                    sql.clearCache();
                    QString error;
                    if (!m_database.connect(sql.database(), Database::Role::Reader, &error)) {
                        qCWarning(lcReader).noquote() << "cannot reconnect:" << error;
                        break;
                    }
                } catch (const std::exception &e) {
                    const QString ref = QUuid::createUuid().toString(QUuid::Id128).left(12);
                    qCCritical(lcReader) << "read handler threw" << e.what() << "ref" << ref;
                    err = RpcError::make(QStringLiteral("protocol.internal"), {{QStringLiteral("ref"), ref}});
                    break;
                }
            }
            if (job.done)
                QMetaObject::invokeMethod(this, [done = std::move(job.done), result, err] { done(result, err); }, Qt::QueuedConnection);
        }
    }
    Database::close(name);
}

} // namespace concord
