#pragma once
#include "storage/writecontext.h"

#include <QHash>
#include <QObject>
#include <QPointer>
#include <QStringList>

namespace concord {

class Connection;
class ReaderPool;

// Pushes committed events to subscribed connections. A subscription first replays from the event
// table (in pages, on a reader thread) and then goes live; the hand-over is gap-free and without
// duplicates because every delivery is filtered by the subscription's last sent seq.
class EventHub : public QObject
{
    Q_OBJECT
public:
    EventHub(ReaderPool &readers, qint64 headSeq, QObject *parent = nullptr);

    // Topics: exact names or prefixes ("alarm" matches "alarm" and "alarm.raised"); "*" = all.
    void subscribe(Connection *connection, const QStringList &topics, qint64 since);
    void unsubscribe(Connection *connection);
    qint64 headSeq() const { return m_headSeq; }
    int subscriberCount() const { return int(m_subs.size()); }

    static bool matches(const QStringList &topics, const QString &topic);

public Q_SLOTS:
    void onCommitted(const QList<concord::EventRecord> &events);

private:
    struct Subscription
    {
        QPointer<Connection> connection;
        QStringList topics;
        qint64 lastSeq = 0;
        bool replaying = false;
    };
    void replayPage(quint64 connectionId);
    static QByteArray encode(const EventRecord &e);

    ReaderPool &m_readers;
    qint64 m_headSeq;
    QHash<quint64, Subscription> m_subs;
};

} // namespace concord
