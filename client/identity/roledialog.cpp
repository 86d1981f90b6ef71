#include "identity/roledialog.h"

#include "core/rpcclient.h"
#include "identity/permissionpicker.h"
#include "shell/errortext.h"

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
// role.create's pattern for names (the server anchors it); checked while typing so that a person
// learns the rule before sending.
const QRegularExpression
    kRoleName(QRegularExpression::anchoredPattern(QStringLiteral("[a-z][a-z0-9_-]{1,63}")));

QStringList toStrings(const QJsonValue &v)
{
    QStringList out;
    for (const QJsonValue &x : v.toArray())
        out.append(x.toString());
    return out;
}
} // namespace

bool RoleDialog::isValidName(const QString &name)
{
    return kRoleName.match(name).hasMatch();
}

RoleDialog::RoleDialog(RpcClient *client, QWidget *parent) : QDialog(parent), m_client(client)
{
    setWindowTitle(tr("New role"));
    build();
}

RoleDialog::RoleDialog(RpcClient *client, const QJsonObject &role, QWidget *parent)
    : QDialog(parent), m_client(client), m_roleId(role.value(QStringLiteral("id")).toInteger())
{
    setWindowTitle(tr("Edit role %1").arg(role.value(QStringLiteral("name")).toString()));
    build();
    fill(role);
}

void RoleDialog::build()
{
    setObjectName(QStringLiteral("roleDialog"));
    auto makeEdit = [this](const char *name, int maxLength) {
        auto *e = new QLineEdit(this);
        e->setObjectName(QString::fromLatin1(name));
        e->setMaxLength(maxLength);
        connect(e, &QLineEdit::textChanged, this, &RoleDialog::updateOk);
        return e;
    };
    m_name = makeEdit("roleName", 64);
    m_name->setValidator(new QRegularExpressionValidator(kRoleName, m_name));
    m_name->setPlaceholderText(tr("e.g. line-lead"));
    m_description = makeEdit("roleDescription", 500);
    m_permissions = new PermissionPicker(m_client, this);
    m_permissions->setMinimumHeight(290); // the platform permissions without scrolling
    connect(m_permissions, &PermissionPicker::changed, this, &RoleDialog::updateOk);
    connect(m_permissions, &PermissionPicker::loadFailed, this, &RoleDialog::showError);
    m_reason = makeEdit("reason", 1000);
    m_reason->setPlaceholderText(tr("Required: recorded in the audit trail"));
    m_error = makeErrorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Name:"), m_name);
    if (!isEdit()) {
        auto *hint = new QLabel(tr("2 to 64 lowercase letters, digits, “_” and “-”, starting with a letter. "
                                   "A role's name cannot be changed later."),
                                this);
        hint->setWordWrap(true);
        hint->setStyleSheet(QStringLiteral("color: #555555;"));
        form->addRow(QString(), hint);
    }
    form->addRow(tr("&Description:"), m_description);
    form->addRow(tr("&Permissions:"), m_permissions);
    auto *permissionsHint = new QLabel(
        tr("New permissions take effect when another person approves them with an electronic signature (Approvals tab); "
           "then every user who holds this role has them."), this);
    permissionsHint->setWordWrap(true);
    permissionsHint->setStyleSheet(QStringLiteral("color: #555555;"));
    form->addRow(QString(), permissionsHint);
    m_pendingNote = new QLabel(this);
    m_pendingNote->setObjectName(QStringLiteral("pendingNote"));
    m_pendingNote->setWordWrap(true);
    m_pendingNote->setVisible(false);
    form->addRow(QString(), m_pendingNote);
    form->addRow(tr("&Reason:"), m_reason);

    auto *buttons = new QDialogButtonBox(this);
    m_ok = buttons->addButton(isEdit() ? tr("&Save") : tr("&Create role"), QDialogButtonBox::AcceptRole);
    m_ok->setObjectName(QStringLiteral("save"));
    m_ok->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel)->setObjectName(QStringLiteral("cancel"));
    connect(m_ok, &QPushButton::clicked, this, &RoleDialog::submit);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form, 1);
    layout->addWidget(m_error);
    layout->addWidget(buttons);
    setMinimumWidth(720);
    updateOk();
}

void RoleDialog::fill(const QJsonObject &role)
{
    m_name->setText(role.value(QStringLiteral("name")).toString());
    m_name->setReadOnly(true); // role.update has no name: roles are referred to by name
    m_description->setText(role.value(QStringLiteral("description")).toString());
    // A permission change waiting for approval is what an edit continues from (the server edits
    // that request instead of making a second one).
    const QJsonObject pending = role.value(QStringLiteral("pendingChange")).toObject();
    m_permissions->setCheckedPermissions(toStrings(pending.isEmpty() ? role.value(QStringLiteral("permissions")) : pending.value(QStringLiteral("newValue"))));
    m_pendingNote->setVisible(!pending.isEmpty());
    m_pendingNote->setText(tr("These permissions wait for approval (request %1, Approvals tab). Saving changes that request; "
                              "signatures collected for it so far no longer count.")
                               .arg(pending.value(QStringLiteral("id")).toInteger()));
    m_rowVersion = role.value(QStringLiteral("rowVersion")).toInt();
}

void RoleDialog::reloadRole()
{
    if (!m_client) return;
    // There is no role.get: the list is short.
    m_client->call(QStringLiteral("role.list"), {}, this, [this](const QJsonObject &r, const RpcError &e) {
        if (!e.isNull()) return;
        for (const QJsonValue &v : r.value(QStringLiteral("roles")).toArray())
            if (v.toObject().value(QStringLiteral("id")).toInteger() == m_roleId) fill(v.toObject());
    });
}

void RoleDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void RoleDialog::updateOk()
{
    const bool nameOk = isEdit() || isValidName(m_name->text());
    m_ok->setEnabled(!m_busy && nameOk && m_permissions->isLoaded() && !m_reason->text().trimmed().isEmpty());
}

void RoleDialog::submit()
{
    if (!m_client || !m_ok->isEnabled()) return;
    showError({});
    m_busy = true;
    updateOk();
    QJsonObject params{
        {QStringLiteral("description"), m_description->text().trimmed()},
        {QStringLiteral("permissions"), QJsonArray::fromStringList(m_permissions->checkedPermissions())},
        {QStringLiteral("reason"), m_reason->text().trimmed()},
        {QStringLiteral("idempotencyKey"), m_key.get()}};
    QString method;
    if (isEdit()) {
        method = QStringLiteral("role.update");
        params.insert(QStringLiteral("roleId"), m_roleId);
        params.insert(QStringLiteral("rowVersion"), m_rowVersion);
    } else {
        method = QStringLiteral("role.create");
        params.insert(QStringLiteral("name"), m_name->text());
    }
    m_client->call(method, params, this, [this](const QJsonObject &r, const RpcError &e) {
        m_key.settle(e);
        m_busy = false;
        updateOk();
        if (e.isNull()) {
            Q_EMIT saved(r);
            accept();
            return;
        }
        showError(errorText(e));
        // Load what is there now; the administrator repeats the change on top of it.
        if (e.dataCode == QLatin1String("conflict") && isEdit()) reloadRole();
    });
}

} // namespace concord::ui
