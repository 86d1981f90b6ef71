#pragma once
// Shared by the client-core tests: options for a TestServer and waiting on a PendingCall.
#include "core/pendingcall.h"
#include "core/rpcclient.h"
#include "testserver.h"

#include <QTest>
#include <memory>
#include <optional>

namespace concord::test {

inline RpcClient::Options clientOptions(const TestServer &server)
{
    RpcClient::Options o;
    o.port = server.port();
    o.pinFile = server.dataDir() + QStringLiteral("/rpcclient-known-servers");
    o.clientName = QStringLiteral("tst-client");
    o.connectTimeoutMs = 5000;
    o.reconnectInitialMs = 100; // tests wait for reconnects; the real default is 500 ms
    o.reconnectMaxMs = 1000;
    return o;
}

struct Outcome
{
    bool done = false;
    QJsonObject result;
    RpcError error;
    bool ok() const { return done && error.isNull(); }
};

// Waits for the call to finish, with the event loop running (nothing blocks).
inline Outcome await(PendingCall *call, int timeoutMs = 20000)
{
    auto out = std::make_shared<Outcome>();
    QObject::connect(call, &PendingCall::finished, call, [out, call] {
        out->done = true;
        out->result = call->result();
        out->error = call->error();
    });
    if (!QTest::qWaitFor([out] { return out->done; }, timeoutMs))
        qWarning() << "no answer to" << call->method() << "within" << timeoutMs << "ms";
    return *out;
}

inline bool waitForState(RpcClient &client, RpcClient::State state, int timeoutMs = 20000)
{
    return QTest::qWaitFor([&] { return client.state() == state; }, timeoutMs);
}

// A client connected to the server and signed in as `user` (demo password).
inline std::unique_ptr<RpcClient> signedIn(const TestServer &server, const QString &user,
                                           const std::optional<RpcClient::Options> &options = std::nullopt)
{
    auto client = std::make_unique<RpcClient>();
    client->connectToServer(options ? *options : clientOptions(server));
    if (!waitForState(*client, RpcClient::State::Connected))
        return nullptr;
    const Outcome login = await(client->login(user, TestServer::demoPassword()));
    if (!login.ok()) {
        qWarning() << "login failed:" << login.error.dataCode << login.error.message;
        return nullptr;
    }
    return client;
}

inline QJsonObject raiseParams(const QString &message, const QString &severity = QStringLiteral("warning"))
{
    return {{QStringLiteral("severity"), severity}, {QStringLiteral("source"), QStringLiteral("LT-01")},
            {QStringLiteral("topic"), QStringLiteral("leak.test")}, {QStringLiteral("message"), message}};
}

} // namespace concord::test
