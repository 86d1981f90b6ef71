#pragma once
#include "core/auditfilter.h"
#include "protocol/rpcerror.h"

#include <QJsonObject>
#include <QList>
#include <QObject>
#include <QPointer>

namespace concord {

class RpcClient;

// Reads every audit row of a filter, newest first, one audit.query page after the other (for the
// exports): nothing is held here, each page is handed on as it arrives, so the number of rows is
// not limited by memory. One page is in flight at a time; cancel() stops after it.
class AuditFetcher : public QObject
{
    Q_OBJECT
public:
    AuditFetcher(RpcClient *client, const AuditFilter &filter, int pageSize = 1000,
                 QObject *parent = nullptr);

    void start();
    void cancel(); // no further signals
    bool isRunning() const { return m_running; }
    qint64 fetched() const { return m_fetched; }
    // The audit chain head the rows reflect ({seq, hash} of the first answer: later rows are not
    // read), empty before the first answer.
    QJsonObject head() const { return m_head; }
    // An estimate of the work done, 0–100: rows come in descending seq, so the distance from the
    // first seq to the last one fetched is a fair measure even with filters.
    int percentDone() const;

Q_SIGNALS:
    void page(const QList<QJsonObject> &rows);
    void finished(qint64 rows);
    void failed(const concord::RpcError &error);

private:
    void next();

    QPointer<RpcClient> m_client;
    AuditFilter m_filter;
    int m_pageSize;
    bool m_running = false;
    qint64 m_fetched = 0;
    qint64 m_firstSeq = 0;
    qint64 m_lastSeq = 0;
    QJsonObject m_head;
};

} // namespace concord
