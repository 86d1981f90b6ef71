#pragma once
#include <QJsonObject>
#include <QString>

namespace concord {
class Sql;

// The head of the audit chain: the last row's seq and hash. Because every hash covers the one
// before it, the pair stands for the whole trail up to that row; exports state it and anchors keep
// it outside the database.
struct AuditHead
{
    qint64 seq = 0;
    QString hash;
    QJsonObject toJson() const; // {seq, hash}
};

// The head as committed (chain_head, written in the same transaction as the rows it covers).
AuditHead readAuditHead(Sql &sql);

} // namespace concord
