#include "identity/temporarypassworddialog.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QFontDatabase>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace concord::ui {

TemporaryPasswordDialog::TemporaryPasswordDialog(const QString &username, const QString &fullName,
                                                 const QString &password, QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("temporaryPasswordDialog"));
    setWindowTitle(tr("Temporary password"));
    auto *intro = new QLabel(tr("The temporary password for %1 (user ID %2):").arg(fullName, username), this);
    intro->setObjectName(QStringLiteral("temporaryPasswordFor"));
    intro->setWordWrap(true);

    m_password = new QLineEdit(password, this);
    m_password->setObjectName(QStringLiteral("temporaryPassword"));
    m_password->setReadOnly(true);
    QFont mono = QFontDatabase::systemFont(QFontDatabase::FixedFont);
    mono.setPointSizeF(mono.pointSizeF() * 1.4);
    m_password->setFont(mono);
    m_password->setMinimumWidth(m_password->fontMetrics().horizontalAdvance(password) + 24);
    auto *copy = new QPushButton(tr("&Copy"), this);
    copy->setObjectName(QStringLiteral("copyPassword"));
    auto *copied = new QLabel(this);
    copied->setObjectName(QStringLiteral("copied"));
    connect(copy, &QPushButton::clicked, this, [this, copied] {
        QApplication::clipboard()->setText(m_password->text());
        copied->setText(tr("Copied."));
    });
    auto *row = new QHBoxLayout;
    row->addWidget(m_password, 1);
    row->addWidget(copy);

    auto *warning =
        new QLabel(tr("This password is shown only now and cannot be shown again. Hand it to the user "
                      "in a safe way; they must change it when they first sign in. If it is lost, "
                      "reset the password again."),
                   this);
    warning->setObjectName(QStringLiteral("temporaryPasswordWarning"));
    warning->setWordWrap(true);
    warning->setStyleSheet(QStringLiteral("color: #b00020; font-weight: bold;"));

    auto *buttons = new QDialogButtonBox(this);
    auto *done = buttons->addButton(tr("I have &noted the password"), QDialogButtonBox::AcceptRole);
    done->setObjectName(QStringLiteral("close"));
    connect(done, &QPushButton::clicked, this, &QDialog::accept);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(row);
    layout->addWidget(copied);
    layout->addWidget(warning);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

} // namespace concord::ui
