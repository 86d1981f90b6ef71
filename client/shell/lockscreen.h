#pragma once
#include <QPointer>
#include <QWidget>

class QLabel;
class QLineEdit;
class QPushButton;

namespace concord {
class RpcClient;
}

namespace concord::ui {

// What the main window shows instead of its pages while the session is locked: who is signed in,
// since when it is locked, and a password field. Only the signed-in user's password unlocks
// (checked by the server, failures count towards the account lockout); anyone else signs out.
class LockScreen : public QWidget
{
    Q_OBJECT
public:
    explicit LockScreen(RpcClient *client, QWidget *parent = nullptr);

    void prepare(); // called when the lock starts: clears the field, notes the time

Q_SIGNALS:
    void unlocked();
    void signOutRequested();

private:
    void unlock();

    QPointer<RpcClient> m_client;
    QLabel *m_who = nullptr;
    QLineEdit *m_password = nullptr;
    QPushButton *m_unlock = nullptr;
    QLabel *m_error = nullptr;
};

} // namespace concord::ui
