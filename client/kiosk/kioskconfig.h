#pragma once
#include "core/rpcclient.h"

#include <QCoreApplication>
#include <QString>
#include <QStringList>

namespace concord::ui {

// The display configuration of a shop TV (concord --kiosk), read from a small INI file
// (resources/concord-kiosk.ini documents it). The file holds the display account's password, so it
// must be readable by its owner only, and the password comes from nowhere else: not from the
// command line (visible to every local user), not from the environment.
class KioskConfig
{
    Q_DECLARE_TR_FUNCTIONS(KioskConfig)
public:
    QString file; // where it was read from
    QString host;
    quint16 port = 7443;
    bool tls = true; // false: transport = insecure-loopback
    QString user;
    QString password;
    QString name;             // plant / line, shown in the header
    int rotationSeconds = 20; // time each page is shown
    QStringList pages{QStringLiteral("alarms")};
    QString language; // "en" or "zh_CN"; empty: not set in the file

    static constexpr int kMinRotationSeconds = 5;
    static constexpr int kMaxRotationSeconds = 3600;

    // $XDG_CONFIG_HOME/Concord/kiosk.ini on Linux (next to the desktop client's settings).
    static QString defaultFile();

    // Reads and checks `path`. Returns false with one translated sentence per problem, each
    // saying what to change; `knownPages` are the page ids this build offers.
    static bool load(const QString &path, const QStringList &knownPages, KioskConfig *config,
                     QStringList *problems);

    // The options of `concord` that kiosk mode refuses, because the server and the account come
    // from the file only. `given` are the option names set on the command line
    // (QCommandLineParser::optionNames()). Empty when all is well, else a translated sentence.
    static QString commandLineProblem(const QStringList &given);

    // Connection options for the display: a short heartbeat, so that a dead network shows on the
    // screen within seconds, and reconnect attempts that never stop.
    RpcClient::Options clientOptions() const;
};

} // namespace concord::ui
