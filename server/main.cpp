// concord-server: a console application; everything lives in the concord_server library.
#include "concord/version.h"
#include "core/logging.h"
#include "core/server.h"

#include <QCoreApplication>
#include <QLoggingCategory>
#include <QSocketNotifier>
#include <csignal>
#include <cstdio>
#ifdef Q_OS_UNIX
#include <sys/socket.h>
#include <unistd.h>
#endif

namespace {
#ifdef Q_OS_UNIX
int g_signalFd[2] = {-1, -1};
void onSignal(int)
{
    const char c = 1;
    [[maybe_unused]] auto n = ::write(g_signalFd[0], &c, 1);
}
#endif
} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("concord-server"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(concord::kVersion));

    concord::ServerConfig config;
    QString error;
    bool exitNow = false;
    if (!config.load(app.arguments(), &error, &exitNow)) {
        std::fprintf(stderr, "concord-server: %s\n", qPrintable(error));
        return 2;
    }
    if (exitNow)
        return 0;
    if (!concord::logging::install(config.effectiveLog(), config.logMaxBytes, config.logKeep, &error)) {
        std::fprintf(stderr, "concord-server: %s\n", qPrintable(error));
        return 2;
    }

#ifdef Q_OS_UNIX
    // SIGTERM/SIGINT -> clean shutdown on the event loop (self-pipe; no work in the signal handler).
    ::socketpair(AF_UNIX, SOCK_STREAM, 0, g_signalFd);
    QSocketNotifier notifier(g_signalFd[1], QSocketNotifier::Read);
    QObject::connect(&notifier, &QSocketNotifier::activated, &app, [] {
        qInfo("shutdown requested by signal");
        QCoreApplication::quit();
    });
    std::signal(SIGTERM, onSignal);
    std::signal(SIGINT, onSignal);
    std::signal(SIGPIPE, SIG_IGN);
#endif

    concord::Server server(config);
    if (!server.start(&error)) {
        qCritical("cannot start: %s", qPrintable(error));
        return 1;
    }
    const int rc = app.exec();
    server.stop();
    qInfo("stopped");
    concord::logging::uninstall();
    return rc;
}
