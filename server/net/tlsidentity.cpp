#include "net/tlsidentity.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHostInfo>
#include <QSslCertificate>
#include <QSslCipher>
#include <QSslKey>
#include <memory>
#include <openssl/evp.h>
#include <openssl/pem.h>
#include <openssl/rand.h>
#include <openssl/x509.h>
#include <openssl/x509v3.h>

namespace concord {

namespace {
template <typename T, void (*F)(T *)>
struct Deleter
{
    void operator()(T *p) const { F(p); }
};
using PkeyPtr = std::unique_ptr<EVP_PKEY, Deleter<EVP_PKEY, EVP_PKEY_free>>;
using X509Ptr = std::unique_ptr<X509, Deleter<X509, X509_free>>;
using BioPtr = std::unique_ptr<BIO, Deleter<BIO, BIO_free_all>>;

QByteArray bioBytes(BIO *bio)
{
    char *data = nullptr;
    const long len = BIO_get_mem_data(bio, &data);
    return QByteArray(data, int(len));
}

bool addExtension(X509 *cert, int nid, const QByteArray &value)
{
    X509V3_CTX ctx;
    X509V3_set_ctx_nodb(&ctx);
    X509V3_set_ctx(&ctx, cert, cert, nullptr, nullptr, 0);
    X509_EXTENSION *ext = X509V3_EXT_conf_nid(nullptr, &ctx, nid, value.constData());
    if (!ext)
        return false;
    const bool ok = X509_add_ext(cert, ext, -1) == 1;
    X509_EXTENSION_free(ext);
    return ok;
}

bool writeFile(const QString &path, const QByteArray &bytes, QFileDevice::Permissions perms, QString *error)
{
    QFile f(path);
    // Create with restrictive permissions before any secret byte is written.
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate) || !f.setPermissions(perms) || f.write(bytes) != bytes.size()) {
        if (error)
            *error = QStringLiteral("cannot write %1: %2").arg(path, f.errorString());
        return false;
    }
    return f.flush();
}
} // namespace

bool TlsIdentity::generate(const QString &certPath, const QString &keyPath, QString *error)
{
    auto fail = [&](const QString &what) {
        if (error)
            *error = QStringLiteral("certificate generation failed: ") + what;
        return false;
    };
    PkeyPtr key(EVP_EC_gen("P-256"));
    if (!key)
        return fail(QStringLiteral("key"));
    X509Ptr cert(X509_new());
    X509_set_version(cert.get(), 2);
    unsigned char serial[16];
    RAND_bytes(serial, sizeof serial);
    serial[0] &= 0x7f;
    BIGNUM *bn = BN_bin2bn(serial, sizeof serial, nullptr);
    BN_to_ASN1_INTEGER(bn, X509_get_serialNumber(cert.get()));
    BN_free(bn);
    X509_gmtime_adj(X509_getm_notBefore(cert.get()), -3600);
    X509_gmtime_adj(X509_getm_notAfter(cert.get()), 10L * 365 * 24 * 3600);
    X509_set_pubkey(cert.get(), key.get());
    const QByteArray host = QHostInfo::localHostName().toUtf8();
    X509_NAME *name = X509_get_subject_name(cert.get());
    const QByteArray cn = QByteArray("Concord server ") + host;
    X509_NAME_add_entry_by_txt(name, "CN", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>(cn.constData()), -1, -1, 0);
    X509_NAME_add_entry_by_txt(name, "O", MBSTRING_UTF8, reinterpret_cast<const unsigned char *>("Concord"), -1, -1, 0);
    X509_set_issuer_name(cert.get(), name);
    QByteArray san = "DNS:localhost,IP:127.0.0.1,IP:::1";
    if (!host.isEmpty())
        san += ",DNS:" + host;
    if (!addExtension(cert.get(), NID_subject_alt_name, san) || !addExtension(cert.get(), NID_basic_constraints, "critical,CA:FALSE") ||
        !addExtension(cert.get(), NID_key_usage, "critical,digitalSignature,keyAgreement") ||
        !addExtension(cert.get(), NID_ext_key_usage, "serverAuth"))
        return fail(QStringLiteral("extensions"));
    if (X509_sign(cert.get(), key.get(), EVP_sha256()) == 0)
        return fail(QStringLiteral("signing"));

    BioPtr certBio(BIO_new(BIO_s_mem()));
    BioPtr keyBio(BIO_new(BIO_s_mem()));
    if (PEM_write_bio_X509(certBio.get(), cert.get()) != 1 ||
        PEM_write_bio_PrivateKey(keyBio.get(), key.get(), nullptr, nullptr, 0, nullptr, nullptr) != 1)
        return fail(QStringLiteral("PEM encoding"));
    QDir().mkpath(QFileInfo(keyPath).absolutePath());
    QDir().mkpath(QFileInfo(certPath).absolutePath());
    QFile::setPermissions(QFileInfo(keyPath).absolutePath(), QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner);
    return writeFile(keyPath, bioBytes(keyBio.get()), QFileDevice::ReadOwner | QFileDevice::WriteOwner, error) &&
           writeFile(certPath, bioBytes(certBio.get()),
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ReadGroup | QFileDevice::ReadOther, error);
}

QList<QSslCipher> TlsIdentity::aeadCiphers()
{
    QList<QSslCipher> out;
    for (const QSslCipher &c : QSslConfiguration::supportedCiphers()) {
        if (c.protocol() == QSsl::TlsV1_3 || c.protocol() == QSsl::TlsV1_3OrLater) {
            out.append(c);
            continue;
        }
        const QString enc = c.encryptionMethod().toUpper();
        const bool aead = enc.contains(QLatin1String("GCM")) || enc.contains(QLatin1String("CHACHA20"));
        const bool forwardSecret = c.keyExchangeMethod().startsWith(QLatin1String("ECDH")) || c.keyExchangeMethod().startsWith(QLatin1String("DH"));
        if (aead && forwardSecret && c.protocol() == QSsl::TlsV1_2)
            out.append(c);
    }
    return out;
}

bool TlsIdentity::load(const QString &certPath, const QString &keyPath, bool generateIfMissing, QSslConfiguration *out,
                       QString *fingerprint, QString *error)
{
    if (!QFile::exists(certPath) && !QFile::exists(keyPath)) {
        if (!generateIfMissing) {
            if (error)
                *error = QStringLiteral("no certificate at %1").arg(certPath);
            return false;
        }
        if (!generate(certPath, keyPath, error))
            return false;
    }
    QFile cf(certPath), kf(keyPath);
    if (!cf.open(QIODevice::ReadOnly) || !kf.open(QIODevice::ReadOnly)) {
        if (error)
            *error = QStringLiteral("cannot read certificate %1 or key %2").arg(certPath, keyPath);
        return false;
    }
    if (kf.permissions() & (QFileDevice::ReadGroup | QFileDevice::ReadOther | QFileDevice::WriteGroup | QFileDevice::WriteOther)) {
        if (error)
            *error = QStringLiteral("the private key %1 is readable by others; make it 0600").arg(keyPath);
        return false;
    }
    const QList<QSslCertificate> chain = QSslCertificate::fromData(cf.readAll(), QSsl::Pem);
    const QByteArray keyPem = kf.readAll();
    QSslKey key(keyPem, QSsl::Ec, QSsl::Pem);
    if (key.isNull())
        key = QSslKey(keyPem, QSsl::Rsa, QSsl::Pem);
    if (chain.isEmpty() || key.isNull()) {
        if (error)
            *error = QStringLiteral("certificate or key could not be parsed");
        return false;
    }
    QSslConfiguration conf = QSslConfiguration::defaultConfiguration();
    conf.setLocalCertificateChain(chain);
    conf.setPrivateKey(key);
    conf.setPeerVerifyMode(QSslSocket::VerifyNone);
    conf.setProtocol(QSsl::TlsV1_2OrLater);
    conf.setCiphers(aeadCiphers());
    *out = conf;
    if (fingerprint)
        *fingerprint = QString::fromLatin1(chain.first().digest(QCryptographicHash::Sha256).toHex(':'));
    return true;
}

} // namespace concord
