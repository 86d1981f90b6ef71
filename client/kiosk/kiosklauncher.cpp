#include "kiosk/kiosklauncher.h"

#include "kiosk/darktheme.h"
#include "kiosk/kioskpage.h"
#include "kiosk/kioskpagecatalog.h"
#include "kiosk/kiosksession.h"
#include "kiosk/kioskwindow.h"
#include "shell/language.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDeadlineTimer>
#include <QDir>
#include <QFileInfo>
#include <QLabel>
#include <QLoggingCategory>
#include <QScreen>
#include <QSettings>
#include <QTranslator>
#include <cstdio>
#include <memory>

namespace concord::ui {

Q_DECLARE_LOGGING_CATEGORY(lcKiosk)

namespace {

void showOnWholeScreen(QWidget *w)
{
    // Without a window manager (a bare X session on the TV's mini PC) "full screen" is only a wish:
    // the geometry makes it true.
    if (QScreen *screen = QGuiApplication::primaryScreen()) w->setGeometry(screen->geometry());
    w->showFullScreen();
}

void save(QWidget *w, const QString &path)
{
    if (w->grab().save(path))
        std::fprintf(stdout, "concord: saved %s\n", qPrintable(path));
    else
        std::fprintf(stderr, "concord: could not save %s\n", qPrintable(path));
}

} // namespace

KioskLauncher::KioskLauncher(const QString &configFile, QObject *parent)
    : QObject(parent), m_file(configFile.isEmpty() ? KioskConfig::defaultFile() : configFile)
{
    m_poll.setInterval(5000);
    connect(&m_poll, &QTimer::timeout, this, &KioskLauncher::poll);
}

KioskLauncher::~KioskLauncher()
{
    delete m_window; // the pages use the client: they go first
    delete m_errorScreen;
}

bool KioskLauncher::isRunning() const
{
    return m_window != nullptr;
}

KioskWindow *KioskLauncher::window() const
{
    return m_window;
}

bool KioskLauncher::start()
{
    m_poll.start();
    if (!loadConfig()) {
        showProblems();
        return false;
    }
    launch();
    return true;
}

bool KioskLauncher::loadConfig()
{
    m_fileTime = QFileInfo(m_file).lastModified();
    return KioskConfig::load(m_file, kioskPageIds(), &m_config, &m_problems);
}

void KioskLauncher::showProblems()
{
    for (const QString &p : std::as_const(m_problems))
        std::fprintf(stderr, "concord --kiosk: %s\n", qPrintable(p));
    if (!m_errorScreen) {
        m_errorScreen = new QLabel;
        m_errorScreen->setObjectName(QStringLiteral("kioskConfigError"));
        m_errorScreen->setWordWrap(true);
        m_errorScreen->setAlignment(Qt::AlignLeft | Qt::AlignVCenter);
        m_errorScreen->setTextFormat(Qt::PlainText);
        m_errorScreen->setCursor(Qt::BlankCursor);
        m_errorScreen->setAttribute(Qt::WA_StyledBackground);
        darktheme::applyPalette(m_errorScreen);
        showOnWholeScreen(m_errorScreen);
        m_errorScreen->setStyleSheet(
            darktheme::styleSheet(darktheme::scaleFor(m_errorScreen->width(), m_errorScreen->height())));
    }
    m_errorScreen->setText(tr("This display cannot start: its configuration file must be fixed.") +
                           QStringLiteral("\n\n• ") + m_problems.join(QStringLiteral("\n\n• ")) +
                           QStringLiteral("\n\n") +
                           tr("The display starts by itself as soon as the file is correct."));
    if (!m_shotPrefix.isEmpty()) {
        QTimer::singleShot(800, this, [this] {
            save(m_errorScreen, m_shotPrefix + QStringLiteral("kiosk-config-error.png"));
            QCoreApplication::exit(2);
        });
    }
}

void KioskLauncher::launch()
{
    if (m_applyLanguage && !m_config.language.isEmpty()) m_applyLanguage(m_config.language);
    delete m_errorScreen;
    m_client = std::make_unique<RpcClient>();
    m_session = new KioskSession(m_client.get(), this);
    m_window = new KioskWindow(m_client.get(), m_session, m_config.name);
    // The pages exist before the sign-in, so that their subscriptions go out with the session.
    const QList<KioskPageEntry> catalog = kioskPageCatalog();
    for (const QString &id : std::as_const(m_config.pages)) {
        for (const KioskPageEntry &entry : catalog) {
            if (entry.id == id) m_window->addPage(entry.create(m_client.get(), m_window));
        }
    }
    m_window->setRotationIntervalMs(m_config.rotationSeconds * 1000);
    RpcClient::Options options = m_config.clientOptions();
    if (m_adjust) m_adjust(options);
    qCInfo(lcKiosk).noquote() << "display" << m_config.name << "starting with" << m_config.file << "- server"
                              << m_config.host << m_config.port << "account" << m_config.user;
    m_session->start(options, m_config.user, m_config.password);
    showOnWholeScreen(m_window);
    if (!m_shotPrefix.isEmpty()) takeScreenshots();
}

void KioskLauncher::poll()
{
    // Read every time rather than by modification time: chmod 600 does not change that.
    if (!isRunning()) {
        const QStringList before = m_problems;
        if (loadConfig())
            launch();
        else if (m_problems != before)
            showProblems();
        return;
    }
    KioskConfig fresh;
    QStringList problems;
    if (!KioskConfig::load(m_file, kioskPageIds(), &fresh, &problems)) return; // keep running on what worked
    if (fresh.user != m_config.user || fresh.password != m_config.password) {
        qCInfo(lcKiosk) << "the display account in" << m_file << "changed; signing in with it";
        m_config.user = fresh.user;
        m_config.password = fresh.password;
        m_session->setCredentials(fresh.user, fresh.password);
    }
}

void KioskLauncher::takeScreenshots()
{
    auto *wait = new QTimer(this);
    const auto deadline = std::make_shared<QDeadlineTimer>(60000);
    connect(wait, &QTimer::timeout, this, [this, wait, deadline] {
        bool ready = m_client->sessionUsable();
        for (int i = 0; ready && i < m_window->pageCount(); ++i)
            ready = m_window->page(i)->isLoaded();
        if (!ready && !deadline->hasExpired()) return;
        wait->deleteLater();
        if (!ready) std::fprintf(stderr, "concord: the display did not get its data within 60 s\n");
        // Each page in turn, then the offline state, each after a moment to settle.
        auto step = std::make_shared<std::function<void(int)>>();
        *step = [this, step, ready](int index) {
            if (index < m_window->pageCount()) {
                m_window->showPage(index);
                QTimer::singleShot(800, this, [this, step, index] {
                    save(m_window, m_shotPrefix + QStringLiteral("kiosk-") + m_window->page(index)->pageId() +
                                       QStringLiteral(".png"));
                    (*step)(index + 1);
                });
                return;
            }
            m_window->showPage(0);
            m_session->stop();
            QTimer::singleShot(800, this, [this, ready] {
                save(m_window, m_shotPrefix + QStringLiteral("kiosk-offline.png"));
                QCoreApplication::exit(ready ? 0 : 1);
            });
        };
        (*step)(0);
    });
    wait->start(200);
}

// --- concord --kiosk ---------------------------------------------------------------------------

namespace {

// The kiosk's file may name a language; --lang on the command line wins. Replaces the translators
// main() installed, without making the kiosk's language the desktop client's saved setting.
void switchLanguage(const QString &language)
{
    for (QTranslator *t : qApp->findChildren<QTranslator *>(Qt::FindDirectChildrenOnly)) {
        QCoreApplication::removeTranslator(t);
        delete t;
    }
    QSettings settings;
    const QVariant saved = settings.value(QStringLiteral("ui/language"));
    installLanguage(language);
    if (saved.isValid())
        settings.setValue(QStringLiteral("ui/language"), saved);
    else
        settings.remove(QStringLiteral("ui/language"));
}

} // namespace

int runKiosk(const QCommandLineParser &parser, const QString &language)
{
    const QString refused = KioskConfig::commandLineProblem(parser.optionNames());
    if (!refused.isEmpty()) {
        std::fprintf(stderr, "concord: %s\n", qPrintable(refused));
        return 2;
    }
    const bool languageGiven = parser.isSet(QStringLiteral("lang"));
    const QString shotDir = parser.value(QStringLiteral("screenshots"));
    const auto shotPrefix = [shotDir](const QString &lang) {
        return shotDir.isEmpty() ? QString() : QDir(shotDir).filePath(lang + QLatin1Char('-'));
    };
    QString current = language;
    KioskLauncher launcher(parser.value(QStringLiteral("kiosk-config")));
    launcher.setScreenshotPrefix(shotPrefix(current));
    launcher.setLanguageHandler([&](const QString &wanted) {
        if (languageGiven || wanted == current) return;
        switchLanguage(wanted);
        current = wanted;
        launcher.setScreenshotPrefix(shotPrefix(current));
    });
    QGuiApplication::setOverrideCursor(Qt::BlankCursor);
    launcher.start();
    return QApplication::exec();
}

} // namespace concord::ui
