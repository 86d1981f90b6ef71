#include "core/cryptopool.h"

namespace concord {

CryptoPool::CryptoPool(int threads, int reservedForSessions)
    : m_threads(qMax(1, threads)), m_signInThreads(qMax(1, m_threads - qBound(0, reservedForSessions, m_threads - 1)))
{
    m_pool.setMaxThreadCount(m_threads);
    m_pool.setObjectName(QStringLiteral("crypto"));
}

CryptoPool::~CryptoPool() { waitForDone(); }

void CryptoPool::run(Lane lane, const QString &source, std::function<void()> work)
{
    QMutexLocker lock(&m_mutex);
    if (lane == Lane::Session) {
        m_session.push_back(std::move(work));
    } else {
        auto &queue = m_signIn[source];
        if (queue.empty() && !m_turns.contains(source))
            m_turns.append(source);
        queue.push_back(std::move(work));
    }
    pump();
}

void CryptoPool::pump()
{
    while (m_running < m_threads) {
        if (!m_session.empty()) {
            auto work = std::move(m_session.front());
            m_session.pop_front();
            start(Lane::Session, QString(), std::move(work));
            continue;
        }
        if (m_signInRunning >= m_signInThreads)
            return;
        // Of the addresses with nothing running (one check per address at a time), the one served
        // least so far; the earlier one on a tie.
        qsizetype pick = -1;
        for (qsizetype i = 0; i < m_turns.size(); ++i)
            if (m_runningPerSource.value(m_turns.at(i)) == 0 &&
                (pick < 0 || m_served.value(m_turns.at(i)) < m_served.value(m_turns.at(pick))))
                pick = i;
        if (pick < 0)
            return;
        const QString source = m_turns.takeAt(pick);
        auto &queue = m_signIn[source];
        auto work = std::move(queue.front());
        queue.pop_front();
        if (queue.empty())
            m_signIn.remove(source);
        else
            m_turns.append(source); // back of the line
        start(Lane::SignIn, source, std::move(work));
    }
}

void CryptoPool::start(Lane lane, const QString &source, std::function<void()> work)
{
    ++m_running;
    if (lane == Lane::SignIn) {
        ++m_signInRunning;
        ++m_runningPerSource[source];
        ++m_served[source];
    }
    m_pool.start([this, lane, source, work = std::move(work)] {
        work();
        QMutexLocker lock(&m_mutex);
        --m_running;
        if (lane == Lane::SignIn) {
            --m_signInRunning;
            if (--m_runningPerSource[source] <= 0) {
                m_runningPerSource.remove(source);
                if (!m_signIn.contains(source))
                    m_served.remove(source); // nothing left of it: forget it
            }
        }
        pump();
    });
}

void CryptoPool::waitForDone()
{
    // Queued work is started by finishing work, so wait until nothing is queued or running.
    for (;;) {
        m_pool.waitForDone();
        QMutexLocker lock(&m_mutex);
        if (m_running == 0 && m_session.empty() && m_signIn.isEmpty())
            return;
    }
}

CryptoPool::Stats CryptoPool::stats() const
{
    QMutexLocker lock(&m_mutex);
    Stats s;
    s.threads = m_threads;
    s.signInThreads = m_signInThreads;
    s.queuedSession = int(m_session.size());
    for (const auto &q : m_signIn)
        s.queuedSignIn += int(q.size());
    return s;
}

} // namespace concord
