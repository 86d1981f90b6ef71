#pragma once
#include "core/auditfilter.h"
#include "protocol/rpcerror.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPointer>

namespace concord {

class RpcClient;

// The audit trail, newest first, for one AuditFilter: fed by audit.query with its keyset paging,
// one page at a time as the view scrolls (canFetchMore / fetchMore), so that a trail of millions of
// rows is never loaded whole. The list is a snapshot from the moment the filter was applied; newer
// rows appear with reload(). Read-only: nothing in the audit trail can be changed.
class AuditModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        SeqColumn,
        TimeColumn,
        UserColumn,
        ActionColumn,
        RecordColumn,
        ReasonColumn,
        ChangesColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        SeqRole = Qt::UserRole + 1, // qint64
        AtRole,                     // QDateTime in local time (the zone is part of the value)
        ChangesRole,                // QJsonObject {field: [old, new]}
        RowRole,                    // the whole audit.query row as QJsonObject
    };
    Q_ENUM(Role)

    explicit AuditModel(RpcClient *client, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    AuditFilter filter() const { return m_filter; }
    // Replaces the rows with the first page of this filter.
    void setFilter(const AuditFilter &filter);
    void reload();
    int pageSize() const { return m_pageSize; }
    void setPageSize(int rows);

    bool isLoaded() const { return m_loaded; } // the first page of the current filter is in
    bool isLoading() const { return m_loading; }
    bool hasMore() const { return m_more; } // older rows exist beyond the last one loaded
    RpcError lastError() const { return m_error; }
    QJsonObject auditRow(int row) const;
    int rowOfSeq(qint64 seq) const; // -1 if not loaded

    // Presentation shared by the table, the details pane and the exports.
    static QString valueText(const QJsonValue &value); // null → "—", JSON for structures
    static QString changesSummary(const QJsonObject &changes,
                                  int maxValueLength = 0); // "state: active → acknowledged; …"
    static QString localTimeText(const QDateTime &time, bool milliseconds = false); // local, with the zone
    static QDateTime parseTime(const QString &utc);    // server UTC text → local QDateTime
    static QString recordText(const QJsonObject &row); // "alarm 42"

Q_SIGNALS:
    void loaded();             // the first page of the current filter arrived
    void pageLoaded(int rows); // any page arrived (rows = how many were added)
    void loadFailed(const concord::RpcError &error);
    void loadingChanged(bool loading);

private:
    struct Row
    {
        qint64 seq = 0;
        QDateTime at;
        QJsonObject json;
    };
    void fetchPage();

    QPointer<RpcClient> m_client;
    AuditFilter m_filter;
    QList<Row> m_rows; // strictly descending seq
    int m_pageSize = 200;
    bool m_loaded = false;
    bool m_loading = false;
    bool m_more = false;
    RpcError m_error;
    quint64 m_generation = 0; // a new filter makes answers to the old one irrelevant
};

} // namespace concord
