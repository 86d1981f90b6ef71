#pragma once

namespace concord {
struct Services;
struct ApprovalKind;
// role.list, role.create, role.update, role.permissions
void registerRoleMethods(Services &services);
// role_permission_change: a role's new permission set, applied when another person approves it.
ApprovalKind rolePermissionChangeKind();
} // namespace concord
