#pragma once
#include "protocol/rpcerror.h"

namespace concord::clienterror {

// Errors the client produces locally; they never travel on the wire. UIs translate them by
// dataCode like the server's codes. A write that failed with one of them may or may not have been
// committed: retry it with the same idempotencyKey.
inline RpcError make(const QString &dataCode, const QString &message)
{
    RpcError e;
    e.code = rpccode::Unavailable;
    e.dataCode = dataCode;
    e.message = message;
    return e;
}
inline bool isLocal(const RpcError &e) { return e.dataCode.startsWith(QLatin1String("client.")); }
inline RpcError disconnected()
{
    return make(QStringLiteral("client.disconnected"), QStringLiteral("Not connected to the server; the request was not sent or its answer was lost."));
}
inline RpcError timeout()
{
    return make(QStringLiteral("client.timeout"), QStringLiteral("The server did not answer in time."));
}

} // namespace concord::clienterror
