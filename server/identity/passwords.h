#pragma once
#include <QString>

namespace concord {

struct ServerConfig;

// A stored password: PBKDF2-HMAC-SHA256 with a per-user random salt; the iteration count is kept
// per hash so that raising the configured count never locks anybody out.
struct PasswordHash
{
    QString hash; // hex
    QString salt; // hex
    int iterations = 0;

    static PasswordHash make(const QString &password, int iterations);
    bool matches(const QString &password) const;
};

// The configurable policy (length, character classes, history, maximum age). Returns the English
// name of the first rule the password breaks, or an empty string.
QString passwordPolicyViolation(const QString &password, const QString &username, const ServerConfig &config);

// A random password that satisfies the policy (temporary passwords from resets).
QString randomPassword(int length = 16);

} // namespace concord
