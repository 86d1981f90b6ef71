#pragma once
#include "core/principal.h"
#include "protocol/rpcerror.h"

#include <QJsonObject>
#include <QJsonValue>
#include <QPointer>
#include <memory>

namespace concord {

class Connection;

// One request in flight. Handlers answer exactly once with reply() or fail(); later calls are
// ignored. If the connection went away meanwhile the answer is dropped (the work, if it was a
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

    void reply(const QJsonValue &result);
    void fail(const RpcError &error);
    bool answered() const { return m_answered; }

private:
    bool m_answered = false;
};

using CallPtr = std::shared_ptr<Call>;

} // namespace concord
