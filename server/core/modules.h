#pragma once

namespace concord {

struct Services;

// Calls every module's register function; the one list of what the server can do.
void registerModules(Services &services);

} // namespace concord
