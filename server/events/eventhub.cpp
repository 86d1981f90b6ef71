#include "events/eventhub.h"

#include "net/connection.h"
#include "protocol/jsonrpc.h"
#include "storage/readerpool.h"

#include <QJsonArray>

namespace concord {

namespace {
constexpr int kReplayPage = 2000;
}

EventHub::EventHub(ReaderPool &readers, qint64 headSeq, QObject *parent)
    : QObject(parent), m_readers(readers), m_headSeq(headSeq), m_knownSeq(headSeq)
{
}

bool EventHub::matches(const QStringList &topics, const QString &topic)
{
    for (const QString &t : topics) {
        if (t == QLatin1String("*") || t == topic)
            return true;
        if (topic.size() > t.size() && topic.startsWith(t) && topic.at(t.size()) == QLatin1Char('.'))
            return true;
    }
    return false;
}

void EventHub::declareTopic(const QString &prefix, const QString &permission)
{
    m_topicPermissions.insert(prefix, permission);
    m_permissionOfTopic.clear();
}

QString EventHub::permissionFor(const QString &topic) const
{
    QString best;
    QString permission;
    for (auto it = m_topicPermissions.cbegin(); it != m_topicPermissions.cend(); ++it)
        if (matches({it.key()}, topic) && it.key().size() > best.size()) {
            best = it.key();
            permission = it.value();
        }
    return permission;
}

bool EventHub::mayRead(const Connection *connection, const QString &topic)
{
    auto it = m_permissionOfTopic.constFind(topic);
    if (it == m_permissionOfTopic.constEnd()) {
        const QString permission = permissionFor(topic);
        if (permission.isEmpty())
            qWarning("event topic %s is not declared by any module: delivered to nobody", qPrintable(topic));
        it = m_permissionOfTopic.insert(topic, permission);
    }
    return !it->isEmpty() && m_mayRead && m_mayRead(connection, *it);
}

bool EventHub::complete(const Connection *connection, const QStringList &topics) const
{
    for (auto it = m_topicPermissions.cbegin(); it != m_topicPermissions.cend(); ++it) {
        // A declared prefix is selected when a subscribed topic covers it or lies inside it.
        bool selected = matches(topics, it.key());
        for (const QString &t : topics)
            selected = selected || matches({it.key()}, t);
        if (selected && !(m_mayRead && m_mayRead(connection, it.value())))
            return false;
    }
    return true;
}

QByteArray EventHub::encode(const EventRecord &e) { return jsonrpc::encode(jsonrpc::notification(QStringLiteral("event"), e.toJson())); }

void EventHub::subscribe(Connection *connection, const QStringList &topics, qint64 since)
{
    Subscription s;
    s.connection = connection;
    s.topics = topics;
    s.lastSeq = since < 0 ? m_headSeq : since; // since < 0: live only
    s.replaying = s.lastSeq < m_headSeq;
    const quint64 id = connection->id();
    m_subs.insert(id, s);
    connect(connection, &Connection::closed, this, &EventHub::unsubscribe, Qt::UniqueConnection);
    if (s.replaying)
        replayPage(id);
}

void EventHub::unsubscribe(Connection *connection) { m_subs.remove(connection->id()); }

void EventHub::replayPage(quint64 connectionId)
{
    const Subscription &s = m_subs[connectionId];
    const qint64 from = s.lastSeq;
    ReadJob job;
    job.principal = Principal::system(QStringLiteral("events"));
    job.work = [from](ReadContext &ctx) {
        return QJsonObject{{QStringLiteral("rows"), ctx.sql().rows(QStringLiteral("event.page"), {from, kReplayPage})}};
    };
    job.done = [this, connectionId](const QJsonObject &r, const RpcError &err) {
        auto it = m_subs.find(connectionId);
        if (it == m_subs.end() || !it->connection)
            return;
        if (!err.isNull()) {
            it->connection->close(QStringLiteral("event replay failed: ") + err.message);
            return;
        }
        const QJsonArray rows = r.value(QStringLiteral("rows")).toArray();
        for (const QJsonValue &v : rows) {
            const QJsonObject o = v.toObject();
            EventRecord e{o.value(QStringLiteral("seq")).toInteger(), o.value(QStringLiteral("at")).toString(),
                          o.value(QStringLiteral("topic")).toString(), o.value(QStringLiteral("data")).toObject()};
            if (e.seq <= it->lastSeq)
                continue;
            it->lastSeq = e.seq;
            if (matches(it->topics, e.topic) && mayRead(it->connection, e.topic))
                it->connection->sendRaw(encode(e));
        }
        if (rows.size() == kReplayPage || it->lastSeq < m_headSeq)
            replayPage(connectionId);
        else
            it->replaying = false;
    };
    m_readers.submit(std::move(job));
}

void EventHub::onCommitted(const QList<EventRecord> &events)
{
    for (const EventRecord &e : events) {
        if (e.seq > m_headSeq)
            m_pending.insert(e.seq, e);
        m_knownSeq = qMax(m_knownSeq, e.seq);
    }
    drain();
}

void EventHub::onNotified(qint64 seq)
{
    if (seq <= m_knownSeq)
        return;
    m_knownSeq = seq;
    drain();
}

void EventHub::drain()
{
    QList<EventRecord> done;
    while (!m_pending.isEmpty() && m_pending.firstKey() <= m_headSeq + 1) {
        const EventRecord e = m_pending.take(m_pending.firstKey());
        if (e.seq == m_headSeq + 1) {
            deliver(e);
            done.append(e);
        }
    }
    if (!done.isEmpty())
        Q_EMIT delivered(done);
    if (m_knownSeq > m_headSeq)
        fetchMissing();
}

void EventHub::fetchMissing()
{
    if (m_fetching)
        return;
    m_fetching = true;
    const qint64 from = m_headSeq;
    ReadJob job;
    job.principal = Principal::system(QStringLiteral("events"));
    job.work = [from](ReadContext &ctx) {
        return QJsonObject{{QStringLiteral("rows"), ctx.sql().rows(QStringLiteral("event.page"), {from, kReplayPage})}};
    };
    job.done = [this](const QJsonObject &r, const RpcError &err) {
        m_fetching = false;
        if (!err.isNull())
            return; // the next commit or notification retries
        for (const QJsonValue &v : r.value(QStringLiteral("rows")).toArray()) {
            const QJsonObject o = v.toObject();
            const EventRecord e{o.value(QStringLiteral("seq")).toInteger(), o.value(QStringLiteral("at")).toString(),
                                o.value(QStringLiteral("topic")).toString(), o.value(QStringLiteral("data")).toObject()};
            if (e.seq > m_headSeq)
                m_pending.insert(e.seq, e);
            m_knownSeq = qMax(m_knownSeq, e.seq);
        }
        drain();
    };
    m_readers.submit(std::move(job));
}

void EventHub::deliver(const EventRecord &e)
{
    m_headSeq = e.seq;
    QByteArray line; // encoded once, sent to every interested subscriber
    for (Subscription &s : m_subs) {
        if (s.replaying || e.seq <= s.lastSeq || !s.connection)
            continue;
        s.lastSeq = e.seq;
        if (!matches(s.topics, e.topic) || !mayRead(s.connection, e.topic))
            continue;
        if (line.isEmpty())
            line = encode(e);
        s.connection->sendRaw(line);
    }
}

} // namespace concord
