#include "storage/idempotencypruner.h"

#include "core/clock.h"
#include "storage/writer.h"

#include <QLoggingCategory>
#include <QPointer>

namespace concord {

Q_LOGGING_CATEGORY(lcHousekeeping, "concord.housekeeping")

IdempotencyPruner::IdempotencyPruner(Writer &writer, int retentionHours, QObject *parent)
    : QObject(parent), m_writer(writer), m_retentionHours(retentionHours)
{
    m_timer.setInterval(kIntervalMs);
    connect(&m_timer, &QTimer::timeout, this, [this] {
        if (!m_running)
            pruneBatch();
    });
}

void IdempotencyPruner::start()
{
    m_timer.start();
    pruneBatch();
}

void IdempotencyPruner::pruneBatch()
{
    m_running = true;
    WriteJob job;
    job.principal = Principal::system(QStringLiteral("housekeeping"));
    job.method = QStringLiteral("idempotency.prune");
    job.audit = AuditPolicy::exempt(QStringLiteral("expired idempotency keys are technical records, not GMP records (security.md)"));
    const int hours = m_retentionHours;
    job.work = [hours](WriteContext &ctx) {
        // The cutoff follows the writer's clock, the clock that stamped created_at.
        const QString cutoff = clock::toIso(clock::fromIso(ctx.now()).addSecs(-qint64(hours) * 3600));
        const int deleted = ctx.sql().exec(QStringLiteral("idempotency.prune"), {cutoff, kBatch});
        return QJsonObject{{QStringLiteral("deleted"), deleted}, {QStringLiteral("cutoff"), cutoff}};
    };
    // The answer comes back through the event loop; the pruner may be gone by then (server stop).
    job.done = [self = QPointer<IdempotencyPruner>(this)](const QJsonObject &result, const RpcError &error) {
        if (self)
            self->batchDone(result, error);
    };
    m_writer.submit(std::move(job));
}

void IdempotencyPruner::batchDone(const QJsonObject &result, const RpcError &error)
{
    if (!error.isNull()) {
        // Shutting down or the database is away: the next round tries again.
        qCWarning(lcHousekeeping).noquote() << "idempotency keys not pruned:" << error.dataCode;
        m_running = false;
        m_deleted = 0;
        return;
    }
    const int deleted = result.value(QStringLiteral("deleted")).toInt();
    m_deleted += deleted;
    if (deleted >= kBatch) {
        QTimer::singleShot(0, this, &IdempotencyPruner::pruneBatch);
        return;
    }
    if (m_deleted > 0)
        qCInfo(lcHousekeeping).noquote() << "pruned" << m_deleted << "idempotency key(s) stored before"
                                         << result.value(QStringLiteral("cutoff")).toString()
                                         << QStringLiteral("(retention %1 h)").arg(m_retentionHours);
    m_running = false;
    m_deleted = 0;
}

} // namespace concord
