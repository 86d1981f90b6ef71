#pragma once
#include <QList>
#include <QSet>
#include <QString>

namespace concord {

class Sql;
struct RecordSnapshot;

// The one separation-of-duties rule for every signable record type (21 CFR 11.10(g), ISO 13485
// 4.2.4/7.3.9, brief 05): whoever shaped what is signed is one of its authors and may not sign it
// where a second person is required. Authors are the module's own (a role change's subject, a
// version's creator) plus everyone the audit trail shows creating or changing the content of one
// of the snapshot's audited records. Workflow steps (submit, withdraw, status changes, a decision)
// do not make an author; anything else that changes a record's fields does.
namespace separation {

// Changes of these fields alone are workflow, not content.
const QSet<QString> &workflowFields();

// The snapshot's authors: its own list and the content editors of its audited records.
QSet<qint64> authors(Sql &sql, const RecordSnapshot &snapshot);

} // namespace separation
} // namespace concord
