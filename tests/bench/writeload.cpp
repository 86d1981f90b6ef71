#include "writeload.h"

#include "benchclock.h"

#include <QSemaphore>
#include <QThread>
#include <memory>
#include <thread>
#include <vector>

namespace concord::bench {

namespace {
void sleepUntil(qint64 ns)
{
    const qint64 left = ns - nowNs();
    if (left > 0)
        std::this_thread::sleep_for(std::chrono::nanoseconds(left));
}
} // namespace

bool WriteLoad::run(const Settings &s, Outcome *out, QString *error, const std::function<void()> &onWindowStart,
                    const std::function<void()> &onWindowEnd)
{
    const int threads = std::max(1, std::min(s.threads, s.plan.connections));
    std::vector<std::unique_ptr<QThread>> workers;
    std::vector<std::unique_ptr<WriteDriver>> drivers;
    QSemaphore done;
    for (int t = 0; t < threads; ++t) {
        WritePlan plan = s.plan;
        plan.connections = s.plan.connections / threads + (t < s.plan.connections % threads ? 1 : 0);
        plan.rate = s.plan.rate * double(plan.connections) / double(s.plan.connections);
        auto thread = std::make_unique<QThread>();
        thread->setObjectName(QStringLiteral("bench-driver-%1").arg(t));
        auto driver = std::make_unique<WriteDriver>(s.endpoint, plan, t);
        driver->moveToThread(thread.get());
        QObject::connect(driver.get(), &WriteDriver::finished, driver.get(), [&done] { done.release(); }, Qt::DirectConnection);
        thread->start();
        workers.push_back(std::move(thread));
        drivers.push_back(std::move(driver));
    }
    auto cleanUp = [&] {
        for (auto &d : drivers)
            QMetaObject::invokeMethod(d.get(), [&d] { d->shutdown(); }, Qt::BlockingQueuedConnection);
        for (auto &w : workers) {
            w->quit();
            w->wait();
        }
    };

    bool ok = true;
    QString firstError;
    for (auto &d : drivers) {
        QString err;
        bool prepared = false;
        QMetaObject::invokeMethod(d.get(), [&] { prepared = d->prepare(&err); }, Qt::BlockingQueuedConnection);
        if (!prepared) {
            ok = false;
            firstError = err;
            break;
        }
    }
    if (!ok) {
        cleanUp();
        if (error)
            *error = firstError;
        return false;
    }

    const qint64 startNs = nowNs() + 100 * kNsPerMs;
    const qint64 measureFromNs = startNs + qint64(s.warmupSeconds * double(kNsPerSecond));
    const qint64 endNs = measureFromNs + qint64(s.seconds * double(kNsPerSecond));
    for (auto &d : drivers) {
        WriteDriver *driver = d.get();
        QMetaObject::invokeMethod(driver, [=] { driver->start(startNs, measureFromNs, endNs); }, Qt::QueuedConnection);
    }
    sleepUntil(measureFromNs);
    if (onWindowStart)
        onWindowStart();
    sleepUntil(endNs);
    if (onWindowEnd)
        onWindowEnd();
    const int limitMs = s.plan.drainMs + 10000;
    if (!done.tryAcquire(threads, limitMs)) {
        cleanUp();
        if (error)
            *error = QStringLiteral("the load drivers did not finish within %1 ms after the window").arg(limitMs);
        return false;
    }
    cleanUp();
    out->result = WriteResult();
    for (auto &d : drivers)
        out->result.merge(d->result());
    out->measuredSeconds = s.seconds;
    out->measureFromNs = measureFromNs;
    out->endNs = endNs;
    return true;
}

} // namespace concord::bench
