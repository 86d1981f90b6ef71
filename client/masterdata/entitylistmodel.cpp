#include "masterdata/entitylistmodel.h"

#include "core/datadictionary.h"
#include "core/rpcclient.h"

#include <QJsonArray>
#include <QTimer>
#include <algorithm>

namespace concord::ui {

namespace {
const QString kTopic = QStringLiteral("masterdata.changed");
// Texts longer than this (descriptions, notes, addresses) are for the form, not for a list column.
constexpr int kLongText = 200;

QString codeOf(const QJsonObject &record)
{
    return record.value(QStringLiteral("code")).toString();
}
} // namespace

EntityListModel::EntityListModel(RpcClient *client, const QJsonObject &entity, QObject *parent)
    : QAbstractTableModel(parent), m_client(client), m_entity(entity), m_name(DataDictionary::name(entity)),
      m_versioned(DataDictionary::isVersioned(entity))
{
    for (const QJsonObject &f : DataDictionary::fields(entity)) {
        if (f.value(QStringLiteral("type")).toString() == QLatin1String("text") &&
            f.value(QStringLiteral("maxLength")).toInt() > kLongText)
            continue;
        m_columns.append({ColumnKind::Field, f});
    }
    if (m_versioned)
        m_columns += {{ColumnKind::Version, {}}, {ColumnKind::Status, {}}, {ColumnKind::LatestDraft, {}}};
    if (!client) return;
    connect(client, &RpcClient::eventReceived, this, &EntityListModel::onEvent);
    connect(client, &RpcClient::sessionReady, this, [this] {
        if (!m_loaded && !m_loading) reload();
    });
    connect(client, &RpcClient::eventStreamReset, this, [this] {
        if (m_client && m_client->sessionUsable()) reload();
    });
    client->subscribe({kTopic});
    if (client->sessionUsable())
        QTimer::singleShot(0, this, [this] {
            if (!m_loaded && !m_loading) reload();
        });
}

EntityListModel::~EntityListModel()
{
    if (m_client) m_client->unsubscribe({kTopic});
}

int EntityListModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int EntityListModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_columns.size());
}

int EntityListModel::rowOfCode(const QString &code) const
{
    for (int row = 0; row < m_rows.size(); ++row)
        if (codeOf(m_rows.at(row)) == code) return row;
    return -1;
}

QJsonObject EntityListModel::record(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row) : QJsonObject();
}

int EntityListModel::columnOfField(const QString &field) const
{
    for (int c = 0; c < m_columns.size(); ++c)
        if (m_columns.at(c).kind == ColumnKind::Field &&
            m_columns.at(c).field.value(QStringLiteral("name")).toString() == field)
            return c;
    return -1;
}

QString EntityListModel::cellText(const QJsonObject &record, const Column &column) const
{
    switch (column.kind) {
    case ColumnKind::Field:
        return DataDictionary::valueText(column.field,
                                         record.value(column.field.value(QStringLiteral("name")).toString()), record);
    case ColumnKind::Version: return QString::number(record.value(QStringLiteral("version")).toInt());
    case ColumnKind::Status: return DataDictionary::valueLabel(record.value(QStringLiteral("status")).toString());
    case ColumnKind::LatestDraft: {
        // A newer draft (or one in review) beside the version shown, which is the one in force.
        const int latest = record.value(QStringLiteral("latestVersion")).toInt();
        const QString status = record.value(QStringLiteral("latestStatus")).toString();
        if (latest <= record.value(QStringLiteral("version")).toInt() ||
            (status != QLatin1String("draft") && status != QLatin1String("in_review")))
            return {};
        return tr("Version %1 (%2)").arg(latest).arg(DataDictionary::valueLabel(status));
    }
    }
    return {};
}

QVariant EntityListModel::sortKey(const QJsonObject &record, const Column &column) const
{
    if (column.kind == ColumnKind::Version) return record.value(QStringLiteral("version")).toInt();
    if (column.kind == ColumnKind::Field) {
        const QString type = column.field.value(QStringLiteral("type")).toString();
        const QJsonValue v = record.value(column.field.value(QStringLiteral("name")).toString());
        if (type == QLatin1String("integer")) return v.isNull() ? QVariant() : QVariant(v.toInteger());
        if (type == QLatin1String("decimal")) return v.isNull() ? QVariant() : QVariant(v.toString().toDouble());
    }
    return cellText(record, column);
}

QVariant EntityListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size() || index.column() >= m_columns.size()) return {};
    const QJsonObject &record = m_rows.at(index.row());
    const Column &column = m_columns.at(index.column());
    switch (role) {
    case Qt::DisplayRole: return cellText(record, column);
    case Qt::ToolTipRole:
        if (column.kind == ColumnKind::Field && column.field.value(QStringLiteral("type")).toString() == QLatin1String("text"))
            return cellText(record, column); // long names are cut off in the column
        return {};
    case Qt::TextAlignmentRole: {
        const QString type = column.field.value(QStringLiteral("type")).toString();
        if (column.kind == ColumnKind::Version || type == QLatin1String("integer") || type == QLatin1String("decimal"))
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    case RecordRole: return record;
    case CodeRole: return codeOf(record);
    case SortRole: return sortKey(record, column);
    default: return {};
    }
}

QVariant EntityListModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || section < 0 || section >= m_columns.size()) return {};
    const Column &column = m_columns.at(section);
    if (role == Qt::ToolTipRole && column.kind == ColumnKind::Field) return DataDictionary::description(column.field);
    if (role != Qt::DisplayRole) return {};
    switch (column.kind) {
    case ColumnKind::Field: {
        const QString unit = column.field.value(QStringLiteral("unit")).toString();
        const QString label = DataDictionary::label(column.field);
        return unit.isEmpty() ? label : tr("%1 (%2)").arg(label, unit);
    }
    case ColumnKind::Version: return tr("Version");
    case ColumnKind::Status: return tr("Status");
    case ColumnKind::LatestDraft: return tr("Latest draft");
    }
    return {};
}

QJsonObject EntityListModel::listParams() const
{
    QJsonObject params{{QStringLiteral("limit"), 5000}};
    if (m_versioned && m_asOf.isValid())
        params.insert(QStringLiteral("asOf"), m_asOf.toUTC().toString(Qt::ISODateWithMs));
    return params;
}

void EntityListModel::setAsOf(const QDateTime &asOf)
{
    if (!m_versioned || asOf == m_asOf) return;
    m_asOf = asOf;
    reload();
}

void EntityListModel::reload()
{
    if (!m_client) return;
    m_loading = true;
    const quint64 generation = ++m_generation;
    m_client->call(DataDictionary::method(m_entity, "list"), listParams(), this,
                   [this, generation](const QJsonObject &r, const RpcError &e) {
                       if (generation != m_generation) return; // a newer reload (another as-of) is on its way
                       m_loading = false;
                       if (!e.isNull()) {
                           m_changedWhileLoading.clear();
                           Q_EMIT loadFailed(e);
                           return;
                       }
                       QList<QJsonObject> rows;
                       for (const QJsonValue &v : r.value(QStringLiteral("records")).toArray())
                           rows.append(v.toObject());
                       std::stable_sort(rows.begin(), rows.end(), [](const QJsonObject &a, const QJsonObject &b) {
                           return codeOf(a) < codeOf(b);
                       });
                       beginResetModel(); // the one reset: the list replaces whatever was there
                       m_rows = rows;
                       endResetModel();
                       m_loaded = true;
                       const QStringList changed = std::exchange(m_changedWhileLoading, {});
                       for (const QString &code : changed)
                           refetch(code);
                       Q_EMIT loaded();
                   });
}

void EntityListModel::onEvent(const QJsonObject &event)
{
    if (event.value(QStringLiteral("topic")).toString() != kTopic) return;
    const QJsonObject data = event.value(QStringLiteral("data")).toObject();
    if (data.value(QStringLiteral("entity")).toString() != m_name) return;
    const QString code = codeOf(data);
    if (code.isEmpty()) return;
    if (m_loading) {
        if (!m_changedWhileLoading.contains(code)) m_changedWhileLoading.append(code);
    } else if (m_loaded) {
        refetch(code);
    }
}

void EntityListModel::refetch(const QString &code)
{
    if (!m_client) return;
    QJsonObject params{{QStringLiteral("code"), code}};
    if (m_versioned && m_asOf.isValid())
        params.insert(QStringLiteral("asOf"), m_asOf.toUTC().toString(Qt::ISODateWithMs));
    const quint64 generation = m_generation;
    m_client->call(DataDictionary::method(m_entity, "get"), params, this,
                   [this, code, generation](const QJsonObject &r, const RpcError &e) {
                       if (generation != m_generation) return; // the list was reloaded meanwhile
                       if (e.dataCode == QLatin1String("not_found") || e.dataCode == QLatin1String("rule.not_in_force")) {
                           remove(code); // a discarded first draft; nothing in force at as-of
                           return;
                       }
                       if (e.isNull()) upsert(r);
                   });
}

void EntityListModel::remove(const QString &code)
{
    const int row = rowOfCode(code);
    if (row < 0) return;
    beginRemoveRows({}, row, row);
    m_rows.removeAt(row);
    endRemoveRows();
    Q_EMIT recordChanged(code);
}

void EntityListModel::upsert(const QJsonObject &in)
{
    const QString code = codeOf(in);
    if (code.isEmpty()) return;
    QJsonObject record = in;
    // A version's get answers carry latestVersion/latestStatus; an answer of saveDraft does not.
    if (m_versioned && !record.contains(QStringLiteral("latestVersion"))) {
        const QJsonObject before = this->record(rowOfCode(code));
        const int version = record.value(QStringLiteral("version")).toInt();
        if (!before.isEmpty() && before.value(QStringLiteral("version")).toInt() != version &&
            record.value(QStringLiteral("status")).toString() == QLatin1String("draft")) {
            // A new draft beside the version in force: the row keeps showing the version in force.
            record = before;
            record.insert(QStringLiteral("latestVersion"), version);
            record.insert(QStringLiteral("latestStatus"), in.value(QStringLiteral("status")));
        } else {
            record.insert(QStringLiteral("latestVersion"), version);
            record.insert(QStringLiteral("latestStatus"), record.value(QStringLiteral("status")));
        }
    }
    const int row = rowOfCode(code);
    if (row >= 0) {
        m_rows[row] = record;
        Q_EMIT dataChanged(index(row, 0), index(row, columnCount() - 1));
    } else {
        const auto pos = std::lower_bound(m_rows.cbegin(), m_rows.cend(), code,
                                          [](const QJsonObject &a, const QString &c) { return codeOf(a) < c; });
        const int target = int(pos - m_rows.cbegin());
        beginInsertRows({}, target, target);
        m_rows.insert(target, record);
        endInsertRows();
    }
    Q_EMIT recordChanged(code);
}

} // namespace concord::ui
