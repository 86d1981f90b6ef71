#pragma once
#include "protocol/rpcerror.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QHash>
#include <QJsonObject>
#include <QList>
#include <QPointer>

namespace concord {

class PendingCall;
class RpcClient;

// Live alarms, newest first: loaded once with alarm.list when the session becomes usable, then
// kept current in place from the events alarm.raised (a row inserted at its place, normally the
// top) and alarm.acknowledged (dataChanged on that row only). Never reset per event. Alarms are
// deduplicated by id and an update is applied only if its rowVersion is newer, so a replay after a
// reconnect, the answer to our own acknowledge and its event can arrive in any mix.
class AlarmModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Column {
        RaisedAtColumn,
        SeverityColumn,
        SourceColumn,
        TopicColumn,
        MessageColumn,
        StateColumn,
        AcknowledgedByColumn,
        AcknowledgedAtColumn,
        ColumnCount
    };
    Q_ENUM(Column)
    enum Role {
        IdRole = Qt::UserRole + 1, // qint64
        SeverityRole,              // "info" | "warning" | "critical" (for colours; the core has no GUI types)
        StateRole,                 // "active" | "acknowledged"
        RowVersionRole,            // int
        RaisedAtRole,              // QDateTime in local time (the zone is part of the value)
        AcknowledgedAtRole,        // QDateTime in local time, invalid while active
        CommentRole,               // acknowledgement comment
        AlarmRole,                 // the whole alarm as QJsonObject
    };
    Q_ENUM(Role)

    explicit AlarmModel(RpcClient *client, QObject *parent = nullptr);
    ~AlarmModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;
    QHash<int, QByteArray> roleNames() const override;

    bool isLoaded() const { return m_loaded; }
    int rowOfId(qint64 id) const; // -1 if not in the model
    QJsonObject alarm(int row) const;
    // The oldest rows drop off beyond this many (default 500, also the size of the first load).
    int maxRows() const { return m_maxRows; }
    void setMaxRows(int rows);
    // Only active alarms: the snapshot asks the server for active ones (however old they are) and an
    // acknowledged alarm leaves the model. For boards that show what is open now.
    void setActiveOnly(bool activeOnly);
    bool activeOnly() const { return m_activeOnly; }

    // alarm.acknowledge with an idempotency key. If it fails because the connection dropped, calling
    // it again for the same alarm reuses that key, so a write that did reach the server is not
    // repeated. Returns nullptr for an invalid row.
    PendingCall *acknowledge(int row, const QString &comment = {});
    // Fetches the snapshot again (done by itself at first sign-in and when the stream restarts).
    void reload();

Q_SIGNALS:
    void loaded();
    void loadFailed(const concord::RpcError &error);
    // A new alarm arrived after the snapshot (desktop notifications of critical alarms hook in here).
    void alarmRaised(const QJsonObject &alarm);

private:
    struct Row
    {
        qint64 id = 0;
        int rowVersion = 0;
        QDateTime raisedAt;
        QDateTime acknowledgedAt;
        QJsonObject json;
    };
    static Row makeRow(const QJsonObject &alarm);
    int insertPosition(qint64 id) const;
    void onEvent(const QJsonObject &event);
    void applyEvent(const QJsonObject &event);
    void insertAlarm(const QJsonObject &alarm);
    void updateAlarm(const QJsonObject &alarm);
    void trim();
    QString severityText(const QString &severity) const;
    QString stateText(const QString &state) const;

    QPointer<RpcClient> m_client;
    QList<Row> m_rows; // ordered by id, newest first
    QList<QJsonObject> m_buffered; // events that arrived while the snapshot was on its way
    QHash<qint64, QString> m_ackKeys; // idempotency keys of acknowledgements whose answer was lost
    int m_maxRows = 500;
    bool m_activeOnly = false;
    bool m_loaded = false;
    bool m_loading = false;
    quint64 m_loadGeneration = 0;
};

} // namespace concord
