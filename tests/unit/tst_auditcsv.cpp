// The audit-trail CSV cells: RFC 4180 quoting, and no spreadsheet formula from user-typed text.
#include "core/auditcsv.h"

#include <QtTest>

using namespace concord;

class TstAuditCsv : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void cells_data()
    {
        QTest::addColumn<QString>("value");
        QTest::addColumn<QString>("cell");
        QTest::newRow("plain") << QStringLiteral("alarm 17") << QStringLiteral("alarm 17");
        QTest::newRow("chinese") << QStringLiteral("密封件已更换") << QStringLiteral("密封件已更换");
        QTest::newRow("comma") << QStringLiteral("a,b") << QStringLiteral("\"a,b\"");
        QTest::newRow("quote") << QStringLiteral("say \"OK\"") << QStringLiteral("\"say \"\"OK\"\"\"");
        QTest::newRow("newline") << QStringLiteral("a\nb") << QStringLiteral("\"a\nb\"");
        QTest::newRow("formula") << QStringLiteral("=HYPERLINK(\"http://x\")") << QStringLiteral("\"'=HYPERLINK(\"\"http://x\"\")\"");
        QTest::newRow("plus") << QStringLiteral("+1") << QStringLiteral("'+1");
        QTest::newRow("minus") << QStringLiteral("-5 pcs") << QStringLiteral("'-5 pcs");
        QTest::newRow("at") << QStringLiteral("@SUM(A1)") << QStringLiteral("'@SUM(A1)");
        QTest::newRow("tab") << QStringLiteral("\t=1") << QStringLiteral("'\t=1");
        QTest::newRow("empty") << QString() << QString();
        QTest::newRow("inner equals") << QStringLiteral("a=b") << QStringLiteral("a=b");
    }
    void cells()
    {
        QFETCH(QString, value);
        QFETCH(QString, cell);
        QCOMPARE(auditcsv::field(value), cell);
    }

    // The file ends with the chain head it reflects; without one (an older server) nothing is added.
    void headLine()
    {
        const QString hash(64, QLatin1Char('a'));
        QCOMPARE(auditcsv::headLine(QJsonObject{{QStringLiteral("seq"), 4711}, {QStringLiteral("hash"), hash}}),
                 QByteArray("\"Chain head (entry, hash)\",4711,") + hash.toLatin1() + "\r\n");
        QCOMPARE(auditcsv::headLine(QJsonObject()), QByteArray());
    }
};

QTEST_GUILESS_MAIN(TstAuditCsv)
#include "tst_auditcsv.moc"
