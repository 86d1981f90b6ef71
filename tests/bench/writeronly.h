#pragma once
#include <QString>

namespace concord::bench {

// The server's own storage path without the network: its Writer (group commit, a savepoint per
// job) running alarms::raise on a fresh SQLite file with the server's schema, `inFlight` jobs kept
// queued from this thread. Separates the cost of the writer thread from that of TLS, JSON-RPC and
// dispatch when looking for the bottleneck of P1.
class WriterOnly
{
public:
    struct Result
    {
        quint64 writes = 0;
        double seconds = 0;
        double writesPerSecond() const { return seconds > 0 ? double(writes) / seconds : 0; }
    };
    static bool run(const QString &dir, double warmupSeconds, double seconds, int inFlight, Result *out, QString *error);
};

} // namespace concord::bench
