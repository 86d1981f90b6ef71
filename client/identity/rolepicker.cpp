#include "identity/rolepicker.h"

#include "core/rpcclient.h"

#include <QJsonArray>
#include <QJsonObject>

namespace concord::ui {

RolePicker::RolePicker(RpcClient *client, QWidget *parent) : QListWidget(parent)
{
    setObjectName(QStringLiteral("rolePicker"));
    connect(this, &QListWidget::itemChanged, this, &RolePicker::changed);
    if (!client) return;
    client->call(QStringLiteral("role.list"), {}, this, [this](const QJsonObject &r, const RpcError &e) {
        if (!e.isNull()) return; // the dialog still works with no roles to pick; the server decides
        const QSignalBlocker block(this);
        for (const QJsonValue &v : r.value(QStringLiteral("roles")).toArray()) {
            const QJsonObject role = v.toObject();
            auto *item = new QListWidgetItem(role.value(QStringLiteral("name")).toString(), this);
            item->setToolTip(role.value(QStringLiteral("description")).toString());
            item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable);
            item->setCheckState(m_wanted.contains(item->text()) ? Qt::Checked : Qt::Unchecked);
        }
        m_loaded = true;
        Q_EMIT loaded();
    });
}

QStringList RolePicker::checkedRoles() const
{
    if (!m_loaded) return m_wanted;
    QStringList out;
    for (int i = 0; i < count(); ++i)
        if (item(i)->checkState() == Qt::Checked) out.append(item(i)->text());
    return out;
}

void RolePicker::setCheckedRoles(const QStringList &roles)
{
    m_wanted = roles;
    const QSignalBlocker block(this);
    for (int i = 0; i < count(); ++i)
        item(i)->setCheckState(roles.contains(item(i)->text()) ? Qt::Checked : Qt::Unchecked);
    Q_EMIT changed();
}

} // namespace concord::ui
