#pragma once
#include "core/rpcclient.h"

#include <QDialog>
#include <QPointer>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace concord::ui {

// Sign-in: server address (a remembered list), user, password. Connects to the chosen server when
// needed, calls auth.login and shows translated errors. If the server demands a new password, the
// ChangePasswordDialog follows; the dialog is accepted only once the session is usable.
class LoginDialog : public QDialog
{
    Q_OBJECT
public:
    // `base` supplies everything but host and port (TLS, pin file, timeouts).
    LoginDialog(RpcClient *client, const RpcClient::Options &base, QWidget *parent = nullptr);

    void setServer(const QString &hostPort);
    QString server() const;
    void setUser(const QString &user);
    // Signs in with what the fields hold (the Sign in button does the same).
    void signIn();

    // "host:port" -> host, port; false if it cannot be parsed.
    static bool parseServer(const QString &text, QString *host, quint16 *port);

private:
    void setBusy(bool busy);
    void showError(const QString &text);
    void onStateChanged(RpcClient::State state);
    void sendLogin();
    void onLoggedIn(bool passwordExpired);
    void remember(const QString &hostPort);

    QPointer<RpcClient> m_client;
    RpcClient::Options m_base;
    QComboBox *m_server = nullptr;
    QLineEdit *m_user = nullptr;
    QLineEdit *m_password = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_signIn = nullptr;
    bool m_waitingForConnection = false;
};

} // namespace concord::ui
