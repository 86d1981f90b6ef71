#include "masterdata/whereusedpanel.h"

#include "core/datadictionary.h"
#include "core/rpcclient.h"
#include "core/timetext.h"
#include "shell/errortext.h"

#include <QHeaderView>
#include <QJsonArray>
#include <QLabel>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace concord::ui {

namespace {
enum Column { UsedInCol, DetailCol, VersionCol, StatusCol };
enum Role { EntityRole = Qt::UserRole, CodeRole, VersionRole };

QString text(const QJsonObject &o, const char *key)
{
    return o.value(QLatin1String(key)).toVariant().toString();
}
} // namespace

WhereUsedPanel::WhereUsedPanel(RpcClient *client, const QString &entityName, QWidget *parent)
    : QWidget(parent), m_client(client), m_entity(entityName)
{
    setObjectName(QStringLiteral("whereUsed"));
    m_title = new QLabel(this);
    m_title->setObjectName(QStringLiteral("whereUsedTitle"));
    m_title->setWordWrap(true);
    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("whereUsedTree"));
    m_tree->setHeaderLabels({tr("Used in"), tr("Detail"), tr("Version"), tr("Status")});
    m_tree->setRootIsDecorated(true);
    m_tree->setUniformRowHeights(true);
    m_tree->header()->setStretchLastSection(true);
    connect(m_tree, &QTreeWidget::itemDoubleClicked, this, [this](QTreeWidgetItem *item) {
        const QString entity = item->data(UsedInCol, EntityRole).toString();
        if (!entity.isEmpty())
            Q_EMIT openRecord(entity, item->data(UsedInCol, CodeRole).toString(), item->data(UsedInCol, VersionRole).toInt());
    });
    m_error = makeErrorLabel(this);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_title);
    layout->addWidget(m_tree, 1);
    layout->addWidget(m_error);
    setCode({});
}

bool WhereUsedPanel::supports(const QString &entityName)
{
    return entityName == QLatin1String("material") || entityName == QLatin1String("equipment") ||
           entityName == QLatin1String("routing");
}

void WhereUsedPanel::setCode(const QString &code)
{
    m_code = code;
    reload();
}

void WhereUsedPanel::setAsOf(const QDateTime &asOf)
{
    m_asOf = asOf;
    if (!m_code.isEmpty()) reload();
}

void WhereUsedPanel::reload()
{
    m_loaded = false;
    m_tree->clear();
    m_error->hide();
    const quint64 generation = ++m_generation;
    if (m_code.isEmpty() || !m_client) {
        m_title->setText(tr("Choose a record to see where it is used."));
        return;
    }
    const QString when = m_asOf.isValid() ? timetext::local(m_asOf) : tr("now");
    m_title->setText(tr("Where %1 %2 is used (versions in force %3, and open drafts)")
                         .arg(DataDictionary::entityLabel(m_entity), m_code, when));
    QJsonObject params{{QStringLiteral("code"), m_code}};
    if (m_asOf.isValid() && m_entity != QLatin1String("routing"))
        params.insert(QStringLiteral("asOf"), m_asOf.toUTC().toString(Qt::ISODateWithMs));
    m_client->call(DataDictionary::methodPrefix(m_entity) + QStringLiteral(".whereUsed"), params, this,
                   [this, generation](const QJsonObject &r, const RpcError &e) {
                       if (generation != m_generation) return;
                       if (!e.isNull()) {
                           m_error->setText(errorText(e));
                           m_error->show();
                           return;
                       }
                       show(r);
                   });
}

void WhereUsedPanel::show(const QJsonObject &answer)
{
    const auto group = [this](const QString &title, const QJsonArray &rows) {
        auto *top = new QTreeWidgetItem(m_tree, {tr("%1 (%2)").arg(title).arg(rows.size())});
        QFont bold = top->font(UsedInCol);
        bold.setBold(true);
        top->setFont(UsedInCol, bold);
        top->setFirstColumnSpanned(true);
        top->setExpanded(true);
        if (rows.isEmpty()) {
            auto *none = new QTreeWidgetItem(top, {tr("none")});
            none->setForeground(UsedInCol, QColor(0x70, 0x70, 0x70));
        }
        return top;
    };
    const auto row = [](QTreeWidgetItem *parent, const QString &entity, const QJsonObject &r, const QString &detail) {
        auto *item = new QTreeWidgetItem(parent, {tr("%1 %2").arg(DataDictionary::entityLabel(entity), text(r, "code")), detail,
                                                  text(r, "version"), DataDictionary::valueLabel(text(r, "status"))});
        item->setData(UsedInCol, EntityRole, entity);
        item->setData(UsedInCol, CodeRole, text(r, "code"));
        item->setData(UsedInCol, VersionRole, r.value(QStringLiteral("version")).toInt());
        item->setToolTip(DetailCol, detail);
        return item;
    };
    if (answer.contains(QStringLiteral("boms"))) {
        const QJsonArray boms = answer.value(QStringLiteral("boms")).toArray();
        QTreeWidgetItem *top = group(tr("Bills of materials that list it"), boms);
        for (const QJsonValue &v : boms) {
            const QJsonObject b = v.toObject();
            row(top, QStringLiteral("bom"), b,
                tr("Position %1: %2 %3").arg(text(b, "position"), text(b, "qtyPer"), text(b, "unit")));
        }
    }
    if (answer.contains(QStringLiteral("routings"))) {
        const QJsonArray routings = answer.value(QStringLiteral("routings")).toArray();
        QTreeWidgetItem *top = group(tr("Routings that make it"), routings);
        for (const QJsonValue &v : routings)
            row(top, QStringLiteral("routing"), v.toObject(), text(v.toObject(), "name"));
    }
    if (answer.contains(QStringLiteral("operations"))) {
        const QJsonArray ops = answer.value(QStringLiteral("operations")).toArray();
        QTreeWidgetItem *top = group(tr("Routing operations on this work centre"), ops);
        for (const QJsonValue &v : ops) {
            const QJsonObject o = v.toObject();
            row(top, QStringLiteral("routing"), o, tr("Operation %1: %2").arg(text(o, "seq"), text(o, "name")));
        }
    }
    if (answer.contains(QStringLiteral("pins"))) {
        const QJsonArray pins = answer.value(QStringLiteral("pins")).toArray();
        QTreeWidgetItem *top = group(tr("Open orders that pinned a version"), pins);
        for (const QJsonValue &v : pins) {
            const QJsonObject p = v.toObject();
            auto *item = new QTreeWidgetItem(
                top, {tr("%1 %2").arg(DataDictionary::valueLabel(text(p, "holderType")), text(p, "holderId")),
                      tr("%1 %2, pinned %3 by %4")
                          .arg(DataDictionary::entityLabel(text(p, "entity")), text(p, "code"),
                               timetext::localFromServer(text(p, "pinnedAt")), text(p, "pinnedBy")),
                      text(p, "version"), QString()});
            item->setData(UsedInCol, EntityRole, text(p, "entity"));
            item->setData(UsedInCol, CodeRole, text(p, "code"));
            item->setData(UsedInCol, VersionRole, p.value(QStringLiteral("version")).toInt());
        }
    }
    for (int c = 0; c < m_tree->columnCount() - 1; ++c)
        m_tree->resizeColumnToContents(c);
    m_loaded = true;
    Q_EMIT loaded();
}

} // namespace concord::ui
