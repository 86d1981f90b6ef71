#include "writeronly.h"

#include "alarm/alarms.h"
#include "benchclock.h"
#include "storage/database.h"
#include "storage/migrator.h"
#include "storage/sqlcatalog.h"
#include "storage/writer.h"

#include <QEventLoop>
#include <QFile>
#include <QTimer>

namespace concord::bench {

bool WriterOnly::run(const QString &dir, double warmupSeconds, double seconds, int inFlight, Result *out, QString *error)
{
    const QString path = dir + QStringLiteral("/writer-only.db");
    for (const char *suffix : {"", "-wal", "-shm"})
        QFile::remove(path + QLatin1String(suffix));
    QString err;
    const Database database(DbSettings::parse(QStringLiteral("sqlite:") + path, &err));
    {
        const QString name = QStringLiteral("bench-writer-only-schema");
        bool ok = false;
        {
            QSqlDatabase db = database.open(name, Database::Role::Admin, &err);
            ok = err.isEmpty() && Migrator(database, db).migrate(&err);
        }
        Database::close(name);
        if (!ok) {
            *error = QStringLiteral("writer-only schema: ") + err;
            return false;
        }
    }
    const SqlCatalog catalog = SqlCatalog::load(Dialect::Sqlite, &err);
    if (!err.isEmpty()) {
        *error = err;
        return false;
    }
    Writer writer(database, catalog, 1024); // the server's default writerMaxBatch
    if (!writer.start(&err)) {
        *error = QStringLiteral("writer: ") + err;
        return false;
    }
    Principal who;
    who.userId = 14;
    who.username = QStringLiteral("dev-leak-01");
    who.kind = QStringLiteral("device");
    who.peer = QStringLiteral("127.0.0.1:40000");

    const qint64 measureFrom = nowNs() + qint64(warmupSeconds * double(kNsPerSecond));
    const qint64 end = measureFrom + qint64(seconds * double(kNsPerSecond));
    quint64 submitted = 0, answered = 0, inWindow = 0, failed = 0;
    QEventLoop loop;
    std::function<void()> submit = [&] {
        const quint64 n = ++submitted;
        WriteJob job;
        job.principal = who;
        job.method = QStringLiteral("alarm.raise");
        job.work = [n](WriteContext &ctx) {
            return alarms::raise(ctx, QStringLiteral("warning"), QStringLiteral("LT-0/bench-000"), QStringLiteral("bench.leak"),
                                 QStringLiteral("leak rate 0.%1 mbar*l/s above limit on part %2").arg(n % 1000).arg(n));
        };
        job.done = [&](const QJsonObject &, const RpcError &e) {
            ++answered;
            const qint64 now = nowNs();
            if (!e.isNull())
                ++failed;
            else if (now >= measureFrom && now < end)
                ++inWindow;
            if (now < end)
                submit();
            else if (answered == submitted)
                loop.quit();
        };
        writer.submit(std::move(job));
    };
    for (int i = 0; i < inFlight; ++i)
        submit();
    QTimer::singleShot(int((end - nowNs()) / kNsPerMs) + 30000, &loop, &QEventLoop::quit);
    loop.exec();
    writer.stop();
    if (failed > 0 || answered != submitted) {
        *error = QStringLiteral("writer-only: %1 failed, %2 unanswered").arg(failed).arg(submitted - answered);
        return false;
    }
    out->writes = inWindow;
    out->seconds = seconds;
    return true;
}

} // namespace concord::bench
