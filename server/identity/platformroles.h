#pragma once
#include <QList>
#include <QString>
#include <QStringList>

namespace concord::identity {

struct RoleDefinition
{
    QString name;
    QString description;
    QStringList permissions;
};

// The roles a new installation starts with (least privilege: each role only what its people need).
// Business modules add their permissions here as they arrive; plants edit roles with role.update.
const QList<RoleDefinition> &platformRoles();

} // namespace concord::identity
