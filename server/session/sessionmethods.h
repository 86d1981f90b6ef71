#pragma once

namespace concord {
struct Services;
// session.hello, session.ping, session.list, rpc.discover
void registerSessionMethods(Services &services);
} // namespace concord
