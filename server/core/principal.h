#pragma once
#include <QSet>
#include <QString>
#include <QStringList>

namespace concord {

// Who is calling: captured from the session when a request is dispatched and copied into the
// work so that handlers on other threads never touch session state.
struct Principal
{
    qint64 userId = 0; // 0 = anonymous / the system itself
    QString username;
    QString fullName;
    QString kind; // person | device | display | system
    QStringList roles;
    QSet<QString> permissions;
    bool mustChangePassword = false;
    bool sessionLocked = false; // the session is locked (idle lock screen): only unlock and logout work
    QString sessionId; // SHA-256 of the session token (the token itself is never stored)
    QString peer;      // remote address of the connection

    bool isAuthenticated() const { return userId > 0; }
    bool isSystem() const { return kind == QLatin1String("system"); }
    bool has(const QString &permission) const { return isSystem() || permissions.contains(permission); }
    static Principal system(const QString &what)
    {
        Principal p;
        p.username = what;
        p.fullName = what;
        p.kind = QStringLiteral("system");
        return p;
    }
};

} // namespace concord
