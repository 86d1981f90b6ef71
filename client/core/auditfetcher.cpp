#include "core/auditfetcher.h"

#include "core/clienterror.h"
#include "core/rpcclient.h"

#include <QJsonArray>
#include <algorithm>

namespace concord {

AuditFetcher::AuditFetcher(RpcClient *client, const AuditFilter &filter, int pageSize, QObject *parent)
    : QObject(parent), m_client(client), m_filter(filter), m_pageSize(std::clamp(pageSize, 1, 1000))
{
}

void AuditFetcher::start()
{
    if (m_running) return;
    m_running = true;
    m_fetched = 0;
    m_firstSeq = m_lastSeq = 0;
    m_head = {};
    next();
}

void AuditFetcher::cancel()
{
    m_running = false;
}

int AuditFetcher::percentDone() const
{
    if (m_firstSeq <= 0) return 0;
    return int(std::clamp<qint64>((m_firstSeq - m_lastSeq) * 100 / m_firstSeq, 0, 100));
}

void AuditFetcher::next()
{
    if (!m_client) {
        m_running = false;
        Q_EMIT failed(clienterror::disconnected());
        return;
    }
    m_client->call(QStringLiteral("audit.query"), m_filter.pageParams(m_lastSeq, m_pageSize), this,
                   [this](const QJsonObject &result, const RpcError &error) {
                       if (!m_running) return; // cancelled meanwhile
                       if (!error.isNull()) {
                           m_running = false;
                           Q_EMIT failed(error);
                           return;
                       }
                       if (m_head.isEmpty())
                           m_head = result.value(QStringLiteral("head")).toObject();
                       QList<QJsonObject> rows;
                       for (const QJsonValue &v : result.value(QStringLiteral("rows")).toArray()) {
                           const QJsonObject o = v.toObject();
                           const qint64 seq = o.value(QStringLiteral("seq")).toInteger();
                           if (seq <= 0 || (m_lastSeq > 0 && seq >= m_lastSeq))
                               continue; // never twice, whatever arrives
                           if (m_firstSeq == 0) m_firstSeq = seq;
                           m_lastSeq = seq;
                           rows.append(o);
                       }
                       m_fetched += rows.size();
                       const bool more = result.value(QStringLiteral("more")).toBool() && !rows.isEmpty();
                       if (!rows.isEmpty()) Q_EMIT page(rows);
                       if (!m_running) return; // cancelled by a receiver of page()
                       if (more) {
                           next();
                       } else {
                           m_running = false;
                           Q_EMIT finished(m_fetched);
                       }
                   });
}

} // namespace concord
