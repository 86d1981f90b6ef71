#pragma once
#include "core/cryptopool.h"
#include "protocol/rpcerror.h"

#include <QString>
#include <functional>

namespace concord {
struct Services;

namespace identity {

struct PasswordCheck
{
    bool found = false;
    bool matches = false;
    bool active = false;
    bool locked = false;
    bool mustChange = false;
    qint64 userId = 0;
    QString username;
    QString kind;
    QString passwordChangedAt;
    RpcError error; // storage trouble
};

// Reads the account on a reader thread, runs PBKDF2 on the crypto pool (never on the network or
// writer thread) and calls `done` on the network thread. Unknown users cost the same time as
// known ones so that the answer does not reveal which IDs exist. Sign-ins (no session yet) use
// the SignIn lane with the client address as `source`; everything a signed-in session asks for
// (signature, unlock, password change) the Session lane, which a sign-in flood cannot starve.
void checkPassword(Services &services, const QString &username, const QString &password, CryptoPool::Lane lane, const QString &source,
                   std::function<void(const PasswordCheck &)> done);

} // namespace identity
} // namespace concord
