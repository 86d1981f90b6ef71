#pragma once
#include "storage/writecontext.h"

#include <QHash>
#include <QMap>
#include <QObject>
#include <QPointer>
#include <QStringList>
#include <functional>

namespace concord {

class Connection;
class ReaderPool;

// Pushes committed events to subscribed connections. A subscription first replays from the event
// table (in pages, on a reader thread) and then goes live; the hand-over is gap-free and without
// duplicates because every delivery is filtered by the subscription's last sent seq.
// Events are delivered strictly in seq order: when this instance learns of a seq beyond the next
// expected one (another instance on the same PostgreSQL committed in between — it says so with
// NOTIFY), the missing range is read from the event table first. The database is the bus.
class EventHub : public QObject
{
    Q_OBJECT
public:
    EventHub(ReaderPool &readers, qint64 headSeq, QObject *parent = nullptr);

    // Each module declares the topics it emits and the permission needed to read them (the same
    // read permission as its list/get methods). A topic nobody declared is delivered to nobody.
    void declareTopic(const QString &prefix, const QString &permission);
    // Permission to read events of `topic` ("" = undeclared), by the longest declared prefix.
    QString permissionFor(const QString &topic) const;
    // Every declared topic prefix with its permission (rpc.discover, docs).
    QMap<QString, QString> topics() const { return m_topicPermissions; }
    // How the hub learns whether the session bound to a connection holds a permission now: checked
    // at every delivery, so a subscription follows the caller's permissions as they change.
    using ReadCheck = std::function<bool(const Connection *, const QString &permission)>;
    void setReadCheck(ReadCheck check) { m_mayRead = std::move(check); }
    // True when the connection may read every declared topic that `topics` selects: its stream is
    // then complete (for "*": gap-free seq), otherwise some events are withheld.
    bool complete(const Connection *connection, const QStringList &topics) const;

    // Topics: exact names or prefixes ("alarm" matches "alarm" and "alarm.raised"); "*" = all.
    // Only events the connection's session may read are sent.
    void subscribe(Connection *connection, const QStringList &topics, qint64 since);
    void unsubscribe(Connection *connection);
    qint64 headSeq() const { return m_headSeq; }
    int subscriberCount() const { return int(m_subs.size()); }

    static bool matches(const QStringList &topics, const QString &topic);

Q_SIGNALS:
    // Every committed event, of every instance, in seq order, after it went to the subscribers.
    void delivered(const QList<concord::EventRecord> &events);

public Q_SLOTS:
    // Events committed by this instance's writer.
    void onCommitted(const QList<concord::EventRecord> &events);
    // Another writer (possibly another instance) committed events up to `seq`.
    void onNotified(qint64 seq);

private:
    struct Subscription
    {
        QPointer<Connection> connection;
        QStringList topics;
        qint64 lastSeq = 0;
        bool replaying = false;
    };
    void replayPage(quint64 connectionId);
    void deliver(const EventRecord &e);
    bool mayRead(const Connection *connection, const QString &topic);
    void drain();
    void fetchMissing();
    static QByteArray encode(const EventRecord &e);

    ReaderPool &m_readers;
    qint64 m_headSeq;                    // last seq delivered (contiguous)
    qint64 m_knownSeq;                   // highest seq known to be committed
    QMap<qint64, EventRecord> m_pending; // committed but not yet deliverable (a gap before them)
    bool m_fetching = false;
    QHash<quint64, Subscription> m_subs;
    QMap<QString, QString> m_topicPermissions; // declared prefix -> permission
    QHash<QString, QString> m_permissionOfTopic; // cache of permissionFor() per full topic
    ReadCheck m_mayRead;
};

} // namespace concord
