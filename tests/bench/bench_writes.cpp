// P1 and P1b (docs: brief 04-performance): acknowledged alarm.raise writes through the full stack
// (TLS, JSON-RPC, session, validation, audit hash chain, outbox event, group commit), 64
// connections, compared with raw SQLite inserts of the same rows measured in the same run.
//
//   bench_writes                      fresh servers on SQLite, medians of CONCORD_BENCH_RUNS runs
//   bench_writes --server HOST:PORT   against a running demo server (no server CPU figures)
//   bench_writes --only p1b --rate 2000 --runs 1
#include "benchclock.h"
#include "benchoptions.h"
#include "benchreport.h"
#include "benchtarget.h"
#include "processcpu.h"
#include "rawbaseline.h"
#include "writeload.h"
#include "writeronly.h"

#include <QCoreApplication>
#include <QFile>
#include <QLoggingCategory>
#include <QThread>
#include <QSqlQuery>
#include <QTemporaryDir>

using namespace concord::bench;

namespace {

const QStringList kDevices{QStringLiteral("dev-leak-01"), QStringLiteral("dev-uv-01"), QStringLiteral("dev-seal-01")};

void say(const QString &s) { BenchReport::say(s); }

// The 1-minute load average: on a shared machine, a hint of how much else was running.
QString loadAverage()
{
    QFile f(QStringLiteral("/proc/loadavg"));
    return f.open(QIODevice::ReadOnly) ? QString::fromLatin1(f.readAll().split(' ').value(0)) : QStringLiteral("?");
}
QString fmt(double v) { return BenchReport::format(v); }

bool describeErrors(const WriteResult &r)
{
    if (r.errors == 0 && r.unanswered == 0 && r.connectionsLost == 0)
        return true;
    say(QStringLiteral("  !! %1 error answers, %2 unanswered, %3 connections lost").arg(r.errors).arg(r.unanswered).arg(r.connectionsLost));
    for (const QString &s : r.errorSamples)
        say(QStringLiteral("     %1").arg(s.left(300)));
    return false;
}

// Rough group-commit batch size: the writer stamps every row of a transaction with the same time
// (millisecond resolution, so transactions within one millisecond count as one: an upper bound).
double averageBatch(const BenchTarget &target)
{
    if (!target.server())
        return 0;
    double avg = 0;
    {
        QSqlDatabase db = target.server()->openDirect(QStringLiteral("bench-batch"));
        QSqlQuery q(db);
        if (q.exec(QStringLiteral("SELECT COUNT(*), COUNT(DISTINCT raised_at) FROM alarm")) && q.next() && q.value(1).toLongLong() > 0)
            avg = q.value(0).toDouble() / q.value(1).toDouble();
    }
    QSqlDatabase::removeDatabase(QStringLiteral("bench-batch"));
    return avg;
}

struct LoadCpu
{
    ProcessCpu server, client;
    QMap<QString, ProcessCpu::Usage> serverBusy, clientBusy;
};

bool runLoad(const BenchOptions &o, BenchTarget &target, WritePlan plan, double warmup, double seconds, WriteLoad::Outcome *out,
             LoadCpu *cpu)
{
    QString err;
    if (!target.start(&err) || !target.accounts(kDevices, &plan.accounts, &err)) {
        say(QStringLiteral("  !! ") + err);
        return false;
    }
    WriteLoad::Settings s;
    s.endpoint = target.endpoint();
    s.plan = plan;
    s.threads = o.threads;
    s.warmupSeconds = warmup;
    s.seconds = seconds;
    cpu->server = ProcessCpu(target.serverPid());
    const bool ok = WriteLoad::run(s, out, &err, [&] {
        if (target.serverPid())
            cpu->server.start();
        cpu->client.start();
    }, [&] {
        if (target.serverPid())
            cpu->serverBusy = cpu->server.stop();
        cpu->clientBusy = cpu->client.stop();
    });
    if (!ok) {
        say(QStringLiteral("  !! ") + err);
        say(target.serverLogTail());
    }
    return ok;
}

bool runP1(const BenchOptions &o, BenchTarget &target, BenchReport &report)
{
    bool allOk = true;
    say(QStringLiteral("P1: %1 connections as %2, %3 alarm.raise in flight each, %4 s warm-up + %5 s measured; %6 run(s)")
            .arg(o.connections).arg(kDevices.join(QLatin1Char('/'))).arg(o.window).arg(o.warmupSeconds).arg(o.seconds).arg(o.runs));
    say(QStringLiteral("    baseline: %1, transactions of %2 writes, %3 s; engine %4")
            .arg(QStringLiteral("raw inserts of the same rows")).arg(o.baselineBatch).arg(o.baselineSeconds).arg(RawBaseline::engine()));
    for (int run = 1; run <= o.runs; ++run) {
        QTemporaryDir dir;
        RawBaseline::Result raw;
        QString err;
        if (!RawBaseline::run(dir.path(), o.baselineSeconds, o.baselineBatch, &raw, &err)) {
            say(QStringLiteral("  !! baseline: ") + err);
            return false;
        }
        report.add(QStringLiteral("p1_baseline_raw_rows_per_s"), raw.rowsPerSecond(), QStringLiteral("rows/s"));
        report.add(QStringLiteral("p1_baseline_raw_writes_per_s"), raw.writesPerSecond(), QStringLiteral("writes/s"));
        if (o.wants(QStringLiteral("writer"))) {
            WriterOnly::Result w;
            if (WriterOnly::run(dir.path(), 1, o.baselineSeconds, o.connections * o.window, &w, &err))
                report.add(QStringLiteral("p1_writer_only_writes_per_s"), w.writesPerSecond(), QStringLiteral("writes/s"));
            else
                say(QStringLiteral("  !! writer-only: ") + err);
        }

        if (!o.wants(QStringLiteral("p1")))
            continue; // only the in-process figures
        WritePlan plan;
        plan.connections = o.connections;
        plan.window = o.window;
        WriteLoad::Outcome out;
        LoadCpu cpu;
        if (!runLoad(o, target, plan, o.warmupSeconds, o.seconds, &out, &cpu)) {
            allOk = false;
            continue;
        }
        const double acked = out.ackedPerSecond();
        const LatencyStats &lat = out.result.latency;
        report.add(QStringLiteral("p1_ack_writes_per_s"), acked, QStringLiteral("writes/s"));
        report.add(QStringLiteral("p1_ratio_vs_raw"), acked / raw.writesPerSecond(), QStringLiteral("ratio"));
        report.add(QStringLiteral("p1_p50_ms"), lat.percentileMs(50), QStringLiteral("ms"));
        report.add(QStringLiteral("p1_p99_ms"), lat.percentileMs(99), QStringLiteral("ms"));
        report.add(QStringLiteral("p1_max_ms"), lat.maxMs(), QStringLiteral("ms"));
        const double batch = averageBatch(target);
        if (batch > 0)
            report.add(QStringLiteral("p1_avg_commit_batch"), batch, QStringLiteral("writes"));
        if (!cpu.serverBusy.isEmpty())
            report.add(QStringLiteral("p1_server_cpu_cores"), cpu.serverBusy.value(QStringLiteral("total")).busy, QStringLiteral("cores"));
        say(QStringLiteral("  run %1: %2 writes/s acked (raw %3 writes/s, ratio %4), p50 %5 ms, p99 %6 ms, max %7 ms, %8 sent, avg batch ~%9")
                .arg(run).arg(fmt(acked), fmt(raw.writesPerSecond()), fmt(acked / raw.writesPerSecond()), fmt(lat.percentileMs(50)),
                     fmt(lat.percentileMs(99)), fmt(lat.maxMs()))
                .arg(out.result.sent).arg(fmt(batch)));
        if (!cpu.serverBusy.isEmpty())
            say(QStringLiteral("         server CPU %1").arg(ProcessCpu::describe(cpu.serverBusy)));
        say(QStringLiteral("         bench  CPU %1; machine load average %2").arg(ProcessCpu::describe(cpu.clientBusy), loadAverage()));
        allOk = describeErrors(out.result) && allOk;
        target.stop();
    }
    report.setTarget(QStringLiteral("p1_ack_writes_per_s"), QStringLiteral(">= 25000"));
    report.setTarget(QStringLiteral("p1_ratio_vs_raw"), QStringLiteral(">= 0.15"));
    return allOk;
}

bool runP1b(const BenchOptions &o, BenchTarget &target, BenchReport &report)
{
    bool allOk = true;
    say(QStringLiteral("P1b: offered %1 writes/s over %2 connections (open loop), 1 s warm-up + %3 s measured; %4 run(s)")
            .arg(o.rate).arg(o.connections).arg(o.rateSeconds).arg(o.runs));
    for (int run = 1; run <= o.runs; ++run) {
        // Baseline: one write per durable transaction, raw, on the same disk: the floor of any
        // acknowledged write's latency.
        QTemporaryDir dir;
        RawBaseline::Result raw;
        LatencyStats commit;
        QString err;
        if (!RawBaseline::run(dir.path(), 2, 1, &raw, &err, &commit)) {
            say(QStringLiteral("  !! baseline: ") + err);
            return false;
        }
        WritePlan plan;
        plan.connections = o.connections;
        plan.rate = o.rate;
        WriteLoad::Outcome out;
        LoadCpu cpu;
        if (!runLoad(o, target, plan, 1, o.rateSeconds, &out, &cpu)) {
            allOk = false;
            continue;
        }
        const LatencyStats &lat = out.result.latency;
        report.add(QStringLiteral("p1b_offered_writes_per_s"), o.rate, QStringLiteral("writes/s"));
        report.add(QStringLiteral("p1b_ack_writes_per_s"), out.ackedPerSecond(), QStringLiteral("writes/s"));
        report.add(QStringLiteral("p1b_p50_ms"), lat.percentileMs(50), QStringLiteral("ms"));
        report.add(QStringLiteral("p1b_p99_ms"), lat.percentileMs(99), QStringLiteral("ms"));
        report.add(QStringLiteral("p1b_max_ms"), lat.maxMs(), QStringLiteral("ms"));
        report.add(QStringLiteral("p1b_raw_commit_p99_ms"), commit.percentileMs(99), QStringLiteral("ms"));
        report.add(QStringLiteral("p1b_p99_ratio_vs_raw_commit"), lat.percentileMs(99) / qMax(commit.percentileMs(99), 1e-6), QStringLiteral("ratio"));
        if (!cpu.serverBusy.isEmpty())
            report.add(QStringLiteral("p1b_server_cpu_cores"), cpu.serverBusy.value(QStringLiteral("total")).busy, QStringLiteral("cores"));
        say(QStringLiteral("  run %1: %2 writes/s acked, p50 %3 ms, p99 %4 ms, max %5 ms (%6 answers); raw 1-write commit p50 %7 ms, p99 %8 ms; "
                           "generator lag max %9 ms")
                .arg(run).arg(fmt(out.ackedPerSecond()), fmt(lat.percentileMs(50)), fmt(lat.percentileMs(99)), fmt(lat.maxMs()))
                .arg(lat.count()).arg(fmt(commit.percentileMs(50)), fmt(commit.percentileMs(99)), fmt(double(out.result.maxSendLagNs) / double(kNsPerMs))));
        if (!cpu.serverBusy.isEmpty())
            say(QStringLiteral("         server CPU %1").arg(ProcessCpu::describe(cpu.serverBusy)));
        allOk = describeErrors(out.result) && allOk;
        target.stop();
    }
    report.setTarget(QStringLiteral("p1b_p99_ms"), QStringLiteral("<= 10"));
    return allOk;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    QLoggingCategory::setFilterRules(QStringLiteral("concord.*.info=false")); // the in-process baselines' migrations
    BenchOptions defaults;
    BenchOptions o;
    int exitCode = 0;
    if (!BenchOptions::parse(app.arguments(), defaults, &o, &exitCode))
        return exitCode;
    BenchTarget target(o.server, o.tls, o.password, o.serverPid);
    say(QStringLiteral("bench_writes: %1; %2 client thread(s); %3 cores on this machine").arg(target.describe()).arg(o.threads).arg(QThread::idealThreadCount()));
    BenchReport report(QStringLiteral("bench_writes"));
    bool ok = true;
    if (o.wants(QStringLiteral("p1")) || o.wants(QStringLiteral("writer")))
        ok = runP1(o, target, report) && ok;
    if (o.wants(QStringLiteral("p1b")))
        ok = runP1b(o, target, report) && ok;
    report.print();
    if (!ok)
        say(QStringLiteral("bench_writes: some runs failed (see !! above); figures are from the runs that completed"));
    return ok ? 0 : 1;
}
