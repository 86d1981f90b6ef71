#pragma once
#include <QString>

namespace concord {
class Sql;
class WriteContext;

// The commissioning waiver: while an installation has only its first administrator, nobody else can
// approve role changes, so that administrator may approve identity requests about other people
// alone (never about themselves; each such signature's audit row says so). The waiver is a one-time
// state of the installation: it ends for good — an installation_state row and an audit row
// `installation.commissioning_closed` — as soon as two people have held an identity approval right,
// whatever happens to them later.
namespace commissioning {

// True while the waiver has not been closed.
bool waiverOpen(Sql &sql);
// Closes the waiver if two people have held an identity approval right; call after anything that
// can give someone such a right (approved role changes, role permission changes, the bootstrap).
void noteApprovers(WriteContext &ctx);
// Whether `signer` may sign a request about `subject` alone: the waiver is open, the request is not
// about the signer, and no other active person holds `approvePermission`.
bool waives(Sql &sql, qint64 signer, qint64 subject, const QString &approvePermission);

} // namespace commissioning
} // namespace concord
