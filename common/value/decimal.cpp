#include "value/decimal.h"

#include <algorithm>

namespace concord {

namespace {

constexpr qint64 kMaxMantissa = 999'999'999'999'999'999LL; // 18 digits

__int128 pow10(int n)
{
    __int128 p = 1;
    for (int i = 0; i < n; ++i)
        p *= 10;
    return p;
}

// Divides by 10^n, rounding half away from zero.
__int128 divRound(__int128 value, int n)
{
    if (n <= 0)
        return value;
    const __int128 d = pow10(n);
    __int128 q = value / d;
    const __int128 r = value % d;
    const __int128 twice = (r < 0 ? -r : r) * 2;
    if (twice >= d)
        q += value < 0 ? -1 : 1;
    return q;
}

} // namespace

void Decimal::normalize()
{
    if (m_mantissa == 0) {
        m_scale = 0;
        return;
    }
    while (m_scale > 0 && m_mantissa % 10 == 0) {
        m_mantissa /= 10;
        --m_scale;
    }
}

std::optional<Decimal> Decimal::fromWide(__int128 mantissa, int scale)
{
    // Too many decimals: round them away; then the value must fit the 18 digits.
    if (scale > kMaxScale) {
        mantissa = divRound(mantissa, scale - kMaxScale);
        scale = kMaxScale;
    }
    while (scale > 0 && mantissa % 10 == 0 && (mantissa > kMaxMantissa || mantissa < -kMaxMantissa)) {
        mantissa /= 10;
        --scale;
    }
    if (mantissa > kMaxMantissa || mantissa < -kMaxMantissa)
        return std::nullopt;
    return Decimal(qint64(mantissa), scale);
}

std::optional<Decimal> Decimal::parse(QStringView text, QString *error)
{
    auto fail = [error](const char *why) -> std::optional<Decimal> {
        if (error)
            *error = QString::fromLatin1(why);
        return std::nullopt;
    };
    QStringView body = text;
    const bool negative = body.startsWith(QLatin1Char('-'));
    if (negative)
        body = body.mid(1);
    const qsizetype point = body.indexOf(QLatin1Char('.'));
    const QStringView whole = point < 0 ? body : body.left(point);
    const QStringView fraction = point < 0 ? QStringView() : body.mid(point + 1);
    auto allDigits = [](QStringView v) {
        for (const QChar c : v)
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return false;
        return true;
    };
    if (whole.isEmpty() || (point >= 0 && fraction.isEmpty()))
        return fail("not a decimal number: digits before and after the point are required");
    if (!allDigits(whole) || !allDigits(fraction))
        return fail("not a decimal number (digits, an optional leading '-' and one '.')");
    if (whole.size() > 1 && whole.front() == QLatin1Char('0'))
        return fail("leading zeros");
    if (fraction.size() > kMaxScale)
        return fail("more than 9 decimals");
    qint64 mantissa = 0;
    int digits = 0;
    for (const QStringView part : {whole, fraction}) {
        for (const QChar c : part) {
            if (mantissa != 0 || c != QLatin1Char('0'))
                ++digits;
            if (digits > 18)
                return fail("more than 18 digits");
            mantissa = mantissa * 10 + (c.unicode() - '0');
        }
    }
    return Decimal(negative ? -mantissa : mantissa, int(fraction.size()));
}

QString Decimal::toString() const
{
    QString digits = QString::number(m_mantissa < 0 ? -m_mantissa : m_mantissa);
    if (m_scale > 0) {
        if (digits.size() <= m_scale)
            digits.prepend(QString(m_scale - digits.size() + 1, QLatin1Char('0')));
        digits.insert(digits.size() - m_scale, QLatin1Char('.'));
    }
    return m_mantissa < 0 ? QLatin1Char('-') + digits : digits;
}

int compare(const Decimal &a, const Decimal &b)
{
    const int scale = std::max(a.m_scale, b.m_scale);
    const __int128 x = __int128(a.m_mantissa) * pow10(scale - a.m_scale);
    const __int128 y = __int128(b.m_mantissa) * pow10(scale - b.m_scale);
    return x < y ? -1 : (x > y ? 1 : 0);
}

std::optional<Decimal> Decimal::plus(const Decimal &other) const
{
    const int scale = std::max(m_scale, other.m_scale);
    return fromWide(__int128(m_mantissa) * pow10(scale - m_scale) + __int128(other.m_mantissa) * pow10(scale - other.m_scale), scale);
}

std::optional<Decimal> Decimal::minus(const Decimal &other) const
{
    return plus(Decimal(-other.m_mantissa, other.m_scale));
}

std::optional<Decimal> Decimal::times(const Decimal &other) const
{
    // Both mantissas have at most 18 digits: the product fits 128 bits.
    return fromWide(__int128(m_mantissa) * __int128(other.m_mantissa), m_scale + other.m_scale);
}

std::optional<Decimal> Decimal::dividedBy(const Decimal &other) const
{
    if (other.m_mantissa == 0)
        return std::nullopt;
    // a/b = (ma × 10^(kMaxScale + sb − sa)) / mb × 10^-kMaxScale; the numerator has at most
    // 18 + 18 digits, which fits 128 bits. Rounded half away from zero like every other result.
    const __int128 num = __int128(m_mantissa) * pow10(kMaxScale + other.m_scale - m_scale);
    const __int128 den = other.m_mantissa;
    __int128 q = num / den;
    const __int128 r = num % den;
    const __int128 absR = r < 0 ? -r : r;
    const __int128 absD = den < 0 ? -den : den;
    if (absR * 2 >= absD)
        q += ((num < 0) != (den < 0)) ? -1 : 1;
    return fromWide(q, kMaxScale);
}

Decimal Decimal::rounded(int decimals) const
{
    decimals = std::clamp(decimals, 0, kMaxScale);
    if (m_scale <= decimals)
        return *this;
    return Decimal(qint64(divRound(m_mantissa, m_scale - decimals)), decimals);
}

} // namespace concord
