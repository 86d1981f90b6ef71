#include "shell/errortext.h"

#include <QCoreApplication>
#include <QLabel>

namespace concord::ui {

QString errorText(const RpcError &error)
{
    const QString &code = error.dataCode;
    if (code == QLatin1String("auth.invalid_credentials"))
        return QCoreApplication::translate("ErrorText", "The user name or password is wrong.");
    if (code == QLatin1String("auth.locked"))
        return QCoreApplication::translate("ErrorText",
                                           "This account is locked after too many failed sign-in attempts. "
                                           "Ask an administrator to unlock it.");
    if (code == QLatin1String("auth.inactive"))
        return QCoreApplication::translate("ErrorText", "This account is deactivated. Ask an administrator.");
    if (code == QLatin1String("auth.password_change_required"))
        return QCoreApplication::translate("ErrorText", "Change your password before doing anything else.");
    if (code == QLatin1String("auth.password_reused"))
        return QCoreApplication::translate("ErrorText",
                                           "The new password was used recently. Choose another one.");
    if (code == QLatin1String("auth.password_policy"))
        return QCoreApplication::translate("ErrorText",
                                           "The new password does not meet the password policy: %1")
            .arg(error.args.value(QStringLiteral("rule")).toString());
    if (code == QLatin1String("auth.password_change_failed"))
        return QCoreApplication::translate("ErrorText", "The password could not be changed.");
    if (code == QLatin1String("auth.required") || code == QLatin1String("auth.session_expired"))
        return QCoreApplication::translate("ErrorText", "Your session has ended. Sign in again.");
    if (code == QLatin1String("auth.denied") || code == QLatin1String("auth.not_a_person"))
        return QCoreApplication::translate("ErrorText", "You do not have permission to do this.");
    if (code == QLatin1String("client.disconnected"))
        return QCoreApplication::translate("ErrorText",
                                           "Not connected to the server. Check the network and try again.");
    if (code == QLatin1String("client.timeout"))
        return QCoreApplication::translate("ErrorText", "The server did not answer in time. Try again.");
    if (code.startsWith(QLatin1String("client.")))
        return QCoreApplication::translate("ErrorText", "Cannot reach the server: %1").arg(error.message);
    if (error.message.isEmpty())
        return QCoreApplication::translate("ErrorText", "The request failed (%1).").arg(code);
    return QCoreApplication::translate("ErrorText", "The request failed: %1 (%2)").arg(error.message, code);
}

QLabel *makeErrorLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("error"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("color: #b00020;"));
    label->hide();
    return label;
}

} // namespace concord::ui
