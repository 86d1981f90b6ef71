#pragma once
#include <QSslConfiguration>
#include <QString>

namespace concord {

// The server's TLS certificate and key. If neither a configured pair nor a previously generated
// one exists, a self-signed certificate (ECDSA P-256, 10 years, SAN localhost + host name +
// loopback addresses) is generated with OpenSSL's libcrypto. The key file is written 0600.
class TlsIdentity
{
public:
    // certPath/keyPath: configured files, or the defaults in <dataDir>/tls/.
    static bool load(const QString &certPath, const QString &keyPath, bool generateIfMissing,
                     QSslConfiguration *out, QString *fingerprint, QString *error);
    static bool generate(const QString &certPath, const QString &keyPath, QString *error);
    // The cipher suites the server offers: TLS 1.3 (all AEAD) and TLS 1.2 with forward secrecy
    // (ECDHE/DHE) and an AEAD cipher (AES-GCM, ChaCha20-Poly1305); never CBC, RC4 or static RSA.
    static QList<QSslCipher> aeadCiphers();
};

} // namespace concord
