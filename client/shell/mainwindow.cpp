#include "shell/mainwindow.h"

#include "alarm/alarmpanel.h"
#include "shell/module.h"

#include <QLabel>
#include <QListWidget>
#include <QLocale>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTimeZone>

namespace concord::ui {

MainWindow::MainWindow(RpcClient *client, QWidget *parent) : QMainWindow(parent), m_client(client)
{
    setObjectName(QStringLiteral("mainWindow"));
    setWindowTitle(tr("Concord"));

    m_navigation = new QListWidget(this);
    m_navigation->setObjectName(QStringLiteral("navigation"));
    m_navigation->setMinimumWidth(140);
    m_navigation->setMaximumWidth(240);
    m_navigation->setStyleSheet(QStringLiteral("QListWidget::item { padding: 8px 10px; }"));
    QFont navFont = m_navigation->font();
    navFont.setPointSizeF(navFont.pointSizeF() * 1.15);
    m_navigation->setFont(navFont);
    m_pages = new QStackedWidget(this);
    m_pages->setObjectName(QStringLiteral("pages"));

    auto *empty = new QLabel(tr("No module is available to your account."), this);
    empty->setObjectName(QStringLiteral("noModules"));
    empty->setAlignment(Qt::AlignCenter);
    m_pages->addWidget(empty);

    if (client) {
        for (const ModuleEntry &module : moduleCatalog()) {
            if (module.available(*client)) addPage(module.id, module.title, module.create(client, this));
        }
    }
    connect(m_navigation, &QListWidget::currentRowChanged, this, [this](int row) {
        if (row >= 0) m_pages->setCurrentIndex(row + 1); // page 0 is the "no module" page
    });
    if (m_navigation->count() > 0) m_navigation->setCurrentRow(0);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({170, 930});
    setCentralWidget(splitter);

    auto makeLabel = [this](const char *name) {
        auto *l = new QLabel(this);
        l->setObjectName(QString::fromLatin1(name));
        l->setContentsMargins(6, 0, 12, 0);
        return l;
    };
    m_server = makeLabel("statusServer");
    m_user = makeLabel("statusUser");
    m_state = makeLabel("statusConnection");
    m_clock = makeLabel("statusServerTime");
    statusBar()->addWidget(m_server);
    statusBar()->addWidget(m_user);
    statusBar()->addWidget(m_state);
    statusBar()->addPermanentWidget(m_clock);

    if (client) {
        m_server->setText(tr("Server: %1").arg(client->hostPort()));
        const QJsonObject user = client->user();
        QString name = user.value(QStringLiteral("fullName")).toString();
        if (name.isEmpty()) name = user.value(QStringLiteral("username")).toString();
        m_user->setText(tr("User: %1").arg(name));
        m_user->setToolTip(user.value(QStringLiteral("username")).toString());
        connect(client, &RpcClient::stateChanged, this, &MainWindow::updateState);
        updateState(client->state());
    }
    connect(&m_clockTimer, &QTimer::timeout, this, &MainWindow::updateClock);
    m_clockTimer.start(1000);
    updateClock();
    resize(1100, 680);
}

AlarmPanel *MainWindow::alarmPanel() const
{
    return qobject_cast<AlarmPanel *>(page(QStringLiteral("alarms")));
}

bool MainWindow::showModule(const QString &moduleId)
{
    for (int row = 0; row < m_navigation->count(); ++row) {
        if (m_navigation->item(row)->data(Qt::UserRole).toString() == moduleId) {
            m_navigation->setCurrentRow(row);
            return true;
        }
    }
    return false;
}

void MainWindow::addPage(const QString &id, const QString &title, QWidget *page)
{
    auto *item = new QListWidgetItem(title, m_navigation);
    item->setData(Qt::UserRole, id);
    m_pages->addWidget(page);
    m_pageById.insert(id, page);
}

QString MainWindow::stateText(RpcClient::State state)
{
    switch (state) {
    case RpcClient::State::Disconnected:
        return tr("Disconnected");
    case RpcClient::State::Connecting:
        return tr("Connecting…");
    case RpcClient::State::Connected:
        return tr("Connected, not signed in");
    case RpcClient::State::Authenticated:
        return tr("Connected");
    case RpcClient::State::Reconnecting:
        return tr("Connection lost, reconnecting…");
    }
    return {};
}

void MainWindow::updateState(RpcClient::State state)
{
    m_state->setText(stateText(state));
    const bool good = state == RpcClient::State::Authenticated;
    m_state->setStyleSheet(good ? QString() : QStringLiteral("color: #b00020; font-weight: bold;"));
}

void MainWindow::updateClock()
{
    if (!m_client) return;
    const QDateTime local = m_client->serverTime().toLocalTime();
    m_clock->setText(tr("Server time: %1")
                         .arg(QLocale().toString(local, QStringLiteral("yyyy-MM-dd HH:mm:ss ")) +
                              local.timeZoneAbbreviation()));
}

} // namespace concord::ui
