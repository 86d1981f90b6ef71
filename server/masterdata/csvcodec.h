#pragma once
#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>
#include <optional>

namespace concord::csv {

// RFC 4180 as Concord reads and writes it: comma-separated; a field holding a comma, a double
// quote, a line break or leading/trailing blanks is written in double quotes with its quotes
// doubled; records end with CRLF (LF alone is accepted on reading).
//
// Deliberately NO guard against spreadsheet formula injection (no ' prefixed to cells starting with
// = + - @): these files are a data interchange format between Concord servers and former systems
// and must round-trip exactly; a prefix would change the data. Whoever opens them in a spreadsheet
// must not let it evaluate formulas.

// The bytes of a file as text. A leading UTF-8 byte order mark is dropped. Bytes that are not valid
// UTF-8 give nullopt and the 1-based line of the first invalid sequence in *badLine.
std::optional<QString> decodeUtf8(const QByteArray &bytes, int *badLine);

struct Record
{
    int row = 0; // 1-based record number, the header being row 1: the row a spreadsheet shows
    QStringList cells;
};

struct Parsed
{
    QList<Record> records; // blank lines are left out (they still count as rows)
    int errorRow = 0;      // first syntax error (unterminated quote, text after a closing quote)
    QString error;         // empty when the text parsed
};

Parsed parse(const QString &text);

// One record ending in CRLF.
QString writeRecord(const QStringList &cells);

} // namespace concord::csv
