#pragma once
#include "protocol/rpcerror.h"

#include <QDialog>

class QLabel;
class QLineEdit;
class QPushButton;

namespace concord::ui {

// Confirms one administrative change and asks for its reason (the server records it in the audit
// trail). It stays open while the change is sent: the caller listens to confirmed(), makes the call
// and reports the answer with finish() — success closes it, a refusal is shown in it.
class ReasonDialog : public QDialog
{
    Q_OBJECT
public:
    ReasonDialog(const QString &title, const QString &message, const QString &confirmText,
                 QWidget *parent = nullptr);

    QString reason() const;
    void finish(const RpcError &error);

Q_SIGNALS:
    void confirmed(const QString &reason);

private:
    void confirm();

    QLabel *m_message = nullptr;
    QLineEdit *m_reason = nullptr;
    QLabel *m_error = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace concord::ui
