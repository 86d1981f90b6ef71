#pragma once
#include <QJsonObject>

namespace concord {
class AnchorCheck;
class Sql;

// Walks the whole audit chain in seq order, recomputing each row's hash from its content and the
// previous row's hash, and checks seq continuity and the chain head. Names the first broken link.
// With `anchors`, also compares every anchored row's hash (past a broken link too). The result's
// `status`: verified, chainBroken, or anchorsMismatched (the chain is consistent but not the one
// the anchors saw: it was rewritten); `ok` is true only for verified.
QJsonObject verifyAuditChain(Sql &sql, AnchorCheck *anchors = nullptr);

} // namespace concord
