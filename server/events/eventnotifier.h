#pragma once
#include <QObject>
#include <QSqlDatabase>
#include <QTimer>

namespace concord {

class Database;

// PostgreSQL only: LISTENs on the channel the writers NOTIFY after each commit that appended
// events, so that several server instances on one database push each other's events to their
// clients (brief 02: the database is the bus). Reconnects by itself if the database restarts.
class EventNotifier : public QObject
{
    Q_OBJECT
public:
    explicit EventNotifier(const Database &database, QObject *parent = nullptr);
    ~EventNotifier() override;
    void start();

Q_SIGNALS:
    void committed(qint64 seq);

private:
    void connectAndListen();
    const Database &m_database;
    QSqlDatabase m_db;
    QTimer m_watchdog;
    bool m_listening = false;
};

} // namespace concord
