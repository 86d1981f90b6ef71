#pragma once
#include "connectionpool.h"
#include "latencystats.h"

#include <QObject>
#include <QStringList>
#include <QTimer>
#include <memory>

namespace concord::bench {

// What one driver thread does: `connections` connections signed in round-robin as `accounts`,
// raising alarms either as fast as answers allow (closed loop, `window` requests in flight per
// connection) or at a steady offered `rate` (open loop, writes/s over all of its connections).
struct WritePlan
{
    int connections = 64;
    QList<Account> accounts;
    int window = 16;
    double rate = 0; // > 0: open loop
    int drainMs = 15000;
    int connectTimeoutMs = 120000;
};

struct WriteResult
{
    quint64 sent = 0;
    quint64 acked = 0;
    quint64 ackedInWindow = 0; // successful answers received inside the measuring window
    quint64 errors = 0;
    quint64 unanswered = 0; // still in flight when the drain time ran out
    quint64 connectionsLost = 0;
    qint64 maxSendLagNs = 0; // open loop: how far the generator fell behind its schedule
    LatencyStats latency;    // of the answers received inside the measuring window
    QStringList errorSamples;
    void merge(const WriteResult &other);
};

// Lives in its own thread; every method but the constructor runs on that thread.
class WriteDriver : public QObject
{
    Q_OBJECT
public:
    WriteDriver(const Endpoint &endpoint, WritePlan plan, int index);
    ~WriteDriver() override;

    bool prepare(QString *error);
    // Schedules the load on the shared monotonic timeline; emits finished() once every request sent
    // has been answered after endNs (or the drain time ran out).
    void start(qint64 startNs, qint64 measureFromNs, qint64 endNs);
    void shutdown();
    const WriteResult &result() const { return m_result; }

Q_SIGNALS:
    void finished();

private:
    void send(RpcConnection *c, int connectionIndex);
    void onReply(RpcConnection *c, int connectionIndex, const RpcConnection::Reply &r);
    void tick();
    void checkDone(qint64 now);
    void finish();

    Endpoint m_endpoint;
    WritePlan m_plan;
    int m_index;
    std::unique_ptr<ConnectionPool> m_pool;
    QList<QByteArray> m_sources;
    QTimer m_tick;
    QTimer m_drain;
    qint64 m_startNs = 0;
    qint64 m_measureFromNs = 0;
    qint64 m_endNs = 0;
    quint64 m_answered = 0;
    quint64 m_next = 0; // open loop: round-robin position
    bool m_finished = false;
    WriteResult m_result;
};

} // namespace concord::bench
