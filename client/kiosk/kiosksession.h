#pragma once
#include "core/rpcclient.h"

#include <QDateTime>
#include <QObject>
#include <QPointer>
#include <QTimer>

namespace concord::ui {

// Keeps the display account signed in, unattended and for ever: it connects, signs in, and signs in
// again whenever the connection is up without a session (server restarted without the session,
// session ended by the server, server down at start). RpcClient reconnects with back-off by itself;
// when it stops (changed certificate, incompatible server) this starts it again after a while.
// A refused sign-in is retried after a while too, except a wrong password: that is only tried
// again with a new one from setCredentials(), so that the display does not lock its own account.
class KioskSession : public QObject
{
    Q_OBJECT
public:
    explicit KioskSession(RpcClient *client, QObject *parent = nullptr);

    void start(const RpcClient::Options &options, const QString &user, const QString &password);
    // Disconnects and stays away (shutdown; screenshots of the offline state).
    void stop();
    // Credentials read again from the configuration file; used at once if the last ones were refused.
    void setCredentials(const QString &user, const QString &password);
    // Wait before trying again after a refused sign-in or a stopped connection (default 60 s).
    void setRetryIntervalMs(int ms) { m_retryMs = ms; }

    RpcClient *client() const { return m_client; }
    QString user() const { return m_user; }
    // What keeps the display from showing live data and what to do about it (translated; empty
    // while all is well or while the connection is merely being re-established).
    QString problem() const { return m_problem; }
    // Server time of the last moment the boards were known to be current; invalid before the first.
    QDateTime lastUpdate() const;
    bool everLive() const { return m_everLive; }
    int signIns() const { return m_signIns; } // successful sign-ins (the first and every later one)

Q_SIGNALS:
    void problemChanged(const QString &problem);

private:
    void onStateChanged(RpcClient::State state);
    void signIn();
    void signInRefused(const RpcError &error);
    void retryLater();
    void setProblem(const QString &problem, bool signInProblem = false);

    QPointer<RpcClient> m_client;
    RpcClient::Options m_options;
    QString m_user;
    QString m_password;
    QString m_refusedPassword; // the password the server called wrong; not sent again
    QString m_problem;
    bool m_signInProblem = false; // m_problem is about signing in, not about the connection
    QString m_lastError;          // the connection's last complaint, for when RpcClient stops
    QTimer m_retry;
    int m_retryMs = 60000;
    bool m_started = false;
    bool m_signingIn = false;
    bool m_waiting = false; // a refused sign-in waits for m_retry or new credentials
    bool m_everLive = false;
    bool m_live = false;
    int m_signIns = 0;
    QDateTime m_lastLive; // server time when the session stopped being usable
};

} // namespace concord::ui
