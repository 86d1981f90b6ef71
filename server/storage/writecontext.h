#pragma once
#include "core/principal.h"
#include "storage/sql.h"

#include <QJsonObject>
#include <QList>

namespace concord {

// What a write promises about the audit trail (audit by contract, brief 03 P11-10e): a write job
// that must audit and commits no audit row is refused by the writer (server.unaudited_write). A
// method or job that writes no record of its own declares why it is exempt.
struct AuditPolicy
{
    QString exemptReason; // empty: records an audit row

    static AuditPolicy records() { return {}; }
    static AuditPolicy exempt(QString why) { return {std::move(why)}; }
    bool mustAudit() const { return exemptReason.isEmpty(); }
    bool operator==(const AuditPolicy &) const = default;
};

// One event appended to the outbox inside a write transaction; published after COMMIT.
struct EventRecord
{
    qint64 seq = 0;
    QString at;
    QString topic;
    QJsonObject data;
    QJsonObject toJson() const;
};

// Heads of the audit chain and of the event sequence during one write transaction.
struct ChainState
{
    qint64 auditSeq = 0;
    QByteArray auditHash;
    qint64 eventSeq = 0;
    bool operator==(const ChainState &) const = default;
};

// What a write handler gets: the writer's connection (inside the batch transaction and the
// request's savepoint), who is calling, the request's server time, and the two things every change
// must do in the same transaction — append to the audit trail and to the event outbox.
class WriteContext
{
public:
    WriteContext(Sql &sql, ChainState &chain, QList<EventRecord> &events, Principal principal, QString method, QString now)
        : m_sql(sql), m_chain(chain), m_events(events), m_principal(std::move(principal)), m_method(std::move(method)),
          m_now(std::move(now))
    {
    }

    Sql &sql() { return m_sql; }
    const Principal &principal() const { return m_principal; }
    const QString &method() const { return m_method; }
    const QString &now() const { return m_now; }

    // Appends one hash-chained audit row. `changes` maps field -> [old, new] (see audit::diff).
    qint64 audit(const QString &action, const QString &recordType, const QString &recordId,
                 const QJsonObject &changes, const QString &reason = {});
    // Appends one event to the outbox; returns its seq.
    qint64 emitEvent(const QString &topic, const QJsonObject &data);

    // The canonical JSON of one audit row, the input of its hash, assembled from the already
    // canonical `changes` (equal to canonicalJson(auditContent(...)); tst_canonicaljson checks it).
    // Shared with audit.verify; it is on the path of every write, hence no intermediate objects.
    static QByteArray auditCanonical(qint64 seq, const QString &at, qint64 userId, const QString &username,
                                     const QString &action, const QString &recordType, const QString &recordId,
                                     const QByteArray &changesCanonical, const QString &reason, const QString &peer,
                                     const QByteArray &prevHash);
    // The same content as a JSON object (documentation, tests, benchmarks).
    static QJsonObject auditContent(qint64 seq, const QString &at, qint64 userId, const QString &username,
                                    const QString &action, const QString &recordType, const QString &recordId,
                                    const QJsonObject &changes, const QString &reason, const QString &peer,
                                    const QByteArray &prevHash);

private:
    Sql &m_sql;
    ChainState &m_chain;
    QList<EventRecord> &m_events;
    Principal m_principal;
    QString m_method;
    QString m_now;
};

// field -> [old, new] for the fields whose values differ; the shape audit rows store.
QJsonObject diff(const QJsonObject &before, const QJsonObject &after);

} // namespace concord
