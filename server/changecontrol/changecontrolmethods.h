#pragma once
namespace concord {
struct Services;
// eco.* (change orders), changeClass.* and the signable type "change_order".
void registerChangeControlMethods(Services &services);
} // namespace concord
