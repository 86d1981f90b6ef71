#include "core/serverconfig.h"
#include "identity/passwords.h"

#include <QPasswordDigestor>
#include <QtTest>

using namespace concord;

class TstPasswords : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void defaultIterationsMeetPolicy()
    {
        ServerConfig c;
        QVERIFY(c.pbkdf2Iterations >= 600000);
    }
    void matchesQtPbkdf2()
    {
        // The stored hash must be plain PBKDF2-HMAC-SHA256: identical to QPasswordDigestor's output.
        const PasswordHash h = PasswordHash::make(QStringLiteral("Correct-horse-7"), 5000);
        const QByteArray qt = QPasswordDigestor::deriveKeyPbkdf2(QCryptographicHash::Sha256, QByteArrayLiteral("Correct-horse-7"),
                                                                 QByteArray::fromHex(h.salt.toLatin1()), 5000, 32);
        QCOMPARE(h.hash.toLatin1(), qt.toHex());
    }
    void verifiesAndRejects()
    {
        const PasswordHash h = PasswordHash::make(QStringLiteral("Correct-horse-7"), 2000);
        QVERIFY(h.matches(QStringLiteral("Correct-horse-7")));
        QVERIFY(!h.matches(QStringLiteral("correct-horse-7")));
        QVERIFY(!h.matches(QString()));
        const PasswordHash h2 = PasswordHash::make(QStringLiteral("Correct-horse-7"), 2000);
        QVERIFY(h.salt != h2.salt); // per-user salt
        QVERIFY(h.hash != h2.hash);
    }
    void policy()
    {
        ServerConfig c;
        QVERIFY(!passwordPolicyViolation(QStringLiteral("short1"), QStringLiteral("bob"), c).isEmpty());
        QVERIFY(!passwordPolicyViolation(QStringLiteral("onlyletterslong"), QStringLiteral("bob"), c).isEmpty());
        QVERIFY(!passwordPolicyViolation(QStringLiteral("operator-2026x"), QStringLiteral("operator"), c).isEmpty());
        QVERIFY(passwordPolicyViolation(QStringLiteral("Plant-floor-2026"), QStringLiteral("bob"), c).isEmpty());
        QVERIFY(passwordPolicyViolation(randomPassword(), QStringLiteral("bob"), c).isEmpty());
    }
};

QTEST_GUILESS_MAIN(TstPasswords)
#include "tst_passwords.moc"
