// The password threads' two lanes (issue 9, defect 6): sign-ins never take the threads reserved for
// signed-in sessions, and sign-ins are served one at a time per client address, addresses in turn.
// Jobs block on semaphores, so what runs when is decided by the pool, not by timing.
#include "core/cryptopool.h"

#include <QMutex>
#include <QSemaphore>
#include <QtTest>

using namespace concord;

namespace {
// Records which jobs have started, in order, and lets each finish when told.
struct Probe
{
    QMutex mutex;
    QStringList started;
    QHash<QString, QSemaphore *> gates;

    std::function<void()> job(const QString &name)
    {
        auto *gate = new QSemaphore(0);
        gates.insert(name, gate);
        return [this, name, gate] {
            {
                QMutexLocker lock(&mutex);
                started << name;
            }
            gate->acquire();
        };
    }
    void release(const QString &name) { gates.value(name)->release(); }
    QStringList snapshot()
    {
        QMutexLocker lock(&mutex);
        return started;
    }
    ~Probe() { qDeleteAll(gates); }
};
} // namespace

class TstCryptoPool : public QObject
{
    Q_OBJECT
private Q_SLOTS:
    void signInsNeverTakeTheReservedThread()
    {
        Probe p;
        CryptoPool pool(2, 1); // one thread for sign-ins, one kept for sessions
        for (int i = 0; i < 5; ++i)
            pool.run(CryptoPool::Lane::SignIn, QStringLiteral("10.0.0.%1").arg(i), p.job(QStringLiteral("signin%1").arg(i)));
        QTRY_COMPARE(p.snapshot().size(), 1);
        QTest::qWait(50);
        QCOMPARE(p.snapshot().size(), 1); // the second thread stays free ...
        pool.run(CryptoPool::Lane::Session, QString(), p.job(QStringLiteral("signature")));
        QTRY_COMPARE(p.snapshot().size(), 2); // ... for the signature, at once
        QCOMPARE(p.snapshot().last(), QStringLiteral("signature"));
        p.release(QStringLiteral("signature"));
        for (int i = 0; i < 5; ++i)
            p.release(QStringLiteral("signin%1").arg(i));
        pool.waitForDone();
        QCOMPARE(p.snapshot().size(), 6);
    }

    void sessionWorkGoesBeforeQueuedSignIns()
    {
        Probe p;
        CryptoPool pool(1, 1); // a single thread: sign-ins may use it (nothing can be reserved)
        pool.run(CryptoPool::Lane::SignIn, QStringLiteral("a"), p.job(QStringLiteral("a1")));
        QTRY_COMPARE(p.snapshot().size(), 1);
        pool.run(CryptoPool::Lane::SignIn, QStringLiteral("b"), p.job(QStringLiteral("b1")));
        pool.run(CryptoPool::Lane::Session, QString(), p.job(QStringLiteral("unlock")));
        p.release(QStringLiteral("a1"));
        QTRY_COMPARE(p.snapshot().size(), 2);
        QCOMPARE(p.snapshot().at(1), QStringLiteral("unlock"));
        p.release(QStringLiteral("unlock"));
        p.release(QStringLiteral("b1"));
        pool.waitForDone();
        QCOMPARE(p.snapshot(), (QStringList{QStringLiteral("a1"), QStringLiteral("unlock"), QStringLiteral("b1")}));
    }

    // One address pipelining many attempts delays another address by at most one check.
    void addressesTakeTurnsOneCheckEach()
    {
        Probe p;
        CryptoPool pool(3, 1); // two sign-in threads
        for (int i = 1; i <= 4; ++i)
            pool.run(CryptoPool::Lane::SignIn, QStringLiteral("flood"), p.job(QStringLiteral("flood%1").arg(i)));
        QTRY_COMPARE(p.snapshot().size(), 1);
        QTest::qWait(50);
        QCOMPARE(p.snapshot(), QStringList{QStringLiteral("flood1")}); // one at a time per address
        pool.run(CryptoPool::Lane::SignIn, QStringLiteral("operator-pc"), p.job(QStringLiteral("valid")));
        QTRY_COMPARE(p.snapshot().size(), 2);
        QCOMPARE(p.snapshot().last(), QStringLiteral("valid")); // not behind flood2..4
        for (const QString &n : {QStringLiteral("valid"), QStringLiteral("flood1"), QStringLiteral("flood2"), QStringLiteral("flood3"),
                                 QStringLiteral("flood4")})
            p.release(n);
        pool.waitForDone();
        QCOMPARE(p.snapshot().size(), 5);
    }

    // With several addresses pipelining, a newcomer goes before the addresses served already.
    void leastServedAddressGoesFirst()
    {
        Probe p;
        CryptoPool pool(2, 1); // one sign-in thread
        for (int i = 1; i <= 3; ++i) {
            pool.run(CryptoPool::Lane::SignIn, QStringLiteral("a"), p.job(QStringLiteral("a%1").arg(i)));
            pool.run(CryptoPool::Lane::SignIn, QStringLiteral("b"), p.job(QStringLiteral("b%1").arg(i)));
        }
        QTRY_COMPARE(p.snapshot(), QStringList{QStringLiteral("a1")});
        p.release(QStringLiteral("a1"));
        QTRY_COMPARE(p.snapshot().size(), 2);
        pool.run(CryptoPool::Lane::SignIn, QStringLiteral("newcomer"), p.job(QStringLiteral("c1")));
        p.release(QStringLiteral("b1"));
        QTRY_COMPARE(p.snapshot().size(), 3);
        QCOMPARE(p.snapshot(), (QStringList{QStringLiteral("a1"), QStringLiteral("b1"), QStringLiteral("c1")}));
        for (const QString &n : {QStringLiteral("c1"), QStringLiteral("a2"), QStringLiteral("b2"), QStringLiteral("a3"), QStringLiteral("b3")})
            p.release(n);
        pool.waitForDone();
        QCOMPARE(p.snapshot(), (QStringList{QStringLiteral("a1"), QStringLiteral("b1"), QStringLiteral("c1"), QStringLiteral("a2"), QStringLiteral("b2"),
                                            QStringLiteral("a3"), QStringLiteral("b3")}));
    }
};

QTEST_GUILESS_MAIN(TstCryptoPool)
#include "tst_cryptopool.moc"
