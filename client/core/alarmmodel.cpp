#include "core/alarmmodel.h"
#include "core/timetext.h"

#include "core/clienterror.h"
#include "core/rpcclient.h"

#include <QJsonArray>
#include <algorithm>

namespace concord {

namespace {
const QString kRaised = QStringLiteral("alarm.raised");
const QString kAcknowledged = QStringLiteral("alarm.acknowledged");

QDateTime parseUtc(const QJsonValue &v)
{
    return v.isString() ? timetext::fromServer(v.toString()) : QDateTime();
}

} // namespace

AlarmModel::AlarmModel(RpcClient *client, QObject *parent) : QAbstractTableModel(parent), m_client(client)
{
    Q_ASSERT(client);
    connect(client, &RpcClient::eventReceived, this, &AlarmModel::onEvent);
    connect(client, &RpcClient::sessionReady, this, [this] {
        if (!m_loaded && !m_loading)
            reload();
    });
    connect(client, &RpcClient::eventStreamReset, this, [this] {
        m_loaded = false;
        if (m_client && m_client->sessionUsable()) {
            reload();
        } else if (!m_rows.isEmpty()) { // another server's alarms must not linger until sign-in
            beginResetModel();
            m_rows.clear();
            endResetModel();
        }
    });
    // Registered now, so that the client subscribes before it announces the session as ready.
    client->subscribe({kRaised, kAcknowledged});
    if (client->sessionUsable())
        reload();
}

AlarmModel::~AlarmModel()
{
    if (m_client)
        m_client->unsubscribe({kRaised, kAcknowledged});
}

void AlarmModel::reload()
{
    if (!m_client)
        return;
    m_loading = true;
    m_buffered.clear();
    const quint64 generation = ++m_loadGeneration;
    QJsonObject params{{QStringLiteral("limit"), m_maxRows}};
    if (m_activeOnly)
        params.insert(QStringLiteral("state"), QStringLiteral("active"));
    m_client->call(QStringLiteral("alarm.list"), params, this,
                   [this, generation](const QJsonObject &r, const RpcError &e) {
                       if (generation != m_loadGeneration)
                           return;
                       m_loading = false;
                       if (!e.isNull()) {
                           m_buffered.clear();
                           Q_EMIT loadFailed(e);
                           return;
                       }
                       QList<Row> rows;
                       for (const QJsonValue &v : r.value(QStringLiteral("alarms")).toArray())
                           rows.append(makeRow(v.toObject()));
                       std::sort(rows.begin(), rows.end(), [](const Row &a, const Row &b) { return a.id > b.id; });
                       if (rows.size() > m_maxRows) // asked for before setMaxRows() lowered it
                           rows.resize(m_maxRows);
                       beginResetModel(); // the one reset: the snapshot replaces whatever was there
                       m_rows = rows;
                       endResetModel();
                       m_loaded = true;
                       // Events that raced the snapshot: some are in it already, the rest are newer.
                       const QList<QJsonObject> buffered = std::exchange(m_buffered, {});
                       for (const QJsonObject &event : buffered)
                           applyEvent(event);
                       Q_EMIT loaded();
                   });
}

AlarmModel::Row AlarmModel::makeRow(const QJsonObject &alarm)
{
    Row row;
    row.id = alarm.value(QStringLiteral("id")).toInteger();
    row.rowVersion = alarm.value(QStringLiteral("rowVersion")).toInt();
    row.raisedAt = parseUtc(alarm.value(QStringLiteral("raisedAt")));
    row.acknowledgedAt = parseUtc(alarm.value(QStringLiteral("acknowledgedAt")));
    row.json = alarm;
    return row;
}

void AlarmModel::onEvent(const QJsonObject &event)
{
    const QString topic = event.value(QStringLiteral("topic")).toString();
    if (topic != kRaised && topic != kAcknowledged)
        return;
    if (m_loading)
        m_buffered.append(event);
    else if (m_loaded)
        applyEvent(event);
    // Not loaded yet: the snapshot will contain it.
}

void AlarmModel::applyEvent(const QJsonObject &event)
{
    const QJsonObject alarm = event.value(QStringLiteral("data")).toObject();
    if (event.value(QStringLiteral("topic")).toString() == kRaised)
        insertAlarm(alarm);
    else
        updateAlarm(alarm);
}

int AlarmModel::insertPosition(qint64 id) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), id, [](const Row &r, qint64 v) { return r.id > v; });
    return int(it - m_rows.cbegin());
}

int AlarmModel::rowOfId(qint64 id) const
{
    const int pos = insertPosition(id);
    return pos < m_rows.size() && m_rows.at(pos).id == id ? pos : -1;
}

void AlarmModel::insertAlarm(const QJsonObject &alarm)
{
    const Row row = makeRow(alarm);
    if (row.id <= 0)
        return;
    if (rowOfId(row.id) >= 0) {
        updateAlarm(alarm); // already there (snapshot or replay): at most newer data
        return;
    }
    const int pos = insertPosition(row.id);
    if (pos >= m_maxRows)
        return; // older than everything we keep
    beginInsertRows({}, pos, pos);
    m_rows.insert(pos, row);
    endInsertRows();
    trim();
    Q_EMIT alarmRaised(alarm);
}

void AlarmModel::updateAlarm(const QJsonObject &alarm)
{
    const int pos = rowOfId(alarm.value(QStringLiteral("id")).toInteger());
    if (pos < 0)
        return; // not kept here (older than the rows we hold)
    Row &row = m_rows[pos];
    if (alarm.value(QStringLiteral("rowVersion")).toInt() <= row.rowVersion)
        return; // already seen, or older than what we show
    QJsonObject merged = row.json; // events carry the alarm row; keep names only the list had
    for (auto it = alarm.begin(); it != alarm.end(); ++it)
        merged.insert(it.key(), it.value());
    if (m_activeOnly && merged.value(QStringLiteral("state")).toString() != QLatin1String("active")) {
        beginRemoveRows({}, pos, pos);
        m_rows.removeAt(pos);
        endRemoveRows();
        return;
    }
    row = makeRow(merged);
    Q_EMIT dataChanged(index(pos, 0), index(pos, ColumnCount - 1));
}

void AlarmModel::trim()
{
    if (m_rows.size() <= m_maxRows)
        return;
    beginRemoveRows({}, m_maxRows, int(m_rows.size()) - 1);
    m_rows.resize(m_maxRows);
    endRemoveRows();
}

void AlarmModel::setActiveOnly(bool activeOnly)
{
    if (activeOnly == m_activeOnly)
        return;
    m_activeOnly = activeOnly;
    if ((m_loaded || m_loading) && m_client && m_client->sessionUsable())
        reload(); // a snapshot of the other kind is loaded or on its way
}

void AlarmModel::setMaxRows(int rows)
{
    m_maxRows = std::max(1, rows);
    trim();
}

QJsonObject AlarmModel::alarm(int row) const { return row >= 0 && row < m_rows.size() ? m_rows.at(row).json : QJsonObject(); }

PendingCall *AlarmModel::acknowledge(int row, const QString &comment)
{
    if (!m_client || row < 0 || row >= m_rows.size())
        return nullptr;
    const qint64 id = m_rows.at(row).id;
    QString &key = m_ackKeys[id];
    if (key.isEmpty())
        key = RpcClient::newIdempotencyKey();
    QJsonObject params{{QStringLiteral("id"), id}, {QStringLiteral("idempotencyKey"), key}};
    if (!comment.isEmpty())
        params.insert(QStringLiteral("comment"), comment);
    PendingCall *call = m_client->call(QStringLiteral("alarm.acknowledge"), params);
    // Connected before the caller can connect: the row is current when the caller hears of it.
    connect(call, &PendingCall::finished, this, [this, call, id] {
        if (!call->isError() || !clienterror::isLocal(call->error()))
            m_ackKeys.remove(id); // the server decided; a later attempt is a new write
        if (!call->isError())
            updateAlarm(call->result());
    });
    return call;
}

// --- presentation ------------------------------------------------------------------------------

int AlarmModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_rows.size()); }
int AlarmModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : ColumnCount; }

QString AlarmModel::severityText(const QString &severity) const
{
    if (severity == QLatin1String("critical"))
        return tr("Critical");
    if (severity == QLatin1String("warning"))
        return tr("Warning");
    if (severity == QLatin1String("info"))
        return tr("Info");
    return severity;
}

QString AlarmModel::stateText(const QString &state) const
{
    if (state == QLatin1String("active"))
        return tr("Active");
    if (state == QLatin1String("acknowledged"))
        return tr("Acknowledged");
    return state;
}

QVariant AlarmModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size())
        return {};
    const Row &r = m_rows.at(index.row());
    const auto field = [&r](const char *name) { return r.json.value(QLatin1String(name)); };
    switch (role) {
    case IdRole:
        return r.id;
    case SeverityRole:
        return field("severity").toString();
    case StateRole:
        return field("state").toString();
    case RowVersionRole:
        return r.rowVersion;
    case RaisedAtRole:
        return r.raisedAt;
    case AcknowledgedAtRole:
        return r.acknowledgedAt;
    case CommentRole:
        return field("ackComment").toString();
    case AlarmRole:
        return r.json;
    case Qt::ToolTipRole:
        if (index.column() == StateColumn || index.column() == AcknowledgedByColumn)
            return field("ackComment").toString();
        if (index.column() == MessageColumn)
            return field("message").toString();
        return {};
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case RaisedAtColumn:
        return timetext::local(r.raisedAt);
    case SeverityColumn:
        return severityText(field("severity").toString());
    case SourceColumn:
        return field("source").toString();
    case TopicColumn:
        return field("topic").toString();
    case MessageColumn:
        return field("message").toString();
    case StateColumn:
        return stateText(field("state").toString());
    case AcknowledgedByColumn: {
        const QString name = field("acknowledgedByUsername").toString();
        if (!name.isEmpty() || field("acknowledgedBy").isNull() || field("acknowledgedBy").isUndefined())
            return name;
        return QString::number(field("acknowledgedBy").toInteger());
    }
    case AcknowledgedAtColumn:
        return timetext::local(r.acknowledgedAt);
    default:
        return {};
    }
}

QVariant AlarmModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case RaisedAtColumn:
        return tr("Raised at");
    case SeverityColumn:
        return tr("Severity");
    case SourceColumn:
        return tr("Source");
    case TopicColumn:
        return tr("Topic");
    case MessageColumn:
        return tr("Message");
    case StateColumn:
        return tr("State");
    case AcknowledgedByColumn:
        return tr("Acknowledged by");
    case AcknowledgedAtColumn:
        return tr("Acknowledged at");
    default:
        return {};
    }
}

QHash<int, QByteArray> AlarmModel::roleNames() const
{
    QHash<int, QByteArray> names = QAbstractTableModel::roleNames();
    names.insert(IdRole, "alarmId");
    names.insert(SeverityRole, "severity");
    names.insert(StateRole, "state");
    names.insert(RowVersionRole, "rowVersion");
    names.insert(RaisedAtRole, "raisedAt");
    names.insert(AcknowledgedAtRole, "acknowledgedAt");
    names.insert(CommentRole, "comment");
    names.insert(AlarmRole, "alarm");
    return names;
}

} // namespace concord
