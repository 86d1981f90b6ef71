#pragma once
#include <QDateTime>
#include <QJsonObject>
#include <QPointer>
#include <QWidget>

class QLabel;
class QTreeWidget;

namespace concord {
class RpcClient;
}

namespace concord::ui {

// Where a record is used, from the server's where-used methods: for a material the BOM versions
// that list it, the routings that make it and the open orders that pinned versions of it; for a
// work centre the routing operations that run on it; for a routing the open orders that pinned
// it. Versions in force at "as of" (default now) or still open. A double-click opens the user.
class WhereUsedPanel : public QWidget
{
    Q_OBJECT
public:
    WhereUsedPanel(RpcClient *client, const QString &entityName, QWidget *parent = nullptr);

    // Whether the server has a where-used method for this entity.
    static bool supports(const QString &entityName);
    void setCode(const QString &code);
    void setAsOf(const QDateTime &asOf);
    bool isLoaded() const { return m_loaded; }
    QTreeWidget *tree() const { return m_tree; }

Q_SIGNALS:
    void loaded();
    void openRecord(const QString &entity, const QString &code, int version);

private:
    void reload();
    void show(const QJsonObject &answer);

    QPointer<RpcClient> m_client;
    QString m_entity;
    QString m_code;
    QDateTime m_asOf;
    QLabel *m_title = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_error = nullptr;
    bool m_loaded = false;
    quint64 m_generation = 0;
};

} // namespace concord::ui
