#pragma once
#include <QDateTime>
#include <QString>

namespace concord::timetext {

// The server's clock is the only clock: it sends UTC ("2026-11-25T21:25:50.372Z"); people read local
// time *with the zone*, because records are compared across shifts, sites and the daylight-saving
// change. Every view formats times through these, so they look the same everywhere.

// Server UTC text → local QDateTime (invalid if the text is not a time).
QDateTime fromServer(const QString &utcIso);
// "2026-11-25 22:25:50 CET" (with milliseconds: "…:50.372 CET"); empty for an invalid time.
QString local(const QDateTime &time, bool milliseconds = false);
// Server UTC text straight to local text; text that is not a time comes back unchanged.
QString localFromServer(const QString &utcIso);

} // namespace concord::timetext
