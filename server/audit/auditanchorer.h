#pragma once
#include "audit/anchorfile.h"

#include <QMutex>
#include <QObject>
#include <QTimer>

namespace concord {
class ReaderPool;
class Sql;

// Keeps the audit chain head outside the database: at start, every `intervalSeconds` when the head
// has moved since the last anchor, and at a clean stop, one line in the anchor file (appended,
// fsync'd) and one in the log. Someone who rewrites the whole chain consistently in the database
// cannot rewrite these; audit.verify with the anchors names the rewrite.
class AuditAnchorer : public QObject
{
    Q_OBJECT
public:
    struct Identity
    {
        QString instanceId; // the database's
        QString server;     // host:port of this process
    };
    AuditAnchorer(ReaderPool &readers, QString path, int intervalSeconds, Identity identity,
                  QObject *parent = nullptr);

    // Reads the head with `sql` and anchors it (whether or not it moved). Any thread; false with
    // `error` when the head cannot be read or the file not written.
    bool anchorNow(Sql &sql, const QString &reason, QString *error);
    // Interval anchors from now on, read on a reader thread so that the network thread never waits.
    void startInterval();
    void stopInterval();

private:
    bool anchor(Sql &sql, const QString &reason, bool onlyIfMoved, QString *error);
    void onTick();

    ReaderPool &m_readers;
    const QString m_path;
    const Identity m_identity;
    QTimer m_timer;
    QMutex m_mutex; // one anchor at a time, in the order the heads were read
    qint64 m_lastSeq = -1;
    QString m_lastHash;
};

} // namespace concord
