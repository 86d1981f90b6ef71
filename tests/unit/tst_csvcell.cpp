// The spreadsheet guard of every CSV file Concord writes (issue 9, defect 8; OWASP CSV injection):
// cells that a spreadsheet would run as a formula get a leading apostrophe, plain numbers do not,
// and restore() is the exact inverse, so that export -> import round-trips every text.
#include "value/csvcell.h"

#include <QRandomGenerator>
#include <QtTest>

using namespace concord;

class TstCsvCell : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void neutralise_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << QStringLiteral("Tyvek pouch") << QStringLiteral("Tyvek pouch");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://x\")") << QStringLiteral("'=HYPERLINK(\"http://x\")");
        QTest::newRow("plus phone") << QStringLiteral("+86 574 8688 5500") << QStringLiteral("'+86 574 8688 5500");
        QTest::newRow("minus text") << QStringLiteral("-5 pcs") << QStringLiteral("'-5 pcs");
        QTest::newRow("minus sum") << QStringLiteral("-1+2") << QStringLiteral("'-1+2");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("carriage return") << QStringLiteral("\r=1") << QStringLiteral("'\r=1");
        QTest::newRow("negative number") << QStringLiteral("-273.15") << QStringLiteral("-273.15");
        QTest::newRow("negative integer") << QStringLiteral("-40") << QStringLiteral("-40");
        QTest::newRow("minus alone") << QStringLiteral("-") << QStringLiteral("'-");
        QTest::newRow("not a number") << QStringLiteral("-1.") << QStringLiteral("'-1.");
        QTest::newRow("apostrophe text") << QStringLiteral("'tis") << QStringLiteral("'tis");
        QTest::newRow("apostrophe formula") << QStringLiteral("'=x") << QStringLiteral("''=x");
        QTest::newRow("two apostrophes") << QStringLiteral("''") << QStringLiteral("'''");
        QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
    }
    void neutralise()
    {
        QFETCH(QString, value);
        QFETCH(QString, cell);
        QCOMPARE(csvcell::neutralise(value), cell);
        QCOMPARE(csvcell::restore(cell), value);
    }

    void restoreInvertsNeutraliseForEveryText()
    {
        // Texts built from the characters that matter, in every short combination, plus random ones.
        const QString alphabet = QStringLiteral("'=+-@\t\r1.a ");
        QStringList texts{QString()};
        for (int len = 1; len <= 4; ++len) {
            QStringList longer;
            for (const QString &t : std::as_const(texts))
                if (t.size() == len - 1)
                    for (const QChar c : alphabet)
                        longer << t + c;
            texts << longer;
        }
        auto *rng = QRandomGenerator::global();
        for (int i = 0; i < 2000; ++i) {
            QString t;
            for (int n = int(rng->bounded(12)); n > 0; --n)
                t += alphabet.at(int(rng->bounded(alphabet.size())));
            texts << t;
        }
        for (const QString &t : std::as_const(texts)) {
            QCOMPARE(csvcell::restore(csvcell::neutralise(t)), t);
            const QString cell = csvcell::neutralise(t);
            // What reaches a spreadsheet never starts a formula (a plain number is not one).
            if (!cell.isEmpty() && QStringLiteral("=+-@\t\r").contains(cell.front()))
                QVERIFY2(QRegularExpression(QStringLiteral("\\A-[0-9]+(\\.[0-9]+)?\\z")).match(cell).hasMatch(), qPrintable(cell));
        }
    }
};

QTEST_GUILESS_MAIN(TstCsvCell)
#include "tst_csvcell.moc"
