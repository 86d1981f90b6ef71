#pragma once
#include <QString>

namespace concord {

// Trust on first use: the SHA-256 fingerprint of each server's certificate is remembered in a small
// text file ("host:port fingerprint" per line). A server whose certificate changed is refused unless
// the user explicitly accepts the new one.
class CertificatePins
{
public:
    explicit CertificatePins(QString file) : m_file(std::move(file)) {}
    static QString defaultFile();

    QString pinned(const QString &hostPort) const; // empty if unknown
    bool pin(const QString &hostPort, const QString &fingerprint, QString *error);

private:
    QString m_file;
};

} // namespace concord
