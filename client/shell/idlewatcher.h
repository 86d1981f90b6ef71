#pragma once
#include <QElapsedTimer>
#include <QObject>
#include <QTimer>

namespace concord::ui {

// Notices when nobody has touched keyboard, mouse or screen of this application for a while
// (Part 11 continuous session, EU Annex 11 inactivity lock). Watches the application's input events
// through an event filter; emits idle() once per idle period.
class IdleWatcher : public QObject
{
    Q_OBJECT
public:
    explicit IdleWatcher(QObject *parent = nullptr);
    ~IdleWatcher() override;

    void setTimeoutMs(qint64 ms);
    qint64 timeoutMs() const { return m_timeoutMs; }
    void setEnabled(bool enabled); // while locked there is nothing more to lock
    void touch();                  // counts as activity (e.g. after unlocking)

Q_SIGNALS:
    void idle();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void check();

    QElapsedTimer m_sinceInput;
    QTimer m_check;
    qint64 m_timeoutMs = 10 * 60 * 1000;
    bool m_enabled = true;
};

} // namespace concord::ui
