#pragma once
#include <QString>

namespace concord {
struct Services;
class WriteContext;
namespace identity {
// On an empty database: the platform roles and the first administrator (password from
// CONCORD_ADMIN_PASSWORD or asked on the terminal, to be changed at first login), or with `demo`
// the demo plant's people. Always: the instance id. Everything through the writer, so audited.
bool bootstrap(Services &services, bool demo, QString *error);
// Creates the platform roles (part of the bootstrap and of the demo seed).
void seedPlatformRoles(WriteContext &ctx);
} // namespace identity
} // namespace concord
