#pragma once
#include <QString>
#include <QStringList>

namespace concord::bench {

// Settings of a benchmark executable. Each has an environment variable (so ctest runs can be
// tuned without editing anything) and a command-line option, which wins.
struct BenchOptions
{
    QString server;     // HOST:PORT of an already running server; empty = start a fresh one per run
    qint64 serverPid = 0; // of that running server, for its CPU figures (optional)
    bool tls = true;    // --insecure: plain TCP (server started with --insecure-loopback)
    QString password = QStringLiteral("Demo#2026plant");
    int runs = 3;
    double warmupSeconds = 2;
    double seconds = 10;
    int threads = 1;          // client driver threads
    int connections = 64;
    int window = 16;          // requests in flight per connection (P1)
    double rate = 1000;       // offered writes/s (P1b)
    double rateSeconds = 10;  // P1b duration
    double baselineSeconds = 3;
    int baselineBatch = 1000;
    int alarms = 100;         // P2
    int intervalMs = 50;      // P2
    QStringList only;         // parts to run; empty = all

    // `defaults` carries the executable's own defaults (e.g. 200 connections for the fan-out).
    // Returns false after printing usage or an error; `exitCode` is then what main returns.
    static bool parse(const QStringList &arguments, BenchOptions defaults, BenchOptions *out, int *exitCode);
    bool wants(const QString &part) const { return only.isEmpty() || only.contains(part); }
};

} // namespace concord::bench
