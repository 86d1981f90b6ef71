#include "session/sessionspanel.h"

#include "core/rpcclient.h"
#include "core/timetext.h"
#include "shell/errortext.h"
#include "signature/signaturetext.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QJsonObject>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace concord::ui {

SessionsPanel::SessionsPanel(RpcClient *client, QWidget *parent) : QWidget(parent), m_client(client)
{
    setObjectName(QStringLiteral("sessionsPanel"));
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("sessionsTable"));
    m_table->setColumnCount(ColumnCount);
    m_table->setHorizontalHeaderLabels(
        {tr("User"), tr("Program"), tr("Address"), tr("Signed in since"), tr("Last activity"), tr("State")});
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSortingEnabled(true);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setStretchLastSection(true);

    m_refresh = new QPushButton(tr("&Refresh"), this);
    m_refresh->setObjectName(QStringLiteral("refreshSessions"));
    connect(m_refresh, &QPushButton::clicked, this, &SessionsPanel::refresh);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("sessionsStatus"));

    auto *bar = new QHBoxLayout;
    bar->addWidget(m_status, 1);
    bar->addWidget(m_refresh);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(bar);
    layout->addWidget(m_table, 1);
}

void SessionsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    refresh(); // sessions come and go without events: what is shown is fetched now
}

void SessionsPanel::refresh()
{
    if (!m_client || !m_client->sessionUsable()) return;
    m_refresh->setEnabled(false);
    m_client->call(QStringLiteral("session.list"), {}, this, [this](const QJsonObject &r, const RpcError &e) {
        m_refresh->setEnabled(true);
        if (!e.isNull()) {
            m_status->setText(errorText(e));
            return;
        }
        fill(r.value(QStringLiteral("sessions")).toArray());
    });
}

void SessionsPanel::fill(const QJsonArray &sessions)
{
    const QDateTime now = m_client ? m_client->serverTime() : QDateTime::currentDateTime();
    m_table->setSortingEnabled(false);
    m_table->setRowCount(int(sessions.size()));
    for (int row = 0; row < sessions.size(); ++row) {
        const QJsonObject s = sessions.at(row).toObject();
        const qint64 idle = qint64(s.value(QStringLiteral("idleSeconds")).toDouble());
        const QDateTime last = now.addSecs(-idle).toLocalTime();
        const QString lastText = tr("%1 (%2 min ago)")
                                     .arg(timetext::local(last))
                                     .arg(idle / 60);
        const QStringList cells{
            s.value(QStringLiteral("username")).toString(), s.value(QStringLiteral("client")).toString(),
            s.value(QStringLiteral("peer")).toString(),
            SignatureText::localTime(s.value(QStringLiteral("createdAt")).toString()), lastText,
            s.value(QStringLiteral("locked")).toBool() ? tr("Locked") : tr("Active")};
        for (int column = 0; column < ColumnCount; ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(s.value(QStringLiteral("sessionId")).toString());
            m_table->setItem(row, column, item);
        }
    }
    m_table->setSortingEnabled(true);
    m_table->sortByColumn(UserColumn, Qt::AscendingOrder);
    m_table->resizeColumnsToContents();
    m_status->setText(tr("%n active session(s) on this server.", nullptr, int(sessions.size())));
    Q_EMIT refreshed(int(sessions.size()));
}

} // namespace concord::ui
