#pragma once
#include <QString>
#include <QStringList>

namespace concord {

// Everything the server can be told. Sources, later ones winning: built-in defaults, the ini file
// (--config FILE, else <data>/concord-server.ini if present), CONCORD_* environment variables, the
// command line. Keys are listed in docs/configuration.md and in resources/concord-server.ini.
struct ServerConfig
{
    QString dataDir;
    QString dbUrl;                 // sqlite:PATH | postgres://...
    QString listenHost = QStringLiteral("0.0.0.0");
    int listenPort = 7443;
    bool demo = false;
    bool insecureLoopback = false; // plain TCP; only allowed on 127.0.0.1 / ::1
    QString tlsCert;               // default <data>/tls/server.crt
    QString tlsKey;                // default <data>/tls/server.key
    QString logFile;               // default <data>/log/concord-server.log; "-" = stderr only
    qint64 logMaxBytes = 10 * 1024 * 1024;
    int logKeep = 5;
    QString readyFile;             // if set, "host port\n" is written here once listening (tests, service managers)

    // Audit anchors: the chain head kept outside the database (docs/security.md#audit-anchors)
    QString anchorFile;            // default <data>-anchors/audit-anchors.jsonl; never inside the data or database directory
    int anchorIntervalSeconds = 300;

    // Security
    int pbkdf2Iterations = 600000;
    int lockoutThreshold = 5;
    double sessionIdleMinutes = 15; // fractions allowed (tests use a few seconds)
    int passwordMinLength = 10;
    int passwordHistory = 5;
    int passwordMaxAgeDays = 90;   // 0 = no expiry
    int cryptoThreads = 3;         // PBKDF2 threads ...
    int cryptoReservedThreads = 1; // ... of which sign-ins never take these (kept for signed-in sessions)

    // Limits
    qsizetype maxLineBytes = 8 * 1024 * 1024;
    qsizetype maxAnonymousLineBytes = 64 * 1024; // until the connection has signed in
    int signInsPerConnection = 2; // password checks of auth.login outstanding at once
    int signInsPerAddress = 8;
    int maxInFlight = 256;
    int maxBatchRequests = 100;    // messages in one JSON-RPC batch
    int maxConnections = 2000;
    int connectionIdleSeconds = 300;
    int partialLineSeconds = 30;   // a started line must be finished within this (slow loris)
    int tlsHandshakeSeconds = 10;
    int writerMaxBatch = 1024;
    int readerThreads = 2;
    int idempotencyRetentionHours = 72; // keys older than this are pruned; must outlast client retries

    // Parses argv; returns false with `error` (or with `exitNow` for --help/--version).
    bool load(const QStringList &arguments, QString *error, bool *exitNow);
    bool validate(QString *error) const;
    QString effectiveCert() const;
    QString effectiveKey() const;
    QString effectiveLog() const;
    QString effectiveAnchorFile() const;
};

} // namespace concord
