#include "core/auditmodel.h"
#include "core/timetext.h"

#include "core/rpcclient.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <algorithm>
#include <limits>

namespace concord {

AuditModel::AuditModel(RpcClient *client, QObject *parent) : QAbstractTableModel(parent), m_client(client)
{
    Q_ASSERT(client);
    // Not signed in yet, or the connection dropped in the middle of a page: carry on when the
    // session is back instead of leaving the reviewer with half a list and an error.
    connect(client, &RpcClient::sessionReady, this, [this] {
        if (!m_loaded)
            reload();
        else if (!m_error.isNull() && !m_loading)
            fetchPage();
    });
    if (client->sessionUsable()) reload();
}

void AuditModel::setFilter(const AuditFilter &filter)
{
    m_filter = filter;
    reload();
}

void AuditModel::setPageSize(int rows)
{
    m_pageSize = std::clamp(rows, 1, 1000);
}

void AuditModel::reload()
{
    ++m_generation;
    beginResetModel();
    m_rows.clear();
    m_loaded = false;
    m_more = false;
    m_error = {};
    endResetModel();
    fetchPage();
}

bool AuditModel::canFetchMore(const QModelIndex &parent) const
{
    // After a failed page nothing is fetched by itself (the view would ask again at once); the
    // next sessionReady or reload() carries on.
    return !parent.isValid() && m_loaded && m_more && !m_loading && m_error.isNull();
}

void AuditModel::fetchMore(const QModelIndex &parent)
{
    if (canFetchMore(parent)) fetchPage();
}

void AuditModel::fetchPage()
{
    if (!m_client) return;
    m_loading = true;
    m_error = {};
    Q_EMIT loadingChanged(true);
    const qint64 before = m_rows.isEmpty() ? 0 : m_rows.constLast().seq;
    const quint64 generation = m_generation;
    m_client->call(QStringLiteral("audit.query"), m_filter.pageParams(before, m_pageSize), this,
                   [this, generation, before](const QJsonObject &result, const RpcError &error) {
                       if (generation != m_generation) return;
                       m_loading = false;
                       if (!error.isNull()) {
                           m_error = error;
                           Q_EMIT loadingChanged(false);
                           Q_EMIT loadFailed(error);
                           return;
                       }
                       QList<Row> page;
                       const QJsonArray rows = result.value(QStringLiteral("rows")).toArray();
                       page.reserve(rows.size());
                       qint64 last = before > 0 ? before : std::numeric_limits<qint64>::max();
                       for (const QJsonValue &v : rows) {
                           const QJsonObject o = v.toObject();
                           const qint64 seq = o.value(QStringLiteral("seq")).toInteger();
                           if (seq <= 0 || seq >= last)
                               continue; // keeps the list strictly descending whatever arrives
                           page.append({seq, parseTime(o.value(QStringLiteral("at")).toString()), o});
                           last = seq;
                       }
                       if (!page.isEmpty()) {
                           beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page.size()) - 1);
                           m_rows.append(page);
                           endInsertRows();
                       }
                       m_more = result.value(QStringLiteral("more")).toBool() && !page.isEmpty();
                       const bool first = !m_loaded;
                       m_loaded = true;
                       Q_EMIT loadingChanged(false);
                       Q_EMIT pageLoaded(int(page.size()));
                       if (first) Q_EMIT loaded();
                   });
}

QJsonObject AuditModel::auditRow(int row) const
{
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).json : QJsonObject();
}

int AuditModel::rowOfSeq(qint64 seq) const
{
    const auto it = std::lower_bound(m_rows.cbegin(), m_rows.cend(), seq,
                                     [](const Row &r, qint64 s) { return r.seq > s; });
    return it != m_rows.cend() && it->seq == seq ? int(it - m_rows.cbegin()) : -1;
}

// --- presentation ------------------------------------------------------------------------------

QString AuditModel::valueText(const QJsonValue &value)
{
    switch (value.type()) {
    case QJsonValue::Null:
    case QJsonValue::Undefined:
        return QStringLiteral("—");
    case QJsonValue::Bool:
        return value.toBool() ? QStringLiteral("true") : QStringLiteral("false");
    case QJsonValue::Double: {
        const double d = value.toDouble();
        if (d == double(qint64(d))) return QString::number(qint64(d));
        return QString::number(d, 'g', 15);
    }
    case QJsonValue::String:
        return value.toString();
    case QJsonValue::Array:
        return QString::fromUtf8(QJsonDocument(value.toArray()).toJson(QJsonDocument::Compact));
    case QJsonValue::Object:
        return QString::fromUtf8(QJsonDocument(value.toObject()).toJson(QJsonDocument::Compact));
    }
    return {};
}

QString AuditModel::changesSummary(const QJsonObject &changes, int maxValueLength)
{
    const auto shorten = [maxValueLength](QString s) {
        s.replace(QLatin1Char('\n'), QLatin1Char(' '));
        if (maxValueLength > 0 && s.size() > maxValueLength) s = s.left(maxValueLength - 1) + QChar(0x2026);
        return s;
    };
    QStringList parts;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QJsonArray pair = it.value().toArray();
        if (pair.size() == 2)
            parts.append(QStringLiteral("%1: %2 → %3")
                             .arg(it.key(), shorten(valueText(pair.at(0))), shorten(valueText(pair.at(1)))));
        else // not the {field: [old, new]} shape: show what is there
            parts.append(QStringLiteral("%1: %2").arg(it.key(), shorten(valueText(it.value()))));
    }
    return parts.join(QStringLiteral("; "));
}

QString AuditModel::localTimeText(const QDateTime &time, bool milliseconds)
{
    return timetext::local(time, milliseconds);
}

QDateTime AuditModel::parseTime(const QString &utc)
{
    return timetext::fromServer(utc);
}

QString AuditModel::recordText(const QJsonObject &row)
{
    return QStringLiteral("%1 %2").arg(row.value(QStringLiteral("recordType")).toString(),
                                       row.value(QStringLiteral("recordId")).toString());
}

int AuditModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}
int AuditModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant AuditModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()) return {};
    const Row &r = m_rows.at(index.row());
    const auto field = [&r](const char *name) { return r.json.value(QLatin1String(name)); };
    switch (role) {
    case SeqRole:
        return r.seq;
    case AtRole:
        return r.at;
    case ChangesRole:
        return field("changes").toObject();
    case RowRole:
        return r.json;
    case Qt::TextAlignmentRole:
        return index.column() == SeqColumn ? QVariant(Qt::AlignRight | Qt::AlignVCenter) : QVariant();
    case Qt::ToolTipRole:
        switch (index.column()) {
        case TimeColumn:
            return field("at").toString(); // the stored UTC value
        case UserColumn:
            return tr("User ID %1").arg(field("userId").toInteger());
        case ReasonColumn:
            return field("reason").toString();
        case ChangesColumn: // in full, one field per line
            return changesSummary(field("changes").toObject())
                .replace(QStringLiteral("; "), QStringLiteral("\n"));
        default:
            return {};
        }
    case Qt::DisplayRole:
        break;
    default:
        return {};
    }
    switch (index.column()) {
    case SeqColumn:
        return r.seq;
    case TimeColumn:
        return localTimeText(r.at);
    case UserColumn:
        return field("username").toString();
    case ActionColumn:
        return field("action").toString();
    case RecordColumn:
        return recordText(r.json);
    case ReasonColumn:
        return field("reason").toString().replace(QLatin1Char('\n'), QLatin1Char(' '));
    case ChangesColumn:
        return changesSummary(field("changes").toObject(), 60);
    default:
        return {};
    }
}

QVariant AuditModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case SeqColumn:
        return tr("Entry");
    case TimeColumn:
        return tr("Time");
    case UserColumn:
        return tr("User");
    case ActionColumn:
        return tr("Action");
    case RecordColumn:
        return tr("Record");
    case ReasonColumn:
        return tr("Reason");
    case ChangesColumn:
        return tr("Changes (old → new)");
    default:
        return {};
    }
}

} // namespace concord
