#include "masterdata/csvcodec.h"

#include "value/csvcell.h"

#include <QStringDecoder>

namespace concord::csv {

std::optional<QString> decodeUtf8(const QByteArray &bytes, int *badLine)
{
    // The decoder drops an initial BOM itself (QStringConverter's default flags).
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (!decoder.hasError())
        return text;
    // Only on failure: find the line, so that the user knows where to look.
    int line = 1;
    qsizetype start = 0;
    while (start <= bytes.size()) {
        qsizetype end = bytes.indexOf('\n', start);
        if (end < 0)
            end = bytes.size();
        QStringDecoder lineDecoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
        const QString decoded = lineDecoder.decode(QByteArrayView(bytes).sliced(start, end - start)); // decode() is lazy
        Q_UNUSED(decoded)
        if (lineDecoder.hasError())
            break;
        ++line;
        start = end + 1;
    }
    if (badLine)
        *badLine = line;
    return std::nullopt;
}

Parsed parse(const QString &text)
{
    Parsed out;
    QStringList cells;
    QString cell;
    int row = 1;
    bool inQuotes = false;
    bool cellQuoted = false; // the current cell was written in quotes (and they are closed)
    auto endCell = [&] {
        cells.append(csvcell::restore(cell));
        cell.clear();
    };
    auto endRecord = [&] {
        endCell();
        // A blank line is one unquoted empty cell: skip it, but keep counting rows.
        if (cells.size() > 1 || !cells.constFirst().isEmpty() || cellQuoted)
            out.records.append({row, cells});
        cells.clear();
        cellQuoted = false;
        ++row;
    };
    const qsizetype n = text.size();
    for (qsizetype i = 0; i < n; ++i) {
        const QChar c = text.at(i);
        if (inQuotes) {
            if (c != QLatin1Char('"')) {
                cell += c;
            } else if (i + 1 < n && text.at(i + 1) == QLatin1Char('"')) {
                cell += c;
                ++i;
            } else {
                inQuotes = false;
                const QChar next = i + 1 < n ? text.at(i + 1) : QLatin1Char('\n');
                if (next != QLatin1Char(',') && next != QLatin1Char('\r') && next != QLatin1Char('\n')) {
                    out.errorRow = row;
                    out.error = QStringLiteral("text after the closing quote of a field");
                    return out;
                }
            }
            continue;
        }
        if (c == QLatin1Char(',')) {
            endCell();
            cellQuoted = false;
        } else if (c == QLatin1Char('\r') || c == QLatin1Char('\n')) {
            if (c == QLatin1Char('\r') && i + 1 < n && text.at(i + 1) == QLatin1Char('\n'))
                ++i;
            endRecord();
        } else if (c == QLatin1Char('"') && cell.isEmpty() && !cellQuoted) {
            inQuotes = true;
            cellQuoted = true;
        } else {
            cell += c; // a quote inside an unquoted field is taken literally
        }
    }
    if (inQuotes) {
        out.errorRow = row;
        out.error = QStringLiteral("a quoted field is not closed");
        return out;
    }
    if (!cell.isEmpty() || !cells.isEmpty() || cellQuoted)
        endRecord();
    return out;
}

namespace {
QString quoted(const QString &cell)
{
    const bool needs = cell.contains(QLatin1Char(',')) || cell.contains(QLatin1Char('"')) || cell.contains(QLatin1Char('\n')) ||
                       cell.contains(QLatin1Char('\r')) || (!cell.isEmpty() && (cell.front().isSpace() || cell.back().isSpace()));
    if (!needs)
        return cell;
    QString q = cell;
    q.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + q + QLatin1Char('"');
}
} // namespace

QString writeRecord(const QStringList &cells)
{
    // A record of one empty cell would read back as a blank line.
    if (cells.size() == 1 && cells.constFirst().isEmpty())
        return QStringLiteral("\"\"\r\n");
    QStringList out;
    out.reserve(cells.size());
    for (const QString &c : cells)
        out.append(quoted(csvcell::neutralise(c)));
    return out.join(QLatin1Char(',')) + QStringLiteral("\r\n");
}

} // namespace concord::csv
