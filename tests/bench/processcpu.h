#pragma once
#include <QMap>
#include <QString>

namespace concord::bench {

// CPU use of a process per thread name, from /proc/<pid>/task/*/schedstat (Linux; empty
// elsewhere). Two snapshots give how busy each thread was in between — e.g. the server's writer
// thread versus its network thread — and how long it was runnable but waiting for a core, which
// shows when the machine itself (other processes, the benchmark's own client) is the bottleneck.
class ProcessCpu
{
public:
    struct Usage
    {
        double busy = 0;    // cores: 1.0 = one core fully busy
        double waiting = 0; // cores' worth of time runnable but not running
    };
    explicit ProcessCpu(qint64 pid = 0) : m_pid(pid) {} // 0 = this process
    void start();
    // Thread name -> usage since start(); the key "total" holds the sum.
    QMap<QString, Usage> stop() const;
    // "busy 1.62 cores (+0.40 waiting for a core): writer 0.95 (+0.20), concord-server 0.60 (+0.18)"
    static QString describe(const QMap<QString, Usage> &usage);

private:
    struct Sample
    {
        QString name;
        qint64 runNs = 0;
        qint64 waitNs = 0;
    };
    QMap<qint64, Sample> sample() const; // by thread id
    qint64 m_pid;
    qint64 m_startNs = 0;
    QMap<qint64, Sample> m_start;
};

} // namespace concord::bench
