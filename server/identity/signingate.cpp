#include "identity/signingate.h"

namespace concord {

QString SignInGate::addressOf(const QString &peer)
{
    const qsizetype colon = peer.lastIndexOf(QLatin1Char(':'));
    QString host = colon > 0 ? peer.left(colon) : peer;
    if (host.startsWith(QLatin1Char('[')) && host.endsWith(QLatin1Char(']')))
        host = host.mid(1, host.size() - 2);
    return host;
}

bool SignInGate::tryEnter(quint64 connectionId, const QString &address, int *limit)
{
    if (m_byConnection.value(connectionId) >= m_perConnection) {
        *limit = m_perConnection;
        return false;
    }
    if (m_byAddress.value(address) >= m_perAddress) {
        *limit = m_perAddress;
        return false;
    }
    ++m_byConnection[connectionId];
    ++m_byAddress[address];
    ++m_total;
    return true;
}

void SignInGate::leave(quint64 connectionId, const QString &address)
{
    if (--m_byConnection[connectionId] <= 0)
        m_byConnection.remove(connectionId);
    if (--m_byAddress[address] <= 0)
        m_byAddress.remove(address);
    --m_total;
}

} // namespace concord
