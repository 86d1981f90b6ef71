#pragma once
#include <QByteArray>
#include <QJsonObject>
#include <QString>

namespace concord::auditcsv {

// The audit-trail CSV export: UTF-8 with a byte-order mark (Excel otherwise reads Chinese text as
// the local code page), RFC 4180 quoting, CRLF line ends. Values are written as stored — nothing
// is shortened — so that the file can be compared with the trail, with one exception: a value that
// starts with = + - @ or a tab/CR gets a leading apostrophe, so that a spreadsheet shows a comment
// such as "=HYPERLINK(...)" typed by a user as text instead of running it (OWASP CSV injection;
// the rule and its exact inverse are common/value/csvcell.h, shared with the master-data files).
QByteArray byteOrderMark();
QString field(const QString &value);     // quoted when it holds a comma, quote, CR or LF; see above
QByteArray headerLine();                 // translated column titles
QByteArray line(const QJsonObject &row); // one audit.query row
// The last line: the chain head the file reflects (audit.query's `head`: entry and hash), which
// audit.verify accepts as an anchor. Empty when `head` is empty (a server without it).
QByteArray headLine(const QJsonObject &head);

} // namespace concord::auditcsv
