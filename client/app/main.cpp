// concord: the desktop client. Signs in (LoginDialog, forced password change), then opens the
// main window with the modules the user may use.
#include "alarm/alarmpanel.h"
#include "core/alarmmodel.h"
#include "core/rpcclient.h"
#include "kiosk/kiosklauncher.h"
#include "shell/appearance.h"
#include "shell/certificateprompt.h"
#include "shell/errortext.h"
#include "shell/language.h"
#include "shell/logindialog.h"
#include "shell/mainwindow.h"
#include "shell/screenshottour.h"

#include <QApplication>
#include <QCommandLineParser>
#include <QDir>
#include <QElapsedTimer>
#include <QLineEdit>
#include <QMessageBox>
#include <QPointer>
#include <QTimer>
#include <cstdio>
#include <functional>

using namespace concord;
using namespace concord::ui;

// --screenshots: fills in the login dialog, saves it, signs in, and hands the main window to a
// ScreenshotTour. For tests/ui/screenshots.sh under Xvfb.
int main(int argc, char *argv[])
{
    QElapsedTimer sinceStart;
    sinceStart.start();
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("Concord"));
    QApplication::setApplicationName(QStringLiteral("concord"));
    QApplication::setApplicationVersion(QStringLiteral(CONCORD_VERSION));

    QCommandLineParser parser;
    parser.setApplicationDescription(QStringLiteral("Concord desktop client"));
    parser.addHelpOption();
    parser.addVersionOption();
    const QCommandLineOption serverOpt(QStringLiteral("server"),
                                       QStringLiteral("Server address (default 127.0.0.1:7443)."),
                                       QStringLiteral("host:port"));
    const QCommandLineOption insecureOpt(QStringLiteral("insecure-loopback"),
                                         QStringLiteral("Plain TCP without TLS (loopback servers only)."));
    const QCommandLineOption langOpt(QStringLiteral("lang"),
                                     QStringLiteral("Language: en or zh_CN (default: the saved setting)."),
                                     QStringLiteral("lang"));
    const QCommandLineOption userOpt(QStringLiteral("user"), QStringLiteral("Fill in this user name."),
                                     QStringLiteral("user"));
    const QCommandLineOption passwordEnvOpt(
        QStringLiteral("password-env"),
        QStringLiteral("Sign in at once with the password from this environment variable (for scripts; never "
                       "pass a password as an argument)."),
        QStringLiteral("variable"));
    const QCommandLineOption screenshotsOpt(
        QStringLiteral("screenshots"),
        QStringLiteral(
            "Save a PNG of every screen (prefixed with the language) to this directory, then quit."),
        QStringLiteral("dir"));
    const QCommandLineOption kioskOpt(
        QStringLiteral("kiosk"),
        QStringLiteral("Shop TV display: full screen, read-only boards, signed in with the display account "
                       "from the kiosk configuration file."));
    const QCommandLineOption kioskConfigOpt(
        QStringLiteral("kiosk-config"),
        QStringLiteral("Kiosk configuration file (default: kiosk.ini in the Concord configuration directory)."),
        QStringLiteral("file"));
    const QCommandLineOption probeOpt(
        QStringLiteral("startup-probe"),
        QStringLiteral("Print \"concord: ready <ms>\" once the first page shows live data (tests/bench cold start)."));
    parser.addOptions({serverOpt, insecureOpt, langOpt, userOpt, passwordEnvOpt, screenshotsOpt, kioskOpt,
                       kioskConfigOpt, probeOpt});
    parser.process(app);

    const QString language = installLanguage(parser.value(langOpt));
    if (parser.isSet(kioskOpt)) return runKiosk(parser, language);
    applyAppearance(app, Appearance::load());

    RpcClient::Options base;
    base.clientName = QStringLiteral("concord/") + QStringLiteral(CONCORD_VERSION);
    base.tls = !parser.isSet(insecureOpt);
    QString host = base.host;
    quint16 port = base.port;
    if (parser.isSet(serverOpt) && !LoginDialog::parseServer(parser.value(serverOpt), &host, &port)) {
        std::fprintf(stderr, "concord: --server wants host:port, not %s\n",
                     qPrintable(parser.value(serverOpt)));
        return 2;
    }

    RpcClient client;
    const QString shotDir = parser.value(screenshotsOpt);
    const QString shotPrefix =
        shotDir.isEmpty() ? QString() : QDir(shotDir).filePath(language + QLatin1Char('-'));
    const QString passwordVar = parser.value(passwordEnvOpt);
    QPointer<MainWindow> window;
    bool firstLogin = true;

    // The main window, once signed in; in screenshot mode it is saved once its alarms are loaded.
    std::function<void()> openLogin;
    auto openWindow = [&] {
        window = new MainWindow(&client);
        window->setAttribute(Qt::WA_DeleteOnClose);
        QObject::connect(window, &MainWindow::signOutRequested, &app, [&] {
            client.logout();
            openLogin(); // first, so that closing the window does not close the last window
            if (window) window->close();
        });
        window->show();
        if (parser.isSet(probeOpt)) {
            // Ready = the alarm panel holds the server's alarms and listens live (P7).
            auto report = [&] {
                std::fprintf(stdout, "concord: ready %lld\n", static_cast<long long>(sinceStart.elapsed()));
                std::fflush(stdout);
            };
            AlarmPanel *alarms = window->alarmPanel();
            if (alarms && !alarms->model()->isLoaded())
                QObject::connect(alarms->model(), &AlarmModel::loaded, &app, report, Qt::SingleShotConnection);
            else
                report();
        }
        if (shotPrefix.isEmpty()) return;
        auto *tour = new ScreenshotTour(window, shotPrefix, window);
        AlarmPanel *alarms = window->alarmPanel();
        if (alarms && !alarms->model()->isLoaded())
            QObject::connect(alarms->model(), &AlarmModel::loaded, tour, &ScreenshotTour::start, Qt::SingleShotConnection);
        else
            QTimer::singleShot(500, tour, &ScreenshotTour::start);
    };

    // The login dialog: at start and again whenever the server ends the session.
    openLogin = [&] {
        auto *login = new LoginDialog(&client, base);
        login->setAttribute(Qt::WA_DeleteOnClose);
        if (parser.isSet(serverOpt) || login->server().isEmpty())
            login->setServer(host + QLatin1Char(':') + QString::number(port));
        if (parser.isSet(userOpt)) login->setUser(parser.value(userOpt));
        QObject::connect(login, &QDialog::accepted, &app, openWindow);
        QObject::connect(login, &QDialog::rejected, &app, &QApplication::quit);
        login->show();
        const bool autoLogin = firstLogin && !passwordVar.isEmpty();
        firstLogin = false;
        if (!autoLogin) return;
        const QString password = qEnvironmentVariable(qPrintable(passwordVar));
        QPointer<LoginDialog> dlg = login;
        QTimer::singleShot(shotPrefix.isEmpty() ? 0 : 800, &app, [dlg, password, shotPrefix] {
            if (!dlg) return;
            if (auto *field = dlg->findChild<QLineEdit *>(QStringLiteral("password")))
                field->setText(password);
            if (!shotPrefix.isEmpty()) ScreenshotTour::save(dlg, shotPrefix + QStringLiteral("login.png"));
            dlg->signIn();
        });
    };

    // A changed certificate while signed in (a reconnect): the same loud question as at sign-in.
    QObject::connect(&client, &RpcClient::certificateChanged, &app,
                     [&](const QString &hostPort, const QString &pinned, const QString &presented) {
                         if (!window) return; // the login dialog asks itself
                         if (askToAcceptCertificate(window, hostPort, pinned, presented))
                             client.acceptCertificate(presented);
                     });

    QObject::connect(&client, &RpcClient::sessionLost, &app, [&] {
        if (!window) return; // the login dialog is up already
        QMessageBox::warning(window, QApplication::translate("main", "Signed out"), ui::sessionEndText(client.sessionEndReason()));
        openLogin(); // first, so that closing the window does not close the last window
        window->close();
    });

    openLogin();
    return QApplication::exec();
}
