#pragma once

namespace concord {
struct Services;
// alarm.raise, alarm.acknowledge, alarm.list
void registerAlarmMethods(Services &services);
} // namespace concord
