#include "fanoutrun.h"

#include "benchclock.h"

#include <QEventLoop>
#include <QJsonDocument>
#include <QTimer>
#include <algorithm>

namespace concord::bench {

namespace {
bool pingBaseline(RpcConnection *c, int count, LatencyStats *out)
{
    QEventLoop loop;
    int left = count;
    bool ok = true;
    std::function<void()> next = [&] {
        c->call("session.ping", QByteArray(), [&](const RpcConnection::Reply &r) {
            ok = ok && r.ok;
            out->add(r.receivedNs - r.sentNs);
            if (--left > 0 && ok)
                next();
            else
                loop.quit();
        });
    };
    next();
    QTimer::singleShot(60000, &loop, &QEventLoop::quit);
    loop.exec();
    return ok && left == 0;
}
} // namespace

bool FanoutRun::run(const Settings &s, Result *out, QString *error)
{
    ConnectionPool subscribers(s.endpoint);
    ConnectionPool writerPool(s.endpoint);
    if (!subscribers.open(s.subscribers, s.subscriberAccounts, {QStringLiteral("alarm")}, 180000, error) ||
        !writerPool.open(1, s.writerAccounts, {}, 60000, error))
        return false;
    RpcConnection *writer = writerPool.connections().front();
    if (!pingBaseline(writer, s.pings, &out->ping)) {
        *error = QStringLiteral("session.ping failed");
        return false;
    }

    // alarm id -> receipt time per subscriber (-1 = not yet)
    QHash<qint64, std::vector<qint64>> receipts;
    const auto &subs = subscribers.connections();
    quint64 received = 0;
    for (size_t i = 0; i < subs.size(); ++i) {
        subs[i]->setEventHandler([&, i](qint64 now, const QJsonObject &params) {
            if (params.value(QLatin1String("topic")).toString() != QLatin1String("alarm.raised"))
                return;
            const qint64 id = params.value(QLatin1String("data")).toObject().value(QLatin1String("id")).toInteger();
            auto it = receipts.find(id);
            if (it == receipts.end())
                it = receipts.insert(id, std::vector<qint64>(subs.size(), -1));
            if ((*it)[i] < 0) {
                (*it)[i] = now;
                ++received;
            }
        });
    }

    struct Raised
    {
        qint64 id = 0, sentNs = 0, ackNs = 0;
    };
    std::vector<Raised> raised;
    int sent = 0;
    QEventLoop loop;
    QTimer ticker;
    ticker.setTimerType(Qt::PreciseTimer);
    QTimer check;
    auto allIn = [&] { return int(raised.size()) == s.alarms && received >= quint64(s.alarms) * subs.size(); };
    QObject::connect(&ticker, &QTimer::timeout, &loop, [&] {
        if (sent >= s.alarms)
            return ticker.stop();
        ++sent;
        const QByteArray params = R"({"severity":"critical","source":"LT-01","topic":"bench.fanout","message":"fan-out probe )" +
                                  QByteArray::number(sent) + R"("})";
        writer->call("alarm.raise", params, [&](const RpcConnection::Reply &r) {
            if (!r.ok) {
                out->errors.append(QString::fromUtf8(QJsonDocument(r.message).toJson(QJsonDocument::Compact)).left(300));
                return;
            }
            const qint64 id = r.message.value(QLatin1String("result")).toObject().value(QLatin1String("id")).toInteger();
            raised.push_back({id, r.sentNs, r.receivedNs});
            out->ackLatency.add(r.receivedNs - r.sentNs);
        });
    });
    QObject::connect(&check, &QTimer::timeout, &loop, [&] {
        if (allIn())
            loop.quit();
    });
    ticker.start(s.intervalMs);
    check.start(10);
    // Ends when every alarm reached every subscriber, or a generous time after the last alarm.
    QTimer::singleShot(s.alarms * s.intervalMs + 10000, &loop, &QEventLoop::quit);
    loop.exec();
    ticker.stop();
    check.stop();

    for (const Raised &a : raised) {
        const std::vector<qint64> times = receipts.value(a.id, std::vector<qint64>(subs.size(), -1));
        // The server answers the writer right after COMMIT and then queues the events, but this
        // thread may read a subscriber's socket before the writer's: the commit is "seen" at the
        // first of the acknowledgement and the deliveries.
        qint64 seen = a.ackNs;
        for (const qint64 t : times)
            if (t >= 0)
                seen = std::min(seen, t);
        qint64 slowest = 0;
        for (const qint64 t : times) {
            if (t < 0) {
                ++out->missing;
                continue;
            }
            ++out->deliveries;
            if (t < a.ackNs)
                ++out->beforeAck;
            const qint64 fromAck = t - seen;
            out->fromAck.add(fromAck);
            out->fromSend.add(t - a.sentNs);
            slowest = std::max(slowest, fromAck);
        }
        out->lastFromAck.add(slowest);
    }
    out->alarmsAcked = int(raised.size());
    out->missing += quint64(s.alarms - int(raised.size())) * subs.size();
    return true;
}

} // namespace concord::bench
