#include "shell/errortext.h"

#include "core/datadictionary.h"
#include "core/timetext.h"
#include "signature/signaturetext.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QLabel>
#include <QRegularExpression>
#include <algorithm>

namespace concord::ui {

namespace {
// Master data by its dictionary label, otherwise the record types of signatures and accounts.
QString recordTypeText(const QString &type)
{
    const QString label = DataDictionary::entityLabel(type);
    return label != type ? label : SignatureText::recordType(type);
}

QString argText(const RpcError &error, const char *key)
{
    return error.args.value(QLatin1String(key)).toVariant().toString();
}

// The rule texts of master data, versions, coding rules and change orders; empty for other codes.
QString masterDataRuleText(const RpcError &error)
{
    const QString &code = error.dataCode;
    const QString type = recordTypeText(argText(error, "recordType"));
    const QString id = argText(error, "recordId");
    if (code == QLatin1String("rule.version_not_editable"))
        return QCoreApplication::translate(
                   "ErrorText", "%1 %2 version %3 is %4: an approved or reviewed version never changes. Save a new "
                                "draft instead and put it on a change order.")
            .arg(type, id, argText(error, "version"), DataDictionary::valueLabel(argText(error, "status")));
    if (code == QLatin1String("rule.version_on_change_order"))
        return QCoreApplication::translate("ErrorText",
                                           "%1 %2 is on change order %3. Take it off that change order first.")
            .arg(type, id, argText(error, "number"));
    if (code == QLatin1String("rule.no_draft"))
        return QCoreApplication::translate("ErrorText",
                                           "%1 %2 has no open draft (version %3 is %4). Save a draft first.")
            .arg(type, id, argText(error, "version"), DataDictionary::valueLabel(argText(error, "status")));
    if (code == QLatin1String("rule.not_in_force"))
        return QCoreApplication::translate("ErrorText", "No version of %1 %2 was in force at %3.")
            .arg(type, id, timetext::localFromServer(argText(error, "asOf")));
    if (code == QLatin1String("rule.code_pattern"))
        return QCoreApplication::translate(
                   "ErrorText", "The code “%1” does not match the coding rule “%2”: it must be %3 (pattern %4).")
            .arg(argText(error, "value"), argText(error, "rule"), codePatternText(argText(error, "pattern")),
                 argText(error, "pattern"));
    if (code == QLatin1String("rule.code_not_numbered"))
        return QCoreApplication::translate(
                   "ErrorText", "The coding rule “%1” (%2) has no sequence number, so the server cannot number "
                                "these codes. Ask an administrator to change the rule.")
            .arg(argText(error, "rule"), argText(error, "pattern"));
    if (code == QLatin1String("rule.code_exhausted"))
        return QCoreApplication::translate(
                   "ErrorText", "The coding rule “%1” (%2) has used all its numbers for this period. Ask an "
                                "administrator to widen the rule.")
            .arg(argText(error, "rule"), argText(error, "pattern"));
    if (code == QLatin1String("rule.bom_cycle"))
        return QCoreApplication::translate("ErrorText", "The bill of materials would contain itself: %1.")
            .arg(argText(error, "path"));
    if (code == QLatin1String("rule.hierarchy_cycle"))
        return QCoreApplication::translate("ErrorText", "%1 %2 would be its own parent.").arg(type, id);
    if (code == QLatin1String("rule.unit_incompatible"))
        return QCoreApplication::translate("ErrorText", "%1 (%2) cannot be converted to %3 (%4).")
            .arg(argText(error, "from"), DataDictionary::valueLabel(argText(error, "fromDimension")),
                 argText(error, "to"), DataDictionary::valueLabel(argText(error, "toDimension")));
    if (code == QLatin1String("rule.effective_before_approval"))
        return QCoreApplication::translate(
                   "ErrorText", "%1 cannot take effect at %2: that is before now (%3). A version never takes "
                                "effect before its approval.")
            .arg(id, timetext::localFromServer(argText(error, "effectiveFrom")),
                 timetext::localFromServer(argText(error, "now")));
    if (code == QLatin1String("rule.change_order_empty"))
        return QCoreApplication::translate("ErrorText", "Change order %1 lists nothing to change.").arg(id);
    if (code == QLatin1String("validation.failed")) {
        const int count = error.args.value(QStringLiteral("count")).toInt(int(error.details.size()));
        return QCoreApplication::translate("ErrorText", "%n field(s) are not valid; see the marked fields.",
                                           nullptr, std::max(count, 1));
    }
    return {};
}
} // namespace

QString errorText(const RpcError &error)
{
    const QString &code = error.dataCode;
    if (const QString text = masterDataRuleText(error); !text.isEmpty())
        return text;
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
            .arg(recordTypeText(error.args.value(QStringLiteral("recordType")).toString()),
                 error.args.value(QStringLiteral("value")).toString());
    if (code == QLatin1String("rule.user_reserved"))
        return QCoreApplication::translate(
                   "ErrorText", "The user ID “%1” is taken or was used before. User IDs are never reused.")
            .arg(error.args.value(QStringLiteral("user")).toString());
    if (code == QLatin1String("rule.last_admin"))
        return QCoreApplication::translate("ErrorText", "This change would leave no active administrator.");
    if (code == QLatin1String("not_found"))
        return QCoreApplication::translate("ErrorText", "%1 %2 does not exist.")
            .arg(recordTypeText(error.args.value(QStringLiteral("recordType")).toString()),
                 error.args.value(QStringLiteral("recordId")).toString());
    if (code == QLatin1String("server.unaudited_write"))
        return QCoreApplication::translate("ErrorText", "The change was not saved: it would have left no entry in the audit trail. "
                                                        "This is a fault of the server; tell your administrator (%1).")
            .arg(argText(error, "method"));
    if (code == QLatin1String("limit.sign_in_busy"))
        return QCoreApplication::translate("ErrorText", "Too many sign-in attempts at once from this computer or network address. "
                                                        "Wait a moment, then sign in again.");
    if (code == QLatin1String("conflict.idempotency_key"))
        return QCoreApplication::translate("ErrorText", "The server already received a different request under the same request key. "
                                                        "Nothing was changed; try again.");
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

QString sessionEndText(const QString &reason)
{
    if (reason == QLatin1String("password reset"))
        return QCoreApplication::translate("ErrorText", "An administrator reset your password, so every session of your account "
                                                        "ended. Sign in with the temporary password you were given, then choose a new one.");
    if (reason == QLatin1String("password changed"))
        return QCoreApplication::translate("ErrorText", "Your password was changed in another session. Sign in again with the new password.");
    if (reason == QLatin1String("account deactivated"))
        return QCoreApplication::translate("ErrorText", "Your account was deactivated. Ask an administrator.");
    if (reason == QLatin1String("account locked"))
        return QCoreApplication::translate("ErrorText", "Your account is locked after too many failed attempts. Ask an administrator to unlock it.");
    if (reason == QLatin1String("idle timeout"))
        return QCoreApplication::translate("ErrorText", "Your session ended after a time without activity. Sign in again to continue.");
    return QCoreApplication::translate("ErrorText", "The server ended your session. Sign in again to continue.");
}

QString validationDetailText(const FieldError &detail, const QString &fieldLabel, const QJsonObject &field)
{
    const QString &code = detail.code;
    const auto fieldText = [&field](const char *key) { return field.value(QLatin1String(key)).toVariant().toString(); };
    const QString type = fieldText("type");
    if (code == QLatin1String("required"))
        return QCoreApplication::translate("ErrorText", "%1 is required.").arg(fieldLabel);
    if (code == QLatin1String("maxLength")) {
        const int max = field.value(QStringLiteral("maxLength")).toInt();
        if (max > 0)
            return QCoreApplication::translate("ErrorText", "%1 can have at most %n character(s).", nullptr, max)
                .arg(fieldLabel);
        return QCoreApplication::translate("ErrorText", "%1 is too long.").arg(fieldLabel);
    }
    if (code == QLatin1String("pattern"))
        return QCoreApplication::translate("ErrorText", "%1 has the wrong format.").arg(fieldLabel);
    if (code == QLatin1String("enum")) {
        QStringList allowed;
        for (const QJsonValue &v : field.value(QStringLiteral("allowedValues")).toArray())
            allowed.append(DataDictionary::valueLabel(v.toString()));
        if (allowed.isEmpty())
            return QCoreApplication::translate("ErrorText", "%1 has a value that is not allowed.").arg(fieldLabel);
        return QCoreApplication::translate("ErrorText", "%1 must be one of: %2.")
            .arg(fieldLabel, allowed.join(QCoreApplication::translate("ErrorText", ", ")));
    }
    if (code == QLatin1String("type") || code == QLatin1String("format")) {
        if (type == QLatin1String("date"))
            return QCoreApplication::translate("ErrorText", "%1 must be a date (year-month-day).").arg(fieldLabel);
        if (type == QLatin1String("integer"))
            return QCoreApplication::translate("ErrorText", "%1 must be a whole number.").arg(fieldLabel);
        if (type == QLatin1String("decimal"))
            return QCoreApplication::translate("ErrorText", "%1 must be a number, e.g. 1.5.").arg(fieldLabel);
        if (type == QLatin1String("ref"))
            return QCoreApplication::translate("ErrorText", "%1 must be the code of a %2.")
                .arg(fieldLabel, DataDictionary::entityLabel(fieldText("ref")));
        if (type == QLatin1String("bool"))
            return QCoreApplication::translate("ErrorText", "%1 must be yes or no.").arg(fieldLabel);
        return QCoreApplication::translate("ErrorText", "%1 has the wrong kind of value.").arg(fieldLabel);
    }
    if (code == QLatin1String("minimum")) {
        const QString min = fieldText("minimum");
        if (min.isEmpty())
            return QCoreApplication::translate("ErrorText", "%1 is too small.").arg(fieldLabel);
        const QString unit = DataDictionary::unitOf(field);
        const QString limit = unit.isEmpty() ? min : min + QLatin1Char(' ') + unit;
        return field.value(QStringLiteral("minimumExclusive")).toBool()
                   ? QCoreApplication::translate("ErrorText", "%1 must be greater than %2.").arg(fieldLabel, limit)
                   : QCoreApplication::translate("ErrorText", "%1 must be at least %2.").arg(fieldLabel, limit);
    }
    if (code == QLatin1String("maximum")) {
        const QString max = fieldText("maximum");
        if (max.isEmpty())
            return QCoreApplication::translate("ErrorText", "%1 is too large.").arg(fieldLabel);
        const QString unit = DataDictionary::unitOf(field);
        return QCoreApplication::translate("ErrorText", "%1 must be at most %2.")
            .arg(fieldLabel, unit.isEmpty() ? max : max + QLatin1Char(' ') + unit);
    }
    if (code == QLatin1String("ref"))
        return QCoreApplication::translate("ErrorText", "%1: there is no %2 with this code.")
            .arg(fieldLabel, DataDictionary::entityLabel(fieldText("ref")));
    if (code == QLatin1String("duplicate"))
        return QCoreApplication::translate("ErrorText", "%1: this value appears twice; each row needs its own.")
            .arg(fieldLabel);
    if (code == QLatin1String("limits"))
        return QCoreApplication::translate("ErrorText",
                                           "%1 does not fit the related values: limits must be minimum ≤ target ≤ "
                                           "maximum, and an end date must come after the start date.")
            .arg(fieldLabel);
    if (code == QLatin1String("unit_incompatible"))
        return QCoreApplication::translate("ErrorText",
                                           "%1: the unit measures something else than needed (a mass where a "
                                           "count is needed, for example).")
            .arg(fieldLabel);
    if (code == QLatin1String("check_digit"))
        return QCoreApplication::translate("ErrorText", "%1: the GS1 check digit (the last digit) is wrong.")
            .arg(fieldLabel);
    if (code == QLatin1String("finished_only"))
        return QCoreApplication::translate("ErrorText", "%1: only finished devices have this.").arg(fieldLabel);
    if (code == QLatin1String("material_type"))
        return QCoreApplication::translate(
                   "ErrorText", "%1: only finished and semi-finished materials have a bill of materials.")
            .arg(fieldLabel);
    if (code == QLatin1String("level"))
        return QCoreApplication::translate("ErrorText",
                                           "%1: the equipment is on the wrong level of the hierarchy (a work "
                                           "centre is needed, or the parent must be on a higher level).")
            .arg(fieldLabel);
    if (code == QLatin1String("offset_not_allowed"))
        return QCoreApplication::translate("ErrorText", "%1: only temperature units have a zero offset.")
            .arg(fieldLabel);
    if (code == QLatin1String("unknown"))
        return QCoreApplication::translate("ErrorText", "%1 is not a known field.").arg(fieldLabel);
    if (code == QLatin1String("immutable"))
        return QCoreApplication::translate("ErrorText", "%1 never changes.").arg(fieldLabel);
    return QCoreApplication::translate("ErrorText", "%1: %2").arg(fieldLabel, detail.message);
}

QString codePatternText(const QString &pattern)
{
    static const QRegularExpression token(QStringLiteral("\\{([a-zA-Z]+)(?::(\\d+)(?:-(\\d+))?)?\\}"));
    QStringList parts;
    qsizetype at = 0;
    const auto literal = [&parts](const QString &text) {
        if (!text.isEmpty()) parts.append(QCoreApplication::translate("ErrorText", "“%1”").arg(text));
    };
    auto it = token.globalMatch(pattern);
    while (it.hasNext()) {
        const auto m = it.next();
        literal(pattern.mid(at, m.capturedStart() - at));
        at = m.capturedEnd();
        const QString name = m.captured(1);
        const int lo = m.captured(2).toInt();
        const int hi = m.captured(3).isEmpty() ? lo : m.captured(3).toInt();
        const QString count = hi > lo ? QCoreApplication::translate("ErrorText", "%1 to %2").arg(lo).arg(hi)
                                      : QString::number(lo);
        if (name == QLatin1String("yyyy"))
            parts.append(QCoreApplication::translate("ErrorText", "the year (4 digits)"));
        else if (name == QLatin1String("yy"))
            parts.append(QCoreApplication::translate("ErrorText", "the year (2 digits)"));
        else if (name == QLatin1String("MM"))
            parts.append(QCoreApplication::translate("ErrorText", "the month (2 digits)"));
        else if (name == QLatin1String("dd"))
            parts.append(QCoreApplication::translate("ErrorText", "the day (2 digits)"));
        else if (name == QLatin1String("seq"))
            parts.append(QCoreApplication::translate("ErrorText", "a %1-digit sequence number").arg(count));
        else if (name == QLatin1String("alpha"))
            parts.append(QCoreApplication::translate("ErrorText", "%1 capital letters").arg(count));
        else if (name == QLatin1String("digit"))
            parts.append(QCoreApplication::translate("ErrorText", "%1 digits").arg(count));
        else if (name == QLatin1String("code"))
            parts.append(QCoreApplication::translate("ErrorText", "%1 capital letters, digits or hyphens").arg(count));
        else
            parts.append(m.captured(0));
    }
    literal(pattern.mid(at));
    return parts.join(QCoreApplication::translate("ErrorText", ", "));
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
