#include "identity/rolestab.h"

#include "core/rpcclient.h"
#include "identity/approvalmodel.h"
#include "identity/roledialog.h"
#include "shell/errortext.h"
#include "signature/signaturetext.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>
#include <utility>

namespace concord::ui {

namespace {
// The role's row keeps role.list's object; a permission's row has none.
constexpr int RoleData = Qt::UserRole;
} // namespace

RolesTab::RolesTab(RpcClient *client, bool mayEdit, QWidget *parent)
    : QWidget(parent), m_client(client), m_mayEdit(mayEdit)
{
    setObjectName(QStringLiteral("rolesTab"));
    auto *intro =
        new QLabel(tr("Roles and the permissions they give. A user's roles and a role's permissions change only "
                      "when another person approves the change with an electronic signature."),
                   this);
    intro->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("rolesTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Role / permission"), tr("Description")});
    m_tree->header()->setStretchLastSection(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("rolesStatus"));
    m_status->setWordWrap(true);

    // Only with role.admin; the server checks again.
    m_create = new QPushButton(tr("&New role…"), this);
    m_create->setObjectName(QStringLiteral("createRole"));
    m_create->setVisible(m_mayEdit);
    connect(m_create, &QPushButton::clicked, this, [this] { createRole(); });
    m_edit = new QPushButton(tr("&Edit role…"), this);
    m_edit->setObjectName(QStringLiteral("editRole"));
    m_edit->setVisible(m_mayEdit);
    connect(m_edit, &QPushButton::clicked, this, [this] { editRole(); });
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &RolesTab::updateButtons);
    if (m_mayEdit)
        connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
            if (!item->parent()) editRole(); // a permission's row only expands or collapses
        });

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    if (m_mayEdit) {
        auto *actions = new QHBoxLayout;
        actions->addWidget(m_create);
        actions->addWidget(m_edit);
        actions->addStretch(1);
        layout->addLayout(actions);
    }
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);
    updateButtons();

    if (!client) return;
    connect(client, &RpcClient::sessionReady, this, [this] {
        if (!m_loaded) reload();
    });
    connect(client, &RpcClient::eventReceived, this, [this](const QJsonObject &event) {
        if (event.value(QStringLiteral("topic")).toString() == QLatin1String("identity.role")) reload();
    });
    client->subscribe({QStringLiteral("identity.role")});
    if (client->sessionUsable()) reload();
}

RolesTab::~RolesTab()
{
    if (m_client) m_client->unsubscribe({QStringLiteral("identity.role")});
}

QString RolesTab::permissionText(const QString &permission)
{
    if (permission == QLatin1String("user.admin"))
        return tr(
            "Administer users (create, edit, deactivate, unlock, reset password, request role changes)");
    if (permission == QLatin1String("user.read")) return tr("See users and roles");
    if (permission == QLatin1String("role.admin")) return tr("Create and change roles");
    if (permission == QLatin1String("session.admin")) return tr("See active sessions");
    if (permission == QLatin1String("rolechange.read")) return tr("See role changes");
    if (permission == QLatin1String("approval.read")) return tr("See requests that change who may sign (Approvals)");
    if (permission == QLatin1String("approval.cancel")) return tr("Cancel such requests");
    if (permission == QLatin1String("audit.read")) return tr("Read the audit trail");
    if (permission == QLatin1String("audit.verify")) return tr("Verify the audit trail");
    if (permission == QLatin1String("signature.read")) return tr("See electronic signatures");
    if (permission == QLatin1String("alarm.read")) return tr("See alarms");
    if (permission == QLatin1String("alarm.raise")) return tr("Raise alarms");
    if (permission == QLatin1String("alarm.acknowledge")) return tr("Acknowledge alarms");
    if (permission == QLatin1String("events.subscribe")) return tr("Receive live updates");
    if (permission == QLatin1String("events.cursor")) return tr("Keep durable event cursors (integrations)");
    if (permission.startsWith(QLatin1String("signature:"))) {
        // signature:<record type>:<meaning>
        const QStringList parts = permission.split(QLatin1Char(':'));
        if (parts.size() == 3)
            return tr("Sign %1 as “%2”")
                .arg(SignatureText::recordType(parts.at(1)), SignatureText::meaning(parts.at(2)));
    }
    return {};
}

void RolesTab::reload()
{
    if (!m_client) return;
    m_client->call(QStringLiteral("role.list"), {}, this, [this](const QJsonObject &r, const RpcError &e) {
        if (!e.isNull()) {
            m_status->setText(errorText(e));
            m_statusIsError = true;
            return;
        }
        const QString keep = m_selectAfterLoad.isEmpty()
                                 ? selectedRole().value(QStringLiteral("name")).toString()
                                 : std::exchange(m_selectAfterLoad, QString());
        // A reload after a save keeps what the save said; an earlier load error goes.
        if (m_statusIsError) m_status->clear();
        m_statusIsError = false;
        m_tree->clear();
        for (const QJsonValue &v : r.value(QStringLiteral("roles")).toArray()) {
            const QJsonObject role = v.toObject();
            auto *item = new QTreeWidgetItem(m_tree, {role.value(QStringLiteral("name")).toString(),
                                                      role.value(QStringLiteral("description")).toString()});
            item->setData(0, RoleData, role);
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            for (const QJsonValue &p : role.value(QStringLiteral("permissions")).toArray())
                new QTreeWidgetItem(item, {p.toString(), permissionText(p.toString())});
            // A change of its permissions waiting for a second person: said on the role's own row.
            if (const QString pending = pendingText(role); !pending.isEmpty()) {
                item->setText(1, role.value(QStringLiteral("description")).toString() + QStringLiteral(" — ") +
                                     tr("change pending: %1").arg(ApprovalModel::changeText(role.value(QStringLiteral("pendingChange")).toObject())));
                item->setToolTip(1, pending);
            }
        }
        m_tree->expandAll(); // the permissions are the point of this tab
        m_tree->resizeColumnToContents(0);
        if (!keep.isEmpty()) selectRole(keep);
        m_loaded = true;
        updateButtons();
        Q_EMIT loaded();
    });
}

bool RolesTab::selectRole(const QString &name)
{
    const auto found = m_tree->findItems(name, Qt::MatchExactly);
    if (found.isEmpty()) return false;
    m_tree->setCurrentItem(found.first());
    m_tree->scrollToItem(found.first());
    return true;
}

QJsonObject RolesTab::selectedRole() const
{
    QTreeWidgetItem *item = m_tree->currentItem();
    while (item && item->parent())
        item = item->parent();
    return item ? item->data(0, RoleData).toJsonObject() : QJsonObject();
}

void RolesTab::updateButtons()
{
    m_edit->setEnabled(!selectedRole().isEmpty());
}

QString RolesTab::pendingText(const QJsonObject &role)
{
    const QJsonObject pending = role.value(QStringLiteral("pendingChange")).toObject();
    if (pending.isEmpty()) return {};
    return tr("Its new permissions take effect when another person signs request %1 as approved (Approvals tab).")
        .arg(pending.value(QStringLiteral("id")).toInteger());
}

RoleDialog *RolesTab::createRole()
{
    if (!m_mayEdit) return nullptr;
    auto *dialog = new RoleDialog(m_client, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RoleDialog::saved, this, [this](const QJsonObject &role) {
        // The list itself follows the identity.role event; this only selects the new role in it.
        const QString name = role.value(QStringLiteral("name")).toString();
        if (!selectRole(name)) m_selectAfterLoad = name;
        m_status->setText(pendingText(role).isEmpty() ? tr("The role %1 is created.").arg(name)
                                                      : tr("The role %1 is created without permissions. %2").arg(name, pendingText(role)));
    });
    dialog->open();
    return dialog;
}

RoleDialog *RolesTab::editRole()
{
    const QJsonObject role = selectedRole();
    if (!m_mayEdit || role.isEmpty()) return nullptr;
    auto *dialog = new RoleDialog(m_client, role, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &RoleDialog::saved, this, [this](const QJsonObject &saved) {
        const QString name = saved.value(QStringLiteral("name")).toString();
        m_status->setText(pendingText(saved).isEmpty() ? tr("The role %1 is changed.").arg(name)
                                                       : tr("The description of role %1 is saved. %2").arg(name, pendingText(saved)));
    });
    dialog->open();
    return dialog;
}

} // namespace concord::ui
