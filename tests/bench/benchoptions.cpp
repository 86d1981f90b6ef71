#include "benchoptions.h"

#include <QCommandLineParser>
#include <QProcessEnvironment>
#include <cstdio>

namespace concord::bench {

namespace {
struct NumericOption
{
    const char *name;
    const char *env;
    const char *help;
    double *target;
};
} // namespace

bool BenchOptions::parse(const QStringList &arguments, BenchOptions defaults, BenchOptions *out, int *exitCode)
{
    *exitCode = 0;
    BenchOptions o = std::move(defaults);
    double runs = o.runs, threads = o.threads, connections = o.connections, window = o.window, batch = o.baselineBatch,
           alarms = o.alarms, interval = o.intervalMs;
    const QList<NumericOption> numeric{
        {"runs", "CONCORD_BENCH_RUNS", "Runs per figure; the median is reported.", &runs},
        {"warmup", "CONCORD_BENCH_WARMUP", "Warm-up seconds before measuring (P1).", &o.warmupSeconds},
        {"seconds", "CONCORD_BENCH_SECONDS", "Measured seconds per run (P1).", &o.seconds},
        {"threads", "CONCORD_BENCH_CLIENT_THREADS", "Client load threads.", &threads},
        {"connections", "CONCORD_BENCH_CONNECTIONS", "Concurrent connections.", &connections},
        {"window", "CONCORD_BENCH_WINDOW", "Requests in flight per connection (P1).", &window},
        {"rate", "CONCORD_BENCH_RATE", "Offered writes/s (P1b).", &o.rate},
        {"rate-seconds", "CONCORD_BENCH_RATE_SECONDS", "Measured seconds at the offered rate (P1b).", &o.rateSeconds},
        {"baseline-seconds", "CONCORD_BENCH_BASELINE_SECONDS", "Seconds of raw SQLite inserts per baseline run.", &o.baselineSeconds},
        {"baseline-batch", "CONCORD_BENCH_BASELINE_BATCH", "Writes per transaction in the raw baseline.", &batch},
        {"alarms", "CONCORD_BENCH_ALARMS", "Alarms raised per fan-out run (P2).", &alarms},
        {"interval-ms", "CONCORD_BENCH_INTERVAL_MS", "Milliseconds between alarms (P2).", &interval},
    };
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Concord benchmark. Prints `BENCH <name> <value> <unit>` lines (medians of runs). "
                                               "Every option also has an environment variable CONCORD_BENCH_<NAME>."));
    p.addHelpOption();
    const QCommandLineOption server(QStringLiteral("server"), QStringLiteral("Use a running server (demo accounts) instead of starting one. Env CONCORD_BENCH_SERVER."),
                                    QStringLiteral("HOST:PORT"));
    const QCommandLineOption serverPid(QStringLiteral("server-pid"), QStringLiteral("Process id of that server (local): adds its CPU use per thread."),
                                       QStringLiteral("PID"));
    const QCommandLineOption insecure(QStringLiteral("insecure"), QStringLiteral("Plain TCP (the server runs with --insecure-loopback)."));
    const QCommandLineOption password(QStringLiteral("password"), QStringLiteral("Password of the demo accounts."), QStringLiteral("PW"));
    const QCommandLineOption only(QStringLiteral("only"), QStringLiteral("Parts to run, comma-separated (bench_writes: p1, writer, p1b). Env CONCORD_BENCH_ONLY."), QStringLiteral("LIST"));
    p.addOptions({server, serverPid, insecure, password, only});
    QList<QCommandLineOption> numericOptions;
    for (const NumericOption &n : numeric) {
        numericOptions.append(QCommandLineOption(QString::fromLatin1(n.name),
                                                 QStringLiteral("%1 Env %2, default %3.").arg(QString::fromLatin1(n.help), QString::fromLatin1(n.env)).arg(*n.target),
                                                 QStringLiteral("N")));
        p.addOption(numericOptions.last());
    }
    if (!p.parse(arguments)) {
        std::fprintf(stderr, "%s\n", qPrintable(p.errorText()));
        *exitCode = 2;
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(p.helpText()), stdout);
        return false;
    }
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (qsizetype i = 0; i < numeric.size(); ++i) {
        const NumericOption &n = numeric.at(i);
        QString text = env.value(QString::fromLatin1(n.env));
        if (p.isSet(numericOptions.at(i)))
            text = p.value(numericOptions.at(i));
        if (text.isEmpty())
            continue;
        bool ok = false;
        const double v = text.toDouble(&ok);
        if (!ok || v < 0) {
            std::fprintf(stderr, "--%s: not a number >= 0: %s\n", n.name, qPrintable(text));
            *exitCode = 2;
            return false;
        }
        *n.target = v;
    }
    o.runs = qMax(1, int(runs));
    o.threads = qMax(1, int(threads));
    o.connections = qMax(1, int(connections));
    o.window = qMax(1, int(window));
    o.baselineBatch = qMax(1, int(batch));
    o.alarms = qMax(1, int(alarms));
    o.intervalMs = qMax(1, int(interval));
    o.server = p.isSet(server) ? p.value(server) : env.value(QStringLiteral("CONCORD_BENCH_SERVER"));
    o.serverPid = p.value(serverPid).toLongLong();
    o.tls = !p.isSet(insecure) && env.value(QStringLiteral("CONCORD_BENCH_INSECURE")) != QLatin1String("1");
    if (p.isSet(password))
        o.password = p.value(password);
    const QString parts = p.isSet(only) ? p.value(only) : env.value(QStringLiteral("CONCORD_BENCH_ONLY"));
    o.only = parts.split(QLatin1Char(','), Qt::SkipEmptyParts);
    *out = o;
    return true;
}

} // namespace concord::bench
