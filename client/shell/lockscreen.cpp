#include "shell/lockscreen.h"

#include "core/pendingcall.h"
#include "core/rpcclient.h"
#include "shell/errortext.h"

#include <QDateTime>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace concord::ui {

LockScreen::LockScreen(RpcClient *client, QWidget *parent) : QWidget(parent), m_client(client)
{
    setObjectName(QStringLiteral("lockScreen"));
    auto *title = new QLabel(tr("Concord is locked"), this);
    title->setObjectName(QStringLiteral("lockTitle"));
    QFont big = title->font();
    big.setPointSizeF(big.pointSizeF() * 1.8);
    big.setBold(true);
    title->setFont(big);
    title->setAlignment(Qt::AlignCenter);

    m_who = new QLabel(this);
    m_who->setObjectName(QStringLiteral("lockedUser"));
    m_who->setAlignment(Qt::AlignCenter);
    m_who->setWordWrap(true);

    m_password = new QLineEdit(this);
    m_password->setObjectName(QStringLiteral("unlockPassword"));
    m_password->setEchoMode(QLineEdit::Password);
    m_password->setPlaceholderText(tr("Password"));
    m_password->setMinimumWidth(280);
    m_unlock = new QPushButton(tr("&Unlock"), this);
    m_unlock->setObjectName(QStringLiteral("unlock"));
    m_unlock->setDefault(true);
    auto *signOut = new QPushButton(tr("Sign &out"), this);
    signOut->setObjectName(QStringLiteral("signOut"));
    m_error = makeErrorLabel(this);
    m_error->setAlignment(Qt::AlignCenter);

    connect(m_password, &QLineEdit::returnPressed, this, &LockScreen::unlock);
    connect(m_unlock, &QPushButton::clicked, this, &LockScreen::unlock);
    connect(signOut, &QPushButton::clicked, this, &LockScreen::signOutRequested);

    auto *fieldRow = new QHBoxLayout;
    fieldRow->addStretch();
    fieldRow->addWidget(m_password);
    fieldRow->addWidget(m_unlock);
    fieldRow->addStretch();
    auto *signOutRow = new QHBoxLayout;
    signOutRow->addStretch();
    signOutRow->addWidget(signOut);
    signOutRow->addStretch();

    auto *layout = new QVBoxLayout(this);
    layout->addStretch(2);
    layout->addWidget(title);
    layout->addSpacing(12);
    layout->addWidget(m_who);
    layout->addSpacing(18);
    layout->addLayout(fieldRow);
    layout->addWidget(m_error);
    layout->addSpacing(24);
    layout->addLayout(signOutRow);
    layout->addStretch(3);
}

void LockScreen::prepare()
{
    m_password->clear();
    m_error->hide();
    m_unlock->setEnabled(true);
    QString name, user;
    if (m_client) {
        name = m_client->user().value(QStringLiteral("fullName")).toString();
        user = m_client->user().value(QStringLiteral("username")).toString();
    }
    const QDateTime at = m_client ? m_client->serverTime().toLocalTime() : QDateTime::currentDateTime();
    m_who->setText(tr("Signed in as %1 (%2). Locked since %3.\nOnly %1 can unlock; anyone else signs out.")
                       .arg(name.isEmpty() ? user : name, user,
                            QLocale().toString(at, QStringLiteral("yyyy-MM-dd HH:mm t"))));
    m_password->setFocus();
}

void LockScreen::unlock()
{
    if (!m_client || !m_unlock->isEnabled())
        return;
    if (m_password->text().isEmpty()) {
        m_error->setText(tr("Enter your password."));
        m_error->show();
        return;
    }
    m_unlock->setEnabled(false);
    m_error->hide();
    PendingCall *call = m_client->unlock(m_password->text());
    connect(call, &PendingCall::finished, this, [this, call] {
        m_unlock->setEnabled(true);
        m_password->clear();
        if (call->isError()) {
            m_error->setText(errorText(call->error()));
            m_error->show();
            m_password->setFocus();
            return;
        }
        Q_EMIT unlocked();
    });
}

} // namespace concord::ui
