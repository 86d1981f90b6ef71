#pragma once

namespace concord {
struct Services;
// role.list, role.create, role.update, role.permissions
void registerRoleMethods(Services &services);
} // namespace concord
