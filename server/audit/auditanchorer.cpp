#include "audit/auditanchorer.h"

#include "audit/audithead.h"
#include "core/clock.h"
#include "storage/readerpool.h"

#include <QCoreApplication>
#include <QJsonDocument>
#include <QLoggingCategory>

namespace concord {

Q_LOGGING_CATEGORY(lcAnchor, "concord.audit")

AuditAnchorer::AuditAnchorer(ReaderPool &readers, QString path, int intervalSeconds, Identity identity,
                             QObject *parent)
    : QObject(parent), m_readers(readers), m_path(std::move(path)), m_identity(std::move(identity))
{
    m_timer.setInterval(std::chrono::seconds(intervalSeconds));
    connect(&m_timer, &QTimer::timeout, this, &AuditAnchorer::onTick);
}

bool AuditAnchorer::anchorNow(Sql &sql, const QString &reason, QString *error)
{
    return anchor(sql, reason, false, error);
}

void AuditAnchorer::startInterval()
{
    m_timer.start();
}
void AuditAnchorer::stopInterval()
{
    m_timer.stop();
}

bool AuditAnchorer::anchor(Sql &sql, const QString &reason, bool onlyIfMoved, QString *error)
{
    QMutexLocker lock(&m_mutex);
    AuditHead head;
    try {
        head = readAuditHead(sql);
    } catch (const RpcError &e) {
        *error = QStringLiteral("cannot read the audit chain head: %1").arg(e.message);
        return false;
    }
    if (head.seq < 1 || (onlyIfMoved && head.seq == m_lastSeq && head.hash == m_lastHash)) return true;
    anchorfile::Anchor a;
    a.seq = head.seq;
    a.hash = head.hash;
    a.at = clock::nowIso();
    a.reason = reason;
    a.instanceId = m_identity.instanceId;
    a.server = m_identity.server;
    a.pid = QCoreApplication::applicationPid();
    const QJsonObject json = a.toJson();
    // The log gets it even when the file cannot be written: it is the second copy.
    qCInfo(lcAnchor).noquote() << "audit anchor" << QJsonDocument(json).toJson(QJsonDocument::Compact);
    QString why;
    if (!anchorfile::append(m_path, json, &why)) {
        *error = QStringLiteral("cannot append to the audit anchor file %1: %2").arg(m_path, why);
        return false;
    }
    m_lastSeq = head.seq;
    m_lastHash = head.hash;
    return true;
}

void AuditAnchorer::onTick()
{
    ReadJob job;
    job.work = [this](ReadContext &ctx) {
        QString error;
        if (!anchor(ctx.sql(), QStringLiteral("interval"), true, &error))
            qCCritical(lcAnchor).noquote() << error << "- retried at the next interval";
        return QJsonObject();
    };
    m_readers.submit(std::move(job));
}

} // namespace concord
