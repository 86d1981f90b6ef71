#include "changecontrol/changecontrolpage.h"

#include "changecontrol/changecontrolshots.h"
#include "changecontrol/changeorderdialog.h"
#include "changecontrol/changeordermodel.h"
#include "changecontrol/changeorderpanel.h"
#include "core/datadictionary.h"
#include "core/rpcclient.h"
#include "shell/errortext.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QJsonArray>
#include <QLabel>
#include <QPushButton>
#include <QRegularExpression>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QVBoxLayout>

namespace concord::ui {

ChangeControlPage::ChangeControlPage(RpcClient *client, QWidget *parent) : QWidget(parent), m_client(client)
{
    setObjectName(QStringLiteral("changeControlPage"));
    m_model = new ChangeOrderModel(client, this);

    m_statusFilter = new QComboBox(this);
    m_statusFilter->setObjectName(QStringLiteral("changeOrderStatus"));
    m_statusFilter->addItem(tr("All"), QString());
    for (const char *s : {"draft", "in_review", "approved", "rejected", "cancelled"})
        m_statusFilter->addItem(DataDictionary::valueLabel(QLatin1String(s)), QLatin1String(s));
    connect(m_statusFilter, &QComboBox::currentIndexChanged, this,
            [this] { m_model->setStatusFilter(m_statusFilter->currentData().toString()); });
    m_new = new QPushButton(tr("&New change order…"), this);
    m_new->setObjectName(QStringLiteral("newChangeOrder"));
    m_new->setVisible(client && client->hasPermission(QStringLiteral("eco.author")));
    connect(m_new, &QPushButton::clicked, this, &ChangeControlPage::newOrder);

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Status:"), this));
    bar->addWidget(m_statusFilter);
    bar->addStretch(1);
    bar->addWidget(m_new);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("changeOrderTable"));
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    m_view->horizontalHeader()->setSectionResizeMode(ChangeOrderModel::TitleColumn, QHeaderView::Stretch);
    m_view->setWordWrap(false);
    m_view->setAlternatingRowColors(true);
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 10);
    // At least four orders stay visible above the order shown below.
    m_view->setMinimumHeight(5 * m_view->verticalHeader()->defaultSectionSize() +
                             m_view->horizontalScrollBar()->sizeHint().height());

    m_panel = new ChangeOrderPanel(client, this);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("changeControlStatus"));
    m_status->setWordWrap(true);

    auto *splitter = new QSplitter(Qt::Vertical, this);
    auto *top = new QWidget(splitter);
    auto *topLayout = new QVBoxLayout(top);
    topLayout->setContentsMargins(0, 0, 0, 0);
    topLayout->addLayout(bar);
    topLayout->addWidget(m_view);
    splitter->addWidget(top);
    splitter->addWidget(m_panel);
    splitter->setStretchFactor(0, 1);
    splitter->setStretchFactor(1, 3);
    splitter->setSizes({220, 660});
    splitter->setChildrenCollapsible(false);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_status);

    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &ChangeControlPage::showSelected);
    connect(m_model, &ChangeOrderModel::loaded, this, [this] {
        m_status->clear();
        m_view->resizeColumnsToContents();
        m_view->horizontalHeader()->setSectionResizeMode(ChangeOrderModel::TitleColumn, QHeaderView::Stretch);
        const qint64 id = m_wanted > 0 ? m_wanted : m_panel->orderId();
        if (id > 0 && selectOrder(id)) return;
        if (id <= 0 && m_model->rowCount() > 0) // the newest order, so that the page shows something
            selectOrder(m_model->record(0).value(QStringLiteral("id")).toInteger());
        else
            showSelected();
    });
    connect(m_model, &ChangeOrderModel::loadFailed, this,
            [this](const RpcError &e) { m_status->setText(errorText(e)); });
    connect(m_model, &ChangeOrderModel::recordChanged, this, [this](qint64 id) {
        if (id == m_wanted) selectOrder(id);
    });
    connect(m_panel, &ChangeOrderPanel::orderChanged, m_model, &ChangeOrderModel::upsert);
}

bool ChangeControlPage::isLoaded() const
{
    return m_model->isLoaded();
}

qint64 ChangeControlPage::selectedId() const
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    return rows.isEmpty() ? 0 : rows.first().data(ChangeOrderModel::IdRole).toLongLong();
}

bool ChangeControlPage::selectOrder(qint64 id)
{
    m_wanted = id;
    const int row = m_model->rowOfId(id);
    if (row < 0) {
        // Not in the list (yet, or not under this filter): show it anyway.
        if (m_model->isLoaded() && m_panel->orderId() != id) m_panel->showOrder(id);
        return false;
    }
    m_wanted = 0;
    m_view->selectRow(row);
    m_view->scrollTo(m_model->index(row, 0));
    if (m_panel->orderId() != id) m_panel->showOrder(id);
    return true;
}

void ChangeControlPage::showSelected()
{
    const qint64 id = selectedId();
    if (id > 0 && id != m_panel->orderId()) m_panel->showOrder(id);
    if (id <= 0 && m_wanted <= 0 && m_panel->orderId() > 0 && m_model->rowOfId(m_panel->orderId()) < 0)
        m_panel->showOrder(0);
}

void ChangeControlPage::newOrder()
{
    auto *dialog = new ChangeOrderDialog(m_client, {}, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(dialog, &ChangeOrderDialog::saved, this, [this](const QJsonObject &order) {
        // Show it whatever the filter: the author wants to see what was created.
        if (!m_model->statusFilter().isEmpty() && m_model->statusFilter() != QLatin1String("draft"))
            m_statusFilter->setCurrentIndex(0);
        m_model->upsert(order);
        selectOrder(order.value(QStringLiteral("id")).toInteger());
        m_status->setText(
            tr("Change order %1 opened. Add the drafts it changes, then submit it for approval.")
                .arg(order.value(QStringLiteral("number")).toString()));
    });
    dialog->open();
}

void ChangeControlPage::search(const QString &text, std::function<void(const QList<SearchHit> &)> done)
{
    static const QRegularExpression number(QStringLiteral("^ECO-\\d{4}-\\d+$"),
                                           QRegularExpression::CaseInsensitiveOption);
    const QString wanted = text.trimmed();
    if (!m_client || !number.match(wanted).hasMatch()) {
        done({});
        return;
    }
    QPointer<ChangeControlPage> self(this);
    m_client->call(
        QStringLiteral("eco.list"), {{QStringLiteral("limit"), 5000}}, this,
        [self, wanted, done](const QJsonObject &r, const RpcError &) {
            QList<SearchHit> hits;
            for (const QJsonValue &v : r.value(QStringLiteral("changeOrders")).toArray()) {
                const QJsonObject o = v.toObject();
                if (o.value(QStringLiteral("number")).toString().compare(wanted, Qt::CaseInsensitive) != 0)
                    continue;
                const qint64 id = o.value(QStringLiteral("id")).toInteger();
                hits.append({tr("Change order %1: %2")
                                 .arg(o.value(QStringLiteral("number")).toString(),
                                      o.value(QStringLiteral("title")).toString()),
                             [self, id] {
                                 if (self) self->selectOrder(id);
                             }});
            }
            done(hits);
        });
}

QList<ScreenshotProvider::Shot> ChangeControlPage::screenshots()
{
    return ChangeControlShots::shots(this, m_client);
}

} // namespace concord::ui
