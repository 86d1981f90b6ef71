#include "core/pendingcall.h"

namespace concord {

PendingCall::PendingCall(const QString &method, QObject *parent) : QObject(parent), m_method(method) {}

void PendingCall::finish(const QJsonObject &result, const RpcError &error)
{
    if (m_finished)
        return;
    m_finished = true;
    m_result = result;
    m_error = error;
    Q_EMIT finished();
    deleteLater();
}

} // namespace concord
