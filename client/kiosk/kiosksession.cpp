#include "kiosk/kiosksession.h"

#include "core/certificatepins.h"
#include "core/pendingcall.h"
#include "shell/errortext.h"

#include <QLoggingCategory>

namespace concord::ui {

Q_LOGGING_CATEGORY(lcKiosk, "concord.kiosk")

KioskSession::KioskSession(RpcClient *client, QObject *parent) : QObject(parent), m_client(client)
{
    Q_ASSERT(client);
    m_retry.setSingleShot(true);
    connect(&m_retry, &QTimer::timeout, this, [this] {
        m_waiting = false;
        if (!m_client) return;
        if (m_client->state() == RpcClient::State::Disconnected)
            m_client->connectToServer(m_options);
        else if (m_client->state() == RpcClient::State::Connected)
            signIn();
    });
    connect(client, &RpcClient::stateChanged, this, &KioskSession::onStateChanged);
    connect(client, &RpcClient::sessionReady, this, [this] {
        m_everLive = true;
        m_waiting = false;
        m_retry.stop();
        setProblem({});
    });
    connect(client, &RpcClient::sessionLost, this, [this] {
        qCInfo(lcKiosk).noquote() << "the server ended the session of" << m_user << "- signing in again";
        if (m_client && m_client->state() == RpcClient::State::Connected && !m_waiting) signIn();
    });
    connect(client, &RpcClient::certificateChanged, this,
            [this](const QString &hostPort, const QString &, const QString &presented) {
                const QString pins =
                    m_options.pinFile.isEmpty() ? CertificatePins::defaultFile() : m_options.pinFile;
                setProblem(
                    tr("The server %1 presents a different certificate than before (%2). Nothing was sent "
                       "to it. An administrator must check the server; if the new certificate is "
                       "expected, remove the line for %1 from %3.")
                        .arg(hostPort, presented.left(23) + QStringLiteral("…"), pins));
            });
    connect(client, &RpcClient::connectionError, this, [this](const QString &message) {
        // Only a connection that stopped for good is a problem to show; RpcClient retries the rest.
        if (m_client && m_client->state() == RpcClient::State::Disconnected && m_started)
            setProblem(tr("The display stopped connecting to %1: %2").arg(m_client->hostPort(), message));
        else
            m_lastError = message;
    });
}

void KioskSession::start(const RpcClient::Options &options, const QString &user, const QString &password)
{
    m_options = options;
    m_user = user;
    m_password = password;
    m_refusedPassword.clear();
    m_started = true;
    m_client->connectToServer(options);
}

void KioskSession::stop()
{
    m_started = false;
    m_retry.stop();
    if (m_client) m_client->disconnectFromServer();
}

void KioskSession::setCredentials(const QString &user, const QString &password)
{
    m_user = user;
    m_password = password;
    m_refusedPassword.clear(); // read again from the file: worth one more try even if unchanged
    if (m_waiting && m_client && m_client->state() == RpcClient::State::Connected) {
        m_retry.stop();
        m_waiting = false;
        signIn();
    }
}

QDateTime KioskSession::lastUpdate() const
{
    if (m_client && m_client->sessionUsable()) return m_client->serverTime();
    return m_lastLive;
}

void KioskSession::onStateChanged(RpcClient::State state)
{
    if (!m_client) return;
    if (m_live && !m_client->sessionUsable()) {
        m_live = false;
        m_lastLive = m_client->serverTime();
    }
    if (m_client->sessionUsable()) m_live = true;
    if (!m_started) return;
    switch (state) {
    case RpcClient::State::Connected:
        if (m_waiting) return; // a refused sign-in waits for its time or for new credentials
        if (!m_problem.isEmpty() && !m_signInProblem) setProblem({});
        signIn();
        return;
    case RpcClient::State::Disconnected:
        // RpcClient gave up (changed certificate, incompatible server): try again after a while.
        if (m_problem.isEmpty())
            setProblem(tr("The display stopped connecting to %1: %2").arg(m_client->hostPort(), m_lastError));
        qCWarning(lcKiosk).noquote() << "connection stopped:" << m_problem << "- trying again in" << m_retryMs
                                     << "ms";
        retryLater();
        return;
    case RpcClient::State::Connecting:
    case RpcClient::State::Reconnecting:
    case RpcClient::State::Authenticated:
        return;
    }
}

void KioskSession::signIn()
{
    if (!m_client || m_signingIn || m_client->state() != RpcClient::State::Connected) return;
    if (!m_refusedPassword.isNull() && m_password == m_refusedPassword) {
        m_waiting = true; // the same wrong password again would only count towards a lockout
        return;
    }
    m_signingIn = true;
    m_waiting = false;
    PendingCall *call = m_client->login(m_user, m_password);
    connect(call, &PendingCall::finished, this, [this, call] {
        m_signingIn = false;
        if (!m_client) return;
        if (!call->isError()) {
            ++m_signIns;
            qCInfo(lcKiosk).noquote() << "signed in as" << m_user;
            if (m_client->mustChangePassword()) {
                m_refusedPassword = m_password;
                m_waiting = true;
                setProblem(tr("The display account %1 must change its password before it can show anything. "
                              "Sign in with it once in the desktop client to change the password, then put "
                              "the new one into the display configuration file.")
                               .arg(m_user),
                           true);
                m_client->logout();
            }
            return;
        }
        if (call->error().dataCode == QLatin1String("client.disconnected"))
            return; // signing in again as soon as the connection is back
        signInRefused(call->error());
    });
}

void KioskSession::signInRefused(const RpcError &error)
{
    qCWarning(lcKiosk).noquote() << "sign-in of" << m_user << "refused:" << error.dataCode << error.message;
    if (error.dataCode == QLatin1String("auth.invalid_credentials")) {
        m_refusedPassword = m_password;
        m_waiting = true;
        setProblem(tr("The display account %1 could not sign in: the user name or password is wrong. Correct "
                      "them in the display configuration file; the display reads it again by itself.")
                       .arg(m_user),
                   true);
        return;
    }
    setProblem(tr("The display account %1 could not sign in: %2 The display tries again by itself.")
                   .arg(m_user, errorText(error)),
               true);
    retryLater();
}

void KioskSession::retryLater()
{
    m_waiting = true;
    m_retry.start(m_retryMs);
}

void KioskSession::setProblem(const QString &problem, bool signInProblem)
{
    m_signInProblem = signInProblem && !problem.isEmpty();
    if (problem == m_problem) return;
    m_problem = problem;
    Q_EMIT problemChanged(problem);
}

} // namespace concord::ui
