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
#ifdef Q_OS_WIN
#include "windowsservice.h"
#include <string>
#include <vector>
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

int runServer(int argc, char *argv[])
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

#ifdef Q_OS_WIN
namespace {
const wchar_t *kServiceName = L"ConcordServer";

void requestStop()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        QMetaObject::invokeMethod(app, &QCoreApplication::quit, Qt::QueuedConnection);
}

// The service's command line: this executable, the arguments given after --install-service, and
// --service (quoted as CreateProcess expects).
std::wstring serviceCommandLine(int argc, char *argv[])
{
    std::wstring cmd = L"\"" + QCoreApplication::applicationFilePath().replace(QLatin1Char('/'), QLatin1Char('\\')).toStdWString() + L"\" --service";
    for (int i = 2; i < argc; ++i)
        cmd += L" \"" + QString::fromLocal8Bit(argv[i]).toStdWString() + L"\"";
    return cmd;
}
} // namespace
#endif

int main(int argc, char *argv[])
{
#ifdef Q_OS_WIN
    // concord-server --install-service [server options] | --uninstall-service | --service (started by the SCM)
    const QByteArray first = argc > 1 ? QByteArray(argv[1]) : QByteArray();
    if (first == "--install-service" || first == "--uninstall-service") {
        QCoreApplication app(argc, argv);
        std::string error;
        const bool ok = first == "--install-service"
                            ? concord::winsvc::install(kServiceName, L"Concord server", serviceCommandLine(argc, argv), &error)
                            : concord::winsvc::uninstall(kServiceName, &error);
        if (!ok)
            std::fprintf(stderr, "concord-server: %s\n", error.c_str());
        return ok ? 0 : 1;
    }
    for (int i = 1; i < argc; ++i)
        if (QByteArray(argv[i]) == "--service")
            return concord::winsvc::runAsService(kServiceName, {[](int c, char **v) {
                                                                   // --service is ours, not the server's option parser's
                                                                   std::vector<char *> args;
                                                                   for (int k = 0; k < c; ++k)
                                                                       if (QByteArray(v[k]) != "--service")
                                                                           args.push_back(v[k]);
                                                                   int n = int(args.size());
                                                                   args.push_back(nullptr);
                                                                   return runServer(n, args.data());
                                                               },
                                                               requestStop});
#endif
    return runServer(argc, argv);
}
