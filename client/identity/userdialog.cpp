#include "identity/userdialog.h"

#include "core/rpcclient.h"
#include "identity/rolepicker.h"
#include "shell/errortext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QJsonArray>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QRegularExpression>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace concord::ui {

namespace {
// The server's rule for user IDs (user.create's schema); checked here too so that a person learns
// it while typing instead of from a refusal.
const QRegularExpression
    kUsername(QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z0-9._-]{1,63}")));
} // namespace

UserDialog::UserDialog(RpcClient *client, QWidget *parent) : QDialog(parent), m_client(client)
{
    setWindowTitle(tr("New user"));
    build();
}

UserDialog::UserDialog(RpcClient *client, const QJsonObject &user, QWidget *parent)
    : QDialog(parent), m_client(client), m_userId(user.value(QStringLiteral("id")).toInteger())
{
    setWindowTitle(tr("Edit user %1").arg(user.value(QStringLiteral("username")).toString()));
    build();
    fill(user);
}

void UserDialog::build()
{
    setObjectName(QStringLiteral("userDialog"));
    auto makeEdit = [this](const char *name, int maxLength) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        e->setMaxLength(maxLength);
        connect(e, &QLineEdit::textChanged, this, &UserDialog::updateOk);
        return e;
    };
    m_username = makeEdit("username", 64);
    m_username->setValidator(new QRegularExpressionValidator(kUsername, m_username));
    m_username->setPlaceholderText(tr("e.g. j.smith"));
    m_fullName = makeEdit("fullName", 200);
    m_email = makeEdit("email", 200);
    m_reason = makeEdit("reason", 1000);
    m_reason->setPlaceholderText(tr("Required: recorded in the audit trail"));
    m_error = makeErrorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&User ID:"), m_username);
    if (!isEdit()) {
        auto *hint =
            new QLabel(tr("Lowercase letters, digits, “.”, “_” and “-”, starting with a letter. A user ID "
                          "is never reused, not even after the account is deactivated."),
                       this);
        hint->setWordWrap(true);
        hint->setStyleSheet(QStringLiteral("color: #555555;"));
        form->addRow(QString(), hint);
    }
    form->addRow(tr("Full &name:"), m_fullName);
    form->addRow(tr("&E-mail:"), m_email);
    if (!isEdit()) {
        m_kind = new QComboBox(this);
        m_kind->setObjectName(QStringLiteral("kind"));
        m_kind->addItem(tr("Person"), QStringLiteral("person"));
        m_kind->addItem(tr("Device (equipment, integration)"), QStringLiteral("device"));
        m_kind->addItem(tr("Display (shop TV)"), QStringLiteral("display"));
        form->addRow(tr("&Kind:"), m_kind);
        m_roles = new RolePicker(m_client, this);
        m_roles->setMaximumHeight(150);
        form->addRow(tr("Initial &roles:"), m_roles);
        auto *rolesHint = new QLabel(tr("Initial roles become a role change that another person must approve "
                                        "with an electronic signature."),
                                     this);
        rolesHint->setWordWrap(true);
        rolesHint->setStyleSheet(QStringLiteral("color: #555555;"));
        form->addRow(QString(), rolesHint);
    }
    form->addRow(tr("&Reason:"), m_reason);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(isEdit() ? tr("&Save") : tr("&Create user"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("save"));
    m_ok->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancel"));
    connect(m_ok, &QPushButton::clicked, this, &UserDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(480);
    updateOk();
}

void UserDialog::fill(const QJsonObject &user)
{
    m_username->setText(user.value(QStringLiteral("username")).toString());
    m_username->setReadOnly(true);
    m_fullName->setText(user.value(QStringLiteral("fullName")).toString());
    m_email->setText(user.value(QStringLiteral("email")).toString());
    m_rowVersion = user.value(QStringLiteral("rowVersion")).toInt();
}

void UserDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void UserDialog::updateOk()
{
    const bool usernameOk = isEdit() || kUsername.match(m_username->text()).hasMatch();
    m_ok->setEnabled(usernameOk && !m_username->text().isEmpty() && !m_fullName->text().trimmed().isEmpty() &&
                     !m_reason->text().trimmed().isEmpty());
}

void UserDialog::submit()
{
    if (!m_client || !m_ok->isEnabled()) return;
    showError({});
    m_ok->setEnabled(false);
    QJsonObject params{{QStringLiteral("fullName"), m_fullName->text().trimmed()},
                       {QStringLiteral("email"), m_email->text().trimmed()},
                       {QStringLiteral("reason"), m_reason->text().trimmed()},
                       {QStringLiteral("idempotencyKey"), m_key.get()}};
    QString method;
    if (isEdit()) {
        method = QStringLiteral("user.update");
        params.insert(QStringLiteral("userId"), m_userId);
        params.insert(QStringLiteral("rowVersion"), m_rowVersion);
    } else {
        method = QStringLiteral("user.create");
        params.insert(QStringLiteral("username"), m_username->text());
        params.insert(QStringLiteral("kind"), m_kind->currentData().toString());
        const QStringList roles = m_roles->checkedRoles();
        if (!roles.isEmpty()) params.insert(QStringLiteral("roles"), QJsonArray::fromStringList(roles));
    }
    m_client->call(method, params, this, [this](const QJsonObject &r, const RpcError &e) {
        m_key.settle(e);
        updateOk();
        if (e.isNull()) {
            if (isEdit())
                Q_EMIT saved(r);
            else
                Q_EMIT created(r);
            accept();
            return;
        }
        showError(errorText(e));
        if (e.dataCode == QLatin1String("conflict") && isEdit() && m_client) {
            // Load what is there now; the administrator repeats the change on top of it.
            m_client->call(QStringLiteral("user.get"), {{QStringLiteral("userId"), m_userId}}, this,
                           [this](const QJsonObject &user, const RpcError &getError) {
                               if (getError.isNull()) fill(user);
                           });
        }
    });
}

} // namespace concord::ui
