#include "value/csvcell.h"

namespace concord::csvcell {

namespace {
bool formulaStart(QChar c)
{
    return c == QLatin1Char('=') || c == QLatin1Char('+') || c == QLatin1Char('-') || c == QLatin1Char('@') || c == QLatin1Char('\t') ||
           c == QLatin1Char('\r');
}

// -?digits(.digits)?: what Concord writes for quantities, limits and offsets.
bool plainNumber(const QString &s)
{
    qsizetype i = s.startsWith(QLatin1Char('-')) ? 1 : 0;
    const qsizetype intStart = i;
    while (i < s.size() && s.at(i).isDigit() && s.at(i).unicode() < 128)
        ++i;
    if (i == intStart)
        return false;
    if (i == s.size())
        return true;
    if (s.at(i) != QLatin1Char('.'))
        return false;
    const qsizetype fracStart = ++i;
    while (i < s.size() && s.at(i).isDigit() && s.at(i).unicode() < 128)
        ++i;
    return i > fracStart && i == s.size();
}

// An apostrophe that stands for the guard (or for an escaped apostrophe).
bool guarded(const QString &s)
{
    return s.size() > 1 && s.at(0) == QLatin1Char('\'') && (formulaStart(s.at(1)) || s.at(1) == QLatin1Char('\''));
}
} // namespace

QString neutralise(const QString &cell)
{
    if (cell.isEmpty())
        return cell;
    if ((formulaStart(cell.front()) && !plainNumber(cell)) || guarded(cell))
        return QLatin1Char('\'') + cell;
    return cell;
}

QString restore(const QString &cell) { return guarded(cell) ? cell.mid(1) : cell; }

} // namespace concord::csvcell
