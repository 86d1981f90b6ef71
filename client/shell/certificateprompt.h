#pragma once
#include <QString>

class QWidget;

namespace concord::ui {

// Asks whether to trust a server whose certificate differs from the one pinned at the first
// connection. Says plainly that this can be an attack, shows both SHA-256 fingerprints for a
// comparison with what the administrator reads from the server's log, and defaults to refusing.
// True only if the user explicitly accepts.
bool askToAcceptCertificate(QWidget *parent, const QString &hostPort, const QString &pinned, const QString &presented);

// "AB:CD:..." groups for reading a fingerprint aloud over the phone.
QString formatFingerprint(const QString &hex);

} // namespace concord::ui
