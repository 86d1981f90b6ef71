#pragma once
#include <QJsonObject>
#include <QPointer>
#include <QWidget>
#include <functional>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSortFilterProxyModel;
class QTableView;

namespace concord {
class RpcClient;
}

namespace concord::ui {

class UserDialog;
class UserModel;

// The Users tab: every account with roles and status; with user.admin also create (the one-time
// temporary password is shown once), edit name and e-mail, deactivate, unlock and reset password.
// Every change asks for a reason, which the server writes into the audit trail.
class UsersTab : public QWidget
{
    Q_OBJECT
public:
    UsersTab(RpcClient *client, bool mayEdit, QWidget *parent = nullptr);

    UserModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }
    // Selects and shows this account (also a deactivated one, by showing deactivated accounts);
    // false if there is no such account in the list.
    bool selectUser(qint64 userId);
    QJsonObject selectedUser() const;
    // Opens the New user dialog (the button does this); it deletes itself when closed.
    UserDialog *createUser();

private:
    void editUser();
    void deactivateUser();
    void unlockUser();
    void resetPassword();
    void showTemporaryPassword(const QJsonObject &user, const QString &password);
    // Asks for the reason of a change to the selected account, sends `method`, shows the answer.
    void confirmAndCall(const QString &title, const QString &message, const QString &confirmText,
                        const QString &method, std::function<void(const QJsonObject &)> onSuccess = {});
    void updateButtons();

    QPointer<RpcClient> m_client;
    bool m_mayEdit = false;
    UserModel *m_model = nullptr;
    QSortFilterProxyModel *m_proxy = nullptr;
    QTableView *m_view = nullptr;
    QLineEdit *m_filter = nullptr;
    QCheckBox *m_showInactive = nullptr;
    QPushButton *m_create = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_deactivate = nullptr;
    QPushButton *m_unlock = nullptr;
    QPushButton *m_reset = nullptr;
    QLabel *m_status = nullptr;
    qint64 m_pendingSelection = 0; // selectUser() before the list (with deactivated accounts) arrived
};

} // namespace concord::ui
