#pragma once
#include <QJsonObject>
#include <QObject>
#include <QTimer>

namespace concord {
class Writer;
class RpcError;

// Housekeeping of the idempotency table: keys older than the retention (config
// storage/idempotencyRetentionHours) are deleted at start and then every hour, on the writer thread
// in batches of kBatch keys — one write job per batch, so requests queued meanwhile go in between.
// A key is a technical record of a request, not a GMP record: the deletion is logged (category
// concord.housekeeping), not audited. The retention must outlast every client's retries
// (docs/protocol.md, section 5): a retry after it runs the write again.
class IdempotencyPruner : public QObject
{
    Q_OBJECT
public:
    static constexpr int kBatch = 500;
    static constexpr int kIntervalMs = 60 * 60 * 1000;

    IdempotencyPruner(Writer &writer, int retentionHours, QObject *parent = nullptr);
    void start();

private:
    void pruneBatch();
    void batchDone(const QJsonObject &result, const RpcError &error);

    Writer &m_writer;
    const int m_retentionHours;
    QTimer m_timer;
    bool m_running = false; // a round of batches is under way
    qint64 m_deleted = 0;   // in the current round
};

} // namespace concord
