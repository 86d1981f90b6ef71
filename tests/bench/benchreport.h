#pragma once
#include <QList>
#include <QString>

namespace concord::bench {

// Collects the figures of a benchmark over several runs and prints them: one machine-readable line
// per figure, `BENCH <name> <median> <unit>`, then a human-readable table (median, min, max, target).
class BenchReport
{
public:
    explicit BenchReport(QString title) : m_title(std::move(title)) {}

    // Records one run's value; the first call fixes the figure's unit and its place in the output.
    void add(const QString &name, double value, const QString &unit);
    // A target to show beside the figure, e.g. ">= 25000" (information only: nothing fails on it).
    void setTarget(const QString &name, const QString &target);
    double median(const QString &name) const;
    bool has(const QString &name) const;

    void print() const;

    // Prints one line at once (progress and per-run details) and flushes stdout.
    static void say(const QString &line);
    static QString format(double value);

private:
    struct Figure
    {
        QString name;
        QString unit;
        QString target;
        QList<double> values;
    };
    Figure *find(const QString &name);
    const Figure *find(const QString &name) const;
    QString m_title;
    QList<Figure> m_figures;
};

} // namespace concord::bench
