#pragma once
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;

namespace concord {
class RpcClient;
}

namespace concord::ui {

class RoleDialog;

// The Roles tab: every role with its description and permissions (role.list); with role.admin also
// create a role and change a role's description and permissions (RoleDialog). Reloaded when a role
// changes (identity.role events).
class RolesTab : public QWidget
{
    Q_OBJECT
public:
    RolesTab(RpcClient *client, bool mayEdit, QWidget *parent = nullptr);
    ~RolesTab() override;

    QTreeWidget *tree() const { return m_tree; }
    bool isLoaded() const { return m_loaded; }
    void reload();
    // Selects this role's row; false if it is not in the list.
    bool selectRole(const QString &name);
    // The selected role as role.list returned it (also when one of its permissions is selected).
    QJsonObject selectedRole() const;
    // Open the New role / Edit role dialog (the buttons do this); it deletes itself when closed.
    RoleDialog *createRole();
    RoleDialog *editRole();

    // A permission as a person reads it (translated where known), e.g. "user.admin" -> "Administer users".
    static QString permissionText(const QString &permission);
    // "Its new permissions take effect when …" for a role with a pending permission change, or empty.
    static QString pendingText(const QJsonObject &role);

Q_SIGNALS:
    void loaded();

private:
    void updateButtons();

    QPointer<RpcClient> m_client;
    bool m_mayEdit = false;
    QTreeWidget *m_tree = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_edit = nullptr;
    QLabel *m_status = nullptr;
    bool m_loaded = false;
    bool m_statusIsError = false; // the status shows a load error (cleared by the next load)
    QString m_selectAfterLoad; // a role just saved: selected once the list with it has arrived
};

} // namespace concord::ui
