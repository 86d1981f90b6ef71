#pragma once
#include <QJsonObject>

namespace concord {
class Sql;

// Walks the whole audit chain in seq order, recomputing each row's hash from its content and the
// previous row's hash, and checks seq continuity and the chain head. Names the first broken link.
QJsonObject verifyAuditChain(Sql &sql);

} // namespace concord
