#pragma once
#include <QJsonObject>
#include <QList>
#include <QPointer>

namespace concord {

class Connection;

// The answers of one batch (JSON-RPC 2.0 §6). Its members run concurrently; each answer takes its
// member's place, and the array goes out as one line once the last member has finished.
// Notifications leave no place, so a batch of notifications only gets no answer at all. The
// in-flight slots the members took are given back only then: answers held for the array still
// count as in flight, so a batch cannot get around the connection's maxInFlight.
class BatchReply
{
public:
    BatchReply(Connection *connection, qsizetype members);

    // A member that runs: it holds one of the connection's in-flight slots until the array is sent.
    void holdSlot() { ++m_slots; }
    // Member `index` has finished; an empty message means it has no answer (a notification).
    void finish(qsizetype index, const QJsonObject &message);

private:
    QPointer<Connection> m_connection;
    QList<QJsonObject> m_answers;
    QList<bool> m_finished;
    qsizetype m_open;
    int m_slots = 0;
};

} // namespace concord
