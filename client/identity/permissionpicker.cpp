#include "identity/permissionpicker.h"

#include "core/rpcclient.h"
#include "identity/rolestab.h"
#include "shell/errortext.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QJsonObject>

namespace concord::ui {

PermissionPicker::PermissionPicker(RpcClient *client, QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("permissionPicker"));
    setColumnCount(2);
    setHeaderLabels({tr("Permission"), tr("Allows")});
    setRootIsDecorated(false);
    setUniformRowHeights(true);
    header()->setStretchLastSection(true);
    connect(this, &QTreeWidget::itemChanged, this, [this](QTreeWidgetItem *, int column) {
        if (column == 0) Q_EMIT changed();
    });
    if (!client) return;
    client->call(
        QStringLiteral("role.permissions"), {}, this, [this](const QJsonObject &r, const RpcError &e) {
            if (!e.isNull()) {
                Q_EMIT loadFailed(errorText(e));
                return;
            }
            {
                const QSignalBlocker block(this);
                for (const QJsonValue &v : r.value(QStringLiteral("permissions")).toArray()) {
                    const QString permission = v.toString();
                    const QString text = RolesTab::permissionText(permission);
                    auto *item = new QTreeWidgetItem(this, {permission, text});
                    item->setToolTip(1, text); // the longest descriptions do not fit
                    item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable);
                    item->setCheckState(0, m_wanted.contains(permission) ? Qt::Checked : Qt::Unchecked);
                }
                resizeColumnToContents(0);
            }
            m_loaded = true;
            Q_EMIT loaded();
            Q_EMIT changed();
        });
}

QTreeWidgetItem *PermissionPicker::itemFor(const QString &permission) const
{
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->text(0) == permission) return topLevelItem(i);
    return nullptr;
}

QStringList PermissionPicker::checkedPermissions() const
{
    if (!m_loaded) return m_wanted;
    QStringList out;
    for (int i = 0; i < topLevelItemCount(); ++i)
        if (topLevelItem(i)->checkState(0) == Qt::Checked) out.append(topLevelItem(i)->text(0));
    return out;
}

void PermissionPicker::setCheckedPermissions(const QStringList &permissions)
{
    m_wanted = permissions;
    {
        const QSignalBlocker block(this);
        for (int i = 0; i < topLevelItemCount(); ++i)
            topLevelItem(i)->setCheckState(0, permissions.contains(topLevelItem(i)->text(0)) ? Qt::Checked
                                                                                             : Qt::Unchecked);
    }
    Q_EMIT changed();
}

} // namespace concord::ui
