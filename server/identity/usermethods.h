#pragma once

namespace concord {
struct Services;
// user.create, user.update, user.deactivate, user.unlock, user.resetPassword, user.list, user.get
// and the role-change workflow (roleChange.*).
void registerUserMethods(Services &services);
} // namespace concord
