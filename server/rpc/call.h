#pragma once
#include "core/principal.h"
#include "protocol/rpcerror.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QPointer>
#include <memory>

namespace concord {

class BatchReply;
class Connection;

// The place of a call in the batch it came in (JSON-RPC 2.0 §6); empty for a single message.
struct BatchSlot
{
    std::shared_ptr<BatchReply> reply;
    qsizetype index = -1;
};

// One request in flight. Handlers answer exactly once with reply() or fail(); later calls are
// ignored. The answer goes to the connection as a line of its own, or into the array of the batch
// the call came in; a notification (no id, JSON-RPC 2.0 §4.1) runs the same way but its answer is
// dropped. If the connection went away meanwhile the answer is dropped too (the work, if it was a
// write, is still committed — a retry with the same idempotencyKey returns its result).
class Call
{
public:
    QJsonValue id;
    QString method;
    QJsonObject params;
    QString idempotencyKey; // taken out of params for writing methods
    QString paramsHash;     // with a key: what the key stands for (idempotency::fingerprint)
    Principal principal;
    QPointer<Connection> connection;
    bool notification = false; // the caller wants no answer
    BatchSlot batch;

    void reply(const QJsonValue &result);
    void fail(const RpcError &error);
    bool answered() const { return m_answered; }

private:
    void finish(const QJsonObject &message);
    bool m_answered = false;
};

using CallPtr = std::shared_ptr<Call>;

} // namespace concord
