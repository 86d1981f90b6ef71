#pragma once
#include <QString>

// CSV cells that are safe to open in a spreadsheet and still round-trip exactly (OWASP "CSV
// injection"). A cell that a spreadsheet would run as a formula — it starts with = + - @, a tab or
// a carriage return — is written with a leading apostrophe, which spreadsheets show as "text
// follows" and hide. Plain numbers such as -273.15 are left alone (no spreadsheet runs them). A
// cell that itself starts with an apostrophe followed by one of those characters or by another
// apostrophe gets one more, so that restore() can always take exactly one away: for every text s,
// restore(neutralise(s)) == s. Every CSV file Concord writes uses neutralise(); every CSV file it
// reads uses restore().
namespace concord::csvcell {

QString neutralise(const QString &cell);
QString restore(const QString &cell);

} // namespace concord::csvcell
