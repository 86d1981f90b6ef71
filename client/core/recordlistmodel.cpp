#include "core/recordlistmodel.h"

#include "core/rpcclient.h"

#include <QJsonArray>
#include <QTimer>
#include <algorithm>
#include <utility>

namespace concord {

RecordListModel::RecordListModel(RpcClient *client, Source source, QObject *parent)
    : QAbstractTableModel(parent), m_client(client), m_source(std::move(source))
{
    Q_ASSERT(client);
    connect(client, &RpcClient::eventReceived, this, &RecordListModel::onEvent);
    connect(client, &RpcClient::sessionReady, this, [this] {
        if (!m_loaded && !m_loading) reload();
    });
    connect(client, &RpcClient::eventStreamReset, this, [this] {
        if (m_client && m_client->sessionUsable()) reload();
    });
    client->subscribe({m_source.topic});
    // Not now: the subclass's list parameters are not there until its constructor has run.
    if (client->sessionUsable())
        QTimer::singleShot(0, this, [this] {
            if (!m_loaded && !m_loading) reload();
        });
}

RecordListModel::~RecordListModel()
{
    if (m_client) m_client->unsubscribe({m_source.topic});
}

int RecordListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

qint64 RecordListModel::idOf(const QJsonObject &record)
{
    return record.value(QStringLiteral("id")).toInteger();
}

int RecordListModel::rowOfId(qint64 id) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (idOf(m_rows.at(row)) == id) return row;
    return -1;
}

QJsonObject RecordListModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QJsonObject();
}

QJsonObject RecordListModel::recordById(qint64 id) const
{
    return record(rowOfId(id));
}

void RecordListModel::reload()
{
    if (!m_client) return;
    m_loading = true;
    const quint64 generation = ++m_generation;
    m_client->call(
        m_source.listMethod, listParams(), this, [this, generation](const QJsonObject &r, const RpcError &e) {
            if (generation != m_generation) return; // a newer reload (another filter) is on its way
            m_loading = false;
            if (!e.isNull()) {
                m_changedWhileLoading.clear();
                Q_EMIT loadFailed(e);
                return;
            }
            QList<QJsonObject> rows;
            for (const QJsonValue &v : r.value(m_source.listKey).toArray())
                rows.append(v.toObject());
            std::stable_sort(rows.begin(), rows.end(),
                             [this](const QJsonObject &a, const QJsonObject &b) { return lessThan(a, b); });
            beginResetModel(); // the one reset: the list replaces whatever was there
            m_rows = rows;
            endResetModel();
            m_loaded = true;
            // Records changed while the list was on its way may or may not be in it: fetch them again.
            const QSet<qint64> changed = std::exchange(m_changedWhileLoading, {});
            for (const qint64 id : changed)
                refetch(id);
            Q_EMIT loaded();
        });
}

void RecordListModel::onEvent(const QJsonObject &event)
{
    if (event.value(QStringLiteral("topic")).toString() != m_source.topic) return;
    const qint64 id = event.value(QStringLiteral("data")).toObject().value(m_source.eventIdKey).toInteger();
    if (id <= 0) return;
    if (m_loading)
        m_changedWhileLoading.insert(id);
    else if (m_loaded)
        refetch(id);
}

void RecordListModel::refetch(qint64 id)
{
    if (!m_client) return;
    const quint64 generation = m_generation;
    m_client->call(m_source.getMethod, {{m_source.getIdParam, id}}, this,
                   [this, id, generation](const QJsonObject &r, const RpcError &e) {
                       if (generation != m_generation) return; // the list was reloaded meanwhile
                       if (e.dataCode == QLatin1String("not_found")) {
                           remove(id);
                           return;
                       }
                       if (e.isNull()) upsert(r);
                   });
}

void RecordListModel::remove(qint64 id)
{
    const int row = rowOfId(id);
    if (row < 0) return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT recordChanged(id);
}

void RecordListModel::upsert(const QJsonObject &record)
{
    const qint64 id = idOf(record);
    if (id <= 0) return;
    if (!belongs(record)) {
        remove(id);
        return;
    }
    const int row = rowOfId(id);
    const auto pos =
        std::lower_bound(m_rows.cbegin(), m_rows.cend(), record,
                         [this](const QJsonObject &a, const QJsonObject &b) { return lessThan(a, b); });
    int target = int(pos - m_rows.cbegin());
    if (row >= 0 && (target == row || target == row + 1)) { // stays where it is: update in place
        m_rows[row] = record;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    } else {
        if (row >= 0) {
            beginRemoveRows({}, row, row);
            m_rows.removeAt(row);
            endRemoveRows();
            if (target > row) --target;
        }
        beginInsertRows({}, target, target);
        m_rows.insert(target, record);
        endInsertRows();
    }
    Q_EMIT recordChanged(id);
}

} // namespace concord
