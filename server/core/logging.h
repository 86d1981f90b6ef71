#pragma once
#include <QString>

namespace concord::logging {

// Installs the server's message handler: every line goes to stderr and, if `file` is not empty,
// to a size-rotated log file (file, file.1 ... file.<keep>). Lines carry UTC time, level, category
// and thread. Secrets are never passed to the logger in the first place (see docs/security.md).
bool install(const QString &file, qint64 maxBytes, int keep, QString *error);
void uninstall();

} // namespace concord::logging
