#include "shell/errortext.h"

#include "signature/signaturetext.h"

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
    if (code == QLatin1String("auth.session_locked"))
        return QCoreApplication::translate("ErrorText", "The screen is locked. Unlock it with your password first.");
    if (code == QLatin1String("auth.denied") || code == QLatin1String("auth.not_a_person"))
        return QCoreApplication::translate("ErrorText", "You do not have permission to do this.");
    // Signatures, records and accounts (signature dialog, administration).
    if (code == QLatin1String("signature.password"))
        return QCoreApplication::translate("ErrorText", "The user ID or password is wrong.");
    if (code == QLatin1String("signature.components_required"))
        return QCoreApplication::translate(
            "ErrorText", "The first signature in a session needs your user ID and your password.");
    if (code == QLatin1String("signature.duplicate"))
        return QCoreApplication::translate("ErrorText",
                                           "You have already signed version %1 of this record as “%2”.")
            .arg(error.args.value(QStringLiteral("recordVersion")).toInt())
            .arg(SignatureText::meaning(error.args.value(QStringLiteral("meaning")).toString()));
    if (code == QLatin1String("rule.separation_of_duties"))
        return QCoreApplication::translate(
                   "ErrorText", "Separation of duties: the same person cannot be both %1 and %2 of this "
                                "record. Another person must do this.")
            .arg(SignatureText::dutyRole(error.args.value(QStringLiteral("firstRole")).toString()),
                 SignatureText::dutyRole(error.args.value(QStringLiteral("secondRole")).toString()));
    if (code == QLatin1String("rule.stale_version"))
        return QCoreApplication::translate(
                   "ErrorText", "The record was changed after you opened it: you are signing version %1, "
                                "it is now at version %2. Review the current version and sign again.")
            .arg(error.args.value(QStringLiteral("givenVersion")).toInt())
            .arg(error.args.value(QStringLiteral("currentVersion")).toInt());
    if (code == QLatin1String("rule.signature_sequence"))
        return QCoreApplication::translate("ErrorText", "This signature needs a valid “%1” signature first.")
            .arg(SignatureText::meaning(error.args.value(QStringLiteral("requires")).toString()));
    if (code == QLatin1String("rule.signature_meaning"))
        return QCoreApplication::translate("ErrorText", "This record cannot be signed as “%1”.")
            .arg(SignatureText::meaning(error.args.value(QStringLiteral("meaning")).toString()));
    if (code == QLatin1String("rule.record_not_pending"))
        return QCoreApplication::translate(
                   "ErrorText", "%1 %2 is already closed (%3) and can no longer be changed or signed.")
            .arg(SignatureText::recordType(error.args.value(QStringLiteral("recordType")).toString()),
                 error.args.value(QStringLiteral("recordId")).toString(),
                 SignatureText::status(error.args.value(QStringLiteral("status")).toString()));
    if (code == QLatin1String("conflict"))
        return QCoreApplication::translate(
            "ErrorText", "Someone else changed this record meanwhile. The current data is loaded "
                         "again: check it and repeat your change.");
    if (code == QLatin1String("conflict.duplicate"))
        return QCoreApplication::translate("ErrorText", "%1 “%2” already exists.")
            .arg(SignatureText::recordType(error.args.value(QStringLiteral("recordType")).toString()),
                 error.args.value(QStringLiteral("value")).toString());
    if (code == QLatin1String("rule.user_reserved"))
        return QCoreApplication::translate(
                   "ErrorText", "The user ID “%1” is taken or was used before. User IDs are never reused.")
            .arg(error.args.value(QStringLiteral("user")).toString());
    if (code == QLatin1String("rule.last_admin"))
        return QCoreApplication::translate("ErrorText", "This change would leave no active administrator.");
    if (code == QLatin1String("not_found"))
        return QCoreApplication::translate("ErrorText", "%1 %2 does not exist.")
            .arg(SignatureText::recordType(error.args.value(QStringLiteral("recordType")).toString()),
                 error.args.value(QStringLiteral("recordId")).toString());
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
