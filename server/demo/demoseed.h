#pragma once
#include <QString>

namespace concord {
struct Services;
namespace demo {

// The documented password of every demo account (docs/demo-users.md). Demo instances say DEMO in
// session.hello and in the log; their accounts need no password change.
inline constexpr const char *kDemoPassword = "Demo#2026plant";

// Seeds the demo plant (brief 07) through the same services users call, all audited.
bool seed(Services &services, QString *error);

} // namespace demo
} // namespace concord
