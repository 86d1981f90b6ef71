#pragma once
#include "identity/passwords.h"

#include <QJsonObject>
#include <QStringList>

namespace concord {
class WriteContext;
class Sql;

// Account operations shared by the identity methods, the bootstrap and the demo seed.
namespace accounts {

struct NewUser
{
    QString username;
    QString fullName;
    QString email;
    QString kind = QStringLiteral("person");
    PasswordHash password;
    bool mustChangePassword = true;
};

// Refuses IDs that exist or existed (IDs are never reused). Audited; emits identity.user.
qint64 create(WriteContext &ctx, const NewUser &user);
// Replaces the user's roles (after an approved role change, or by the bootstrap). Audited.
void applyRoles(WriteContext &ctx, qint64 userId, const QStringList &roles, const QString &reason);
// Counts a failed password (login or signature); locks the account and raises a critical
// security alarm when the threshold is reached. Returns true if the account is now locked.
bool recordFailedAttempt(WriteContext &ctx, qint64 userId, const QString &username, int threshold, const QString &what);
// Validates role names; throws validation.failed naming the unknown ones.
void requireRolesExist(Sql &sql, const QStringList &roles, const QString &field);
// Throws not_found unless the user exists; returns its row as JSON.
QJsonObject requireUser(Sql &sql, qint64 userId);

} // namespace accounts
} // namespace concord
