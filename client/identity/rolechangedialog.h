#pragma once
#include "core/writekey.h"

#include <QDialog>
#include <QJsonObject>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace concord {
class RpcClient;
}

namespace concord::ui {

class RolePicker;
class UserModel;

// Requests new roles for a user (roleChange.request). The request changes nothing yet: the roles
// take effect when another person signs it "approved".
class RoleChangeDialog : public QDialog
{
    Q_OBJECT
public:
    // `users` offers the accounts (active people); `userId` is preselected when given.
    RoleChangeDialog(RpcClient *client, const UserModel *users, qint64 userId = 0, QWidget *parent = nullptr);

Q_SIGNALS:
    void requested(const QJsonObject &roleChange);

private:
    void userChosen();
    void submit();
    void updateOk();

    QPointer<RpcClient> m_client;
    const UserModel *m_users = nullptr;
    WriteKey m_key;
    QComboBox *m_user = nullptr;
    QLabel *m_current = nullptr;
    RolePicker *m_roles = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace concord::ui
