#include "shell/idlewatcher.h"

#include <QCoreApplication>
#include <QEvent>

namespace concord::ui {

IdleWatcher::IdleWatcher(QObject *parent) : QObject(parent)
{
    m_sinceInput.start();
    connect(&m_check, &QTimer::timeout, this, &IdleWatcher::check);
    m_check.start(1000);
    QCoreApplication::instance()->installEventFilter(this);
}

IdleWatcher::~IdleWatcher()
{
    if (QCoreApplication::instance())
        QCoreApplication::instance()->removeEventFilter(this);
}

void IdleWatcher::setTimeoutMs(qint64 ms)
{
    m_timeoutMs = qMax<qint64>(ms, 100);
    m_check.start(int(qBound(qint64(50), m_timeoutMs / 10, qint64(1000))));
}

void IdleWatcher::setEnabled(bool enabled)
{
    m_enabled = enabled;
    m_sinceInput.restart();
}

void IdleWatcher::touch() { m_sinceInput.restart(); }

bool IdleWatcher::eventFilter(QObject *watched, QEvent *event)
{
    switch (event->type()) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
    case QEvent::TouchUpdate:
    case QEvent::TabletPress:
        m_sinceInput.restart();
        break;
    default:
        break;
    }
    return QObject::eventFilter(watched, event);
}

void IdleWatcher::check()
{
    if (m_enabled && m_sinceInput.elapsed() >= m_timeoutMs) {
        m_sinceInput.restart();
        Q_EMIT idle();
    }
}

} // namespace concord::ui
