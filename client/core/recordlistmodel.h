#pragma once
#include "protocol/rpcerror.h"

#include <QAbstractTableModel>
#include <QJsonObject>
#include <QList>
#include <QPointer>
#include <QSet>
#include <QStringList>

namespace concord {

class RpcClient;

// A table of server records (JSON objects with an integer "id") for administration lists: loaded
// with one list call when the session is usable, then kept current in place — an event that names a
// record makes the model fetch that one record again and put it in its place (or take it out when
// it no longer belongs, e.g. a filter). A Source names the calls and the event; subclasses give the
// order, an optional filter and how rows look.
class RecordListModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    struct Source
    {
        QString topic;      // event topic whose data names a changed record
        QString eventIdKey; // the record id's key in that event's data
        QString listMethod; // answers {listKey: [records]}
        QString listKey;
        QString getMethod;  // answers the record itself
        QString getIdParam; // the id's parameter name of getMethod
    };
    RecordListModel(RpcClient *client, Source source, QObject *parent = nullptr);
    ~RecordListModel() override;

    int rowCount(const QModelIndex &parent = {}) const override;
    bool isLoaded() const { return m_loaded; }
    int rowOfId(qint64 id) const; // -1 if not in the model
    QJsonObject record(int row) const;
    QJsonObject recordById(qint64 id) const;

    // Fetches the list again (done by itself at sign-in and when the event stream restarts).
    void reload();
    // Puts a record as a write or get returned it into its place, or removes it if it does not
    // belong to this list (any more).
    void upsert(const QJsonObject &record);
    // Fetches one record again (after an event, or when a write's answer had no record in it).
    void refetch(qint64 id);

Q_SIGNALS:
    void loaded();
    void loadFailed(const concord::RpcError &error);
    void recordChanged(qint64 id); // after upsert(), also when it was removed

protected:
    virtual QJsonObject listParams() const { return {}; } // e.g. a filter
    virtual bool lessThan(const QJsonObject &a, const QJsonObject &b) const = 0;
    virtual bool belongs(const QJsonObject &) const { return true; }

    QPointer<RpcClient> client() const { return m_client; }

private:
    static qint64 idOf(const QJsonObject &record);
    void onEvent(const QJsonObject &event);
    void remove(qint64 id);

    QPointer<RpcClient> m_client;
    Source m_source;
    QList<QJsonObject> m_rows;
    QSet<qint64> m_changedWhileLoading;
    bool m_loaded = false;
    bool m_loading = false;
    quint64 m_generation = 0;
};

} // namespace concord
