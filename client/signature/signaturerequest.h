#pragma once
#include <QList>
#include <QPair>
#include <QString>

namespace concord::ui {

// What a SignatureDialog signs: one version of one record with one meaning, exactly as
// signature.sign takes it, plus the human summary the signer reads before signing. The server binds
// the signature to the SHA-256 of that version's content and refuses it if the record has moved on
// (rule.stale_version), so recordVersion must be the version the summary was made from.
struct SignatureRequest
{
    QString recordType; // a signable record type of the server, e.g. "role_change"
    QString recordId;
    int recordVersion = 0; // the record's rowVersion as shown to the signer
    QString meaning;       // "authored", "reviewed", "approved", "released" ...
    QString title; // translated one-line summary, e.g. "Roles of planner: planner → inspector, planner"
    QList<QPair<QString, QString>> lines; // translated label and value, shown in this order
};

} // namespace concord::ui
