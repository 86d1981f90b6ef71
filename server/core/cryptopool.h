#pragma once
#include <QHash>
#include <QMutex>
#include <QString>
#include <QStringList>
#include <QThreadPool>
#include <deque>
#include <functional>

namespace concord {

// The threads for CPU-heavy work (PBKDF2, about 0.15 s a time) off the network and writer threads,
// in two lanes. Work of signed-in sessions (signatures, unlock, password changes, temporary
// passwords) runs first and has threads of its own that sign-ins never take: a flood of
// anonymous sign-in attempts cannot delay a signature. Sign-ins are served fairly per source (the
// client address): one at a time per address, and the address served least so far goes first, so
// that addresses pipelining hundreds of attempts delay a newcomer's sign-in by at most the checks
// already running.
class CryptoPool
{
public:
    enum class Lane { Session, SignIn };

    // threads >= 1; reserved threads are kept for the Session lane (at most threads - 1).
    CryptoPool(int threads, int reservedForSessions);
    ~CryptoPool();

    // Runs `work` on a pool thread. `source` groups SignIn work for fairness (ignored for Session).
    void run(Lane lane, const QString &source, std::function<void()> work);
    void waitForDone();

    struct Stats
    {
        int threads = 0;
        int signInThreads = 0;
        int queuedSession = 0;
        int queuedSignIn = 0;
    };
    Stats stats() const;

private:
    void pump(); // with m_mutex held: start whatever may start now
    void start(Lane lane, const QString &source, std::function<void()> work);

    QThreadPool m_pool;
    mutable QMutex m_mutex;
    int m_threads;
    int m_signInThreads;
    int m_running = 0;
    int m_signInRunning = 0;
    std::deque<std::function<void()>> m_session;
    QHash<QString, std::deque<std::function<void()>>> m_signIn; // per source, oldest first
    QStringList m_turns;                                       // sources with queued sign-ins, in arrival order
    QHash<QString, int> m_runningPerSource;
    QHash<QString, qint64> m_served; // checks started per source while it has work (forgotten when idle)
};

} // namespace concord
