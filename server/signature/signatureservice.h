#pragma once
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QList>
#include <QMap>
#include <QString>
#include <functional>
#include <optional>

namespace concord {

class Sql;
class WriteContext;

// A record in the audit trail whose content a signature covers: its content editors since `since`
// (ISO UTC; empty = its whole history) are authors (separation::authors).
struct AuditedRecord
{
    QString recordType;
    QString recordId;
    QString since;
};

// The content of one record version as it is signed.
struct RecordSnapshot
{
    int version = 0;
    QJsonObject content;     // canonical JSON of this is what the signature binds to
    // People who may not sign it where separation of duties applies, besides the content editors
    // of `audited` (e.g. the user a role change is for). Use separation::authors() for the whole set.
    QList<qint64> authors;
    QList<AuditedRecord> audited;
    QString summary;         // one line for the signature dialog and reports
    bool signable = true;    // e.g. false once the record is closed
    QString state;           // workflow state, for messages
};

// A record type that modules register so its versions can be signed (brief 02, P11-50/70).
struct SignableType
{
    QString recordType;
    // meaning -> permission needed to sign with that meaning
    QMap<QString, QString> meanings;
    // meaning -> meaning that must already be validly signed (P11-10f sequence)
    QMap<QString, QString> prerequisites;
    // Optional: further checks of a meaning against the record's own rules (e.g. a change order's
    // approval chain comes from its change class); throws rule.signature_meaning/_sequence.
    // `existing` holds the record's signatures with validity; `signerId` is who signs now.
    std::function<void(Sql &, const RecordSnapshot &, const QString &meaning, const QJsonArray &existing, qint64 signerId)> checkMeaning;
    // meanings for which the signer must not be an author (second person)
    QStringList secondPersonMeanings;
    std::function<std::optional<RecordSnapshot>(Sql &, const QString &recordId)> load;
    // Optional: true when the second-person rule may be waived for this signer (e.g. commissioning
    // with no other person able to approve). A waiver is written into the audit row.
    std::function<bool(Sql &, qint64 signerId, const RecordSnapshot &)> waiveSecondPerson;
    // Called in the signing transaction after the signature row is written.
    std::function<void(WriteContext &, const QString &recordId, const QString &meaning, const RecordSnapshot &)> onSigned;
};

class SignatureService
{
public:
    void registerType(SignableType type);
    const SignableType *find(const QString &recordType) const;
    QStringList types() const { return m_types.keys(); }

    // Canonical content of a signature row; its hash protects name, time and meaning (P11-50b).
    static QJsonObject signatureContent(const QJsonObject &row);

private:
    QHash<QString, SignableType> m_types;
};

} // namespace concord
