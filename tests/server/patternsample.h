#pragma once
// A value that matches a validation pattern, made from the pattern itself, so that a test can walk
// every pattern the server publishes (rpc.discover) without a hand-kept list of examples. Handles
// the regular-expression subset the schemas use: literals, escapes (\d \w \s and escaped
// punctuation), character classes with ranges and negation, groups, alternation and the
// quantifiers ? * + {n} {n,} {n,m}. Optional parts are taken once, so samples are not empty where
// the pattern allows more. The caller checks the sample against the pattern (sampleFor() does).
#include <QRegularExpression>
#include <QString>

namespace concord::test {

class PatternSampler
{
public:
    explicit PatternSampler(const QString &pattern) : m_p(pattern) {}

    QString sample()
    {
        m_at = 0;
        return alternation();
    }

private:
    QString alternation()
    {
        const QString first = sequence();
        while (m_at < m_p.size() && m_p.at(m_at) == QLatin1Char('|')) {
            ++m_at;
            sequence(); // other branches are parsed and dropped
        }
        return first;
    }

    QString sequence()
    {
        QString out;
        while (m_at < m_p.size() && m_p.at(m_at) != QLatin1Char('|') && m_p.at(m_at) != QLatin1Char(')')) {
            const QString atom = this->atom();
            out += repeat(atom);
        }
        return out;
    }

    QString repeat(const QString &atom)
    {
        if (m_at >= m_p.size())
            return atom;
        const QChar q = m_p.at(m_at);
        int times = 1;
        if (q == QLatin1Char('?') || q == QLatin1Char('*') || q == QLatin1Char('+')) {
            ++m_at;
        } else if (q == QLatin1Char('{')) {
            const qsizetype close = m_p.indexOf(QLatin1Char('}'), m_at);
            const QStringList bounds = m_p.mid(m_at + 1, close - m_at - 1).split(QLatin1Char(','));
            const int lo = bounds.at(0).toInt();
            const int hi = bounds.size() > 1 && !bounds.at(1).isEmpty() ? bounds.at(1).toInt() : lo + 1;
            times = qMax(lo, qMin(1, hi));
            m_at = close + 1;
        } else {
            return atom;
        }
        if (m_at < m_p.size() && m_p.at(m_at) == QLatin1Char('?'))
            ++m_at; // lazy
        return atom.repeated(times);
    }

    QString atom()
    {
        const QChar c = m_p.at(m_at++);
        if (c == QLatin1Char('(')) {
            if (m_p.mid(m_at, 2) == QLatin1String("?:"))
                m_at += 2;
            const QString inner = alternation();
            ++m_at; // ')'
            return inner;
        }
        if (c == QLatin1Char('['))
            return QString(charClass());
        if (c == QLatin1Char('\\'))
            return QString(escaped(m_p.at(m_at++)));
        if (c == QLatin1Char('.'))
            return QStringLiteral("a");
        return QString(c);
    }

    static QChar escaped(QChar e)
    {
        if (e == QLatin1Char('d'))
            return QLatin1Char('0');
        if (e == QLatin1Char('w'))
            return QLatin1Char('a');
        if (e == QLatin1Char('s'))
            return QLatin1Char(' ');
        return e;
    }

    QChar charClass()
    {
        const bool negated = m_at < m_p.size() && m_p.at(m_at) == QLatin1Char('^');
        if (negated)
            ++m_at;
        QList<QPair<QChar, QChar>> ranges;
        bool first = true;
        while (m_at < m_p.size() && (first || m_p.at(m_at) != QLatin1Char(']'))) {
            first = false;
            QChar lo = m_p.at(m_at++);
            if (lo == QLatin1Char('\\'))
                lo = escaped(m_p.at(m_at++));
            QChar hi = lo;
            if (m_at + 1 < m_p.size() && m_p.at(m_at) == QLatin1Char('-') && m_p.at(m_at + 1) != QLatin1Char(']')) {
                hi = m_p.at(m_at + 1);
                m_at += 2;
            }
            ranges.append({lo, hi});
        }
        ++m_at; // ']'
        if (!negated)
            return ranges.isEmpty() ? QLatin1Char('a') : ranges.first().first;
        for (const QChar candidate : QStringLiteral("aA0x")) {
            bool excluded = false;
            for (const auto &r : std::as_const(ranges))
                excluded = excluded || (candidate >= r.first && candidate <= r.second);
            if (!excluded)
                return candidate;
        }
        return QLatin1Char('~');
    }

    QString m_p;
    qsizetype m_at = 0;
};

// A sample of `pattern`, or an empty string with *problem set when the sampler cannot make one
// that the pattern accepts as a whole.
inline QString sampleFor(const QString &pattern, QString *problem)
{
    const QString s = PatternSampler(pattern).sample();
    if (!QRegularExpression(QRegularExpression::anchoredPattern(pattern)).match(s).hasMatch())
        *problem = QStringLiteral("no sample for pattern %1 (tried \"%2\")").arg(pattern, s);
    return s;
}

} // namespace concord::test
