#include "identity/bootstrap.h"

#include "core/serverconfig.h"
#include "core/services.h"
#include "demo/demoseed.h"
#include "identity/accounts.h"
#include "identity/commissioning.h"
#include "identity/platformroles.h"
#include "storage/writer.h"

#include <QJsonArray>
#include <QLoggingCategory>
#include <QProcessEnvironment>
#include <QTextStream>
#include <cstdio>
#ifdef Q_OS_UNIX
#include <termios.h>
#include <unistd.h>
#endif

namespace concord::identity {

Q_LOGGING_CATEGORY(lcBoot, "concord.bootstrap")

namespace {
QString askPassword()
{
#ifdef Q_OS_UNIX
    if (!isatty(STDIN_FILENO))
        return {};
    std::fputs("No users yet. Choose the password of the first administrator 'admin': ", stderr);
    termios old{};
    tcgetattr(STDIN_FILENO, &old);
    termios quiet = old;
    quiet.c_lflag &= ~tcflag_t(ECHO);
    tcsetattr(STDIN_FILENO, TCSANOW, &quiet);
    QTextStream in(stdin);
    const QString pw = in.readLine();
    tcsetattr(STDIN_FILENO, TCSANOW, &old);
    std::fputs("\n", stderr);
    return pw;
#else
    return {};
#endif
}
} // namespace

void seedPlatformRoles(WriteContext &ctx)
{
    for (const RoleDefinition &r : platformRoles()) {
        const qint64 id = ctx.sql().scalar(QStringLiteral("identity.role_insert"), {r.name, r.description}).toLongLong();
        for (const QString &p : r.permissions)
            ctx.sql().exec(QStringLiteral("identity.role_permission_add"), {id, p});
        QStringList perms = r.permissions;
        perms.sort();
        ctx.audit(QStringLiteral("create"), QStringLiteral("role"), QString::number(id),
                  diff({}, {{QStringLiteral("name"), r.name}, {QStringLiteral("description"), r.description},
                            {QStringLiteral("permissions"), QJsonArray::fromStringList(perms)}}));
    }
}

bool bootstrap(Services &s, bool demo, QString *error)
{
    const Principal system = Principal::system(QStringLiteral("system"));
    RpcError err;
    const QString instanceId = s.instanceId;
    const QJsonObject state = writeAndWait(s.writer, system, QStringLiteral("bootstrap.inspect"), [instanceId](WriteContext &ctx) {
        if (!ctx.sql().one(QStringLiteral("instance.get"), {QStringLiteral("instance_id")}))
            ctx.sql().exec(QStringLiteral("instance.put"), {QStringLiteral("instance_id"), instanceId});
        // A database from before the waiver was a state of its own: close it if two approvers exist.
        commissioning::noteApprovers(ctx);
        return QJsonObject{{QStringLiteral("hasUsers"), ctx.sql().one(QStringLiteral("identity.any_user")).has_value()}};
    }, &err, AuditPolicy::exempt(QStringLiteral("start-up bookkeeping: the instance ID (closing the waiver audits itself)")));
    if (!err.isNull()) {
        *error = err.message;
        return false;
    }
    if (state.value(QStringLiteral("hasUsers")).toBool())
        return true;

    if (demo) {
        qCInfo(lcBoot) << "empty database: seeding the demo plant";
        return demo::seed(s, error);
    }
    QString password = QProcessEnvironment::systemEnvironment().value(QStringLiteral("CONCORD_ADMIN_PASSWORD"));
    if (password.isEmpty())
        password = askPassword();
    if (password.isEmpty()) {
        *error = QStringLiteral("the database has no users yet: set CONCORD_ADMIN_PASSWORD (or start on a terminal) to create "
                                "the first administrator 'admin'");
        return false;
    }
    const QString violation = passwordPolicyViolation(password, QStringLiteral("admin"), s.config);
    if (!violation.isEmpty()) {
        *error = QStringLiteral("the first administrator's password does not meet the password policy: ") + violation;
        return false;
    }
    const PasswordHash hash = PasswordHash::make(password, s.config.pbkdf2Iterations);
    writeAndWait(s.writer, system, QStringLiteral("bootstrap.admin"), [hash](WriteContext &ctx) {
        seedPlatformRoles(ctx);
        accounts::NewUser admin;
        admin.username = QStringLiteral("admin");
        admin.fullName = QStringLiteral("Administrator");
        admin.password = hash;
        admin.mustChangePassword = true;
        const qint64 id = accounts::create(ctx, admin);
        accounts::applyRoles(ctx, id, {QStringLiteral("administrator")}, QStringLiteral("first administrator created at installation"));
        return QJsonObject();
    }, &err);
    if (!err.isNull()) {
        *error = err.message;
        return false;
    }
    qCInfo(lcBoot) << "created the first administrator 'admin'; the password must be changed at first login";
    return true;
}

} // namespace concord::identity
