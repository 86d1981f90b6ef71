#pragma once
#include <QHash>
#include <QString>

namespace concord {

// Admission to an anonymous password check (auth.login): each costs a PBKDF2 run, so a client may
// not queue up hundreds of them. At most `perConnection` checks may be outstanding per connection
// and `perAddress` per client address; an attempt over a limit is answered at once with
// limit.sign_in_busy (audited, and counted toward the connection's anonymous refusals) instead of
// waiting in line. Network thread only.
class SignInGate
{
public:
    SignInGate(int perConnection, int perAddress) : m_perConnection(qMax(1, perConnection)), m_perAddress(qMax(1, perAddress)) {}

    // The address part of a peer "host:port" (IPv6 in brackets or not).
    static QString addressOf(const QString &peer);

    // Takes a slot; false (nothing taken) when the connection or the address is at its limit,
    // with *limit set to the limit that applied.
    bool tryEnter(quint64 connectionId, const QString &address, int *limit);
    void leave(quint64 connectionId, const QString &address);
    int outstanding() const { return m_total; }

private:
    int m_perConnection;
    int m_perAddress;
    int m_total = 0;
    QHash<quint64, int> m_byConnection;
    QHash<QString, int> m_byAddress;
};

} // namespace concord
