#pragma once

namespace concord {
struct Services;
// audit.query, audit.verify
void registerAuditMethods(Services &services);
} // namespace concord
