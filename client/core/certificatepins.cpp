#include "core/certificatepins.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QSaveFile>
#include <QStandardPaths>

namespace concord {

QString CertificatePins::defaultFile()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppConfigLocation) + QStringLiteral("/known_servers");
}

QString CertificatePins::pinned(const QString &hostPort) const
{
    QFile f(m_file);
    if (!f.open(QIODevice::ReadOnly))
        return {};
    while (!f.atEnd()) {
        const QList<QByteArray> parts = f.readLine().trimmed().split(' ');
        if (parts.size() == 2 && QString::fromUtf8(parts[0]) == hostPort)
            return QString::fromLatin1(parts[1]);
    }
    return {};
}

bool CertificatePins::pin(const QString &hostPort, const QString &fingerprint, QString *error)
{
    QByteArray out;
    QFile in(m_file);
    if (in.open(QIODevice::ReadOnly)) {
        while (!in.atEnd()) {
            const QByteArray line = in.readLine();
            if (!line.startsWith(hostPort.toUtf8() + ' '))
                out += line;
        }
        in.close();
    }
    out += hostPort.toUtf8() + ' ' + fingerprint.toLatin1() + '\n';
    QDir().mkpath(QFileInfo(m_file).absolutePath());
    QSaveFile f(m_file);
    if (!f.open(QIODevice::WriteOnly) || f.write(out) != out.size() || !f.commit()) {
        if (error)
            *error = QStringLiteral("cannot write %1").arg(m_file);
        return false;
    }
    return true;
}

} // namespace concord
