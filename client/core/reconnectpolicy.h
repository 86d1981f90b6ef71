#pragma once
#include <QRandomGenerator>

#include <algorithm>

namespace concord {

// Exponential back-off for reconnect attempts: the first delay is `initialMs`, each further one
// doubles up to `maxMs`. Every delay is spread by ±jitter so that the clients of a whole plant do
// not all knock at the same moment after a server restart.
class ReconnectPolicy
{
public:
    explicit ReconnectPolicy(int initialMs = 500, int maxMs = 30000, double jitter = 0.2)
        : m_initial(std::max(1, initialMs)), m_max(std::max(m_initial, maxMs)), m_jitter(std::clamp(jitter, 0.0, 1.0)),
          m_next(m_initial)
    {
    }

    int nextDelayMs()
    {
        const int base = m_next;
        m_next = int(std::min<qint64>(m_max, qint64(m_next) * 2));
        ++m_attempts;
        const double spread = 1.0 + m_jitter * (2.0 * QRandomGenerator::global()->generateDouble() - 1.0);
        return std::max(1, int(base * spread));
    }
    void reset()
    {
        m_next = m_initial;
        m_attempts = 0;
    }
    int attempts() const { return m_attempts; }

private:
    int m_initial;
    int m_max;
    double m_jitter;
    int m_next;
    int m_attempts = 0;
};

} // namespace concord
