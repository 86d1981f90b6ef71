#include "rpc/call.h"

#include "net/connection.h"
#include "protocol/jsonrpc.h"
#include "rpc/batchreply.h"

namespace concord {

void Call::reply(const QJsonValue &result) { finish(jsonrpc::result(id, result)); }

void Call::fail(const RpcError &error) { finish(jsonrpc::error(id, error)); }

void Call::finish(const QJsonObject &message)
{
    if (m_answered)
        return;
    m_answered = true;
    if (batch.reply)
        return batch.reply->finish(batch.index, notification ? QJsonObject() : message);
    if (!connection)
        return;
    if (notification)
        connection->finishNotification();
    else
        connection->sendResponse(message);
}

} // namespace concord
