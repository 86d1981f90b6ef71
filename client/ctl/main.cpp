// concordctl: command-line client for scripting and administration (no GUI libraries).
#include "auditverify.h"
#include "concord/version.h"
#include "core/certificatepins.h"
#include "core/syncrpcclient.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QProcessEnvironment>
#include <QTextStream>
#include <cstdio>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

using concord::SyncRpcClient;

namespace {

QString readPassword(const QString &prompt, const QString &variable = QStringLiteral("CONCORD_PASSWORD"))
{
    const QString env = QProcessEnvironment::systemEnvironment().value(variable);
    if (!env.isEmpty())
        return env;
#ifdef Q_OS_UNIX
    std::fputs(qPrintable(prompt), stderr);
    termios old{};
    const bool tty = isatty(STDIN_FILENO);
    if (tty) {
        tcgetattr(STDIN_FILENO, &old);
        termios quiet = old;
        quiet.c_lflag &= ~tcflag_t(ECHO);
        tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    }
    QTextStream in(stdin);
    const QString pw = in.readLine();
    if (tty)
        tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fputs("\n", stderr);
    return pw;
#else
    Q_UNUSED(prompt);
    return {};
#endif
}

void print(const QJsonObject &o) { std::fputs(QJsonDocument(o).toJson(QJsonDocument::Indented).constData(), stdout); }

int fail(const SyncRpcClient::Response &r)
{
    std::fprintf(stderr, "error %s: %s\n", qPrintable(r.error.dataCode), qPrintable(r.error.message));
    for (const concord::FieldError &f : r.error.details)
        std::fprintf(stderr, "  %s: %s\n", qPrintable(f.field), qPrintable(f.message));
    return 1;
}

} // namespace

int main(int argc, char *argv[])
{
    QCoreApplication app(argc, argv);
    QCoreApplication::setApplicationName(QStringLiteral("concordctl"));
    QCoreApplication::setApplicationVersion(QString::fromLatin1(concord::kVersion));
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral(
        "Concord command-line client.\n\n"
        "Commands:\n"
        "  call METHOD [JSON]          call any method (params as a JSON object)\n"
        "  discover                    list every method (rpc.discover)\n"
        "  hello                       protocol/server version, demo flag (no sign-in)\n"
        "  audit verify [--anchors FILE] [--server-anchors]\n"
        "                              walk the audit hash chain; with anchors (chain heads kept outside the\n"
        "                              database, one JSON object per line) name every entry rewritten since;\n"
        "                              exit 4: chain broken, 5: chain differs from the anchors\n"
        "  user list                   list accounts\n"
        "  user create NAME FULLNAME REASON [ROLE...]\n"
        "  user deactivate ID REASON   user unlock ID REASON   user reset-password ID REASON\n"
        "  password                    change your own password\n\n"
        "The password is read from CONCORD_PASSWORD (the new one for `password` from CONCORD_NEW_PASSWORD)\n"
        "or asked for on the terminal."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption optServer(QStringLiteral("server"), QStringLiteral("Server HOST:PORT (default 127.0.0.1:7443)."), QStringLiteral("HOST:PORT"),
                                       QStringLiteral("127.0.0.1:7443"));
    const QCommandLineOption optUser({QStringLiteral("u"), QStringLiteral("user")}, QStringLiteral("Sign in as USER."), QStringLiteral("USER"));
    const QCommandLineOption optInsecure(QStringLiteral("insecure-loopback"), QStringLiteral("Plain TCP (server started with --insecure-loopback)."));
    const QCommandLineOption optAccept(QStringLiteral("accept-new-certificate"), QStringLiteral("Accept and pin a changed server certificate."));
    const QCommandLineOption optPins(QStringLiteral("known-servers"), QStringLiteral("Pinned certificates file."), QStringLiteral("FILE"),
                                     concord::CertificatePins::defaultFile());
    const QCommandLineOption optAnchors(QStringLiteral("anchors"), QStringLiteral("audit verify: check the chain against the anchors in FILE."),
                                        QStringLiteral("FILE"));
    const QCommandLineOption optServerAnchors(QStringLiteral("server-anchors"), QStringLiteral("audit verify: and against the server's own anchor file."));
    p.addOptions({optServer, optUser, optInsecure, optAccept, optPins, optAnchors, optServerAnchors});
    p.addPositionalArgument(QStringLiteral("command"), QStringLiteral("See above."));
    p.process(app);
    const QStringList args = p.positionalArguments();
    if (args.isEmpty())
        p.showHelp(2);

    SyncRpcClient::Options o;
    const QString server = p.value(optServer);
    o.host = server.section(QLatin1Char(':'), 0, -2);
    o.port = quint16(server.section(QLatin1Char(':'), -1).toUInt());
    o.tls = !p.isSet(optInsecure);
    o.pinFile = p.value(optPins);
    o.acceptNewCertificate = p.isSet(optAccept);
    SyncRpcClient client;
    QString error;
    const QString pinnedBefore = o.tls ? concord::CertificatePins(o.pinFile).pinned(o.host + QLatin1Char(':') + QString::number(o.port)) : QString();
    if (!client.connectTo(o, &error)) {
        std::fprintf(stderr, "cannot connect to %s: %s\n", qPrintable(server), qPrintable(error));
        return 3;
    }
    if (o.tls && pinnedBefore != client.serverFingerprint())
        std::fprintf(stderr, "%s server certificate of %s (SHA-256 %s) in %s; compare it with the fingerprint in the server's log.\n",
                     pinnedBefore.isEmpty() ? "Trusting and pinning the" : "Accepted the NEW", qPrintable(server),
                     qPrintable(client.serverFingerprint()), qPrintable(o.pinFile));
    const QString cmd = args.at(0);
    if (cmd == QLatin1String("hello")) {
        const auto r = client.call(QStringLiteral("session.hello"), {{QStringLiteral("client"), QStringLiteral("concordctl")}});
        return r.ok() ? (print(r.result), 0) : fail(r);
    }
    if (cmd == QLatin1String("discover")) {
        const auto r = client.call(QStringLiteral("rpc.discover"));
        if (!r.ok())
            return fail(r);
        for (const QJsonValue &m : r.result.value(QStringLiteral("methods")).toArray()) {
            const QJsonObject mo = m.toObject();
            std::printf("%-28s %-5s %-32s %s\n", qPrintable(mo.value(QStringLiteral("name")).toString()),
                        mo.value(QStringLiteral("writes")).toBool() ? "write" : "read", qPrintable(mo.value(QStringLiteral("permission")).toString()),
                        qPrintable(mo.value(QStringLiteral("summary")).toString()));
        }
        return 0;
    }
    if (!p.isSet(optUser)) {
        std::fprintf(stderr, "this command needs --user\n");
        return 2;
    }
    const auto login = client.login(p.value(optUser), readPassword(QStringLiteral("Password for %1: ").arg(p.value(optUser))));
    if (!login.ok())
        return fail(login);
    if (login.result.value(QStringLiteral("mustChangePassword")).toBool() && cmd != QLatin1String("password"))
        std::fprintf(stderr, "note: you must change your password first (concordctl password)\n");

    SyncRpcClient::Response r;
    auto need = [&](int n) {
        if (args.size() < n) {
            std::fprintf(stderr, "missing arguments for %s\n", qPrintable(cmd));
            std::exit(2);
        }
    };
    if (cmd == QLatin1String("call")) {
        need(2);
        QJsonObject params;
        if (args.size() > 2) {
            QJsonParseError pe;
            const QJsonDocument d = QJsonDocument::fromJson(args.at(2).toUtf8(), &pe);
            if (!d.isObject()) {
                std::fprintf(stderr, "params must be a JSON object: %s\n", qPrintable(pe.errorString()));
                return 2;
            }
            params = d.object();
        }
        r = client.call(args.at(1), params);
    } else if (cmd == QLatin1String("audit") && args.value(1) == QLatin1String("verify")) {
        const int rc = concord::ctl::auditVerify(client, p.value(optAnchors), p.isSet(optServerAnchors));
        client.call(QStringLiteral("auth.logout"));
        return rc;
    } else if (cmd == QLatin1String("user") && args.value(1) == QLatin1String("list")) {
        r = client.call(QStringLiteral("user.list"), {{QStringLiteral("includeInactive"), true}});
    } else if (cmd == QLatin1String("user") && args.value(1) == QLatin1String("create")) {
        need(5);
        r = client.call(QStringLiteral("user.create"), {{QStringLiteral("username"), args.at(2)}, {QStringLiteral("fullName"), args.at(3)},
                                                        {QStringLiteral("reason"), args.at(4)}, {QStringLiteral("roles"), QJsonArray::fromStringList(args.mid(5))}});
    } else if (cmd == QLatin1String("user") && (args.value(1) == QLatin1String("deactivate") || args.value(1) == QLatin1String("unlock") ||
                                                args.value(1) == QLatin1String("reset-password"))) {
        need(4);
        const QString method = args.at(1) == QLatin1String("reset-password") ? QStringLiteral("user.resetPassword") : QStringLiteral("user.") + args.at(1);
        r = client.call(method, {{QStringLiteral("userId"), args.at(2).toLongLong()}, {QStringLiteral("reason"), args.at(3)}});
    } else if (cmd == QLatin1String("password")) {
        const QString oldPw = readPassword(QStringLiteral("Current password: "));
        const QString newPw = readPassword(QStringLiteral("New password: "), QStringLiteral("CONCORD_NEW_PASSWORD"));
        r = client.call(QStringLiteral("auth.changePassword"), {{QStringLiteral("oldPassword"), oldPw}, {QStringLiteral("newPassword"), newPw}});
    } else {
        std::fprintf(stderr, "unknown command %s\n", qPrintable(cmd));
        return 2;
    }
    client.call(QStringLiteral("auth.logout")); // do not leave the session open until it times out
    return r.ok() ? (print(r.result), 0) : fail(r);
}
