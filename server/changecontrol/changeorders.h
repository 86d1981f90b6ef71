#pragma once
#include "signature/signatureservice.h"

#include <QJsonObject>
#include <optional>

namespace concord {
class Sql;
class WriteContext;

// Change orders (ECO, 变更单): the only way a master-data version leaves draft and takes effect.
// draft --submit--> in_review --signatures of the class's steps--> approved
//                   in_review --withdraw--> draft;  draft|in_review --reject/cancel--> closed
namespace changeorders {

QJsonObject get(Sql &sql, qint64 id); // order with items, impact; throws not_found
QJsonObject create(WriteContext &ctx, const QString &changeClass, const QString &title, const QString &reason);
QJsonObject update(WriteContext &ctx, qint64 id, int rowVersion, const QJsonObject &changes);
// Adds the open draft of entity/code (action "release"), or the approved version to take out of use
// (action "obsolete"); effectiveFrom (UTC ISO) empty = at approval.
QJsonObject addItem(WriteContext &ctx, qint64 id, int rowVersion, const QString &entity, const QString &code, const QString &effectiveFrom,
                    const QString &action = QStringLiteral("release"));
QJsonObject removeItem(WriteContext &ctx, qint64 id, int rowVersion, qint64 itemId);
QJsonObject submit(WriteContext &ctx, qint64 id, int rowVersion);
QJsonObject withdraw(WriteContext &ctx, qint64 id, int rowVersion, const QString &reason);
// status "rejected" or "cancelled": the versions return to draft, free for another change order.
QJsonObject close(WriteContext &ctx, qint64 id, int rowVersion, const QString &status, const QString &reason);

// The approval chain of `changeClass` changed: every order of that class in review gets a new
// version, so the signatures collected so far no longer count and the new chain starts over.
// Audited per order (the change to its approval chain makes the class editor one of its authors).
void resetReviewsOfClass(WriteContext &ctx, const QString &changeClass, const QJsonValue &oldSteps, const QJsonValue &newSteps,
                         const QString &reason);

// What the server computes at submission: per item the previous version in force, BOMs that use
// the material, routings that make it, and open orders that pinned a version of it.
QJsonObject impact(Sql &sql, const QJsonArray &items, const QString &now);

// The signable record type "change_order" (meanings reviewed/approved/released; the chain comes
// from the change class; the last step's signature approves every item in the same transaction).
SignableType signableType();

} // namespace changeorders
} // namespace concord
