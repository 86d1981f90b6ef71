#pragma once
#include <QtGlobal>
#include <cstddef>
#include <vector>

namespace concord::bench {

// Latency samples in nanoseconds; percentiles by sorting (benchmarks keep at most a few million).
class LatencyStats
{
public:
    void add(qint64 ns) { m_samples.push_back(ns); }
    void merge(const LatencyStats &other);
    void reserve(size_t n) { m_samples.reserve(n); }
    size_t count() const { return m_samples.size(); }
    bool isEmpty() const { return m_samples.empty(); }

    // p in [0, 100]; nearest-rank on the sorted samples. 0 when empty.
    double percentileMs(double p) const;
    double maxMs() const;
    double meanMs() const;
    // Share of samples above `ms`.
    double fractionAboveMs(double ms) const;

private:
    void sort() const;
    mutable std::vector<qint64> m_samples;
    mutable size_t m_sortedCount = 0;
};

} // namespace concord::bench
