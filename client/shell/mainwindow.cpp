#include "shell/mainwindow.h"

#include "alarm/alarmpanel.h"
#include "core/timetext.h"
#include "shell/appearance.h"
#include "shell/globalsearch.h"
#include "shell/idlewatcher.h"
#include "shell/lockscreen.h"
#include "shell/module.h"
#include "shell/settingsdialog.h"

#include <QApplication>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QStackedWidget>
#include <QStatusBar>
#include <QSystemTrayIcon>
#include <QTimeZone>
#include <QToolBar>
#include <QVBoxLayout>

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

    // The banner for a new critical alarm: visible whatever page is open, until dismissed.
    m_banner = new QWidget(this);
    m_banner->setObjectName(QStringLiteral("criticalBannerBox"));
    m_banner->setStyleSheet(QStringLiteral("#criticalBannerBox { background: #b00020; } QLabel { color: white; "
                                           "font-weight: bold; }"));
    m_bannerText = new QLabel(m_banner);
    m_bannerText->setObjectName(QStringLiteral("criticalBanner"));
    m_bannerText->setWordWrap(true);
    auto *showAlarm = new QPushButton(tr("Show"), m_banner);
    showAlarm->setObjectName(QStringLiteral("criticalBannerShow"));
    auto *dismiss = new QPushButton(tr("Dismiss"), m_banner);
    dismiss->setObjectName(QStringLiteral("criticalBannerDismiss"));
    auto *bannerLayout = new QHBoxLayout(m_banner);
    bannerLayout->setContentsMargins(10, 6, 10, 6);
    bannerLayout->addWidget(m_bannerText, 1);
    bannerLayout->addWidget(showAlarm);
    bannerLayout->addWidget(dismiss);
    m_banner->hide();
    connect(dismiss, &QPushButton::clicked, m_banner, &QWidget::hide);
    connect(showAlarm, &QPushButton::clicked, this, [this] {
        m_banner->hide();
        if (showModule(QStringLiteral("alarms")) && alarmPanel()) alarmPanel()->selectAlarm(m_bannerAlarmId);
    });
    if (AlarmPanel *alarms = alarmPanel())
        connect(alarms, &AlarmPanel::criticalAlarmRaised, this, &MainWindow::showCriticalBanner);

    auto *splitter = new QSplitter(this);
    splitter->addWidget(m_navigation);
    splitter->addWidget(m_pages);
    splitter->setStretchFactor(1, 1);
    splitter->setSizes({170, 930});
    auto *work = new QWidget(this);
    auto *workLayout = new QVBoxLayout(work);
    workLayout->setContentsMargins(0, 0, 0, 0);
    workLayout->setSpacing(0);
    workLayout->addWidget(m_banner);
    workLayout->addWidget(splitter, 1);

    m_lockScreen = new LockScreen(client, this);
    m_shell = new QStackedWidget(this);
    m_shell->addWidget(work);
    m_shell->addWidget(m_lockScreen);
    setCentralWidget(m_shell);
    connect(m_lockScreen, &LockScreen::signOutRequested, this, &MainWindow::signOutRequested);

    m_search = new GlobalSearch(
        [this] {
            QList<SearchProvider *> providers;
            for (int i = 1; i < m_pages->count(); ++i) {
                if (auto *p = dynamic_cast<SearchProvider *>(m_pages->widget(i))) providers.append(p);
            }
            return providers;
        },
        this);
    connect(m_search, &GlobalSearch::message, this, [this](const QString &text) {
        statusBar()->showMessage(text, 8000);
    });
    buildMenus();

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

    m_idle = new IdleWatcher(this);
    m_idle->setTimeoutMs(qint64(Appearance::load().lockMinutes) * 60 * 1000);
    connect(m_idle, &IdleWatcher::idle, this, &MainWindow::lock);

    if (client) {
        m_server->setText(tr("Server: %1").arg(client->hostPort()));
        const QJsonObject user = client->user();
        QString name = user.value(QStringLiteral("fullName")).toString();
        if (name.isEmpty()) name = user.value(QStringLiteral("username")).toString();
        m_user->setText(tr("User: %1").arg(name));
        m_user->setToolTip(user.value(QStringLiteral("username")).toString());
        connect(client, &RpcClient::stateChanged, this, &MainWindow::updateState);
        connect(client, &RpcClient::lockChanged, this, &MainWindow::showLockedView);
        updateState(client->state());
        if (client->isLocked()) showLockedView(true);
    }
    connect(&m_clockTimer, &QTimer::timeout, this, &MainWindow::updateClock);
    m_clockTimer.start(1000);
    updateClock();
    resize(1100, 680);
}

void MainWindow::buildMenus()
{
    QMenu *menu = menuBar()->addMenu(tr("&Concord"));
    menu->setObjectName(QStringLiteral("concordMenu"));
    QAction *settings = menu->addAction(tr("&Settings…"), this, &MainWindow::openSettings);
    settings->setObjectName(QStringLiteral("actionSettings"));
    QAction *lockAction = menu->addAction(tr("&Lock screen"), this, &MainWindow::lock);
    lockAction->setObjectName(QStringLiteral("actionLock"));
    lockAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    QAction *signOut = menu->addAction(tr("Sign &out"), this, &MainWindow::signOutRequested);
    signOut->setObjectName(QStringLiteral("actionSignOut"));
    menu->addSeparator();
    QAction *quit = menu->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QToolBar *bar = m_toolBar = addToolBar(tr("Search"));
    bar->setObjectName(QStringLiteral("mainToolBar"));
    bar->setMovable(false);
    auto *spacer = new QWidget(bar);
    spacer->setSizePolicy(QSizePolicy::Expanding, QSizePolicy::Preferred);
    bar->addWidget(spacer);
    bar->addWidget(m_search);
    auto *focusSearch = new QAction(this);
    focusSearch->setShortcuts({QKeySequence::Find, QKeySequence(Qt::Key_F3)});
    connect(focusSearch, &QAction::triggered, this, [this] {
        m_search->setFocus();
        m_search->selectAll();
    });
    addAction(focusSearch);
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

bool MainWindow::isLockedView() const { return m_shell->currentWidget() == m_lockScreen; }

void MainWindow::lock()
{
    if (!m_client || isLockedView()) return;
    m_client->lock(); // emits lockChanged(true) → showLockedView
    if (!isLockedView()) showLockedView(true);
}

void MainWindow::showLockedView(bool locked)
{
    if (locked == isLockedView()) return;
    if (locked) {
        // Nothing of the work stays on screen: open dialogs (a half-filled form) are closed too.
        while (QWidget *modal = QApplication::activeModalWidget()) {
            if (!modal->close()) break;
        }
        m_search->resultMenu()->hide();
        m_lockScreen->prepare();
        m_shell->setCurrentWidget(m_lockScreen);
        menuBar()->setEnabled(false);
        m_toolBar->hide();
        m_idle->setEnabled(false);
    } else {
        m_shell->setCurrentIndex(0);
        menuBar()->setEnabled(true);
        m_toolBar->show();
        m_idle->setEnabled(true);
    }
}

void MainWindow::openSettings()
{
    SettingsDialog dialog(this);
    if (dialog.exec() != QDialog::Accepted) return;
    const bool languageChanged = dialog.saveAndApply();
    m_idle->setTimeoutMs(qint64(dialog.appearance().lockMinutes) * 60 * 1000);
    if (languageChanged)
        statusBar()->showMessage(tr("The new language is used from the next start of Concord."), 10000);
}

void MainWindow::showCriticalBanner(const QJsonObject &alarm)
{
    m_bannerAlarmId = alarm.value(QStringLiteral("id")).toInteger();
    const QString source = alarm.value(QStringLiteral("source")).toString();
    const QString message = alarm.value(QStringLiteral("message")).toString();
    m_bannerText->setText(tr("Critical alarm at %1: %2").arg(source, message));
    m_banner->show();
    QApplication::alert(this);
    // A desktop notification too, where the desktop has a notification area.
    if (!QSystemTrayIcon::isSystemTrayAvailable()) return;
    if (!m_tray) {
        m_tray = new QSystemTrayIcon(windowIcon().isNull() ? style()->standardIcon(QStyle::SP_MessageBoxWarning)
                                                           : windowIcon(),
                                     this);
        connect(m_tray, &QSystemTrayIcon::messageClicked, this, [this] {
            showNormal();
            activateWindow();
            if (showModule(QStringLiteral("alarms")) && alarmPanel()) alarmPanel()->selectAlarm(m_bannerAlarmId);
        });
        m_tray->show();
    }
    m_tray->showMessage(tr("Critical alarm at %1").arg(source), message, QSystemTrayIcon::Critical, 15000);
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
    m_clock->setText(tr("Server time: %1").arg(timetext::local(m_client->serverTime())));
}

} // namespace concord::ui
