// Decimal: exact quantities and limits (no binary floating point in GMP records).
#include "value/decimal.h"

#include <QtTest>

using namespace concord;

namespace {
Decimal d(const char *text)
{
    const auto v = Decimal::parse(QString::fromLatin1(text));
    if (!v)
        qFatal("test value %s does not parse", text);
    return *v;
}
} // namespace

class TstDecimal : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void parsesToCanonicalText_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("canonical");
        QTest::newRow("integer") << "7" << "7";
        QTest::newRow("zero") << "0" << "0";
        QTest::newRow("minus zero") << "-0.00" << "0";
        QTest::newRow("trailing zeros") << "1.50" << "1.5";
        QTest::newRow("fraction") << "0.001" << "0.001";
        QTest::newRow("negative") << "-12.345" << "-12.345";
        QTest::newRow("nine decimals") << "0.123456789" << "0.123456789";
        QTest::newRow("eighteen digits") << "123456789.123456789" << "123456789.123456789";
    }
    void parsesToCanonicalText()
    {
        QFETCH(QString, text);
        QFETCH(QString, canonical);
        const auto v = Decimal::parse(text);
        QVERIFY(v);
        QCOMPARE(v->toString(), canonical);
    }

    void refusesWhatIsNotAPlainDecimal_data()
    {
        QTest::addColumn<QString>("text");
        for (const char *bad : {"", "-", ".5", "5.", "1e3", "+1", " 1", "1 ", "1,5", "01", "00.5", "1.2.3",
                                "0.1234567891", "1234567890123456789", "NaN", "inf", "１"})
            QTest::newRow(bad[0] ? bad : "empty") << QString::fromUtf8(bad);
    }
    void refusesWhatIsNotAPlainDecimal()
    {
        QFETCH(QString, text);
        QString error;
        QVERIFY(!Decimal::parse(text, &error));
        QVERIFY(!error.isEmpty());
    }

    void arithmeticIsExact()
    {
        // The classic: 0.1 + 0.2 is 0.3, and 3 × 0.1 kg equals 0.3 kg.
        QCOMPARE(d("0.1").plus(d("0.2"))->toString(), QStringLiteral("0.3"));
        QCOMPARE(*Decimal::fromInt(3).times(d("0.1")), d("0.3"));
        QCOMPARE(d("10").minus(d("10.001"))->toString(), QStringLiteral("-0.001"));
        QCOMPARE(d("0.45359237").times(d("2.5"))->toString(), QStringLiteral("1.133980925")); // lb → kg
        QVERIFY(d("1.5") == d("1.50"));
        QVERIFY(d("-1") < d("0.000000001"));
        QVERIFY(d("2") > d("1.999999999"));
    }

    void productsRoundHalfAwayFromZero()
    {
        // 0.123456789 × 0.5 = 0.0617283945 → 9 decimals, half away from zero.
        QCOMPARE(d("0.123456789").times(d("0.5"))->toString(), QStringLiteral("0.061728395"));
        QCOMPARE(d("-0.123456789").times(d("0.5"))->toString(), QStringLiteral("-0.061728395"));
        QCOMPARE(d("2.345").rounded(2).toString(), QStringLiteral("2.35"));
        QCOMPARE(d("-2.345").rounded(2).toString(), QStringLiteral("-2.35"));
        QCOMPARE(d("2.344").rounded(2).toString(), QStringLiteral("2.34"));
        QCOMPARE(d("7").rounded(3).toString(), QStringLiteral("7"));
    }

    void divisionRoundsToNineDecimals()
    {
        auto d = [](const char *t) { return *Decimal::parse(QString::fromLatin1(t)); };
        QCOMPARE(d("90").dividedBy(d("60"))->toString(), QStringLiteral("1.5"));             // s -> min
        QCOMPARE(d("1").dividedBy(d("3"))->toString(), QStringLiteral("0.333333333"));
        QCOMPARE(d("2").dividedBy(d("3"))->toString(), QStringLiteral("0.666666667"));      // half away from zero
        QCOMPARE(d("-2").dividedBy(d("3"))->toString(), QStringLiteral("-0.666666667"));
        QCOMPARE(d("0.25").dividedBy(d("0.001"))->toString(), QStringLiteral("250"));        // L -> mL
        QCOMPARE(d("-273.15").dividedBy(d("-1"))->toString(), QStringLiteral("273.15"));
        QVERIFY(!d("1").dividedBy(d("0")));
        QVERIFY(!d("999999999999999999").dividedBy(d("0.001")));                            // 10^21: does not fit
    }

    void overflowIsReportedNotWrapped()
    {
        const Decimal big = d("999999999999999999");
        QVERIFY(!big.plus(d("1")));
        QVERIFY(!big.times(d("10")));
        QVERIFY(big.times(d("0.1"))); // 99999999999999999.9 still fits
        QCOMPARE(big.minus(big)->toString(), QStringLiteral("0"));
    }
};

QTEST_GUILESS_MAIN(TstDecimal)
#include "tst_decimal.moc"
