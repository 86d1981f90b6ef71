#pragma once
#include "core/rpcclient.h"
#include "kiosk/kioskconfig.h"

#include <QDateTime>
#include <QLabel>
#include <QObject>
#include <QPointer>
#include <QTimer>
#include <functional>
#include <memory>

class QCommandLineParser;

namespace concord::ui {

class KioskSession;
class KioskWindow;

// Starts the shop TV display from its configuration file: checks the file, builds the client, the
// session, the pages and the window, and shows it full screen. A bad file is refused with what to
// fix, on stderr and on the screen; the display starts by itself once the file has been fixed, and
// a corrected password is picked up while running.
class KioskLauncher : public QObject
{
    Q_OBJECT
public:
    explicit KioskLauncher(const QString &configFile, QObject *parent = nullptr);
    ~KioskLauncher() override;

    // Changes the connection options taken from the file (tests: pin file, faster reconnects).
    void setOptionsAdjuster(std::function<void(RpcClient::Options &)> adjust)
    {
        m_adjust = std::move(adjust);
    }
    // Receives the file's language before any page is built (the application installs it).
    void setLanguageHandler(std::function<void(const QString &)> apply)
    {
        m_applyLanguage = std::move(apply);
    }
    // Save every page as <prefix>kiosk-<pageid>.png and the offline state as <prefix>kiosk-offline.png
    // once the data is in, then quit the application (a refused file: <prefix>kiosk-config-error.png).
    void setScreenshotPrefix(const QString &prefix) { m_shotPrefix = prefix; }
    // How often the file is read again (default 5 s).
    void setConfigPollIntervalMs(int ms) { m_poll.setInterval(ms); }

    // True if the display started; false if the file is refused (the error screen is up then).
    bool start();
    bool isRunning() const;
    QStringList problems() const { return m_problems; }
    const KioskConfig &config() const { return m_config; }
    RpcClient *client() const { return m_client.get(); }
    KioskSession *session() const { return m_session; }
    KioskWindow *window() const;
    QLabel *errorScreen() const { return m_errorScreen; }

private:
    bool loadConfig();
    void showProblems();
    void launch();
    void poll();
    void takeScreenshots();

    QString m_file;
    KioskConfig m_config;
    QStringList m_problems;
    QDateTime m_fileTime; // modification time of the file as last read
    std::function<void(RpcClient::Options &)> m_adjust;
    std::function<void(const QString &)> m_applyLanguage;
    QString m_shotPrefix;
    QTimer m_poll;
    std::unique_ptr<RpcClient> m_client;
    KioskSession *m_session = nullptr;
    QPointer<KioskWindow> m_window;
    QPointer<QLabel> m_errorScreen;
};

// `concord --kiosk`: called by app/main.cpp once the language is installed. `parser` holds the
// options of the concord command line; returns the process exit code.
int runKiosk(const QCommandLineParser &parser, const QString &language);

} // namespace concord::ui
