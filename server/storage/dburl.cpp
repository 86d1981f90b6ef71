#include "storage/dburl.h"

#include <QUrl>
#include <QUrlQuery>

namespace concord {

DbSettings DbSettings::parse(const QString &url, QString *error)
{
    DbSettings s;
    if (url.startsWith(QLatin1String("sqlite:"))) {
        s.dialect = Dialect::Sqlite;
        s.path = url.mid(7);
        if (s.path.isEmpty() && error)
            *error = QStringLiteral("sqlite: needs a file path");
        return s;
    }
    if (url.startsWith(QLatin1String("postgres:")) || url.startsWith(QLatin1String("postgresql:"))) {
        const QUrl u(url);
        if (!u.isValid()) {
            if (error)
                *error = QStringLiteral("invalid PostgreSQL URL");
            return s;
        }
        s.dialect = Dialect::Postgres;
        s.host = u.host();
        s.port = u.port(5432);
        s.database = u.path().mid(1);
        s.user = u.userName();
        s.password = u.password();
        const QUrlQuery q(u);
        if (q.hasQueryItem(QStringLiteral("host")))
            s.host = q.queryItemValue(QStringLiteral("host"), QUrl::FullyDecoded);
        if (s.database.isEmpty() && error)
            *error = QStringLiteral("postgres URL needs a database name");
        return s;
    }
    if (error)
        *error = QStringLiteral("database URL must start with sqlite: or postgres://");
    return s;
}

QString DbSettings::redacted() const
{
    if (dialect == Dialect::Sqlite)
        return QStringLiteral("sqlite:") + path;
    return QStringLiteral("postgres://%1@%2:%3/%4").arg(user, host).arg(port).arg(database);
}

} // namespace concord
