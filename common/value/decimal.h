#pragma once
#include <QString>
#include <QStringView>
#include <optional>

namespace concord {

// An exact decimal number for quantities, limits and conversion factors: never binary floating
// point, which cannot hold 0.1 and would make "3 × 0.1 kg" differ from "0.3 kg" in a GMP record.
// Up to 18 significant digits with up to 9 after the point (mantissa × 10^-scale in 64 bits).
// (Wide intermediate results use GCC/Clang __int128; the Windows build is MinGW.)
// On the wire and in the database a Decimal is its canonical text: no exponent, no "+", no leading
// zeros, no trailing zeros after the point ("1.50" is stored as "1.5"), "-0" is "0".
class Decimal
{
public:
    static constexpr int kMaxScale = 9;

    Decimal() = default;
    static Decimal fromInt(qint64 value) { return Decimal(value, 0); }

    // Parses "-12.345", "0.5", "7"; refuses exponents, spaces, "+", ".5", "5.", more than kMaxScale
    // decimals or more than 18 digits, with a short English reason in `error`.
    static std::optional<Decimal> parse(QStringView text, QString *error = nullptr);

    QString toString() const;
    int scale() const { return m_scale; }
    int sign() const { return m_mantissa > 0 ? 1 : (m_mantissa < 0 ? -1 : 0); }
    bool isZero() const { return m_mantissa == 0; }

    // Arithmetic that reports overflow instead of wrapping. Products are rounded to kMaxScale
    // decimals (half away from zero); use rounded() for a unit's own precision.
    std::optional<Decimal> plus(const Decimal &other) const;
    std::optional<Decimal> minus(const Decimal &other) const;
    std::optional<Decimal> times(const Decimal &other) const;
    // Quotient rounded to kMaxScale decimals (half away from zero); nullopt for a zero divisor or
    // overflow. Unit conversions divide by factors such as 60 (s -> min).
    std::optional<Decimal> dividedBy(const Decimal &other) const;
    // Rounded to `decimals` places, half away from zero (what people expect of a quantity).
    Decimal rounded(int decimals) const;

    friend int compare(const Decimal &a, const Decimal &b);
    friend bool operator==(const Decimal &a, const Decimal &b) { return compare(a, b) == 0; }
    friend bool operator<(const Decimal &a, const Decimal &b) { return compare(a, b) < 0; }
    friend bool operator<=(const Decimal &a, const Decimal &b) { return compare(a, b) <= 0; }
    friend bool operator>(const Decimal &a, const Decimal &b) { return compare(a, b) > 0; }
    friend bool operator>=(const Decimal &a, const Decimal &b) { return compare(a, b) >= 0; }

private:
    Decimal(qint64 mantissa, int scale) : m_mantissa(mantissa), m_scale(scale) { normalize(); }
    void normalize(); // strips trailing zeros, so equal values have equal representations
    static std::optional<Decimal> fromWide(__int128 mantissa, int scale);

    qint64 m_mantissa = 0;
    int m_scale = 0;
};

} // namespace concord
