#include "identity/adminpage.h"

#include "core/rpcclient.h"
#include "identity/approvalmodel.h"
#include "identity/approvalstab.h"
#include "identity/rolechangemodel.h"
#include "identity/rolechangestab.h"
#include "identity/roledialog.h"
#include "identity/rolestab.h"
#include "identity/userdialog.h"
#include "identity/usermodel.h"
#include "identity/userstab.h"
#include "session/sessionspanel.h"
#include "shell/mainwindow.h"
#include "signature/signaturedialog.h"

#include <QTabWidget>
#include <QVBoxLayout>

namespace concord::ui {

AdminPage::AdminPage(RpcClient *client, bool mayEdit, QWidget *parent)
    : QWidget(parent), m_client(client), m_mayEdit(mayEdit)
{
    setObjectName(QStringLiteral("adminPage"));
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("adminTabs"));
    m_users = new UsersTab(client, mayEdit, m_tabs);
    m_tabs->addTab(m_users, tr("Users"));
    m_roles = new RolesTab(client, client && client->hasPermission(QStringLiteral("role.admin")), m_tabs);
    m_tabs->addTab(m_roles, tr("Roles"));
    if (client && client->hasPermission(QStringLiteral("rolechange.read"))) {
        m_roleChanges = new RoleChangesTab(client, m_users->model(), mayEdit, m_tabs);
        m_tabs->addTab(m_roleChanges, tr("Role changes"));
    }
    if (client && client->hasPermission(QStringLiteral("approval.read"))) {
        m_approvals = new ApprovalsTab(client, m_tabs);
        m_tabs->addTab(m_approvals, tr("Approvals"));
    }
    if (client && client->hasPermission(QStringLiteral("session.admin"))) {
        m_sessions = new SessionsPanel(client, m_tabs);
        m_tabs->addTab(m_sessions, tr("Active sessions"));
    }
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_tabs);
}

void AdminPage::showUser(qint64 userId)
{
    m_tabs->setCurrentWidget(m_users);
    m_users->selectUser(userId);
    if (auto *window = qobject_cast<MainWindow *>(this->window()))
        window->showModule(QStringLiteral("admin"));
}

void AdminPage::search(const QString &text, std::function<void(const QList<SearchHit> &)> done)
{
    // The accounts are in the Users tab's list already: no server round trip. Deactivated accounts
    // are found too once they are shown.
    const QString needle = text.trimmed();
    QList<SearchHit> hits;
    const UserModel *users = m_users->model();
    QPointer<AdminPage> self(this);
    for (int row = 0; !needle.isEmpty() && row < users->rowCount() && hits.size() < 10; ++row) {
        const QJsonObject u = users->record(row);
        const QString username = u.value(QStringLiteral("username")).toString();
        const QString fullName = u.value(QStringLiteral("fullName")).toString();
        if (!username.contains(needle, Qt::CaseInsensitive) &&
            !fullName.contains(needle, Qt::CaseInsensitive))
            continue;
        const qint64 id = u.value(QStringLiteral("id")).toInteger();
        hits.append({tr("User %1 (%2)").arg(username, fullName), [self, id] {
                         if (self) self->showUser(id);
                     }});
    }
    done(hits);
}

QList<ScreenshotProvider::Shot> AdminPage::screenshots()
{
    QList<Shot> shots;
    QPointer<AdminPage> self(this);
    auto showTab = [self](QWidget *tab) -> QWidget * {
        if (!self) return nullptr;
        self->m_tabs->setCurrentWidget(tab);
        return self->window();
    };
    auto backToUsers = [self] {
        if (self) self->m_tabs->setCurrentWidget(self->m_users);
    };
    if (m_mayEdit) {
        auto dialog = std::make_shared<QPointer<UserDialog>>();
        shots.append({QStringLiteral("newuser"),
                      [self, dialog]() -> QWidget * {
                          if (!self) return nullptr;
                          *dialog = self->m_users->createUser();
                          return dialog->data();
                      },
                      [dialog] {
                          if (*dialog) (*dialog)->reject();
                      }});
    }
    shots.append({QStringLiteral("roles"), [showTab, self] { return showTab(self->m_roles); }, backToUsers});
    if (m_client && m_client->hasPermission(QStringLiteral("role.admin"))) {
        auto roleDialog = std::make_shared<QPointer<RoleDialog>>();
        auto closeRoleDialog = [roleDialog, backToUsers] {
            if (*roleDialog) (*roleDialog)->reject();
            backToUsers();
        };
        shots.append({QStringLiteral("newrole"),
                      [showTab, self, roleDialog]() -> QWidget * {
                          showTab(self->m_roles);
                          *roleDialog = self->m_roles->createRole();
                          return roleDialog->data();
                      },
                      closeRoleDialog});
        shots.append({QStringLiteral("editrole"),
                      [showTab, self, roleDialog]() -> QWidget * {
                          QWidget *shown = showTab(self->m_roles);
                          if (!self->m_roles->selectRole(QStringLiteral("qa"))) return shown;
                          *roleDialog = self->m_roles->editRole();
                          return roleDialog->data();
                      },
                      closeRoleDialog});
    }
    if (m_roleChanges) {
        shots.append({QStringLiteral("rolechanges"), [showTab, self] { return showTab(self->m_roleChanges); },
                      backToUsers});
        // The signature dialog for the newest pending change, if there is one this user may sign.
        if (m_client && m_client->hasPermission(QStringLiteral("signature:role_change:approved"))) {
            shots.append(
                {QStringLiteral("signature"),
                 [showTab, self]() -> QWidget * {
                     QWidget *shown = showTab(self->m_roleChanges);
                     const RoleChangeModel *changes = self->m_roleChanges->model();
                     for (int row = 0; row < changes->rowCount(); ++row) {
                         const QJsonObject c = changes->record(row);
                         if (c.value(QStringLiteral("status")).toString() != QLatin1String("pending"))
                             continue;
                         self->m_roleChanges->selectChange(c.value(QStringLiteral("id")).toInteger());
                         self->m_roleChanges->signSelected(QStringLiteral("approved"));
                         return self->m_roleChanges->signatureDialog();
                     }
                     return shown;
                 },
                 [self, backToUsers] {
                     if (self && self->m_roleChanges->signatureDialog())
                         self->m_roleChanges->signatureDialog()->reject();
                     backToUsers();
                 }});
        }
    }
    if (m_approvals)
        shots.append({QStringLiteral("approvals"), [showTab, self] { return showTab(self->m_approvals); }, backToUsers});
    if (m_sessions)
        shots.append(
            {QStringLiteral("sessions"), [showTab, self] { return showTab(self->m_sessions); }, backToUsers});
    return shots;
}

} // namespace concord::ui
