#include "shell/module.h"

#include "alarm/alarmpanel.h"
#include "audit/auditviewer.h"
#include "core/rpcclient.h"
#include "identity/adminpage.h"

#include <QCoreApplication>

namespace concord::ui {

QList<ModuleEntry> moduleCatalog()
{
    QList<ModuleEntry> modules;
    modules.append({QStringLiteral("alarms"), QCoreApplication::translate("ModuleCatalog", "Alarms"),
                    [](const RpcClient &c) { return c.hasPermission(QStringLiteral("alarm.read")); },
                    [](RpcClient *c, QWidget *parent) -> QWidget * {
                        return new AlarmPanel(c, c->hasPermission(QStringLiteral("alarm.acknowledge")), parent);
                    }});
    modules.append({QStringLiteral("audit"), QCoreApplication::translate("ModuleCatalog", "Audit trail"),
                    [](const RpcClient &c) { return c.hasPermission(QStringLiteral("audit.read")); },
                    [](RpcClient *c, QWidget *parent) -> QWidget * {
                        return new AuditViewer(c, c->hasPermission(QStringLiteral("audit.verify")), parent);
                    }});
    modules.append({QStringLiteral("admin"), QCoreApplication::translate("ModuleCatalog", "Administration"),
                    [](const RpcClient &c) { return c.hasPermission(QStringLiteral("user.read")); },
                    [](RpcClient *c, QWidget *parent) -> QWidget * {
                        return new AdminPage(c, c->hasPermission(QStringLiteral("user.admin")), parent);
                    }});
    return modules;
}

} // namespace concord::ui
