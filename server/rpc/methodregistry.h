#pragma once
#include "rpc/call.h"
#include "storage/readerpool.h"
#include "storage/writecontext.h"

#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QString>
#include <functional>
#include <optional>

namespace concord {

enum class MethodKind {
    Inline, // runs on the network thread; may start reads, writes or computations and answer later
    Read,   // runs on a reader thread with its own connection
    Write,  // runs on the writer thread inside a group-commit transaction
};

namespace permission {
// Callable without a session (session.hello, auth.login, auth.resume, rpc.discover).
inline const QString Public = QStringLiteral("public");
// Any signed-in account, whatever its roles (auth.logout, auth.changePassword, session.ping).
inline const QString Authenticated = QStringLiteral("authenticated");
} // namespace permission

// One RPC method, declared once: dispatch, validation, authorisation and rpc.discover all read it.
struct MethodSpec
{
    QString name;
    QString summary;
    QString permission; // a permission string, or permission::Public / permission::Authenticated
    MethodKind kind = MethodKind::Read;
    // An Inline method that ends in a write of its own (e.g. after a password check): it is listed
    // as writing, accepts idempotencyKey, and its main write (the one named like the method) is
    // idempotent.
    bool inlineWrites = false;
    // Audit by contract: a Write method records an audit row unless it says why not (the writer
    // refuses a write that should have and did not); an Inline method that is not marked
    // inlineWrites must declare either; a Read
    // method is exempt by construction (a read-only connection cannot change anything).
    std::optional<AuditPolicy> audit = {};
    QJsonObject params = {};
    QJsonObject result = {};
    // Methods callable while the caller must still change the password.
    bool allowedBeforePasswordChange = false;
    bool allowedWhileLocked = false; // answered while the caller's session is locked (auth.lock)
    std::function<void(const CallPtr &)> inlineHandler = {};
    std::function<QJsonObject(ReadContext &, const QJsonObject &)> read = {};
    std::function<QJsonObject(WriteContext &, const QJsonObject &)> write = {};

    bool writes() const { return kind == MethodKind::Write || inlineWrites; }
};

class MethodRegistry
{
public:
    // Write methods get an optional idempotencyKey parameter added to their schema.
    void add(MethodSpec spec);
    const MethodSpec *find(const QString &name) const;
    const QList<MethodSpec> &all() const { return m_methods; }
    // Every permission string some method requires (for role administration and tests).
    QStringList permissions() const;
    // OpenRPC-style catalogue.
    QJsonObject discover(const QString &serverVersion) const;

private:
    QList<MethodSpec> m_methods;
    QHash<QString, qsizetype> m_index;
};

} // namespace concord
