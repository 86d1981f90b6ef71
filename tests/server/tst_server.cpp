// The server process: TLS identity on first start (key 0600, fingerprint logged), certificate
// pinning on the client side, the loopback-only plain mode, refusals at start-up, clean shutdown.
#include "testserver.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSslCipher>
#include <QSslConfiguration>
#include <QSslSocket>
#include <QTemporaryDir>
#include <QtTest>

using namespace concord;
using namespace concord::test;

class TstServer : public QObject
{
    Q_OBJECT

    static int runServer(const QStringList &args, const QStringList &env, QString *output)
    {
        QProcess p;
        QProcessEnvironment e = QProcessEnvironment::systemEnvironment();
        e.remove(QStringLiteral("CONCORD_ADMIN_PASSWORD"));
        for (const QString &kv : env)
            e.insert(kv.section(QLatin1Char('='), 0, 0), kv.section(QLatin1Char('='), 1));
        p.setProcessEnvironment(e);
        p.setProcessChannelMode(QProcess::MergedChannels);
        p.setStandardInputFile(QProcess::nullDevice());
        p.start(QStringLiteral(CONCORD_SERVER_BIN), args);
        p.waitForFinished(30000);
        *output = QString::fromUtf8(p.readAll());
        return p.exitCode();
    }

private Q_SLOTS:
    void initTestCase()
    {
        if (!TestServer::skipReason().isEmpty())
            QSKIP(qPrintable(TestServer::skipReason()));
    }

    void tlsIdentityAndPinning()
    {
        TestServer server;
        QVERIFY(server.start());
        const QString key = server.dataDir() + QStringLiteral("/tls/server.key");
        QVERIFY(QFile::exists(key));
        QCOMPARE(QFile::permissions(key) & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther),
                 QFileDevice::Permissions());
        auto c = server.client();
        QVERIFY(c);
        const QString fp = c->serverFingerprint();
        QCOMPARE(fp.size(), 95); // 32 bytes as hex pairs with ':'
        QVERIFY(server.log().contains(QStringLiteral("fingerprint ") + fp));
        QVERIFY(!server.log().contains(QStringLiteral("BEGIN PRIVATE KEY")));
        c.reset();

        // A new certificate on the same address: the pinned client refuses, loudly, unless told.
        QVERIFY(server.stop());
        QVERIFY(QFile::remove(key));
        QVERIFY(QFile::remove(server.dataDir() + QStringLiteral("/tls/server.crt")));
        QVERIFY(server.restart());
        SyncRpcClient pinned;
        SyncRpcClient::Options o;
        o.port = server.port();
        o.pinFile = server.dataDir() + QStringLiteral("/pins");
        QString error;
        QVERIFY(pinned.connectTo(o, &error)); // first use: pinned now
        QVERIFY(server.stop());
        QFile::remove(key);
        QFile::remove(server.dataDir() + QStringLiteral("/tls/server.crt"));
        QVERIFY(server.restart());
        o.port = server.port();
        QVERIFY(!pinned.connectTo(o, &error));
        QVERIFY2(error.contains(QStringLiteral("HAS CHANGED")), qPrintable(error));
        o.acceptNewCertificate = true;
        QVERIFY2(pinned.connectTo(o, &error), qPrintable(error));
        o.acceptNewCertificate = false;
        QVERIFY2(pinned.connectTo(o, &error), qPrintable(error)); // the new one is pinned now
        QVERIFY(pinned.call(QStringLiteral("session.hello")).ok());
    }

    // Issue 9, defect 8: TLS 1.2 only with forward-secret AEAD suites (no CBC), and TLS 1.3.
    void onlyAeadCipherSuitesAreOffered()
    {
        TestServer server;
        QVERIFY(server.start());
        auto handshake = [&](QSsl::SslProtocol protocol, const QList<QSslCipher> &ciphers, QSslCipher *used) {
            QSslSocket socket;
            QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
            conf.setPeerVerifyMode(QSslSocket::VerifyNone);
            conf.setProtocol(protocol);
            if (!ciphers.isEmpty())
                conf.setCiphers(ciphers);
            socket.setSslConfiguration(conf);
            socket.connectToHostEncrypted(QStringLiteral("127.0.0.1"), server.port());
            const bool ok = socket.waitForEncrypted(5000);
            if (used)
                *used = socket.sessionCipher();
            return ok;
        };
        QList<QSslCipher> cbc;
        for (const QSslCipher &c : QSslConfiguration::supportedCiphers()) {
            const QString enc = c.encryptionMethod().toUpper();
            if (c.protocol() == QSsl::TlsV1_2 && !enc.contains(QLatin1String("GCM")) && !enc.contains(QLatin1String("CHACHA20")) &&
                !enc.contains(QLatin1String("CCM")))
                cbc.append(c);
        }
        QVERIFY2(!cbc.isEmpty(), "this OpenSSL offers no CBC suite to try");
        QVERIFY2(!handshake(QSsl::TlsV1_2, cbc, nullptr), "a TLS 1.2 client offering only CBC suites got in");
        QSslCipher used;
        QVERIFY(handshake(QSsl::TlsV1_2, {}, &used));
        QVERIFY2(used.encryptionMethod().contains(QLatin1String("GCM")) || used.encryptionMethod().toUpper().contains(QLatin1String("CHACHA20")),
                 qPrintable(used.name()));
        QVERIFY(handshake(QSsl::TlsV1_3, {}, &used));
        QCOMPARE(used.protocol(), QSsl::TlsV1_3);
        // Our own client connects as always.
        auto c = server.login(QStringLiteral("operator"));
        QVERIFY(c && c->call(QStringLiteral("session.ping")).ok());
    }

    void plainTcpOnlyOnLoopback()
    {
        QTemporaryDir dir;
        QString out;
        QCOMPARE(runServer({QStringLiteral("--data"), dir.path(), QStringLiteral("--insecure-loopback"), QStringLiteral("--listen"),
                            QStringLiteral("0.0.0.0:0"), QStringLiteral("--log"), QStringLiteral("-")},
                           {QStringLiteral("CONCORD_ADMIN_PASSWORD=First-Setup-2026")}, &out),
                 2);
        QVERIFY2(out.contains(QStringLiteral("only allowed on 127.0.0.1")), qPrintable(out));
        TestServer plain;
        TestServer::Options opts;
        opts.tls = false;
        QVERIFY(plain.start(opts));
        auto c = plain.client();
        QVERIFY(c && c->call(QStringLiteral("session.hello")).result.value(QStringLiteral("tls")) == QJsonValue(false));
    }

    void refusesToStartWithoutFirstAdministratorPassword()
    {
        if (TestServer::postgresRequested())
            QSKIP("start-up refusals are the same on both databases");
        QTemporaryDir dir;
        QString out;
        const QStringList args{QStringLiteral("--data"), dir.path(), QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--log"), QStringLiteral("-")};
        QCOMPARE(runServer(args, {}, &out), 1);
        QVERIFY2(out.contains(QStringLiteral("CONCORD_ADMIN_PASSWORD")), qPrintable(out));
        QCOMPARE(runServer(args, {QStringLiteral("CONCORD_ADMIN_PASSWORD=short")}, &out), 1);
        QVERIFY2(out.contains(QStringLiteral("password policy")), qPrintable(out));
        QVERIFY(!out.contains(QStringLiteral("short\n")));
    }

    void demoFlagRefusedOnAProductionDatabase()
    {
        TestServer server;
        QVERIFY(server.start(TestServer::nonDemo()));
        QVERIFY(server.stop());
        QString out;
        QCOMPARE(runServer({QStringLiteral("--data"), server.dataDir(), QStringLiteral("--db"), server.dbUrl(), QStringLiteral("--demo"),
                            QStringLiteral("--listen"), QStringLiteral("127.0.0.1:0"), QStringLiteral("--log"), QStringLiteral("-")},
                           {QStringLiteral("CONCORD_PBKDF2_ITERATIONS=1000")}, &out),
                 1);
        QVERIFY2(out.contains(QStringLiteral("non-demo plant")), qPrintable(out));
    }

    void cleanShutdownOnSigterm()
    {
        TestServer server;
        QVERIFY(server.start());
        auto c = server.login(QStringLiteral("operator"));
        QVERIFY(c->call(QStringLiteral("alarm.raise"), QJsonObject{{QStringLiteral("severity"), QStringLiteral("info")},
                                                                   {QStringLiteral("source"), QStringLiteral("t")},
                                                                   {QStringLiteral("message"), QStringLiteral("before shutdown")}}).ok());
        QVERIFY(server.stop()); // exit code 0 after SIGTERM
        QVERIFY(server.log().contains(QStringLiteral("shutdown requested by signal")));
        QVERIFY(server.log().contains(QStringLiteral("stopped")));
        QVERIFY(server.restart());
        auto qa = server.login(QStringLiteral("qa"));
        QVERIFY(qa->call(QStringLiteral("audit.verify")).result.value(QStringLiteral("ok")).toBool());
        QCOMPARE(qa->call(QStringLiteral("alarm.list")).result.value(QStringLiteral("alarms")).toArray().size(), 1);
    }
};

QTEST_GUILESS_MAIN(TstServer)
#include "tst_server.moc"
