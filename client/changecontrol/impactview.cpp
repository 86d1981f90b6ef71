#include "changecontrol/impactview.h"

#include "changecontrol/changeordertext.h"
#include "core/datadictionary.h"
#include "core/timetext.h"

#include <QJsonArray>

namespace concord::ui {

namespace {
QString versionText(const QJsonObject &row)
{
    return ImpactView::tr("%1, version %2 (%3)")
        .arg(row.value(QStringLiteral("code")).toString())
        .arg(row.value(QStringLiteral("version")).toInt())
        .arg(DataDictionary::valueLabel(row.value(QStringLiteral("status")).toString()));
}
} // namespace

ImpactView::ImpactView(QWidget *parent) : QTreeWidget(parent)
{
    setObjectName(QStringLiteral("impactView"));
    setColumnCount(1);
    setHeaderHidden(true);
    setRootIsDecorated(true);
    setUniformRowHeights(true);
    setSelectionMode(QAbstractItemView::NoSelection);
    setImpact({});
}

QTreeWidgetItem *ImpactView::addGroup(QTreeWidgetItem *parent, const QString &title,
                                      const QStringList &entries)
{
    auto *group =
        new QTreeWidgetItem(parent, {entries.isEmpty() ? tr("%1: none").arg(title)
                                                       : tr("%1 (%2)").arg(title).arg(entries.size())});
    for (const QString &e : entries)
        new QTreeWidgetItem(group, {e});
    return group;
}

void ImpactView::setImpact(const QJsonObject &impact)
{
    clear();
    const QJsonArray items = impact.value(QStringLiteral("items")).toArray();
    if (impact.isEmpty()) {
        new QTreeWidgetItem(this, {tr("The server assesses the impact when the change order is submitted.")});
        return;
    }
    for (const QJsonValue &v : items) {
        const QJsonObject item = v.toObject();
        const QJsonValue previous = item.value(QStringLiteral("previousVersion"));
        const QString replaces = previous.isNull() || previous.isUndefined()
                                     ? tr("new, replaces nothing")
                                     : tr("replaces version %1").arg(previous.toInt());
        auto *top = new QTreeWidgetItem(this, {tr("%1 — %2").arg(ChangeOrderText::item(item), replaces)});
        QFont bold = top->font(0);
        bold.setBold(true);
        top->setFont(0, bold);
        if (item.contains(QStringLiteral("dependentBoms"))) {
            QStringList boms;
            for (const QJsonValue &b : item.value(QStringLiteral("dependentBoms")).toArray()) {
                const QJsonObject bom = b.toObject();
                boms.append(tr("BOM %1, position %2: %3 %4")
                                .arg(versionText(bom))
                                .arg(bom.value(QStringLiteral("position")).toInt())
                                .arg(bom.value(QStringLiteral("qtyPer")).toString(),
                                     bom.value(QStringLiteral("unit")).toString()));
            }
            addGroup(top, tr("BOMs that use it"), boms);
        }
        if (item.contains(QStringLiteral("routings"))) {
            QStringList routings;
            for (const QJsonValue &r : item.value(QStringLiteral("routings")).toArray())
                routings.append(tr("Routing %1 — %2")
                                    .arg(versionText(r.toObject()),
                                         r.toObject().value(QStringLiteral("name")).toString()));
            addGroup(top, tr("Routings that make it"), routings);
        }
        QStringList orders;
        for (const QJsonValue &o : item.value(QStringLiteral("openOrders")).toArray()) {
            const QJsonObject pin = o.toObject();
            orders.append(
                tr("%1 %2 pins version %3 (since %4)")
                    .arg(DataDictionary::valueLabel(pin.value(QStringLiteral("holderType")).toString()),
                         pin.value(QStringLiteral("holderId")).toVariant().toString())
                    .arg(pin.value(QStringLiteral("version")).toInt())
                    .arg(timetext::localFromServer(pin.value(QStringLiteral("pinnedAt")).toString())));
        }
        addGroup(top, tr("Open orders"), orders);
    }
    auto *when = new QTreeWidgetItem(
        this, {tr("Assessed by the server at %1")
                   .arg(timetext::localFromServer(impact.value(QStringLiteral("computedAt")).toString()))});
    when->setForeground(0, QColor(0x55, 0x55, 0x55));
    expandAll();
}

QStringList ImpactView::itemTexts() const
{
    QStringList out;
    for (int i = 0; i < topLevelItemCount(); ++i)
        out.append(topLevelItem(i)->text(0));
    return out;
}

QString ImpactView::summary(const QJsonObject &impact)
{
    int boms = 0, routings = 0, orders = 0;
    for (const QJsonValue &v : impact.value(QStringLiteral("items")).toArray()) {
        const QJsonObject item = v.toObject();
        boms += int(item.value(QStringLiteral("dependentBoms")).toArray().size());
        routings += int(item.value(QStringLiteral("routings")).toArray().size());
        orders += int(item.value(QStringLiteral("openOrders")).toArray().size());
    }
    return tr("%n BOM(s) using changed materials", nullptr, boms) + QStringLiteral(", ") +
           tr("%n routing(s)", nullptr, routings) + QStringLiteral(", ") +
           tr("%n open order(s)", nullptr, orders);
}

} // namespace concord::ui
