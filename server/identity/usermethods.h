#pragma once

namespace concord {
struct Services;
struct ApprovalKind;
// user.create, user.update, user.deactivate, user.unlock, user.resetPassword, user.list, user.get
// and the role-change workflow (roleChange.*).
// Also registers the approval requests (approvalRequest.*: role permission changes, deactivations).
void registerUserMethods(Services &services);
// user_deactivation: deactivating an approver or the last holder of a signing right, applied when
// another person approves it.
ApprovalKind userDeactivationKind();
} // namespace concord
