#include "shell/changepassworddialog.h"

#include "core/rpcclient.h"
#include "shell/errortext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace concord::ui {

ChangePasswordDialog::ChangePasswordDialog(RpcClient *client, bool expired, QWidget *parent)
    : QDialog(parent), m_client(client)
{
    setObjectName(QStringLiteral("changePasswordDialog"));
    setWindowTitle(tr("Change password"));
    auto *intro = new QLabel(expired ? tr("Your password has expired. Choose a new one to continue.")
                                     : tr("Your password must be changed before you continue."),
                             this);
    intro->setObjectName(QStringLiteral("intro"));
    intro->setWordWrap(true);

    auto makeField = [this](const char *name) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        e->setEchoMode(QLineEdit::Password);
        return e;
    };
    m_old = makeField("oldPassword");
    m_new = makeField("newPassword");
    m_repeat = makeField("repeatPassword");
    m_error = makeErrorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Current password:"), m_old);
    form->addRow(tr("&New password:"), m_new);
    form->addRow(tr("&Repeat new password:"), m_repeat);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("Change password"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("changePassword"));
    m_ok->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
}

void ChangePasswordDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void ChangePasswordDialog::submit()
{
    if (!m_client) return;
    if (m_new->text() != m_repeat->text()) {
        showError(tr("The new passwords do not match."));
        return;
    }
    if (m_new->text().isEmpty()) {
        showError(tr("Enter a new password."));
        return;
    }
    showError({});
    m_ok->setEnabled(false);
    if (m_idempotencyKey.isEmpty()) m_idempotencyKey = RpcClient::newIdempotencyKey();
    PendingCall *call = m_client->changePassword(m_old->text(), m_new->text(), m_idempotencyKey);
    connect(call, &PendingCall::finished, this, [this, call] {
        m_ok->setEnabled(true);
        if (call->isError()) {
            const RpcError e = call->error();
            // A refusal is final for these values; only a lost answer may be retried with the same key.
            if (!e.dataCode.startsWith(QLatin1String("client."))) m_idempotencyKey.clear();
            showError(errorText(e));
            return;
        }
        accept();
    });
}

} // namespace concord::ui
