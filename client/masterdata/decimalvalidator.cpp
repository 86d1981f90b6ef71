#include "masterdata/decimalvalidator.h"

#include "value/decimal.h"

#include <QRegularExpression>

namespace concord::ui {

DecimalValidator::DecimalValidator(bool allowNegative, QObject *parent)
    : QValidator(parent), m_allowNegative(allowNegative)
{
}

QValidator::State DecimalValidator::validate(QString &input, int &) const
{
    static const QRegularExpression typing(QStringLiteral("^-?[0-9]{0,18}(\\.[0-9]{0,9})?$"));
    const QString text = input.trimmed();
    if (text.isEmpty()) return Intermediate;
    if (!m_allowNegative && text.startsWith(QLatin1Char('-'))) return Invalid;
    if (!typing.match(text).hasMatch()) return Invalid;
    return Decimal::parse(text) ? Acceptable : Intermediate;
}

void DecimalValidator::fixup(QString &input) const
{
    input = canonical(input);
}

QString DecimalValidator::canonical(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (const auto d = Decimal::parse(trimmed)) return d->toString();
    return trimmed;
}

} // namespace concord::ui
