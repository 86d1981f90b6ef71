#pragma once
#include "core/clienterror.h"
#include "core/rpcclient.h"

namespace concord {

// The idempotency key of one write that a person may submit several times (a dialog's OK button):
// the same key while the answer was lost on the way (so a write that did reach the server is not
// done twice), a fresh one as soon as the server has decided, whatever it decided.
class WriteKey
{
public:
    QString get()
    {
        if (m_key.isEmpty()) m_key = RpcClient::newIdempotencyKey();
        return m_key;
    }
    // Call with the answer's error (null on success).
    void settle(const RpcError &error)
    {
        if (error.isNull() || !clienterror::isLocal(error)) m_key.clear();
    }

private:
    QString m_key;
};

} // namespace concord
