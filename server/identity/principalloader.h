#pragma once
#include "core/principal.h"
#include "storage/sql.h"

#include <QJsonObject>
#include <optional>

namespace concord::identity {

// Loads an account with its roles and the union of its roles' permissions.
// principalJson/principalFromJson carry it between threads and to clients.
std::optional<Principal> loadPrincipal(Sql &sql, qint64 userId);
QStringList rolesOf(Sql &sql, qint64 userId);
QJsonObject principalJson(const Principal &p);
Principal principalFromJson(const QJsonObject &user, const QString &peer);

} // namespace concord::identity
