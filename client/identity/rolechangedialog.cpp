#include "identity/rolechangedialog.h"

#include "core/rpcclient.h"
#include "identity/rolechangemodel.h"
#include "identity/rolepicker.h"
#include "identity/usermodel.h"
#include "shell/errortext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace concord::ui {

RoleChangeDialog::RoleChangeDialog(RpcClient *client, const UserModel *users, qint64 userId, QWidget *parent)
    : QDialog(parent), m_client(client), m_users(users)
{
    setObjectName(QStringLiteral("roleChangeDialog"));
    setWindowTitle(tr("Request role change"));
    auto *intro =
        new QLabel(tr("The new roles take effect only when another person approves this request with an "
                      "electronic signature."),
                   this);
    intro->setWordWrap(true);

    m_user = new QComboBox(this);
    m_user->setObjectName(QStringLiteral("roleChangeUser"));
    for (int row = 0; users && row < users->rowCount(); ++row) {
        const QJsonObject u = users->record(row);
        if (UserModel::status(u) == QLatin1String("inactive")) continue;
        m_user->addItem(tr("%1 (%2)").arg(u.value(QStringLiteral("username")).toString(),
                                          u.value(QStringLiteral("fullName")).toString()),
                        u.value(QStringLiteral("id")).toInteger());
    }
    if (userId > 0) m_user->setCurrentIndex(std::max(0, m_user->findData(userId)));
    m_current = new QLabel(this);
    m_current->setObjectName(QStringLiteral("currentRoles"));
    m_current->setWordWrap(true);
    m_roles = new RolePicker(client, this);
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    m_reason->setMaxLength(1000);
    m_reason->setPlaceholderText(tr("Required: recorded in the audit trail and signed with the change"));
    m_error = makeErrorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("Current roles:"), m_current);
    form->addRow(tr("&New roles:"), m_roles);
    form->addRow(tr("&Reason:"), m_reason);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(tr("&Request"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("requestRoles"));
    m_ok->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancel"));
    connect(m_ok, &QPushButton::clicked, this, &RoleChangeDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_user, &QComboBox::currentIndexChanged, this, &RoleChangeDialog::userChosen);
    connect(m_reason, &QLineEdit::textChanged, this, &RoleChangeDialog::updateOk);
    connect(m_roles, &RolePicker::changed, this, &RoleChangeDialog::updateOk);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    userChosen();
}

void RoleChangeDialog::userChosen()
{
    const qint64 id = m_user->currentData().toLongLong();
    const QJsonObject user = m_users ? m_users->recordById(id) : QJsonObject();
    const QJsonValue roles = user.value(QStringLiteral("roles"));
    m_current->setText(RoleChangeModel::rolesText(roles));
    QStringList current;
    for (const QJsonValue &v : roles.toArray())
        current.append(v.toString());
    m_roles->setCheckedRoles(current); // start from what the user has
    updateOk();
}

void RoleChangeDialog::updateOk()
{
    m_ok->setEnabled(m_user->currentIndex() >= 0 && !m_reason->text().trimmed().isEmpty());
}

void RoleChangeDialog::submit()
{
    if (!m_client || !m_ok->isEnabled()) return;
    m_error->hide();
    m_ok->setEnabled(false);
    const QJsonObject params{{QStringLiteral("userId"), m_user->currentData().toLongLong()},
                             {QStringLiteral("roles"), QJsonArray::fromStringList(m_roles->checkedRoles())},
                             {QStringLiteral("reason"), m_reason->text().trimmed()},
                             {QStringLiteral("idempotencyKey"), m_key.get()}};
    m_client->call(QStringLiteral("roleChange.request"), params, this,
                   [this](const QJsonObject &r, const RpcError &e) {
                       m_key.settle(e);
                       updateOk();
                       if (e.isNull()) {
                           Q_EMIT requested(r);
                           accept();
                           return;
                       }
                       m_error->setText(errorText(e));
                       m_error->show();
                   });
}

} // namespace concord::ui
