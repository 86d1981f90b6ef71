#pragma once
#include <QDialog>

class QLineEdit;
class QPushButton;

namespace concord::ui {

// Shows a one-time temporary password (new account or password reset) exactly once, with a copy
// button and the warning that it cannot be shown again: the server keeps only its hash.
class TemporaryPasswordDialog : public QDialog
{
    Q_OBJECT
public:
    TemporaryPasswordDialog(const QString &username, const QString &fullName, const QString &password,
                            QWidget *parent = nullptr);

private:
    QLineEdit *m_password = nullptr;
};

} // namespace concord::ui
