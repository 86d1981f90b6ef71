#include "shell/logindialog.h"

#include "shell/changepassworddialog.h"
#include "shell/certificateprompt.h"
#include "shell/errortext.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace concord::ui {

namespace {
const QString kServersKey = QStringLiteral("login/servers");
const QString kUserKey = QStringLiteral("login/lastUser");
constexpr int kRememberedServers = 10;
} // namespace

LoginDialog::LoginDialog(RpcClient *client, const RpcClient::Options &base, QWidget *parent)
    : QDialog(parent), m_client(client), m_base(base)
{
    setWindowTitle(tr("Concord — Sign in"));
    setObjectName(QStringLiteral("loginDialog"));

    m_server = new QComboBox(this);
    m_server->setObjectName(QStringLiteral("server"));
    m_server->setEditable(true);
    m_server->setInsertPolicy(QComboBox::NoInsert);
    m_server->setMinimumContentsLength(24);
    const QSettings settings;
    m_server->addItems(settings.value(kServersKey).toStringList());

    m_user = new QLineEdit(this);
    m_user->setObjectName(QStringLiteral("user"));
    m_user->setText(settings.value(kUserKey).toString());
    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("password"));
    m_password->setEchoMode(QLineEdit::Password);

    m_error = makeErrorLabel(this);

    auto *form = new QFormLayout;
    form->addRow(tr("&Server:"), m_server);
    form->addRow(tr("&User:"), m_user);
    form->addRow(tr("&Password:"), m_password);

    auto *buttons = new QDialogButtonBox(this);
    m_signIn = buttons->addButton(tr("Sign in"), QDialogButtonBox::AcceptRole);
    m_signIn->setObjectName(QStringLiteral("signIn"));
    m_signIn->setDefault(true);
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::signIn);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *title = new QLabel(tr("Sign in to Concord"), this);
    QFont f = title->font();
    f.setPointSizeF(f.pointSizeF() * 1.4);
    f.setBold(true);
    title->setFont(f);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(title);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addWidget(buttons);

    if (client) {
        connect(client, &RpcClient::stateChanged, this, &LoginDialog::onStateChanged);
        connect(client, &RpcClient::connectionError, this, [this](const QString &message) {
            if (!m_waitingForConnection) return;
            m_waitingForConnection = false;
            if (m_client) m_client->disconnectFromServer();
            setBusy(false);
            showError(
                tr("Cannot connect to the server %1: %2").arg(m_server->currentText().trimmed(), message));
        });
        connect(
            client, &RpcClient::certificateChanged, this,
            [this](const QString &hostPort, const QString &pinned, const QString &presented) {
                m_waitingForConnection = false;
                setBusy(false);
                showError(
                    tr("The server %1 presents a different certificate than before. This can mean an attack; "
                       "do not sign in and call your administrator.")
                        .arg(hostPort));
                // Only after the loud warning, and only by an explicit choice, is the new one trusted.
                if (!askToAcceptCertificate(this, hostPort, pinned, presented) || !m_client) return;
                m_error->hide();
                setBusy(true);
                m_waitingForConnection = true;
                m_client->acceptCertificate(presented);
            });
    }
    if (m_user->text().isEmpty())
        m_user->setFocus();
    else
        m_password->setFocus();
}

void LoginDialog::setServer(const QString &hostPort)
{
    m_server->setCurrentText(hostPort);
}
QString LoginDialog::server() const
{
    return m_server->currentText().trimmed();
}
void LoginDialog::setUser(const QString &user)
{
    m_user->setText(user);
}

bool LoginDialog::parseServer(const QString &text, QString *host, quint16 *port)
{
    const QString t = text.trimmed();
    const int colon = t.lastIndexOf(QLatin1Char(':'));
    QString h = colon < 0 ? t : t.left(colon);
    int p = 7443;
    if (colon >= 0) {
        bool ok = false;
        p = t.mid(colon + 1).toInt(&ok);
        if (!ok || p <= 0 || p > 65535) return false;
    }
    if (h.startsWith(QLatin1Char('[')) && h.endsWith(QLatin1Char(']'))) h = h.mid(1, h.size() - 2);
    if (h.isEmpty()) return false;
    *host = h;
    *port = quint16(p);
    return true;
}

void LoginDialog::setBusy(bool busy)
{
    m_signIn->setEnabled(!busy);
    m_server->setEnabled(!busy);
    if (busy)
        setCursor(Qt::BusyCursor);
    else
        unsetCursor();
}

void LoginDialog::showError(const QString &text)
{
    m_error->setText(text);
    m_error->setVisible(!text.isEmpty());
}

void LoginDialog::signIn()
{
    if (!m_client) return;
    showError({});
    QString host;
    quint16 port = 0;
    if (!parseServer(m_server->currentText(), &host, &port)) {
        showError(tr("Enter the server as host:port, for example 127.0.0.1:7443."));
        return;
    }
    if (m_user->text().trimmed().isEmpty()) {
        showError(tr("Enter your user name."));
        return;
    }
    setBusy(true);
    const bool sameServer = m_client->options().host == host && m_client->options().port == port;
    if (sameServer && m_client->isReady()) {
        sendLogin();
        return;
    }
    RpcClient::Options o = m_base;
    o.host = host;
    o.port = port;
    m_waitingForConnection = true;
    m_client->connectToServer(o);
}

void LoginDialog::onStateChanged(RpcClient::State state)
{
    if (m_waitingForConnection && state == RpcClient::State::Connected) {
        m_waitingForConnection = false;
        sendLogin();
    }
}

void LoginDialog::sendLogin()
{
    PendingCall *call = m_client->login(m_user->text().trimmed(), m_password->text());
    connect(call, &PendingCall::finished, this, [this, call] {
        if (call->isError()) {
            setBusy(false);
            m_password->clear();
            m_password->setFocus();
            showError(errorText(call->error()));
            return;
        }
        onLoggedIn(call->result().value(QStringLiteral("passwordExpired")).toBool());
    });
}

void LoginDialog::onLoggedIn(bool passwordExpired)
{
    remember(m_client->hostPort());
    QSettings().setValue(kUserKey, m_user->text().trimmed());
    m_password->clear();
    if (!m_client->mustChangePassword()) {
        setBusy(false);
        accept();
        return;
    }
    auto *change = new ChangePasswordDialog(m_client, passwordExpired, this);
    change->setAttribute(Qt::WA_DeleteOnClose);
    connect(change, &QDialog::accepted, this, [this] {
        setBusy(false);
        accept();
    });
    connect(change, &QDialog::rejected, this, [this] {
        setBusy(false);
        if (m_client) m_client->logout();
        showError(tr("You must change your password before you can use Concord."));
    });
    change->open();
}

void LoginDialog::remember(const QString &hostPort)
{
    QSettings settings;
    QStringList servers = settings.value(kServersKey).toStringList();
    servers.removeAll(hostPort);
    servers.prepend(hostPort);
    while (servers.size() > kRememberedServers)
        servers.removeLast();
    settings.setValue(kServersKey, servers);
}

} // namespace concord::ui
