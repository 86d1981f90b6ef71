// P7 (brief 04-performance): client cold start to the first live dashboard on a local server, and
// the client's memory. Starts the desktop client `concord` as a new process signed in (password from
// the environment) against a local demo server, and measures from the process start until the
// client reports its alarm panel loaded and subscribed (--startup-probe); then reads its resident
// memory (VmRSS, peak VmHWM) from /proc. The baseline, measured in the same run, is a minimal Qt
// Widgets program showing an empty table (coldstart_baseline): the ratio says what Concord adds.
// "Cold" here means a new process each time; the files are in the page cache after the first run
// (dropping caches needs root).
//
//   bench_coldstart            CONCORD_BENCH_RUNS runs (default 5); offscreen unless DISPLAY is set
#include "benchreport.h"
#include "testserver.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

using namespace concord::bench;
using concord::test::TestServer;

namespace {

struct Start
{
    bool ok = false;
    double readyMs = 0;  // process start → "ready" line, measured here
    double rssMb = 0;
    double peakRssMb = 0;
    QString error;
};

double statusKb(qint64 pid, const char *field)
{
    QFile f(QStringLiteral("/proc/%1/status").arg(pid));
    if (!f.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : f.readAll().split('\n')) {
        if (line.startsWith(field))
            return line.mid(int(qstrlen(field))).trimmed().split(' ').first().toDouble();
    }
    return 0;
}

Start launch(const QString &program, const QStringList &args, const QProcessEnvironment &env)
{
    Start s;
    QProcess p;
    p.setProcessEnvironment(env);
    p.setProcessChannelMode(QProcess::ForwardedErrorChannel);
    QElapsedTimer t;
    t.start();
    p.start(program, args);
    if (!p.waitForStarted(10000)) {
        s.error = QStringLiteral("%1 did not start").arg(program);
        return s;
    }
    QByteArray out;
    while (t.elapsed() < 60000) {
        if (!p.waitForReadyRead(200) && p.state() != QProcess::Running)
            break;
        out += p.readAllStandardOutput();
        if (out.contains("concord: ready")) {
            s.readyMs = double(t.nsecsElapsed()) / 1e6;
            // Let the first paint and the event stream settle before reading the memory.
            QElapsedTimer settle;
            settle.start();
            while (settle.elapsed() < 500)
                p.waitForReadyRead(50);
            s.rssMb = statusKb(p.processId(), "VmRSS:") / 1024.0;
            s.peakRssMb = statusKb(p.processId(), "VmHWM:") / 1024.0;
            s.ok = true;
            break;
        }
    }
    if (!s.ok)
        s.error = QStringLiteral("no ready line from %1 within 60 s; output: %2").arg(program, QString::fromLocal8Bit(out.right(500)));
    p.terminate();
    if (!p.waitForFinished(5000)) {
        p.kill();
        p.waitForFinished(5000);
    }
    return s;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const int runs = qMax(1, qEnvironmentVariableIntValue("CONCORD_BENCH_RUNS") > 0 ? qEnvironmentVariableIntValue("CONCORD_BENCH_RUNS") : 5);
    // The server as a plant runs it: the default PBKDF2 work factor, so that signing in costs what it costs.
    TestServer server;
    TestServer::Options so;
    so.env = {QStringLiteral("CONCORD_PBKDF2_ITERATIONS=600000")};
    if (!server.start(so)) {
        BenchReport::say(QStringLiteral("bench_coldstart: the server did not start"));
        return 1;
    }
    // A live panel with content: 200 alarms, as on a busy line.
    auto device = server.login(QStringLiteral("dev-leak-01"));
    for (int i = 0; device && i < 200; ++i)
        device->call(QStringLiteral("alarm.raise"),
                     {{QStringLiteral("severity"), i % 10 == 0 ? QStringLiteral("critical") : QStringLiteral("warning")},
                      {QStringLiteral("source"), QStringLiteral("LT-%1").arg(i % 4 + 1, 2, 10, QLatin1Char('0'))},
                      {QStringLiteral("topic"), QStringLiteral("leak.test")},
                      {QStringLiteral("message"), QStringLiteral("leak rate above limit, test %1").arg(i)}});

    QTemporaryDir home;
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home.path());
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home.path() + QStringLiteral("/.config"));
    env.insert(QStringLiteral("XDG_DATA_HOME"), home.path() + QStringLiteral("/.local/share"));
    env.insert(QStringLiteral("CONCORD_BENCH_PASSWORD"), TestServer::demoPassword());
    if (!env.contains(QStringLiteral("DISPLAY")) && !env.contains(QStringLiteral("QT_QPA_PLATFORM")))
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    const QStringList clientArgs{QStringLiteral("--server"), QStringLiteral("127.0.0.1:%1").arg(server.port()),
                                 QStringLiteral("--user"), QStringLiteral("qa"), QStringLiteral("--password-env"),
                                 QStringLiteral("CONCORD_BENCH_PASSWORD"), QStringLiteral("--lang"), QStringLiteral("en"),
                                 QStringLiteral("--startup-probe")};

    BenchReport::say(QStringLiteral("P7: concord cold start to a live alarm panel (200 alarms) on a local TLS demo server, %1 run(s), platform %2")
                         .arg(runs).arg(env.value(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("xcb"))));
    BenchReport report(QStringLiteral("bench_coldstart"));
    bool ok = true;
    // The first start pins the server's certificate (trust on first use) and warms the page cache.
    launch(QStringLiteral(CONCORD_CLIENT_BIN), clientArgs, env);
    for (int run = 1; run <= runs; ++run) {
        const Start base = launch(QStringLiteral(CONCORD_BASELINE_BIN), {}, env);
        const Start client = launch(QStringLiteral(CONCORD_CLIENT_BIN), clientArgs, env);
        if (!base.ok || !client.ok) {
            BenchReport::say(QStringLiteral("  !! run %1: %2 %3").arg(run).arg(base.error, client.error));
            ok = false;
            continue;
        }
        report.add(QStringLiteral("p7_coldstart_ms"), client.readyMs, QStringLiteral("ms"));
        report.add(QStringLiteral("p7_rss_mb"), client.rssMb, QStringLiteral("MB"));
        report.add(QStringLiteral("p7_peak_rss_mb"), client.peakRssMb, QStringLiteral("MB"));
        report.add(QStringLiteral("p7_baseline_qt_window_ms"), base.readyMs, QStringLiteral("ms"));
        report.add(QStringLiteral("p7_baseline_rss_mb"), base.rssMb, QStringLiteral("MB"));
        report.add(QStringLiteral("p7_ratio_vs_baseline"), client.readyMs / qMax(base.readyMs, 1.0), QStringLiteral("ratio"));
        BenchReport::say(QStringLiteral("  run %1: concord ready after %2 ms, RSS %3 MB (peak %4 MB); baseline window %5 ms, RSS %6 MB")
                             .arg(run)
                             .arg(BenchReport::format(client.readyMs), BenchReport::format(client.rssMb),
                                  BenchReport::format(client.peakRssMb), BenchReport::format(base.readyMs),
                                  BenchReport::format(base.rssMb)));
    }
    report.setTarget(QStringLiteral("p7_coldstart_ms"), QStringLiteral("<= 1500"));
    report.setTarget(QStringLiteral("p7_peak_rss_mb"), QStringLiteral("<= 300"));
    report.print();
    server.stop();
    return ok ? 0 : 1;
}
