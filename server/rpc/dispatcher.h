#pragma once
#include "protocol/jsonrpc.h"
#include "rpc/call.h"
#include "rpc/methodregistry.h"

#include <QObject>

namespace concord {

class Connection;
class ReaderPool;
class SessionManager;
class Writer;

// Turns a parsed request into work: finds the method, resolves the caller's session, enforces
// authentication, the forced password change and the method's permission (auditing every refusal),
// validates params against the method's schema and routes the call to the network thread, a
// reader or the writer. Notifications and members of a batch take exactly the same path; only
// where their answer goes differs (see Call).
class Dispatcher : public QObject
{
    Q_OBJECT
public:
    Dispatcher(const MethodRegistry &registry, SessionManager &sessions, Writer &writer, ReaderPool &readers,
               QObject *parent = nullptr);
    // A request or notification; `batch` is its place when it came in a batch.
    void dispatch(Connection *connection, jsonrpc::Incoming request, BatchSlot batch = {});
    // Refuses the call and writes an access.denied audit row.
    void deny(const CallPtr &call, const RpcError &error);
    // Counts a refusal of a caller without a session (also failed sign-ins): a connection that keeps
    // being refused without signing in is closed, so it cannot grow the audit trail without bound.
    void noteAnonymousRefusal(const CallPtr &call);

private:
    void replayOrRun(const MethodSpec *spec, const CallPtr &call);
    // An inline write's key was used before for another request: refused and audited.
    void refuseReusedKey(const CallPtr &call, const RpcError &error);
    const MethodRegistry &m_registry;
    SessionManager &m_sessions;
    Writer &m_writer;
    ReaderPool &m_readers;
};

} // namespace concord
