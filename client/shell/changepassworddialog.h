#pragma once
#include <QDialog>
#include <QPointer>

class QLabel;
class QLineEdit;
class QPushButton;

namespace concord {
class RpcClient;
}

namespace concord::ui {

// The forced password change after sign-in: old, new and repeated new password. Accepted once the
// server took the new password; its policy refusals are shown with the rule that was broken.
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT
public:
    // `expired`: the server said the password is older than the plant's maximum age (not a new account).
    explicit ChangePasswordDialog(RpcClient *client, bool expired = false, QWidget *parent = nullptr);

private:
    void submit();
    void showError(const QString &text);

    QPointer<RpcClient> m_client;
    QLineEdit *m_old = nullptr;
    QLineEdit *m_new = nullptr;
    QLineEdit *m_repeat = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
    QString m_idempotencyKey;
};

} // namespace concord::ui
