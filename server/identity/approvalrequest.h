#pragma once
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <functional>

namespace concord {
struct Services;
class Sql;
class WriteContext;

// A request that changes who may sign — a role's permissions (role_permission_change) or the
// deactivation of an approver (user_deactivation) — and takes effect only when another person signs
// it "approved" (brief 05: separation of duties without a one-person path). One table
// (approval_request), one signable type per kind; the requester and everyone who edited the request
// are its authors (separation::authors), and so is the subject where the subject is a person.
struct ApprovalKind
{
    QString recordType;        // "role_permission_change"
    bool subjectIsPerson = false; // the subject (a user) may not approve a request about themselves
    // The one line a signer reads ("Permissions of qa: +signature:x:approved").
    std::function<QString(const QJsonObject &request)> summary;
    // True if the commissioning waiver may let `signer` approve this request alone.
    std::function<bool(Sql &, qint64 signer, const QJsonObject &request)> waivable;
    // Applies an approved request (inside the signing transaction).
    std::function<void(WriteContext &, const QJsonObject &request)> apply;
};

namespace approvals {

// Creates a pending request — or, when one is pending for this subject already, edits it (a new
// version: signatures collected so far no longer count; the editor becomes one of its authors).
// Returns the request as approvalRequest.get shows it.
QJsonObject request(WriteContext &ctx, const QString &recordType, qint64 subjectId, const QString &subjectName, const QJsonValue &oldValue,
                    const QJsonValue &newValue, const QString &reason);
// The pending request of this kind for a subject, or an empty object.
QJsonObject pendingFor(Sql &sql, const QString &recordType, qint64 subjectId);

// Registers each kind as a signable type (meaning "approved", permission
// signature:<type>:approved) and approvalRequest.list / .get / .cancel for all of them.
void registerKinds(Services &services, const QList<ApprovalKind> &kinds);

} // namespace approvals
} // namespace concord
