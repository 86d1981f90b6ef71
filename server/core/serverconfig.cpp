#include "core/serverconfig.h"

#include "storage/dburl.h"

#include <QCommandLineParser>
#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostAddress>
#include <QProcessEnvironment>
#include <QSettings>
#include <cstdio>

namespace concord {

namespace {
// An absolute path with symbolic links resolved as far as the path exists (the anchor file and its
// directory may not exist yet), so that a link cannot hide where a file really is.
QString resolvedPath(const QString &path)
{
    QString head = QDir::cleanPath(QFileInfo(path).absoluteFilePath());
    QString tail;
    for (;;) {
        const QString canonical = QFileInfo(head).canonicalFilePath();
        if (!canonical.isEmpty())
            return QDir::cleanPath(canonical + tail);
        const qsizetype slash = head.lastIndexOf(QLatin1Char('/'));
        if (slash <= 0)
            return QDir::cleanPath(head + tail);
        tail.prepend(head.mid(slash));
        head.truncate(slash);
    }
}

bool isInside(const QString &file, const QString &dir)
{
    const QString prefix = dir.endsWith(QLatin1Char('/')) ? dir : dir + QLatin1Char('/');
#ifdef Q_OS_WIN
    return file.startsWith(prefix, Qt::CaseInsensitive);
#else
    return file.startsWith(prefix);
#endif
}
} // namespace

bool ServerConfig::load(const QStringList &arguments, QString *error, bool *exitNow)
{
    *exitNow = false;
    QCommandLineParser p;
    p.setApplicationDescription(QStringLiteral("Concord server: one database, all business rules, JSON-RPC over TLS."));
    p.addHelpOption();
    p.addVersionOption();
    const QCommandLineOption optConfig(QStringLiteral("config"), QStringLiteral("Read settings from this ini file."), QStringLiteral("FILE"));
    const QCommandLineOption optData(QStringLiteral("data"), QStringLiteral("Data directory (database, TLS identity, logs)."), QStringLiteral("DIR"));
    const QCommandLineOption optDb(QStringLiteral("db"), QStringLiteral("Database: sqlite:PATH or postgres://user:pw@host:port/db."), QStringLiteral("URL"));
    const QCommandLineOption optListen(QStringLiteral("listen"), QStringLiteral("Address and port to listen on (port 0 = any free port)."), QStringLiteral("HOST:PORT"));
    const QCommandLineOption optDemo(QStringLiteral("demo"), QStringLiteral("Seed the demo plant and mark the instance as DEMO."));
    const QCommandLineOption optInsecure(QStringLiteral("insecure-loopback"), QStringLiteral("Plain TCP without TLS; only on 127.0.0.1 or ::1."));
    const QCommandLineOption optReady(QStringLiteral("ready-file"), QStringLiteral("Write \"host port\" to FILE once listening."), QStringLiteral("FILE"));
    const QCommandLineOption optLog(QStringLiteral("log"), QStringLiteral("Log file (\"-\" for none)."), QStringLiteral("FILE"));
    p.addOptions({optConfig, optData, optDb, optListen, optDemo, optInsecure, optReady, optLog});
    if (!p.parse(arguments)) {
        *error = p.errorText();
        return false;
    }
    if (p.isSet(QStringLiteral("help"))) {
        std::fputs(qPrintable(p.helpText()), stdout);
        *exitNow = true;
        return true;
    }
    if (p.isSet(QStringLiteral("version"))) {
        std::printf("concord-server %s\n", qPrintable(QCoreApplication::applicationVersion()));
        *exitNow = true;
        return true;
    }
    const QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    dataDir = p.value(optData);
    if (dataDir.isEmpty())
        dataDir = env.value(QStringLiteral("CONCORD_DATA"), QDir::currentPath() + QStringLiteral("/concord-data"));

    QString iniPath = p.value(optConfig);
    if (iniPath.isEmpty())
        iniPath = env.value(QStringLiteral("CONCORD_CONFIG"));
    if (iniPath.isEmpty() && QFile::exists(dataDir + QStringLiteral("/concord-server.ini")))
        iniPath = dataDir + QStringLiteral("/concord-server.ini");
    if (!iniPath.isEmpty() && !QFile::exists(iniPath)) {
        *error = QStringLiteral("configuration file %1 does not exist").arg(iniPath);
        return false;
    }
    QSettings ini(iniPath.isEmpty() ? QStringLiteral("/nonexistent") : iniPath, QSettings::IniFormat);

    // ini key, environment variable; later sources override earlier ones.
    auto str = [&](const char *iniKey, const char *envKey, QString &target) {
        if (!iniPath.isEmpty() && ini.contains(QLatin1String(iniKey)))
            target = ini.value(QLatin1String(iniKey)).toString();
        if (env.contains(QLatin1String(envKey)))
            target = env.value(QLatin1String(envKey));
    };
    auto num = [&](const char *iniKey, const char *envKey, auto &target) {
        QString s;
        str(iniKey, envKey, s);
        if (!s.isEmpty())
            target = static_cast<std::remove_reference_t<decltype(target)>>(s.toDouble());
    };
    QString listen;
    QString demoText, insecureText;
    str("server/listen", "CONCORD_LISTEN", listen);
    str("server/db", "CONCORD_DB", dbUrl);
    str("server/demo", "CONCORD_DEMO", demoText);
    str("server/insecureLoopback", "CONCORD_INSECURE_LOOPBACK", insecureText);
    str("tls/certificate", "CONCORD_TLS_CERT", tlsCert);
    str("tls/key", "CONCORD_TLS_KEY", tlsKey);
    str("log/file", "CONCORD_LOG", logFile);
    str("audit/anchorFile", "CONCORD_AUDIT_ANCHOR_FILE", anchorFile);
    num("audit/anchorIntervalSeconds", "CONCORD_AUDIT_ANCHOR_INTERVAL_SECONDS", anchorIntervalSeconds);
    num("log/maxBytes", "CONCORD_LOG_MAX_BYTES", logMaxBytes);
    num("log/keep", "CONCORD_LOG_KEEP", logKeep);
    num("security/pbkdf2Iterations", "CONCORD_PBKDF2_ITERATIONS", pbkdf2Iterations);
    num("security/lockoutThreshold", "CONCORD_LOCKOUT_THRESHOLD", lockoutThreshold);
    num("security/sessionIdleMinutes", "CONCORD_SESSION_IDLE_MINUTES", sessionIdleMinutes);
    num("security/passwordMinLength", "CONCORD_PASSWORD_MIN_LENGTH", passwordMinLength);
    num("security/passwordHistory", "CONCORD_PASSWORD_HISTORY", passwordHistory);
    num("security/passwordMaxAgeDays", "CONCORD_PASSWORD_MAX_AGE_DAYS", passwordMaxAgeDays);
    num("security/cryptoThreads", "CONCORD_CRYPTO_THREADS", cryptoThreads);
    num("security/cryptoReservedThreads", "CONCORD_CRYPTO_RESERVED_THREADS", cryptoReservedThreads);
    num("limits/maxLineBytes", "CONCORD_MAX_LINE_BYTES", maxLineBytes);
    num("limits/maxAnonymousLineBytes", "CONCORD_MAX_ANONYMOUS_LINE_BYTES", maxAnonymousLineBytes);
    num("limits/signInsPerConnection", "CONCORD_SIGN_INS_PER_CONNECTION", signInsPerConnection);
    num("limits/signInsPerAddress", "CONCORD_SIGN_INS_PER_ADDRESS", signInsPerAddress);
    num("limits/maxInFlight", "CONCORD_MAX_IN_FLIGHT", maxInFlight);
    num("limits/maxBatchRequests", "CONCORD_MAX_BATCH_REQUESTS", maxBatchRequests);
    num("limits/maxConnections", "CONCORD_MAX_CONNECTIONS", maxConnections);
    num("limits/connectionIdleSeconds", "CONCORD_CONNECTION_IDLE_SECONDS", connectionIdleSeconds);
    num("limits/partialLineSeconds", "CONCORD_PARTIAL_LINE_SECONDS", partialLineSeconds);
    num("limits/tlsHandshakeSeconds", "CONCORD_TLS_HANDSHAKE_SECONDS", tlsHandshakeSeconds);
    num("storage/writerMaxBatch", "CONCORD_WRITER_MAX_BATCH", writerMaxBatch);
    num("storage/readerThreads", "CONCORD_READER_THREADS", readerThreads);
    num("storage/idempotencyRetentionHours", "CONCORD_IDEMPOTENCY_RETENTION_HOURS", idempotencyRetentionHours);

    if (p.isSet(optDb))
        dbUrl = p.value(optDb);
    if (p.isSet(optListen))
        listen = p.value(optListen);
    if (p.isSet(optLog))
        logFile = p.value(optLog);
    readyFile = p.value(optReady);
    const auto truthy = [](const QString &s) { return s == QLatin1String("1") || s.compare(QLatin1String("true"), Qt::CaseInsensitive) == 0; };
    demo = p.isSet(optDemo) || truthy(demoText);
    insecureLoopback = p.isSet(optInsecure) || truthy(insecureText);
    if (dbUrl.isEmpty())
        dbUrl = QStringLiteral("sqlite:") + dataDir + QStringLiteral("/concord.db");
    if (!listen.isEmpty()) {
        const int colon = listen.lastIndexOf(QLatin1Char(':'));
        bool ok = false;
        listenPort = listen.mid(colon + 1).toInt(&ok);
        listenHost = listen.left(colon);
        if (listenHost.startsWith(QLatin1Char('[')) && listenHost.endsWith(QLatin1Char(']')))
            listenHost = listenHost.mid(1, listenHost.size() - 2);
        if (colon < 0 || !ok || listenPort < 0 || listenPort > 65535) {
            *error = QStringLiteral("--listen must be HOST:PORT, got %1").arg(listen);
            return false;
        }
    }
    if (insecureLoopback && listen.isEmpty())
        listenHost = QStringLiteral("127.0.0.1");
    return validate(error);
}

bool ServerConfig::validate(QString *error) const
{
    if (insecureLoopback && !QHostAddress(listenHost).isLoopback()) {
        *error = QStringLiteral("--insecure-loopback is only allowed on 127.0.0.1 or ::1, not %1").arg(listenHost);
        return false;
    }
    if (pbkdf2Iterations < 1 || lockoutThreshold < 1 || sessionIdleMinutes <= 0 || passwordMinLength < 8 ||
        maxInFlight < 1 || maxBatchRequests < 1 || maxConnections < 1 || maxLineBytes < 1024 || writerMaxBatch < 1 || readerThreads < 1 ||
        partialLineSeconds < 1 || tlsHandshakeSeconds < 1 || cryptoThreads < 1 || cryptoReservedThreads < 0 ||
        maxAnonymousLineBytes < 1024 || maxAnonymousLineBytes > maxLineBytes || signInsPerConnection < 1 || signInsPerAddress < 1 ||
        idempotencyRetentionHours < 1) {
        *error = QStringLiteral("a security or limit setting is out of range (see docs/configuration.md)");
        return false;
    }
    if (anchorIntervalSeconds < 1) {
        *error = QStringLiteral("audit/anchorIntervalSeconds must be at least 1 (see docs/configuration.md)");
        return false;
    }
    // Whoever can rewrite the database must not be able to rewrite the anchors with it, and a
    // restored backup of the data directory must not bring its own anchors along.
    const QString anchor = resolvedPath(effectiveAnchorFile());
    QStringList guarded{dataDir};
    QString dbError;
    const DbSettings db = DbSettings::parse(dbUrl, &dbError);
    if (dbError.isEmpty() && db.dialect == Dialect::Sqlite)
        guarded << QFileInfo(db.path).absolutePath();
    for (const QString &dir : std::as_const(guarded)) {
        const QString resolved = resolvedPath(dir);
        if (isInside(anchor, resolved)) {
            *error = QStringLiteral("audit/anchorFile %1 is inside the %2 directory %3: keep the audit anchors where whoever can "
                                    "change the database cannot change them (another volume, WORM storage; see docs/security.md)")
                         .arg(anchor, dir == dataDir ? QStringLiteral("data") : QStringLiteral("database"), resolved);
            return false;
        }
    }
    return true;
}

QString ServerConfig::effectiveCert() const { return tlsCert.isEmpty() ? dataDir + QStringLiteral("/tls/server.crt") : tlsCert; }
QString ServerConfig::effectiveKey() const { return tlsKey.isEmpty() ? dataDir + QStringLiteral("/tls/server.key") : tlsKey; }
QString ServerConfig::effectiveLog() const
{
    if (logFile == QLatin1String("-"))
        return QString();
    return logFile.isEmpty() ? dataDir + QStringLiteral("/log/concord-server.log") : logFile;
}
QString ServerConfig::effectiveAnchorFile() const
{
    // Beside the data directory, not in it: /var/lib/concord -> /var/lib/concord-anchors/.
    return anchorFile.isEmpty() ? QDir::cleanPath(QFileInfo(dataDir).absoluteFilePath()) + QStringLiteral("-anchors/audit-anchors.jsonl")
                                : anchorFile;
}

} // namespace concord
