#include "processcpu.h"

#include "benchclock.h"

#include <QDir>
#include <QFile>
#include <algorithm>

namespace concord::bench {

namespace {
QByteArray readSmall(const QString &path)
{
    QFile f(path);
    return f.open(QIODevice::ReadOnly) ? f.readAll() : QByteArray();
}
} // namespace

QMap<qint64, ProcessCpu::Sample> ProcessCpu::sample() const
{
    QMap<qint64, Sample> out;
    const QString base = m_pid ? QStringLiteral("/proc/%1/task").arg(m_pid) : QStringLiteral("/proc/self/task");
    const QStringList tids = QDir(base).entryList(QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &tid : tids) {
        // schedstat: "<ns on a core> <ns runnable, waiting for a core> <timeslices>"
        const QList<QByteArray> fields = readSmall(base + QLatin1Char('/') + tid + QStringLiteral("/schedstat")).trimmed().split(' ');
        if (fields.size() < 2)
            continue;
        Sample s;
        s.name = QString::fromUtf8(readSmall(base + QLatin1Char('/') + tid + QStringLiteral("/comm")).trimmed());
        s.runNs = fields.at(0).toLongLong();
        s.waitNs = fields.at(1).toLongLong();
        out.insert(tid.toLongLong(), s);
    }
    return out;
}

void ProcessCpu::start()
{
    m_start = sample();
    m_startNs = nowNs();
}

QMap<QString, ProcessCpu::Usage> ProcessCpu::stop() const
{
    const QMap<qint64, Sample> end = sample();
    const double elapsed = double(std::max<qint64>(1, nowNs() - m_startNs));
    QMap<QString, Usage> usage;
    Usage total;
    for (auto it = end.begin(); it != end.end(); ++it) {
        const Sample before = m_start.value(it.key());
        Usage &u = usage[it->name];
        const double busy = double(it->runNs - before.runNs) / elapsed;
        const double waiting = double(it->waitNs - before.waitNs) / elapsed;
        u.busy += busy;
        u.waiting += waiting;
        total.busy += busy;
        total.waiting += waiting;
    }
    if (!end.isEmpty())
        usage.insert(QStringLiteral("total"), total);
    return usage;
}

QString ProcessCpu::describe(const QMap<QString, Usage> &usage)
{
    if (usage.isEmpty())
        return QStringLiteral("(not available)");
    QList<QPair<QString, Usage>> threads;
    for (auto it = usage.begin(); it != usage.end(); ++it)
        if (it.key() != QLatin1String("total") && it->busy + it->waiting >= 0.01)
            threads.append({it.key(), it.value()});
    std::sort(threads.begin(), threads.end(), [](const auto &a, const auto &b) { return a.second.busy > b.second.busy; });
    QStringList parts;
    for (const auto &t : threads)
        parts.append(QStringLiteral("%1 %2 (+%3)").arg(t.first).arg(t.second.busy, 0, 'f', 2).arg(t.second.waiting, 0, 'f', 2));
    const Usage total = usage.value(QStringLiteral("total"));
    return QStringLiteral("busy %1 cores (+%2 waiting for a core): %3")
        .arg(total.busy, 0, 'f', 2)
        .arg(total.waiting, 0, 'f', 2)
        .arg(parts.join(QStringLiteral(", ")));
}

} // namespace concord::bench
