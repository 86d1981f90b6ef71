#include "masterdata/parameterlimits.h"

#include "value/decimal.h"

#include <optional>

namespace concord::ui {

ParameterLimits ParameterLimits::of(const QJsonObject &parameter)
{
    ParameterLimits l;
    l.m_minimum = parameter.value(QStringLiteral("minimum")).toString().trimmed();
    l.m_target = parameter.value(QStringLiteral("target")).toString().trimmed();
    l.m_maximum = parameter.value(QStringLiteral("maximum")).toString().trimmed();
    l.m_unit = parameter.value(QStringLiteral("unit")).toString();
    std::optional<Decimal> values[3];
    const QString *texts[3] = {&l.m_minimum, &l.m_target, &l.m_maximum};
    const char *names[3] = {"minimum", "target", "maximum"};
    for (int i = 0; i < 3; ++i) {
        if (texts[i]->isEmpty()) continue;
        values[i] = Decimal::parse(*texts[i]);
        if (!values[i]) {
            l.m_state = NotANumber;
            l.m_wrongField = QLatin1String(names[i]);
            return l;
        }
    }
    const auto &lo = values[0];
    const auto &target = values[1];
    const auto &hi = values[2];
    // The same order of checks as the server: first the limits, then the target between them.
    if (lo && hi && *lo > *hi) {
        l.m_state = MinimumAboveMaximum;
        l.m_wrongField = QStringLiteral("minimum");
    } else if (target && lo && *target < *lo) {
        l.m_state = TargetBelowMinimum;
        l.m_wrongField = QStringLiteral("target");
    } else if (target && hi && *target > *hi) {
        l.m_state = TargetAboveMaximum;
        l.m_wrongField = QStringLiteral("target");
    }
    if (l.m_state == Ok && lo && hi && target) {
        if (*lo == *hi) {
            l.m_targetPermille = 500;
        } else if (const auto span = hi->minus(*lo)) {
            const auto offset = target->minus(*lo);
            const auto fraction = offset ? offset->dividedBy(*span) : std::nullopt;
            const auto permille = fraction ? fraction->times(Decimal::fromInt(1000)) : std::nullopt;
            if (permille) l.m_targetPermille = permille->rounded(0).toString().toInt();
        }
    }
    return l;
}

bool ParameterLimits::flags(const QString &field) const
{
    if (m_state == Ok) return false;
    if (m_state == MinimumAboveMaximum)
        return field == QLatin1String("minimum") || field == QLatin1String("maximum");
    if (m_state == TargetBelowMinimum)
        return field == QLatin1String("target") || field == QLatin1String("minimum");
    if (m_state == TargetAboveMaximum)
        return field == QLatin1String("target") || field == QLatin1String("maximum");
    return field == m_wrongField;
}

QString ParameterLimits::warning() const
{
    switch (m_state) {
    case Ok:
        return {};
    case NotANumber:
        return tr("“%1” is not a decimal number.")
            .arg(m_wrongField == QLatin1String("minimum")  ? m_minimum
                 : m_wrongField == QLatin1String("target") ? m_target
                                                           : m_maximum);
    case MinimumAboveMaximum:
        return tr("Minimum %1 is greater than maximum %2.").arg(m_minimum, m_maximum);
    case TargetBelowMinimum:
        return tr("Target %1 is below the minimum %2.").arg(m_target, m_minimum);
    case TargetAboveMaximum:
        return tr("Target %1 is above the maximum %2.").arg(m_target, m_maximum);
    }
    return {};
}

QString ParameterLimits::text() const
{
    QString out;
    std::optional<Decimal> previous;
    for (const QString *t : {&m_minimum, &m_target, &m_maximum}) {
        if (t->isEmpty()) continue;
        const auto value = Decimal::parse(*t);
        if (!out.isEmpty())
            out += previous && value && *previous > *value ? QStringLiteral(" > ") : QStringLiteral(" ≤ ");
        out += *t;
        previous = value;
    }
    if (!out.isEmpty() && !m_unit.isEmpty()) out += QLatin1Char(' ') + m_unit;
    return out;
}

} // namespace concord::ui
