#pragma once
#include "latencystats.h"

#include <QString>

namespace concord::bench {

// The P1 baseline: the rows one alarm.raise writes — the alarm, its audit row (canonical JSON of
// the change, SHA-256 chained to the previous row) and its outbox event — inserted straight into a
// fresh SQLite file with the server's schema (its own migrations) and pragmas (WAL,
// synchronous=FULL), in one thread, in transactions of `batch` writes. No network, no RPC, no
// savepoints: what the hardware and SQLite allow for the same work.
class RawBaseline
{
public:
    struct Result
    {
        quint64 writes = 0; // one write = 3 rows (+ the chain heads once per transaction)
        quint64 transactions = 0;
        double seconds = 0;
        double writesPerSecond() const { return seconds > 0 ? double(writes) / seconds : 0; }
        double rowsPerSecond() const { return 3 * writesPerSecond(); }
    };

    static QString engine();
    // Runs for about `seconds` in the directory `dir` (a file baseline.db is created there). With
    // `commitLatency`, the duration of every transaction (BEGIN to COMMIT) is recorded too.
    static bool run(const QString &dir, double seconds, int batch, Result *out, QString *error, LatencyStats *commitLatency = nullptr);
};

} // namespace concord::bench
