#include "shell/module.h"

#include "alarm/alarmpanel.h"
#include "audit/auditviewer.h"
#include "changecontrol/changecontrolpage.h"
#include "core/rpcclient.h"
#include "dictionary/dictionarybrowser.h"
#include "identity/adminpage.h"
#include "masterdata/masterdatapage.h"

#include <QCoreApplication>
#include <QJsonArray>

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
    modules.append({QStringLiteral("masterdata"), QCoreApplication::translate("ModuleCatalog", "Master data"),
                    [](const RpcClient &c) { return c.hasPermission(QStringLiteral("masterdata.read")); },
                    [](RpcClient *c, QWidget *parent) -> QWidget * { return new MasterDataPage(c, parent); }});
    modules.append({QStringLiteral("changecontrol"), QCoreApplication::translate("ModuleCatalog", "Change control"),
                    [](const RpcClient &c) { return c.hasPermission(QStringLiteral("masterdata.read")); },
                    [](RpcClient *c, QWidget *parent) -> QWidget * { return new ChangeControlPage(c, parent); }});
    modules.append({QStringLiteral("dictionary"), QCoreApplication::translate("ModuleCatalog", "Data dictionary"),
                    // Any signed-in user with a role; an account without any sees no module yet.
                    [](const RpcClient &c) { return !c.user().value(QStringLiteral("permissions")).toArray().isEmpty(); },
                    [](RpcClient *c, QWidget *parent) -> QWidget * { return new DictionaryBrowser(c, parent); }});
    modules.append({QStringLiteral("admin"), QCoreApplication::translate("ModuleCatalog", "Administration"),
                    [](const RpcClient &c) { return c.hasPermission(QStringLiteral("user.read")); },
                    [](RpcClient *c, QWidget *parent) -> QWidget * {
                        return new AdminPage(c, c->hasPermission(QStringLiteral("user.admin")), parent);
                    }});
    return modules;
}

} // namespace concord::ui
