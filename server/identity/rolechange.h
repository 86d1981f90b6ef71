#pragma once
#include <QStringList>

namespace concord {
struct Services;
class WriteContext;
// Creates a pending role change for `userId` (also used by user.create with initial roles).
qint64 requestRoleChange(WriteContext &ctx, qint64 userId, QStringList roles, const QString &reason);
// The role_change record: a request to change one user's roles that takes effect only when a second
// person signs it "approved". Registers the signable type and roleChange.* methods.
void registerRoleChange(Services &services);
} // namespace concord
