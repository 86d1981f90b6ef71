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
// These files are opened in spreadsheets as often as they are imported, so a cell a spreadsheet
// would run as a formula (= + - @ tab CR at the start) is written with a leading apostrophe, and
// reading takes exactly that apostrophe away again (common/value/csvcell.h): parse(writeRecord(c))
// gives back c for any cells, so export -> import stays exact.

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

// Cells come back with the formula guard removed (csvcell::restore).
Parsed parse(const QString &text);

// One record ending in CRLF; cells that start like a formula are guarded (csvcell::neutralise).
QString writeRecord(const QStringList &cells);

} // namespace concord::csv
