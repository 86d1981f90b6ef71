#pragma once
namespace concord {
struct Services;
// codingRule.list / .update / .preview.
void registerCodingMethods(Services &services);
} // namespace concord
