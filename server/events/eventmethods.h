#pragma once

namespace concord {
struct Services;
// events.subscribe, events.unsubscribe, events.cursor.get, events.cursor.set
void registerEventMethods(Services &services);
} // namespace concord
