#pragma once
#include "core/writekey.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace concord {
class RpcClient;
}

namespace concord::ui {

class PermissionPicker;

// Creates a role (role.create: name, description, permissions, reason) or changes a role's
// description and permissions (role.update with the rowVersion it was opened with). A conflict —
// someone else changed the role meanwhile — is said in the dialog and the current role is loaded.
class RoleDialog : public QDialog
{
    Q_OBJECT
public:
    // New role.
    explicit RoleDialog(RpcClient *client, QWidget *parent = nullptr);
    // Edit an existing role (as role.list returned it).
    RoleDialog(RpcClient *client, const QJsonObject &role, QWidget *parent = nullptr);

    bool isEdit() const { return m_roleId > 0; }
    int rowVersion() const { return m_rowVersion; }
    PermissionPicker *permissions() const { return m_permissions; }
    // The server's rule for role names (role.create's schema).
    static bool isValidName(const QString &name);

Q_SIGNALS:
    // The role as the server stored it (role.create's or role.update's answer).
    void saved(const QJsonObject &role);

private:
    void build();
    void fill(const QJsonObject &role);
    void reloadRole();
    void submit();
    void showError(const QString &text);
    void updateOk();

    QPointer<RpcClient> m_client;
    qint64 m_roleId = 0;
    int m_rowVersion = 0;
    bool m_busy = false;
    WriteKey m_key;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_description = nullptr;
    PermissionPicker *m_permissions = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
    QLabel *m_pendingNote = nullptr; // a permission change of this role waits for approval
    QPushButton *m_ok = nullptr;
};

} // namespace concord::ui
