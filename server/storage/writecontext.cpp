#include "storage/writecontext.h"

#include "json/canonicaljson.h"

#include <QJsonArray>

namespace concord {

QJsonObject EventRecord::toJson() const
{
    return {{QStringLiteral("seq"), seq}, {QStringLiteral("at"), at}, {QStringLiteral("topic"), topic}, {QStringLiteral("data"), data}};
}

QJsonObject WriteContext::auditContent(qint64 seq, const QString &at, qint64 userId, const QString &username,
                                       const QString &action, const QString &recordType, const QString &recordId,
                                       const QJsonObject &changes, const QString &reason, const QString &peer,
                                       const QByteArray &prevHash)
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("at"), at},
            {QStringLiteral("userId"), userId},
            {QStringLiteral("username"), username},
            {QStringLiteral("action"), action},
            {QStringLiteral("recordType"), recordType},
            {QStringLiteral("recordId"), recordId},
            {QStringLiteral("changes"), changes},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("peer"), peer},
            {QStringLiteral("prevHash"), QString::fromLatin1(prevHash)}};
}

QByteArray WriteContext::auditCanonical(qint64 seq, const QString &at, qint64 userId, const QString &username,
                                       const QString &action, const QString &recordType, const QString &recordId,
                                       const QByteArray &changesCanonical, const QString &reason, const QString &peer,
                                       const QByteArray &prevHash)
{
    // Keys in canonical (sorted) order.
    QByteArray out;
    out.reserve(256 + changesCanonical.size());
    out.append("{\"action\":");
    appendCanonicalString(out, action);
    out.append(",\"at\":");
    appendCanonicalString(out, at);
    out.append(",\"changes\":");
    out.append(changesCanonical);
    out.append(",\"peer\":");
    appendCanonicalString(out, peer);
    out.append(",\"prevHash\":");
    appendCanonicalString(out, QString::fromLatin1(prevHash));
    out.append(",\"reason\":");
    appendCanonicalString(out, reason);
    out.append(",\"recordId\":");
    appendCanonicalString(out, recordId);
    out.append(",\"recordType\":");
    appendCanonicalString(out, recordType);
    out.append(",\"seq\":");
    out.append(QByteArray::number(seq));
    out.append(",\"userId\":");
    out.append(QByteArray::number(userId));
    out.append(",\"username\":");
    appendCanonicalString(out, username);
    out.append('}');
    return out;
}

qint64 WriteContext::audit(const QString &action, const QString &recordType, const QString &recordId,
                           const QJsonObject &changes, const QString &reason)
{
    const qint64 seq = m_chain.auditSeq + 1;
    const QByteArray changesCanonical = canonicalJson(changes);
    const QByteArray hash = sha256Hex(auditCanonical(seq, m_now, m_principal.userId, m_principal.username, action, recordType,
                                                     recordId, changesCanonical, reason, m_principal.peer, m_chain.auditHash));
    m_sql.exec(QStringLiteral("audit.insert"),
               {seq, m_now, m_principal.userId, m_principal.username, action, recordType, recordId,
                QString::fromUtf8(changesCanonical), reason, m_principal.peer, QString::fromLatin1(m_chain.auditHash),
                QString::fromLatin1(hash)});
    m_chain.auditSeq = seq;
    m_chain.auditHash = hash;
    return seq;
}

qint64 WriteContext::emitEvent(const QString &topic, const QJsonObject &data)
{
    const qint64 seq = m_chain.eventSeq + 1;
    m_sql.exec(QStringLiteral("event.insert"), {seq, m_now, topic, QString::fromUtf8(canonicalJson(data))});
    m_chain.eventSeq = seq;
    m_events.append({seq, m_now, topic, data});
    return seq;
}

QJsonObject diff(const QJsonObject &before, const QJsonObject &after)
{
    QJsonObject out;
    QStringList keys = before.keys() + after.keys();
    keys.removeDuplicates();
    for (const QString &k : keys) {
        const QJsonValue a = before.value(k);
        const QJsonValue b = after.value(k);
        if (a != b)
            out.insert(k, QJsonArray{a.isUndefined() ? QJsonValue() : a, b.isUndefined() ? QJsonValue() : b});
    }
    return out;
}

} // namespace concord
