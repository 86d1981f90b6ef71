#pragma once
#include <QDateTime>
#include <QString>

namespace concord::clock {

// The server's clock is the only clock (brief 02). Stored as ISO-8601 UTC with milliseconds so the
// text sorts chronologically and reads the same on SQLite and PostgreSQL.
inline QString toIso(const QDateTime &t) { return t.toUTC().toString(QStringLiteral("yyyy-MM-ddTHH:mm:ss.zzzZ")); }
inline QString nowIso() { return toIso(QDateTime::currentDateTimeUtc()); }
inline QDateTime fromIso(const QString &s) { return QDateTime::fromString(s, Qt::ISODateWithMs).toUTC(); }

} // namespace concord::clock
