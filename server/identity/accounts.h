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
// Ends the user's open sessions except `keepSessionId` in the database (so that no instance can
// resume them), one session.ended audit row each; returns their short IDs (as the audit trail and
// session.list show them). The caller announces them in its identity.user event as
// "endedSessions", from which SessionManager forgets them on every instance.
QJsonArray endSessions(WriteContext &ctx, qint64 userId, const QString &reason, const QString &keepSessionId = QString());
// Validates role names; throws validation.failed naming the unknown ones.
void requireRolesExist(Sql &sql, const QStringList &roles, const QString &field);
// Throws not_found unless the user exists; returns its row as JSON.
QJsonObject requireUser(Sql &sql, qint64 userId);

} // namespace accounts
} // namespace concord
