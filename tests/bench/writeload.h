#pragma once
#include "writedriver.h"

namespace concord::bench {

// Runs one write load against a server: the connections are spread over `threads` driver threads
// (each with its own event loop), all drivers start on one shared timeline, and their results are
// merged. Warm-up answers are not measured.
class WriteLoad
{
public:
    struct Settings
    {
        Endpoint endpoint;
        WritePlan plan; // connections and rate are totals; split over the threads
        int threads = 1;
        double warmupSeconds = 2;
        double seconds = 10;
    };
    struct Outcome
    {
        WriteResult result;
        double measuredSeconds = 0;
        qint64 measureFromNs = 0; // the measuring window on nowNs()
        qint64 endNs = 0;
        double ackedPerSecond() const { return measuredSeconds > 0 ? double(result.ackedInWindow) / measuredSeconds : 0; }
    };

    // `onWindowStart`/`onWindowEnd` run on the calling thread near the window's edges (to sample
    // CPU time); may be empty.
    static bool run(const Settings &settings, Outcome *out, QString *error, const std::function<void()> &onWindowStart = {},
                    const std::function<void()> &onWindowEnd = {});
};

} // namespace concord::bench
