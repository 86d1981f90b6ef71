#pragma once
#include "connectionpool.h"
#include "latencystats.h"

#include <QHash>
#include <vector>

namespace concord::bench {

// P2: `subscribers` connections subscribed to the "alarm" topic; one more connection raises an
// alarm every `intervalMs` until `alarms` were raised. Every subscriber lives in this process, so
// the writer's acknowledgement (sent by the server right after COMMIT) and each receipt are read on
// one monotonic clock. All connections run on the calling thread's event loop.
class FanoutRun
{
public:
    struct Settings
    {
        Endpoint endpoint;
        QList<Account> subscriberAccounts;
        QList<Account> writerAccounts;
        int subscribers = 200;
        int alarms = 100;
        int intervalMs = 50;
        int pings = 200; // session.ping round trips on the idle server: the baseline
    };
    struct Result
    {
        LatencyStats fromAck;        // every delivery: receipt - commit seen (writer's ack or first delivery)
        LatencyStats fromSend;       // every delivery: receipt - writer's request sent
        LatencyStats lastFromAck;    // per alarm: the slowest of its deliveries
        LatencyStats ackLatency;     // the writer's own round trips
        LatencyStats ping;           // baseline: session.ping round trips
        quint64 deliveries = 0;
        quint64 missing = 0;         // (alarm, subscriber) pairs never received
        quint64 beforeAck = 0;       // deliveries read before the writer's acknowledgement
        int alarmsAcked = 0;
        QStringList errors;
    };
    static bool run(const Settings &settings, Result *out, QString *error);
};

} // namespace concord::bench
