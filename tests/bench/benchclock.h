#pragma once
#include <chrono>
#include <QtGlobal>

namespace concord::bench {

// One monotonic clock for every thread of a benchmark process, in nanoseconds.
inline qint64 nowNs()
{
    return std::chrono::duration_cast<std::chrono::nanoseconds>(std::chrono::steady_clock::now().time_since_epoch()).count();
}

inline constexpr qint64 kNsPerMs = 1000 * 1000;
inline constexpr qint64 kNsPerSecond = 1000 * kNsPerMs;

} // namespace concord::bench
