#include "events/eventnotifier.h"

#include "storage/database.h"

#include <QLoggingCategory>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>

namespace concord {

Q_LOGGING_CATEGORY(lcNotify, "concord.events")

namespace {
const QString kConnection = QStringLiteral("concord-event-listener");
const QString kChannel = QStringLiteral("concord_events");
} // namespace

EventNotifier::EventNotifier(const Database &database, QObject *parent) : QObject(parent), m_database(database)
{
    m_watchdog.setInterval(5000);
    connect(&m_watchdog, &QTimer::timeout, this, [this] {
        if (!m_listening || !m_db.isOpen() || !QSqlQuery(m_db).exec(QStringLiteral("SELECT 1")))
            connectAndListen();
    });
}

EventNotifier::~EventNotifier()
{
    m_db = QSqlDatabase();
    Database::close(kConnection);
}

void EventNotifier::start()
{
    connectAndListen();
    m_watchdog.start();
}

void EventNotifier::connectAndListen()
{
    if (m_db.isValid()) {
        m_db = QSqlDatabase();
        Database::close(kConnection);
    }
    QString error;
    m_db = m_database.open(kConnection, Database::Role::Reader, &error);
    m_listening = error.isEmpty() && m_db.driver()->subscribeToNotification(kChannel);
    if (!m_listening) {
        qCWarning(lcNotify).noquote() << "cannot listen for other instances' events yet:" << (error.isEmpty() ? m_db.lastError().text() : error);
        return;
    }
    connect(m_db.driver(), &QSqlDriver::notification, this,
            [this](const QString &name, QSqlDriver::NotificationSource, const QVariant &payload) {
                if (name == kChannel)
                    Q_EMIT committed(payload.toString().toLongLong());
            });
    // Anything committed while we were not listening is picked up by the hub's gap check.
    QSqlQuery q(m_db);
    if (q.exec(QStringLiteral("SELECT seq FROM chain_head WHERE name = 'event'")) && q.next())
        Q_EMIT committed(q.value(0).toLongLong());
}

} // namespace concord
