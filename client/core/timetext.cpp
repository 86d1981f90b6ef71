#include "core/timetext.h"

#include <QLocale>

namespace concord::timetext {

QDateTime fromServer(const QString &utcIso)
{
    const QDateTime t = QDateTime::fromString(utcIso, Qt::ISODateWithMs);
    return t.isValid() ? t.toLocalTime() : QDateTime();
}

QString local(const QDateTime &time, bool milliseconds)
{
    if (!time.isValid())
        return {};
    return QLocale().toString(time.toLocalTime(), milliseconds ? QStringLiteral("yyyy-MM-dd HH:mm:ss.zzz t")
                                                               : QStringLiteral("yyyy-MM-dd HH:mm:ss t"));
}

QString localFromServer(const QString &utcIso)
{
    const QDateTime t = fromServer(utcIso);
    return t.isValid() ? local(t) : utcIso;
}

} // namespace concord::timetext
