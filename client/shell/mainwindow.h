#pragma once
#include "core/rpcclient.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QLabel;
class QListWidget;
class QPushButton;
class QStackedWidget;
class QSystemTrayIcon;
class QToolBar;

namespace concord::ui {

class AlarmPanel;
class GlobalSearch;
class IdleWatcher;
class LockScreen;

// The shell: modules on the left (each shown only if the user may use it), the module's page in
// the middle, a tool bar with the global search box, a status bar with server, user, connection
// state and server time, the idle lock screen, and the banner for new critical alarms.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(RpcClient *client, QWidget *parent = nullptr);

    // The page of a module ("alarms", "audit", "admin" ...), or nullptr when the user does not have it.
    QWidget *page(const QString &moduleId) const { return m_pageById.value(moduleId); }
    AlarmPanel *alarmPanel() const;
    // Shows a module's page; false if the user does not have it.
    bool showModule(const QString &moduleId);
    QListWidget *navigation() const { return m_navigation; }
    QStackedWidget *pages() const { return m_pages; }
    GlobalSearch *searchBox() const { return m_search; }
    IdleWatcher *idleWatcher() const { return m_idle; }
    LockScreen *lockScreen() const { return m_lockScreen; }
    QLabel *criticalBanner() const { return m_bannerText; }
    bool isLockedView() const;

    // Locks now (the idle watcher does this after the configured minutes without input).
    void lock();
    void openSettings();
    // The red banner over every page for a new critical alarm (also a desktop notification).
    void showCriticalBanner(const QJsonObject &alarm);

    static QString stateText(RpcClient::State state);

Q_SIGNALS:
    // The user wants to sign out (menu or lock screen): the application shows the login again.
    void signOutRequested();

private:
    void addPage(const QString &id, const QString &title, QWidget *page);
    void buildMenus();
    void showLockedView(bool locked);
    void updateState(RpcClient::State state);
    void updateClock();

    QPointer<RpcClient> m_client;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QStackedWidget *m_shell = nullptr; // the work area, or the lock screen
    LockScreen *m_lockScreen = nullptr;
    GlobalSearch *m_search = nullptr;
    QToolBar *m_toolBar = nullptr;
    IdleWatcher *m_idle = nullptr;
    QWidget *m_banner = nullptr;
    QLabel *m_bannerText = nullptr;
    qint64 m_bannerAlarmId = 0;
    QSystemTrayIcon *m_tray = nullptr;
    QHash<QString, QWidget *> m_pageById;
    QLabel *m_server = nullptr;
    QLabel *m_user = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_clock = nullptr;
    QTimer m_clockTimer;
};

} // namespace concord::ui
