#include "identity/reasondialog.h"

#include "shell/errortext.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace concord::ui {

ReasonDialog::ReasonDialog(const QString &title, const QString &message, const QString &confirmText,
                           QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("reasonDialog"));
    setWindowTitle(title);
    m_message = new QLabel(message, this);
    m_message->setObjectName(QStringLiteral("confirmMessage"));
    m_message->setWordWrap(true);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setMaxLength(1000);
    m_reason->setPlaceholderText(tr("Required: recorded in the audit trail"));
    m_error = makeErrorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Reason:"), m_reason);
    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(confirmText, QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("confirm"));
    m_ok->setEnabled(false);
    m_ok->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancel"));
    connect(m_ok, &QPushButton::clicked, this, &ReasonDialog::confirm);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_reason, &QLineEdit::textChanged, this,
            [this] { m_ok->setEnabled(!m_reason->text().trimmed().isEmpty()); });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_message);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString ReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

void ReasonDialog::confirm()
{
    if (reason().isEmpty()) return;
    m_error->hide();
    m_ok->setEnabled(false);
    m_reason->setReadOnly(true);
    Q_EMIT confirmed(reason());
}

void ReasonDialog::finish(const RpcError &error)
{
    m_reason->setReadOnly(false);
    m_ok->setEnabled(!reason().isEmpty());
    if (error.isNull()) {
        accept();
        return;
    }
    m_error->setText(errorText(error));
    m_error->show();
}

} // namespace concord::ui
