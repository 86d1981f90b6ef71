#pragma once
#include "core/services.h"
#include "rpc/call.h"
#include "storage/readerpool.h"
#include "storage/writer.h"

#include <functional>

namespace concord::async {

// Small helpers for inline handlers that chain reads, computations and writes. `then` runs on the
// network thread; storage errors fail the call. The write named like the call's method is its main
// write and carries the call's idempotencyKey; auxiliary writes (failed attempts) use other names.
inline void write(Services &s, const CallPtr &call, const QString &method, std::function<QJsonObject(WriteContext &)> work,
                  std::function<void(const QJsonObject &)> then, const Principal *as = nullptr)
{
    WriteJob job;
    job.principal = as ? *as : call->principal;
    job.method = method;
    if (method == call->method) {
        job.idempotencyKey = call->idempotencyKey;
        job.paramsHash = call->paramsHash;
    }
    job.work = std::move(work);
    job.done = [call, then = std::move(then)](const QJsonObject &r, const RpcError &e) {
        if (!e.isNull())
            return call->fail(e);
        then(r);
    };
    s.writer.submit(std::move(job));
}

inline void read(Services &s, const CallPtr &call, std::function<QJsonObject(ReadContext &)> work,
                 std::function<void(const QJsonObject &)> then)
{
    ReadJob job;
    job.principal = call->principal;
    job.work = std::move(work);
    job.done = [call, then = std::move(then)](const QJsonObject &r, const RpcError &e) {
        if (!e.isNull())
            return call->fail(e);
        then(r);
    };
    s.readers.submit(std::move(job));
}

} // namespace concord::async
