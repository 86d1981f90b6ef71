#pragma once
#include <QJsonObject>
#include <QString>

namespace concord {
class WriteContext;

namespace alarms {
// Raises an alarm inside the caller's transaction: alarm row, audit row and "alarm.raised" event.
// Used by alarm.raise and by other modules (e.g. the account lockout security alarm).
QJsonObject raise(WriteContext &ctx, const QString &severity, const QString &source, const QString &topic, const QString &message);
} // namespace alarms
} // namespace concord
