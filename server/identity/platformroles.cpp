#include "identity/platformroles.h"

namespace concord::identity {

const QList<RoleDefinition> &platformRoles()
{
    const QStringList everyone{QStringLiteral("events.subscribe"), QStringLiteral("alarm.read")};
    static const QList<RoleDefinition> roles{
        {QStringLiteral("administrator"), QStringLiteral("User and role administration, sessions, audit-trail review"),
         everyone + QStringList{QStringLiteral("user.admin"), QStringLiteral("role.admin"), QStringLiteral("session.admin"),
                                QStringLiteral("audit.read"), QStringLiteral("audit.verify"), QStringLiteral("signature.read"),
                                QStringLiteral("alarm.acknowledge"), QStringLiteral("events.cursor"),
                                QStringLiteral("signature:role_change:approved"),
                                QStringLiteral("rolechange.read"), QStringLiteral("user.read")}},
        {QStringLiteral("qa"), QStringLiteral("Quality assurance: audit-trail review, approvals, lot release"),
         everyone + QStringList{QStringLiteral("audit.read"), QStringLiteral("audit.verify"), QStringLiteral("signature.read"),
                                QStringLiteral("alarm.acknowledge"), QStringLiteral("alarm.raise"),
                                QStringLiteral("signature:role_change:reviewed"), QStringLiteral("signature:role_change:approved"),
                                QStringLiteral("rolechange.read"), QStringLiteral("user.read")}},
        {QStringLiteral("inspector"), QStringLiteral("QC inspection"),
         everyone + QStringList{QStringLiteral("alarm.raise"), QStringLiteral("alarm.acknowledge"), QStringLiteral("signature.read")}},
        {QStringLiteral("operator"), QStringLiteral("Shop-floor execution"),
         everyone + QStringList{QStringLiteral("alarm.raise"), QStringLiteral("alarm.acknowledge")}},
        {QStringLiteral("planner"), QStringLiteral("Planning and scheduling"), everyone},
        {QStringLiteral("buyer"), QStringLiteral("Purchasing"), everyone},
        {QStringLiteral("warehouse"), QStringLiteral("Receiving, stock, shipping"), everyone + QStringList{QStringLiteral("alarm.raise")}},
        {QStringLiteral("engineer"), QStringLiteral("Engineering and regulatory affairs"), everyone + QStringList{QStringLiteral("signature.read")}},
        {QStringLiteral("maintenance"), QStringLiteral("Maintenance and metrology"),
         everyone + QStringList{QStringLiteral("alarm.raise"), QStringLiteral("alarm.acknowledge")}},
        {QStringLiteral("manager"), QStringLiteral("Management dashboards"), everyone + QStringList{QStringLiteral("audit.read")}},
        {QStringLiteral("display"), QStringLiteral("Shop TV display (read-only boards)"), everyone},
        {QStringLiteral("device"), QStringLiteral("Equipment and integration accounts"),
         QStringList{QStringLiteral("alarm.raise"), QStringLiteral("events.subscribe"), QStringLiteral("events.cursor")}},
    };
    return roles;
}

} // namespace concord::identity
