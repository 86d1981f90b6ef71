#pragma once
#include <QtGlobal>

namespace concord {

// The client's side of the event stream guarantee: every event once, in seq order. It remembers the
// last seq handed to consumers, so that a replay after a reconnect (or a replaced subscription)
// cannot deliver anything twice, and — when the stream carries every topic, so that seqs must be
// contiguous — it notices a gap, after which the caller re-subscribes from last().
class EventSequence
{
public:
    enum class Verdict { Deliver, Duplicate, Gap };

    // true when subscribed to "*": with a topic filter the server skips other topics' seqs.
    void setContiguous(bool contiguous) { m_contiguous = contiguous; }
    bool contiguous() const { return m_contiguous; }

    Verdict check(qint64 seq)
    {
        if (m_last >= 0 && seq <= m_last)
            return Verdict::Duplicate;
        if (m_contiguous && m_last >= 0 && seq != m_last + 1)
            return Verdict::Gap;
        m_last = seq;
        return Verdict::Deliver;
    }
    // The stream position a subscription answer reported (live-only subscriptions start at the head).
    void raiseTo(qint64 seq) { m_last = std::max(m_last, seq); }
    void reset(qint64 seq = -1) { m_last = seq; }
    bool hasBaseline() const { return m_last >= 0; }
    qint64 last() const { return m_last; }

private:
    qint64 m_last = -1; // -1: no position yet
    bool m_contiguous = false;
};

} // namespace concord
