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

// Creates an account (user.create: user ID, name, e-mail, kind, initial roles, reason) or edits a
// name and e-mail (user.update with the rowVersion it was opened with). A conflict — someone else
// changed the account meanwhile — is said in the dialog and the current data is loaded into it.
class UserDialog : public QDialog
{
    Q_OBJECT
public:
    // New account.
    explicit UserDialog(RpcClient *client, QWidget *parent = nullptr);
    // Edit an existing account (as user.list / user.get returned it).
    UserDialog(RpcClient *client, const QJsonObject &user, QWidget *parent = nullptr);

    bool isEdit() const { return m_userId > 0; }
    int rowVersion() const { return m_rowVersion; }

Q_SIGNALS:
    // user.create's answer: {user, temporaryPassword, roleChangeId?}
    void created(const QJsonObject &result);
    void saved(const QJsonObject &user);

private:
    void build();
    void fill(const QJsonObject &user);
    void submit();
    void showError(const QString &text);
    void updateOk();

    QPointer<RpcClient> m_client;
    qint64 m_userId = 0;
    int m_rowVersion = 0;
    WriteKey m_key;
    QLineEdit *m_username = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_email = nullptr;
    QComboBox *m_kind = nullptr;
    RolePicker *m_roles = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace concord::ui
