#pragma once

namespace concord {
struct Services;
// auth.login, auth.resume, auth.logout, auth.changePassword
void registerAuthMethods(Services &services);
} // namespace concord
