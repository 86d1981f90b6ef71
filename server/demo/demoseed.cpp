#include "demo/demoseed.h"

#include "core/serverconfig.h"
#include "demo/demomasterdata.h"
#include "core/services.h"
#include "identity/accounts.h"
#include "identity/bootstrap.h"
#include "storage/writer.h"

#include <QFuture>
#include <QtConcurrent/QtConcurrentMap>

namespace concord::demo {

namespace {
struct DemoUser
{
    const char *username;
    const char *fullName;
    const char *kind;
    QStringList roles;
};

QList<DemoUser> demoUsers()
{
    return {
        {"admin", "Alex Admin (IT)", "person", {QStringLiteral("administrator")}},
        {"planner", "Li Wei (Planning)", "person", {QStringLiteral("planner")}},
        {"buyer", "Maria Santos (Purchasing)", "person", {QStringLiteral("buyer")}},
        {"warehouse", "Tom Becker (Warehouse)", "person", {QStringLiteral("warehouse")}},
        {"operator", "Zhang Min (Operator, Line 1)", "person", {QStringLiteral("operator")}},
        {"operator2", "Sarah Kim (Operator, Line 2)", "person", {QStringLiteral("operator")}},
        {"inspector", "Wang Fang (QC Inspector)", "person", {QStringLiteral("inspector")}},
        {"qa", "Dr. Helen Ortiz (QA Manager)", "person", {QStringLiteral("qa")}},
        {"qa2", "Chen Jing (QA Specialist)", "person", {QStringLiteral("qa")}},
        {"engineer", "Omar Haddad (Process Engineering)", "person", {QStringLiteral("engineer")}},
        {"maintenance", "Ivan Petrov (Maintenance & Metrology)", "person", {QStringLiteral("maintenance")}},
        {"manager", "Grace Liu (Plant Manager)", "person", {QStringLiteral("manager")}},
        {"tv-line1", "Shop TV Line 1", "display", {QStringLiteral("display")}},
        {"dev-leak-01", "Leak tester LT-01", "device", {QStringLiteral("device")}},
        {"dev-uv-01", "UV curing station UV-01", "device", {QStringLiteral("device")}},
        {"dev-seal-01", "Pouch sealer PS-01", "device", {QStringLiteral("device")}},
    };
}
} // namespace

bool seed(Services &s, QString *error)
{
    const QList<DemoUser> users = demoUsers();
    const int iterations = s.config.pbkdf2Iterations;
    // One PBKDF2 per account with its own salt; in parallel because each takes a noticeable time.
    const QList<PasswordHash> hashes = QtConcurrent::blockingMapped(
        users, [iterations](const DemoUser &) { return PasswordHash::make(QString::fromLatin1(kDemoPassword), iterations); });
    RpcError err;
    writeAndWait(s.writer, Principal::system(QStringLiteral("demo-seed")), QStringLiteral("demo.seed"), [users, hashes](WriteContext &ctx) {
        ctx.sql().exec(QStringLiteral("instance.put"), {QStringLiteral("demo"), QStringLiteral("1")});
        identity::seedPlatformRoles(ctx);
        for (qsizetype i = 0; i < users.size(); ++i) {
            accounts::NewUser u;
            u.username = QString::fromLatin1(users[i].username);
            u.fullName = QString::fromUtf8(users[i].fullName);
            u.kind = QString::fromLatin1(users[i].kind);
            u.password = hashes.at(i);
            u.mustChangePassword = false;
            const qint64 id = accounts::create(ctx, u);
            accounts::applyRoles(ctx, id, users[i].roles, QStringLiteral("demo plant"));
        }
        return QJsonObject();
    }, &err);
    if (!err.isNull()) {
        *error = err.message;
        return false;
    }
    // The plant's master data, entered by the accounts above as they would through the API.
    return seedMasterData(s, error);
}

} // namespace concord::demo
