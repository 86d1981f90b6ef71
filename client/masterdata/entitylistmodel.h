#pragma once
#include "protocol/rpcerror.h"

#include <QAbstractTableModel>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QPointer>

namespace concord {
class RpcClient;
}

namespace concord::ui {

// The records of one master-data entity, as <entity>.list serves them (for versioned entities the
// version in force at "as of", or now plus codes that only have a draft), with one column per
// field of the dictionary (long texts left out) and, for versioned entities, version, status and
// the latest draft. Kept current in place: a masterdata.changed event for this entity makes the
// model fetch that one record again. Rows are in code order; views sort and filter through a
// QSortFilterProxyModel (SortRole gives numbers as numbers).
class EntityListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { RecordRole = Qt::UserRole + 1, CodeRole, SortRole };

    // `entity`: the entry of dictionary.get (plain or versioned).
    EntityListModel(RpcClient *client, const QJsonObject &entity, QObject *parent = nullptr);
    ~EntityListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    bool isVersioned() const { return m_versioned; }
    bool isLoaded() const { return m_loaded; }
    int rowOfCode(const QString &code) const; // -1 if not in the list
    QJsonObject record(int row) const;
    int columnOfField(const QString &field) const; // -1 if the field has no column

    // Versioned entities: the records in force at this time (invalid = now). Reloads.
    void setAsOf(const QDateTime &asOf);
    QDateTime asOf() const { return m_asOf; }
    void reload();
    // Puts a record as a write or get returned it into its place.
    void upsert(const QJsonObject &record);
    void refetch(const QString &code);

Q_SIGNALS:
    void loaded();
    void loadFailed(const concord::RpcError &error);
    void recordChanged(const QString &code); // after an event, upsert() or removal

private:
    enum class ColumnKind { Field, Version, Status, LatestDraft };
    struct Column
    {
        ColumnKind kind;
        QJsonObject field; // ColumnKind::Field
    };
    QString cellText(const QJsonObject &record, const Column &column) const;
    QVariant sortKey(const QJsonObject &record, const Column &column) const;
    void onEvent(const QJsonObject &event);
    void remove(const QString &code);
    QJsonObject listParams() const;

    QPointer<RpcClient> m_client;
    QJsonObject m_entity;
    QString m_name;
    bool m_versioned = false;
    QList<Column> m_columns;
    QList<QJsonObject> m_rows;
    QDateTime m_asOf;
    QStringList m_changedWhileLoading;
    bool m_loaded = false;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace concord::ui
