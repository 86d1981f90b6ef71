#include "audit/anchorcheck.h"

#include <QSet>
#include <algorithm>

namespace concord {

void AnchorCheck::add(const QJsonObject &anchor, const QString &source, int line)
{
    m_entries.push_back({anchor.value(QStringLiteral("seq")).toInteger(),
                         anchor.value(QStringLiteral("hash")).toString(), anchor, source, line});
    m_prepared = false;
}

void AnchorCheck::prepare()
{
    if (m_prepared) return;
    // In seq order, the first of each (seq, hash) kept: an idle server anchors the same head at
    // every start and stop.
    std::stable_sort(m_entries.begin(), m_entries.end(),
                     [](const Entry &a, const Entry &b) { return a.seq < b.seq; });
    QSet<QPair<qint64, QString>> seen;
    std::erase_if(m_entries, [&seen](const Entry &e) {
        const QPair<qint64, QString> key{e.seq, e.hash};
        if (seen.contains(key)) return true;
        seen.insert(key);
        return false;
    });
    m_prepared = true;
}

void AnchorCheck::found(const Entry &e, const QString &finding, const QString &foundHash)
{
    ++m_mismatched;
    if (m_findings.size() >= kMaxFindings) return;
    QJsonObject f{{QStringLiteral("finding"), finding},
                  {QStringLiteral("seq"), e.seq},
                  {QStringLiteral("anchoredHash"), e.hash},
                  {QStringLiteral("source"), e.source},
                  {QStringLiteral("line"), e.line}};
    if (!foundHash.isEmpty()) f.insert(QStringLiteral("foundHash"), foundHash);
    for (const char *key : {"at", "reason", "server", "instanceId"}) {
        const QString k = QString::fromLatin1(key);
        if (e.anchor.contains(k)) f.insert(k, e.anchor.value(k));
    }
    m_findings.append(f);
}

void AnchorCheck::row(qint64 seq, const QByteArray &hash)
{
    prepare();
    for (; m_next < m_entries.size() && m_entries[m_next].seq <= seq; ++m_next) {
        const Entry &e = m_entries[m_next];
        if (e.seq < seq)
            found(e, QStringLiteral("rowMissing"), QString());
        else if (e.hash.toLatin1() == hash)
            ++m_matched;
        else
            found(e, QStringLiteral("hashDiffers"), QString::fromLatin1(hash));
    }
}

void AnchorCheck::finish()
{
    prepare();
    for (; m_next < m_entries.size(); ++m_next)
        found(m_entries[m_next], QStringLiteral("rowMissing"), QString());
}

QJsonObject AnchorCheck::toJson() const
{
    return {{QStringLiteral("checked"), qint64(m_entries.size())},
            {QStringLiteral("matched"), m_matched},
            {QStringLiteral("mismatched"), m_mismatched},
            {QStringLiteral("unreadableLines"), m_unreadable},
            {QStringLiteral("findings"), m_findings}};
}

} // namespace concord
