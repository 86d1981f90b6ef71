#include "rpc/batchreply.h"

#include "net/connection.h"

#include <QJsonArray>

namespace concord {

BatchReply::BatchReply(Connection *connection, qsizetype members)
    : m_connection(connection), m_answers(members), m_finished(members, false), m_open(members)
{
}

void BatchReply::finish(qsizetype index, const QJsonObject &message)
{
    if (index < 0 || index >= m_answers.size() || m_finished.at(index))
        return;
    m_finished[index] = true;
    m_answers[index] = message;
    if (--m_open > 0)
        return;
    // In the members' order, although JSON-RPC lets a server answer a batch in any order.
    QJsonArray answers;
    for (const QJsonObject &a : std::as_const(m_answers))
        if (!a.isEmpty())
            answers.append(a);
    m_answers.clear();
    if (m_connection)
        m_connection->sendBatch(answers, m_slots);
}

} // namespace concord
