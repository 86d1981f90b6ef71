#include "audit/auditverifier.h"

#include "audit/anchorcheck.h"
#include "storage/sql.h"
#include "storage/writecontext.h"
#include "json/canonicaljson.h"

#include <QJsonDocument>
#include <optional>

namespace concord {

QJsonObject verifyAuditChain(Sql &sql, AnchorCheck *anchors)
{
    constexpr int kPage = 5000;
    qint64 lastSeq = 0;
    qint64 rows = 0;
    QByteArray prev = QByteArray(64, '0');
    std::optional<QJsonObject> broken;
    auto breakAt = [&](qint64 seq, const QString &why) {
        broken = QJsonObject{{QStringLiteral("seq"), seq}, {QStringLiteral("reason"), why}};
    };
    // The writer does not stop while we walk. The head is read first: every row up to it must be
    // there and the row it names must carry its hash. Rows committed during the walk are checked
    // as well, and must be covered by the head as it is afterwards (a row beyond the head is not
    // from a normal commit: rows and head are written in one transaction).
    const auto headBefore = sql.one(QStringLiteral("audit.head"));
    const qint64 startSeq = headBefore ? headBefore->value(0).toLongLong() : 0;
    const QByteArray startHash = headBefore ? headBefore->value(1).toString().toLatin1() : QByteArray();
    for (bool more = true; more;) {
        // Past the first broken link the walk goes on only as far as there are anchors to compare.
        if (broken && (!anchors || lastSeq >= anchors->lastSeq())) break;
        QSqlQuery &q = sql.run(QStringLiteral("audit.chain_page"), {lastSeq, kPage});
        int n = 0;
        while (q.next()) {
            ++n;
            const qint64 seq = q.value(0).toLongLong();
            const QByteArray prevHash = q.value(10).toString().toLatin1();
            const QByteArray hash = q.value(11).toString().toLatin1();
            if (anchors) anchors->row(seq, hash);
            if (!broken) {
                ++rows;
                // The stored changes must be canonical JSON (re-serialising them gives the same
                // bytes) and the row's content, rebuilt from its columns, must give the stored hash.
                const QByteArray stored = q.value(7).toString().toUtf8();
                const QByteArray changes = canonicalJson(QJsonDocument::fromJson(stored).object());
                if (seq != lastSeq + 1)
                    breakAt(lastSeq + 1, QStringLiteral("row %1 is missing").arg(lastSeq + 1));
                else if (prevHash != prev)
                    breakAt(seq, QStringLiteral("does not link to the previous row"));
                else if (changes != stored ||
                         sha256Hex(WriteContext::auditCanonical(
                             seq, q.value(1).toString(), q.value(2).toLongLong(), q.value(3).toString(),
                             q.value(4).toString(), q.value(5).toString(), q.value(6).toString(), changes,
                             q.value(8).toString(), q.value(9).toString(), prevHash)) != hash)
                    breakAt(seq,
                            QStringLiteral("content does not match its hash (changed after it was written)"));
                else if (seq == startSeq && hash != startHash)
                    breakAt(seq, QStringLiteral("the last row does not match the chain head"));
            }
            prev = hash;
            lastSeq = seq;
        }
        q.finish();
        more = n == kPage;
    }
    if (!broken && lastSeq < startSeq)
        breakAt(lastSeq + 1,
                QStringLiteral("the chain head says %1 rows but %2 were found").arg(startSeq).arg(lastSeq));
    if (!broken && lastSeq > startSeq) {
        const auto headAfter = sql.one(QStringLiteral("audit.head"));
        const qint64 endSeq = headAfter ? headAfter->value(0).toLongLong() : 0;
        if (lastSeq > endSeq)
            breakAt(endSeq + 1,
                    QStringLiteral("the chain head says %1 rows but %2 were found").arg(endSeq).arg(lastSeq));
        else if (lastSeq == endSeq && headAfter->value(1).toString().toLatin1() != prev)
            breakAt(lastSeq, QStringLiteral("the last row does not match the chain head"));
    }

    QJsonObject result{{QStringLiteral("rowsChecked"), rows}};
    QString status = QStringLiteral("verified");
    if (anchors) {
        anchors->finish();
        result.insert(QStringLiteral("anchors"), anchors->toJson());
        if (anchors->mismatches() > 0) status = QStringLiteral("anchorsMismatched");
    }
    if (broken) {
        status = QStringLiteral("chainBroken");
        result.insert(QStringLiteral("firstBroken"), *broken);
    } else {
        result.insert(QStringLiteral("headSeq"), lastSeq);
        result.insert(QStringLiteral("headHash"), QString::fromLatin1(prev));
    }
    result.insert(QStringLiteral("status"), status);
    result.insert(QStringLiteral("ok"), status == QLatin1String("verified"));
    return result;
}

} // namespace concord
