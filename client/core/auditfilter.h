#pragma once
#include <QDateTime>
#include <QJsonObject>
#include <QString>

namespace concord {

// What an audit-trail review is looking at: the filters of audit.query. Empty strings and invalid
// times mean "any". Times may be in any zone; they are sent as UTC, which the server expects.
struct AuditFilter
{
    QString recordType;
    QString recordId;
    QString username;
    QString action;
    QDateTime from;     // inclusive
    QDateTime to;       // exclusive
    qint64 upToSeq = 0; // start the newest-first list at this entry (inclusive); 0 = at the newest

    bool isEmpty() const;
    // audit.query parameters for the page of `limit` rows, newest first, older than `beforeSeq`
    // (0 = from the top of the filter).
    QJsonObject pageParams(qint64 beforeSeq, int limit) const;

    friend bool operator==(const AuditFilter &, const AuditFilter &) = default;
};

} // namespace concord
