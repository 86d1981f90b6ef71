#pragma once
#include <QCoreApplication>
#include <QJsonObject>
#include <QString>

namespace concord::ui {

// How signatures read for a person: meanings, record types and the Part 11 manifestation
// (printed name, local date and time with zone, meaning), translated. Shared by the signature
// dialog and every list of signatures.
class SignatureText
{
    Q_DECLARE_TR_FUNCTIONS(SignatureText)
public:
    // "approved" -> "Approved"; an unknown meaning is shown as it is.
    static QString meaning(const QString &meaning);
    // What signing with this meaning declares, e.g. "By signing, you approve this record."
    static QString statement(const QString &meaning);
    // A role in a separation-of-duties refusal ("author", "approved", "administrator" ...).
    static QString dutyRole(const QString &role);
    // A record type as a person names it ("role_change" -> "Role change").
    static QString recordType(const QString &recordType);
    // A record's workflow status ("pending", "applied", "cancelled", "inactive").
    static QString status(const QString &status);
    // A server UTC timestamp in local time with the time zone, e.g. "2026-03-02 15:04:05 CET".
    static QString localTime(const QString &utcIso);
    // "Signed by <printed name> on <local time> — <meaning>".
    static QString manifestation(const QJsonObject &signature);
};

} // namespace concord::ui
