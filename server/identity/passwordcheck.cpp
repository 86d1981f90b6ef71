#include "identity/passwordcheck.h"

#include "core/serverconfig.h"
#include "core/services.h"
#include "identity/passwords.h"
#include "rpc/dispatcher.h"
#include "storage/readerpool.h"

#include <QMetaObject>

namespace concord::identity {

void checkPassword(Services &s, const QString &username, const QString &password, CryptoPool::Lane lane, const QString &source,
                   std::function<void(const PasswordCheck &)> done)
{
    ReadJob job;
    job.principal = Principal::system(QStringLiteral("auth"));
    job.work = [username](ReadContext &ctx) {
        const auto row = ctx.sql().one(QStringLiteral("identity.user_by_name"), {username});
        return row ? Sql::toJson(*row) : QJsonObject();
    };
    Services *services = &s;
    job.done = [services, password, lane, source, done = std::move(done)](const QJsonObject &row, const RpcError &err) {
        if (!err.isNull()) {
            PasswordCheck c;
            c.error = err;
            done(c);
            return;
        }
        services->crypto.run(lane, source, [services, password, row, done] {
            PasswordCheck c;
            c.found = !row.isEmpty();
            PasswordHash stored;
            if (c.found) {
                stored.hash = row.value(QStringLiteral("passwordHash")).toString();
                stored.salt = row.value(QStringLiteral("passwordSalt")).toString();
                stored.iterations = row.value(QStringLiteral("passwordIterations")).toInt();
                c.userId = row.value(QStringLiteral("id")).toInteger();
                c.username = row.value(QStringLiteral("username")).toString();
                c.kind = row.value(QStringLiteral("kind")).toString();
                c.active = row.value(QStringLiteral("active")).toInteger() == 1;
                c.locked = row.value(QStringLiteral("locked")).toInteger() == 1;
                c.mustChange = row.value(QStringLiteral("mustChangePassword")).toInteger() == 1;
                c.passwordChangedAt = row.value(QStringLiteral("passwordChangedAt")).toString();
                c.matches = stored.matches(password);
            } else {
                PasswordHash::make(password, services->config.pbkdf2Iterations); // same cost as a real check
            }
            QMetaObject::invokeMethod(&services->dispatcher, [done, c] { done(c); }, Qt::QueuedConnection);
        });
    };
    s.readers.submit(std::move(job));
}

} // namespace concord::identity
