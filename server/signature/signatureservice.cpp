#include "signature/signatureservice.h"

namespace concord {

void SignatureService::registerType(SignableType type) { m_types.insert(type.recordType, std::move(type)); }

const SignableType *SignatureService::find(const QString &recordType) const
{
    const auto it = m_types.constFind(recordType);
    return it == m_types.constEnd() ? nullptr : &*it;
}

QJsonObject SignatureService::signatureContent(const QJsonObject &row)
{
    QJsonObject c;
    for (const char *k : {"recordType", "recordId", "recordVersion", "recordHash", "meaning", "signerId", "signerUsername",
                          "printedName", "signedAt", "reason"})
        c.insert(QString::fromLatin1(k), row.value(QString::fromLatin1(k)));
    return c;
}

} // namespace concord
