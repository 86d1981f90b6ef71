#include "audit/anchorfile.h"

#include "rpc/schema.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <cerrno>
#include <cstring>

#ifdef Q_OS_WIN
#include <io.h>
#else
#include <fcntl.h>
#include <unistd.h>
#endif

namespace concord::anchorfile {

QJsonObject Anchor::toJson() const
{
    return {{QStringLiteral("seq"), seq},
            {QStringLiteral("hash"), hash},
            {QStringLiteral("at"), at},
            {QStringLiteral("reason"), reason},
            {QStringLiteral("instanceId"), instanceId},
            {QStringLiteral("server"), server},
            {QStringLiteral("pid"), pid}};
}

QJsonObject anchorSchema()
{
    using namespace concord::schema;
    return object({{QStringLiteral("seq"), integer(1)},
                   {QStringLiteral("hash"), pattern(QStringLiteral("[0-9a-f]{64}"), 64)},
                   {QStringLiteral("at"), dateTime()},
                   {QStringLiteral("reason"), string(32)},
                   {QStringLiteral("instanceId"), string(64)},
                   {QStringLiteral("server"), string(300)},
                   {QStringLiteral("pid"), integer()}},
                  {QStringLiteral("seq"), QStringLiteral("hash")});
}

namespace {
#ifndef Q_OS_WIN
QString systemError()
{
    return QString::fromLocal8Bit(std::strerror(errno));
}

// A new file's name is only durable once its directory is.
void syncDirectory(const QString &dir)
{
    const int fd = ::open(QFile::encodeName(dir).constData(), O_RDONLY | O_CLOEXEC);
    if (fd >= 0) {
        ::fsync(fd);
        ::close(fd);
    }
}
#endif
} // namespace

bool append(const QString &path, const QJsonObject &anchor, QString *error)
{
    const QByteArray line = QJsonDocument(anchor).toJson(QJsonDocument::Compact) + '\n';
    const QString dir = QFileInfo(path).absolutePath();
    if (!QDir().mkpath(dir)) {
        *error = QStringLiteral("cannot create the directory %1").arg(dir);
        return false;
    }
    const bool created = !QFileInfo::exists(path);
#ifdef Q_OS_WIN
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Append | QIODevice::Unbuffered) ||
        f.write(line) != line.size() || !f.flush() || ::_commit(f.handle()) != 0) {
        *error = f.errorString();
        return false;
    }
    Q_UNUSED(created);
#else
    const int fd =
        ::open(QFile::encodeName(path).constData(), O_WRONLY | O_APPEND | O_CREAT | O_CLOEXEC, 0640);
    if (fd < 0) {
        *error = systemError();
        return false;
    }
    // One write() per line: with O_APPEND each lands whole at the end, whoever else appends.
    const ssize_t written = ::write(fd, line.constData(), size_t(line.size()));
    if (written != ssize_t(line.size()) || ::fsync(fd) != 0) {
        *error =
            written < 0 || written == ssize_t(line.size()) ? systemError() : QStringLiteral("short write");
        ::close(fd);
        return false;
    }
    ::close(fd);
    if (created) syncDirectory(dir);
#endif
    return true;
}

bool read(const QString &path, Contents *contents, QString *error)
{
    QFile f(path);
    if (!f.open(QIODevice::ReadOnly)) {
        *error = f.errorString();
        return false;
    }
    const QJsonObject lineSchema = anchorSchema();
    int number = 0;
    while (!f.atEnd()) {
        const QByteArray line = f.readLine().trimmed();
        ++number;
        if (line.isEmpty()) continue;
        const QJsonDocument doc = QJsonDocument::fromJson(line);
        if (!doc.isObject() || !concord::schema::validate(lineSchema, doc.object()).isEmpty()) {
            contents->unreadable.append(number);
            continue;
        }
        contents->anchors.append({number, doc.object()});
    }
    return true;
}

} // namespace concord::anchorfile
