#pragma once
#include "shell/module.h"

#include <QPointer>
#include <QWidget>

class QTabWidget;

namespace concord {
class RpcClient;
}

namespace concord::ui {

class ApprovalsTab;
class RoleChangesTab;
class RolesTab;
class SessionsPanel;
class UsersTab;

// The Administration module (user.read): Users, Roles, Role changes (rolechange.read), Approvals
// (approval.read: role permission changes, deactivations of approvers) and Active sessions
// (session.admin). Editing needs user.admin. Answers the global search with the accounts
// whose user ID or name matches, and lists its tabs and dialogs for the screenshot tour.
class AdminPage : public QWidget, public SearchProvider, public ScreenshotProvider
{
    Q_OBJECT
public:
    AdminPage(RpcClient *client, bool mayEdit, QWidget *parent = nullptr);

    QTabWidget *tabs() const { return m_tabs; }
    UsersTab *usersTab() const { return m_users; }
    RolesTab *rolesTab() const { return m_roles; }
    RoleChangesTab *roleChangesTab() const { return m_roleChanges; } // nullptr without rolechange.read
    SessionsPanel *sessionsPanel() const { return m_sessions; }      // nullptr without session.admin
    ApprovalsTab *approvalsTab() const { return m_approvals; }       // nullptr without approval.read

    // Shows the Users tab with this account selected.
    void showUser(qint64 userId);
    void search(const QString &text, std::function<void(const QList<SearchHit> &)> done) override;
    QList<Shot> screenshots() override;

private:
    QPointer<RpcClient> m_client;
    bool m_mayEdit = false;
    QTabWidget *m_tabs = nullptr;
    UsersTab *m_users = nullptr;
    RolesTab *m_roles = nullptr;
    RoleChangesTab *m_roleChanges = nullptr;
    SessionsPanel *m_sessions = nullptr;
    ApprovalsTab *m_approvals = nullptr;
};

} // namespace concord::ui
