#include "benchreport.h"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace concord::bench {

namespace {
double medianOf(QList<double> v)
{
    if (v.isEmpty())
        return 0;
    std::sort(v.begin(), v.end());
    const qsizetype n = v.size();
    return n % 2 ? v.at(n / 2) : (v.at(n / 2 - 1) + v.at(n / 2)) / 2;
}
} // namespace

BenchReport::Figure *BenchReport::find(const QString &name)
{
    for (Figure &f : m_figures)
        if (f.name == name)
            return &f;
    return nullptr;
}

const BenchReport::Figure *BenchReport::find(const QString &name) const
{
    for (const Figure &f : m_figures)
        if (f.name == name)
            return &f;
    return nullptr;
}

void BenchReport::add(const QString &name, double value, const QString &unit)
{
    Figure *f = find(name);
    if (!f) {
        m_figures.append({name, unit, QString(), {}});
        f = &m_figures.last();
    }
    f->values.append(value);
}

void BenchReport::setTarget(const QString &name, const QString &target)
{
    if (Figure *f = find(name))
        f->target = target;
}

bool BenchReport::has(const QString &name) const { return find(name) != nullptr; }

double BenchReport::median(const QString &name) const
{
    const Figure *f = find(name);
    return f ? medianOf(f->values) : 0;
}

QString BenchReport::format(double value)
{
    if (!std::isfinite(value))
        return QStringLiteral("nan");
    const double a = std::abs(value);
    const int decimals = a >= 1000 ? 0 : a >= 100 ? 1 : a >= 1 ? 2 : 4;
    return QString::number(value, 'f', decimals);
}

void BenchReport::say(const QString &line)
{
    std::fputs(qPrintable(line + QLatin1Char('\n')), stdout);
    std::fflush(stdout);
}

void BenchReport::print() const
{
    say(QString());
    for (const Figure &f : m_figures)
        say(QStringLiteral("BENCH %1 %2 %3").arg(f.name, format(medianOf(f.values)), f.unit));
    say(QString());
    say(QStringLiteral("== %1 (median of runs; min..max in brackets) ==").arg(m_title));
    for (const Figure &f : m_figures) {
        QString line = QStringLiteral("  %1 %2 %3").arg(f.name, -32).arg(format(medianOf(f.values)), 12).arg(f.unit, -9);
        if (f.values.size() > 1)
            line += QStringLiteral(" [%1 .. %2, %3 runs]")
                        .arg(format(*std::min_element(f.values.begin(), f.values.end())),
                             format(*std::max_element(f.values.begin(), f.values.end())))
                        .arg(f.values.size());
        if (!f.target.isEmpty())
            line += QStringLiteral("  target %1").arg(f.target);
        say(line);
    }
}

} // namespace concord::bench
