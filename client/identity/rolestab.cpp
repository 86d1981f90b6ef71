#include "identity/rolestab.h"

#include "core/rpcclient.h"
#include "shell/errortext.h"
#include "signature/signaturetext.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>
#include <QLabel>
#include <QTimer>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace concord::ui {

RolesTab::RolesTab(RpcClient *client, QWidget *parent) : QWidget(parent), m_client(client)
{
    setObjectName(QStringLiteral("rolesTab"));
    auto *intro =
        new QLabel(tr("Roles and the permissions they give. A user's roles change only through a role "
                      "change that another person approves with an electronic signature."),
                   this);
    intro->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("rolesTree"));
    m_tree->setColumnCount(2);
    m_tree->setHeaderLabels({tr("Role / permission"), tr("Description")});
    m_tree->header()->setStretchLastSection(true);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("rolesStatus"));

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_status);

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
            return;
        }
        m_status->clear();
        m_tree->clear();
        for (const QJsonValue &v : r.value(QStringLiteral("roles")).toArray()) {
            const QJsonObject role = v.toObject();
            auto *item = new QTreeWidgetItem(m_tree, {role.value(QStringLiteral("name")).toString(),
                                                      role.value(QStringLiteral("description")).toString()});
            QFont bold = item->font(0);
            bold.setBold(true);
            item->setFont(0, bold);
            for (const QJsonValue &p : role.value(QStringLiteral("permissions")).toArray())
                new QTreeWidgetItem(item, {p.toString(), permissionText(p.toString())});
        }
        m_tree->expandAll(); // the permissions are the point of this tab
        m_tree->resizeColumnToContents(0);
        m_loaded = true;
        Q_EMIT loaded();
    });
}

} // namespace concord::ui
