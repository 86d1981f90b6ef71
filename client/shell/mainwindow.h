#pragma once
#include "core/rpcclient.h"

#include <QHash>
#include <QMainWindow>
#include <QPointer>
#include <QTimer>

class QLabel;
class QListWidget;
class QStackedWidget;

namespace concord::ui {

class AlarmPanel;

// The shell: modules on the left (each shown only if the user may use it), the module's page in
// the middle, and a status bar with server, user, connection state and server time.
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

    static QString stateText(RpcClient::State state);

private:
    void addPage(const QString &id, const QString &title, QWidget *page);
    void updateState(RpcClient::State state);
    void updateClock();

    QPointer<RpcClient> m_client;
    QListWidget *m_navigation = nullptr;
    QStackedWidget *m_pages = nullptr;
    QHash<QString, QWidget *> m_pageById;
    QLabel *m_server = nullptr;
    QLabel *m_user = nullptr;
    QLabel *m_state = nullptr;
    QLabel *m_clock = nullptr;
    QTimer m_clockTimer;
};

} // namespace concord::ui
