#include "latencystats.h"

#include "benchclock.h"

#include <algorithm>
#include <cmath>
#include <numeric>

namespace concord::bench {

void LatencyStats::merge(const LatencyStats &other)
{
    m_samples.insert(m_samples.end(), other.m_samples.begin(), other.m_samples.end());
}

void LatencyStats::sort() const
{
    if (m_sortedCount == m_samples.size())
        return;
    std::sort(m_samples.begin(), m_samples.end());
    m_sortedCount = m_samples.size();
}

double LatencyStats::percentileMs(double p) const
{
    if (m_samples.empty())
        return 0;
    sort();
    const double rank = std::ceil(p / 100.0 * double(m_samples.size()));
    const size_t index = size_t(std::clamp(rank, 1.0, double(m_samples.size()))) - 1;
    return double(m_samples[index]) / double(kNsPerMs);
}

double LatencyStats::maxMs() const
{
    if (m_samples.empty())
        return 0;
    return double(*std::max_element(m_samples.begin(), m_samples.end())) / double(kNsPerMs);
}

double LatencyStats::meanMs() const
{
    if (m_samples.empty())
        return 0;
    const double sum = std::accumulate(m_samples.begin(), m_samples.end(), 0.0, [](double a, qint64 b) { return a + double(b); });
    return sum / double(m_samples.size()) / double(kNsPerMs);
}

double LatencyStats::fractionAboveMs(double ms) const
{
    if (m_samples.empty())
        return 0;
    const qint64 limit = qint64(ms * double(kNsPerMs));
    const auto n = std::count_if(m_samples.begin(), m_samples.end(), [limit](qint64 v) { return v > limit; });
    return double(n) / double(m_samples.size());
}

} // namespace concord::bench
