#include "identity/platformroles.h"

#include <QHash>

namespace concord::identity {

namespace {
// Master data and change control (issue 4); migration 0004 grants the same to databases created
// before it.
QStringList masterData(const char *role)
{
    static const QHash<QString, QStringList> perms{
        {QStringLiteral("administrator"), {QStringLiteral("masterdata.read"), QStringLiteral("codingrule.admin"), QStringLiteral("changeclass.admin"),
                                           QStringLiteral("masterdata.import"), QStringLiteral("uom.edit")}},
        {QStringLiteral("qa"), {QStringLiteral("masterdata.read"), QStringLiteral("eco.author"), QStringLiteral("eco.reject"),
                                QStringLiteral("signature:change_order:reviewed"), QStringLiteral("signature:change_order:approved"),
                                QStringLiteral("person.edit"), QStringLiteral("training.edit"), QStringLiteral("supplier.edit"),
                                QStringLiteral("changeclass.admin")}},
        {QStringLiteral("inspector"), {QStringLiteral("masterdata.read")}},
        {QStringLiteral("operator"), {QStringLiteral("masterdata.read")}},
        {QStringLiteral("planner"), {QStringLiteral("masterdata.read"), QStringLiteral("pin.create")}},
        {QStringLiteral("buyer"), {QStringLiteral("masterdata.read"), QStringLiteral("supplier.edit")}},
        {QStringLiteral("warehouse"), {QStringLiteral("masterdata.read"), QStringLiteral("location.edit")}},
        {QStringLiteral("engineer"), {QStringLiteral("masterdata.read"), QStringLiteral("eco.author"), QStringLiteral("eco.reject"),
                                      QStringLiteral("signature:change_order:reviewed"), QStringLiteral("material.edit"), QStringLiteral("bom.edit"),
                                      QStringLiteral("routing.edit"), QStringLiteral("uom.edit"), QStringLiteral("equipment.edit")}},
        {QStringLiteral("maintenance"), {QStringLiteral("masterdata.read"), QStringLiteral("equipment.edit")}},
        {QStringLiteral("manager"), {QStringLiteral("masterdata.read"), QStringLiteral("eco.reject"), QStringLiteral("customer.edit"),
                                     QStringLiteral("shipTo.edit"), QStringLiteral("signature:change_order:approved")}},
    };
    return perms.value(QLatin1String(role));
}
} // namespace

const QList<RoleDefinition> &platformRoles()
{
    const QStringList everyone{QStringLiteral("events.subscribe"), QStringLiteral("alarm.read")};
    static const QList<RoleDefinition> roles{
        {QStringLiteral("administrator"), QStringLiteral("User and role administration, sessions, audit-trail review"),
         masterData("administrator") + everyone + QStringList{QStringLiteral("user.admin"), QStringLiteral("role.admin"), QStringLiteral("session.admin"),
                                QStringLiteral("audit.read"), QStringLiteral("audit.verify"), QStringLiteral("signature.read"),
                                QStringLiteral("alarm.acknowledge"), QStringLiteral("events.cursor"),
                                QStringLiteral("signature:role_change:approved"),
                                QStringLiteral("signature:role_permission_change:approved"), QStringLiteral("signature:user_deactivation:approved"),
                                QStringLiteral("approval.read"), QStringLiteral("approval.cancel"), QStringLiteral("rolechange.read"), QStringLiteral("user.read")}},
        {QStringLiteral("qa"), QStringLiteral("Quality assurance: audit-trail review, approvals, lot release"),
         masterData("qa") + everyone + QStringList{QStringLiteral("audit.read"), QStringLiteral("audit.verify"), QStringLiteral("signature.read"),
                                QStringLiteral("alarm.acknowledge"), QStringLiteral("alarm.raise"),
                                QStringLiteral("signature:role_change:reviewed"), QStringLiteral("signature:role_change:approved"),
                                QStringLiteral("signature:role_permission_change:approved"), QStringLiteral("signature:user_deactivation:approved"),
                                QStringLiteral("approval.read"), QStringLiteral("rolechange.read"), QStringLiteral("user.read")}},
        {QStringLiteral("inspector"), QStringLiteral("QC inspection"),
         masterData("inspector") + everyone + QStringList{QStringLiteral("alarm.raise"), QStringLiteral("alarm.acknowledge"), QStringLiteral("signature.read")}},
        {QStringLiteral("operator"), QStringLiteral("Shop-floor execution"),
         masterData("operator") + everyone + QStringList{QStringLiteral("alarm.raise"), QStringLiteral("alarm.acknowledge")}},
        {QStringLiteral("planner"), QStringLiteral("Planning and scheduling"), masterData("planner") + everyone},
        {QStringLiteral("buyer"), QStringLiteral("Purchasing"), masterData("buyer") + everyone},
        {QStringLiteral("warehouse"), QStringLiteral("Receiving, stock, shipping"), masterData("warehouse") + everyone + QStringList{QStringLiteral("alarm.raise")}},
        {QStringLiteral("engineer"), QStringLiteral("Engineering and regulatory affairs"), masterData("engineer") + everyone + QStringList{QStringLiteral("signature.read")}},
        {QStringLiteral("maintenance"), QStringLiteral("Maintenance and metrology"),
         masterData("maintenance") + everyone + QStringList{QStringLiteral("alarm.raise"), QStringLiteral("alarm.acknowledge")}},
        {QStringLiteral("manager"), QStringLiteral("Management dashboards"), masterData("manager") + everyone + QStringList{QStringLiteral("audit.read")}},
        {QStringLiteral("display"), QStringLiteral("Shop TV display (read-only boards)"), everyone},
        {QStringLiteral("device"), QStringLiteral("Equipment and integration accounts"),
         QStringList{QStringLiteral("alarm.raise"), QStringLiteral("alarm.read"), QStringLiteral("events.subscribe"), QStringLiteral("events.cursor")}},
    };
    return roles;
}

} // namespace concord::identity
