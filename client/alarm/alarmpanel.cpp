#include "alarm/alarmpanel.h"

#include "alarm/alarmfiltermodel.h"

#include "core/alarmmodel.h"
#include "core/pendingcall.h"
#include "core/rpcclient.h"
#include "shell/errortext.h"

#include <QComboBox>
#include <QAbstractProxyModel>
#include <QHBoxLayout>
#include <QRegularExpression>
#include <QHeaderView>
#include <QIdentityProxyModel>
#include <QInputDialog>
#include <QItemSelectionModel>
#include <QLabel>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace concord::ui {

namespace {

// Adds the severity colours to the core model (which has no GUI types).
class SeverityColorModel : public QIdentityProxyModel
{
public:
    using QIdentityProxyModel::QIdentityProxyModel;
    QVariant data(const QModelIndex &index, int role) const override
    {
        if (role == Qt::BackgroundRole || role == Qt::ForegroundRole) {
            const QString severity = QIdentityProxyModel::data(index, AlarmModel::SeverityRole).toString();
            const bool active =
                QIdentityProxyModel::data(index, AlarmModel::StateRole).toString() == QLatin1String("active");
            const QColor bg = AlarmPanel::severityColor(severity);
            if (!bg.isValid()) return {};
            if (role == Qt::BackgroundRole) return active ? bg : bg.lighter(125);
            return severity == QLatin1String("critical") ? QColor(Qt::white) : QColor(Qt::black);
        }
        if (role == Qt::FontRole && index.column() == AlarmModel::SeverityColumn) {
            QFont f;
            f.setBold(true);
            return f;
        }
        return QIdentityProxyModel::data(index, role);
    }
};

} // namespace

QColor AlarmPanel::severityColor(const QString &severity)
{
    if (severity == QLatin1String("critical")) return QColor(0xc6, 0x28, 0x28); // red
    if (severity == QLatin1String("warning")) return QColor(0xff, 0xc1, 0x07);  // amber
    return {}; // info: the palette's own colours
}

AlarmPanel::AlarmPanel(RpcClient *client, bool mayAcknowledge, QWidget *parent)
    : QWidget(parent), m_client(client), m_mayAcknowledge(mayAcknowledge)
{
    setObjectName(QStringLiteral("alarmPanel"));
    m_model = new AlarmModel(client, this);
    auto *colors = new SeverityColorModel(this);
    colors->setSourceModel(m_model);
    m_proxy = new AlarmFilterModel(this);
    m_proxy->setSourceModel(colors);
    m_proxy->setSortRole(Qt::DisplayRole);

    m_filter = new QComboBox(this);
    m_filter->setObjectName(QStringLiteral("severityFilter"));
    m_filter->addItem(tr("All severities"), QString());
    m_filter->addItem(tr("Critical"), QStringLiteral("critical"));
    m_filter->addItem(tr("Warning"), QStringLiteral("warning"));
    m_filter->addItem(tr("Info"), QStringLiteral("info"));
    connect(m_filter, &QComboBox::currentIndexChanged, this,
            [this] { m_proxy->setSeverity(m_filter->currentData().toString()); });

    m_acknowledge = new QPushButton(tr("&Acknowledge…"), this);
    m_acknowledge->setObjectName(QStringLiteral("acknowledge"));
    if (!mayAcknowledge)
        m_acknowledge->setToolTip(tr("You do not have the permission to acknowledge alarms."));
    connect(m_acknowledge, &QPushButton::clicked, this, &AlarmPanel::acknowledgeSelected);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("alarmStatus"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(new QLabel(tr("Severity:"), this));
    bar->addWidget(m_filter);
    bar->addStretch(1);
    bar->addWidget(m_status);
    bar->addWidget(m_acknowledge);

    m_view = new QTableView(this);
    m_view->setObjectName(QStringLiteral("alarmTable"));
    m_view->setModel(m_proxy);
    m_view->setSortingEnabled(true);
    m_view->sortByColumn(AlarmModel::RaisedAtColumn, Qt::DescendingOrder);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setSelectionMode(QAbstractItemView::SingleSelection);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->verticalHeader()->hide();
    // Columns fit their contents (the message in full; the view scrolls sideways if it must), the
    // last one takes what is left.
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    connect(m_view->selectionModel(), &QItemSelectionModel::selectionChanged, this,
            &AlarmPanel::updateButtons);
    connect(m_proxy, &QAbstractItemModel::dataChanged, this, &AlarmPanel::updateButtons);
    connect(m_model, &AlarmModel::loaded, this, [this] {
        m_status->clear();
        m_view->resizeColumnsToContents();
    });
    connect(m_model, &AlarmModel::alarmRaised, this, [this](const QJsonObject &alarm) {
        if (alarm.value(QStringLiteral("severity")).toString() == QLatin1String("critical"))
            Q_EMIT criticalAlarmRaised(alarm);
    });
    connect(m_model, &AlarmModel::loadFailed, this,
            [this](const RpcError &e) { m_status->setText(errorText(e)); });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_view, 1);
    updateButtons();
}

bool AlarmPanel::selectAlarm(qint64 id)
{
    const int row = m_model->rowOfId(id);
    if (row < 0) return false;
    auto map = [this, row] {
        QModelIndex index = m_model->index(row, 0);
        for (const QAbstractProxyModel *p : {static_cast<QAbstractProxyModel *>(m_proxy->sourceModel()),
                                              static_cast<QAbstractProxyModel *>(m_proxy)})
            index = p->mapFromSource(index);
        return index;
    };
    QModelIndex index = map();
    if (!index.isValid()) { // hidden by the severity filter
        m_filter->setCurrentIndex(0);
        index = map();
    }
    m_view->selectRow(index.row());
    m_view->scrollTo(index);
    return true;
}

void AlarmPanel::search(const QString &text, std::function<void(const QList<SearchHit> &)> done)
{
    // Alarm numbers ("17", "#17", "ALM-17") and equipment IDs ("LT-01") among the listed alarms;
    // the list holds the newest alarms, so this needs no server round trip.
    QList<SearchHit> hits;
    QString number = text;
    number.remove(QRegularExpression(QStringLiteral("^(#|alm-?|alarm\\s*)"), QRegularExpression::CaseInsensitiveOption));
    bool isNumber = false;
    const qint64 id = number.toLongLong(&isNumber);
    QPointer<AlarmPanel> self(this);
    auto hitFor = [self](qint64 alarmId, const QString &label) {
        return SearchHit{label, [self, alarmId] {
                             if (self) self->selectAlarm(alarmId);
                         }};
    };
    if (isNumber && m_model->rowOfId(id) >= 0) {
        const QJsonObject a = m_model->alarm(m_model->rowOfId(id));
        hits.append(hitFor(id, tr("Alarm %1: %2").arg(id).arg(a.value(QStringLiteral("message")).toString())));
    }
    int bySource = 0;
    for (int row = 0; row < m_model->rowCount() && bySource < 5; ++row) {
        const QJsonObject a = m_model->alarm(row);
        if (a.value(QStringLiteral("source")).toString().compare(text, Qt::CaseInsensitive) != 0) continue;
        ++bySource;
        const qint64 alarmId = a.value(QStringLiteral("id")).toInteger();
        hits.append(hitFor(alarmId, tr("Alarm %1 at %2: %3")
                                        .arg(alarmId)
                                        .arg(a.value(QStringLiteral("source")).toString(),
                                             a.value(QStringLiteral("message")).toString())));
    }
    done(hits);
}

void AlarmPanel::updateButtons()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    const bool active =
        !rows.isEmpty() && rows.first().data(AlarmModel::StateRole).toString() == QLatin1String("active");
    m_acknowledge->setEnabled(m_mayAcknowledge && active);
}

void AlarmPanel::acknowledgeSelected()
{
    const QModelIndexList rows = m_view->selectionModel()->selectedRows();
    if (rows.isEmpty()) return;
    const qint64 id = rows.first().data(AlarmModel::IdRole).toLongLong();
    bool ok = false;
    const QString comment =
        QInputDialog::getText(this, tr("Acknowledge alarm"), tr("Comment (what was checked or done):"),
                              QLineEdit::Normal, QString(), &ok);
    if (!ok) return;
    acknowledgeAlarm(id, comment);
}

void AlarmPanel::acknowledgeAlarm(qint64 id, const QString &comment)
{
    const int row = m_model->rowOfId(id);
    if (row < 0) return; // dropped off the list meanwhile
    PendingCall *call = m_model->acknowledge(row, comment);
    if (!call) return;
    m_acknowledge->setEnabled(false);
    m_status->setText(tr("Acknowledging…"));
    connect(call, &PendingCall::finished, this, [this, call] {
        m_status->setText(call->isError() ? errorText(call->error()) : QString());
        updateButtons();
    });
}

} // namespace concord::ui
