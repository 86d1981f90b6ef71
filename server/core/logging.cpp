#include "core/logging.h"

#include <QDateTime>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QMutex>
#include <QThread>
#include <cstdio>

namespace concord::logging {

namespace {
// Qt's message handler is a process-wide C callback, so its sink is necessarily process-wide.
struct Sink
{
    QMutex mutex;
    QFile file;
    qint64 maxBytes = 0;
    int keep = 0;
};
Sink *g_sink = nullptr;

void rotate(Sink &s)
{
    const QString base = s.file.fileName();
    s.file.close();
    QFile::remove(base + QLatin1Char('.') + QString::number(s.keep));
    for (int i = s.keep - 1; i >= 1; --i)
        QFile::rename(base + QLatin1Char('.') + QString::number(i), base + QLatin1Char('.') + QString::number(i + 1));
    QFile::rename(base, base + QStringLiteral(".1"));
    s.file.setFileName(base);
    s.file.open(QIODevice::WriteOnly | QIODevice::Append);
}

void handler(QtMsgType type, const QMessageLogContext &ctx, const QString &msg)
{
    const char *level = "info";
    switch (type) {
    case QtDebugMsg: level = "debug"; break;
    case QtInfoMsg: level = "info"; break;
    case QtWarningMsg: level = "warning"; break;
    case QtCriticalMsg: level = "critical"; break;
    case QtFatalMsg: level = "fatal"; break;
    }
    const QByteArray line = QDateTime::currentDateTimeUtc().toString(Qt::ISODateWithMs).toUtf8() + ' ' + level + ' ' +
                            (ctx.category ? ctx.category : "default") + " [" + QThread::currentThread()->objectName().toUtf8() +
                            "] " + msg.toUtf8() + '\n';
    std::fwrite(line.constData(), 1, size_t(line.size()), stderr);
    if (g_sink) {
        QMutexLocker lock(&g_sink->mutex);
        if (g_sink->file.isOpen()) {
            g_sink->file.write(line);
            g_sink->file.flush();
            if (g_sink->file.size() > g_sink->maxBytes)
                rotate(*g_sink);
        }
    }
    if (type == QtFatalMsg)
        std::abort();
}
} // namespace

bool install(const QString &file, qint64 maxBytes, int keep, QString *error)
{
    if (!file.isEmpty()) {
        auto *s = new Sink;
        s->maxBytes = qMax<qint64>(maxBytes, 64 * 1024);
        s->keep = qMax(1, keep);
        QDir().mkpath(QFileInfo(file).absolutePath());
        s->file.setFileName(file);
        if (!s->file.open(QIODevice::WriteOnly | QIODevice::Append)) {
            if (error)
                *error = QStringLiteral("cannot open log file %1: %2").arg(file, s->file.errorString());
            delete s;
            return false;
        }
        s->file.setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup);
        g_sink = s;
    }
    QThread::currentThread()->setObjectName(QStringLiteral("main"));
    qInstallMessageHandler(handler);
    return true;
}

void uninstall()
{
    qInstallMessageHandler(nullptr);
    delete g_sink;
    g_sink = nullptr;
}

} // namespace concord::logging
