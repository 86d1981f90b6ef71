#include "audit/auditverifier.h"

#include "json/canonicaljson.h"
#include "storage/sql.h"
#include "storage/writecontext.h"

#include <QJsonDocument>

namespace concord {

QJsonObject verifyAuditChain(Sql &sql)
{
    constexpr int kPage = 5000;
    qint64 lastSeq = 0;
    qint64 rows = 0;
    QByteArray prev = QByteArray(64, '0');
    auto broken = [&](qint64 seq, const QString &why) {
        return QJsonObject{{QStringLiteral("ok"), false},
                           {QStringLiteral("rowsChecked"), rows},
                           {QStringLiteral("firstBroken"), QJsonObject{{QStringLiteral("seq"), seq}, {QStringLiteral("reason"), why}}}};
    };
    // The writer does not stop while we walk. The head is read first: every row up to it must be
    // there and the row it names must carry its hash. Rows committed during the walk are checked
    // as well, and must be covered by the head as it is afterwards (a row beyond the head is not
    // from a normal commit: rows and head are written in one transaction).
    const auto headBefore = sql.one(QStringLiteral("audit.head"));
    const qint64 startSeq = headBefore ? headBefore->value(0).toLongLong() : 0;
    const QByteArray startHash = headBefore ? headBefore->value(1).toString().toLatin1() : QByteArray();
    for (;;) {
        QSqlQuery &q = sql.run(QStringLiteral("audit.chain_page"), {lastSeq, kPage});
        int n = 0;
        while (q.next()) {
            ++n;
            ++rows;
            const qint64 seq = q.value(0).toLongLong();
            if (seq != lastSeq + 1) {
                q.finish();
                return broken(lastSeq + 1, QStringLiteral("row %1 is missing").arg(lastSeq + 1));
            }
            const QByteArray prevHash = q.value(10).toString().toLatin1();
            const QByteArray hash = q.value(11).toString().toLatin1();
            if (prevHash != prev) {
                q.finish();
                return broken(seq, QStringLiteral("does not link to the previous row"));
            }
            // The stored changes must be canonical JSON (re-serialising them gives the same bytes)
            // and the row's content, rebuilt from its columns, must give the stored hash.
            const QByteArray stored = q.value(7).toString().toUtf8();
            const QByteArray changes = canonicalJson(QJsonDocument::fromJson(stored).object());
            const QByteArray content = WriteContext::auditCanonical(seq, q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                                                                    q.value(4).toString(), q.value(5).toString(), q.value(6).toString(),
                                                                    changes, q.value(8).toString(), q.value(9).toString(), prevHash);
            if (sha256Hex(content) != hash || changes != stored) {
                q.finish();
                return broken(seq, QStringLiteral("content does not match its hash (changed after it was written)"));
            }
            if (seq == startSeq && hash != startHash) {
                q.finish();
                return broken(seq, QStringLiteral("the last row does not match the chain head"));
            }
            prev = hash;
            lastSeq = seq;
        }
        q.finish();
        if (n < kPage)
            break;
    }
    if (lastSeq < startSeq)
        return broken(lastSeq + 1, QStringLiteral("the chain head says %1 rows but %2 were found").arg(startSeq).arg(lastSeq));
    if (lastSeq > startSeq) {
        const auto headAfter = sql.one(QStringLiteral("audit.head"));
        const qint64 endSeq = headAfter ? headAfter->value(0).toLongLong() : 0;
        if (lastSeq > endSeq)
            return broken(endSeq + 1, QStringLiteral("the chain head says %1 rows but %2 were found").arg(endSeq).arg(lastSeq));
        if (lastSeq == endSeq && headAfter->value(1).toString().toLatin1() != prev)
            return broken(lastSeq, QStringLiteral("the last row does not match the chain head"));
    }
    return {{QStringLiteral("ok"), true}, {QStringLiteral("rowsChecked"), rows}, {QStringLiteral("headSeq"), lastSeq},
            {QStringLiteral("headHash"), QString::fromLatin1(prev)}};
}

} // namespace concord
