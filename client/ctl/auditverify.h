#pragma once
#include <QString>

namespace concord {
class SyncRpcClient;

namespace ctl {

// `concordctl audit verify [--anchors FILE] [--server-anchors]`: audit.verify, with the anchors of
// FILE (the server's anchor file format, one JSON object per line) and/or the server's own anchor
// file. Prints the verdict and every finding; returns the exit code: 0 verified, 2 the anchor file
// cannot be read, 4 the chain is broken, 5 the chain is consistent but differs from the anchors
// (rewritten), 1 the call failed.
int auditVerify(SyncRpcClient &client, const QString &anchorFile, bool serverAnchors);

} // namespace ctl
} // namespace concord
