// P2 (brief 04-performance): one committed change reaching 200 subscribed clients (kanban TVs,
// terminals). Time from the writer's acknowledgement — the server answers right after COMMIT —
// to the receipt on every subscriber, all in this process on one monotonic clock.
//
//   bench_fanout                      fresh servers on SQLite, medians of CONCORD_BENCH_RUNS runs
//   bench_fanout --server HOST:PORT   against a running demo server
#include "benchoptions.h"
#include "benchreport.h"
#include "benchtarget.h"
#include "fanoutrun.h"

#include <QCoreApplication>

using namespace concord::bench;

namespace {
void say(const QString &s) { BenchReport::say(s); }
QString fmt(double v) { return BenchReport::format(v); }
} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    BenchOptions defaults;
    defaults.connections = 200;
    BenchOptions o;
    int exitCode = 0;
    if (!BenchOptions::parse(app.arguments(), defaults, &o, &exitCode))
        return exitCode;
    BenchTarget target(o.server, o.tls, o.password, o.serverPid);
    say(QStringLiteral("bench_fanout: %1").arg(target.describe()));
    say(QStringLiteral("P2: %1 subscribers (tv-line1, topic alarm), one writer (dev-leak-01) raising %2 alarms every %3 ms; %4 run(s)")
            .arg(o.connections).arg(o.alarms).arg(o.intervalMs).arg(o.runs));
    BenchReport report(QStringLiteral("bench_fanout"));
    bool ok = true;
    for (int run = 1; run <= o.runs; ++run) {
        QString err;
        FanoutRun::Settings s;
        s.subscribers = o.connections;
        s.alarms = o.alarms;
        s.intervalMs = o.intervalMs;
        FanoutRun::Result r;
        bool ran = target.start(&err) && target.accounts({QStringLiteral("tv-line1")}, &s.subscriberAccounts, &err) &&
                   target.accounts({QStringLiteral("dev-leak-01")}, &s.writerAccounts, &err);
        if (ran) {
            s.endpoint = target.endpoint();
            ran = FanoutRun::run(s, &r, &err);
        }
        if (!ran) {
            say(QStringLiteral("  !! run %1: %2").arg(run).arg(err));
            say(target.serverLogTail());
            ok = false;
            target.stop();
            continue;
        }
        target.stop();
        report.add(QStringLiteral("p2_fanout_p50_ms"), r.fromAck.percentileMs(50), QStringLiteral("ms"));
        report.add(QStringLiteral("p2_fanout_p99_ms"), r.fromAck.percentileMs(99), QStringLiteral("ms"));
        report.add(QStringLiteral("p2_fanout_max_ms"), r.fromAck.maxMs(), QStringLiteral("ms"));
        report.add(QStringLiteral("p2_fanout_all_clients_p99_ms"), r.lastFromAck.percentileMs(99), QStringLiteral("ms"));
        report.add(QStringLiteral("p2_send_to_delivery_p99_ms"), r.fromSend.percentileMs(99), QStringLiteral("ms"));
        report.add(QStringLiteral("p2_writer_ack_p99_ms"), r.ackLatency.percentileMs(99), QStringLiteral("ms"));
        report.add(QStringLiteral("p2_baseline_ping_p99_ms"), r.ping.percentileMs(99), QStringLiteral("ms"));
        report.add(QStringLiteral("p2_ratio_vs_ping"), r.fromAck.percentileMs(99) / qMax(r.ping.percentileMs(99), 1e-6), QStringLiteral("ratio"));
        report.add(QStringLiteral("p2_missing_deliveries"), double(r.missing), QStringLiteral("deliveries"));
        say(QStringLiteral("  run %1: %2 deliveries of %3 alarms; commit->client p50 %4 ms, p99 %5 ms, max %6 ms; all %7 clients p99 %8 ms; "
                           "send->client p99 %9 ms")
                .arg(run).arg(r.deliveries).arg(r.alarmsAcked).arg(fmt(r.fromAck.percentileMs(50)), fmt(r.fromAck.percentileMs(99)),
                                                                     fmt(r.fromAck.maxMs())).arg(o.connections)
                .arg(fmt(r.lastFromAck.percentileMs(99)), fmt(r.fromSend.percentileMs(99))));
        say(QStringLiteral("         writer ack p50 %1 ms p99 %2 ms; ping p50 %3 ms p99 %4 ms; %5 read before the ack; %6 missing")
                .arg(fmt(r.ackLatency.percentileMs(50)), fmt(r.ackLatency.percentileMs(99)), fmt(r.ping.percentileMs(50)), fmt(r.ping.percentileMs(99)))
                .arg(r.beforeAck).arg(r.missing));
        if (r.missing > 0 || !r.errors.isEmpty()) {
            ok = false;
            for (const QString &e : std::as_const(r.errors))
                say(QStringLiteral("     !! ") + e);
        }
    }
    report.setTarget(QStringLiteral("p2_fanout_p99_ms"), QStringLiteral("<= 100"));
    report.setTarget(QStringLiteral("p2_fanout_all_clients_p99_ms"), QStringLiteral("<= 100"));
    report.print();
    if (!ok)
        say(QStringLiteral("bench_fanout: some runs failed or lost events (see !! above)"));
    return ok ? 0 : 1;
}
