#include "writedriver.h"

#include "benchclock.h"

#include <QJsonDocument>
#include <algorithm>

namespace concord::bench {

void WriteResult::merge(const WriteResult &o)
{
    sent += o.sent;
    acked += o.acked;
    ackedInWindow += o.ackedInWindow;
    errors += o.errors;
    unanswered += o.unanswered;
    connectionsLost += o.connectionsLost;
    maxSendLagNs = std::max(maxSendLagNs, o.maxSendLagNs);
    latency.merge(o.latency);
    for (const QString &s : o.errorSamples)
        if (errorSamples.size() < 5)
            errorSamples.append(s);
}

WriteDriver::WriteDriver(const Endpoint &endpoint, WritePlan plan, int index)
    : m_endpoint(endpoint), m_plan(std::move(plan)), m_index(index), m_tick(this), m_drain(this)
{
    m_tick.setTimerType(Qt::PreciseTimer);
    m_tick.setInterval(1);
    connect(&m_tick, &QTimer::timeout, this, &WriteDriver::tick);
    m_drain.setSingleShot(true);
    connect(&m_drain, &QTimer::timeout, this, [this] {
        m_result.unanswered = m_result.sent - m_answered;
        finish();
    });
}

WriteDriver::~WriteDriver() = default;

bool WriteDriver::prepare(QString *error)
{
    m_pool = std::make_unique<ConnectionPool>(m_endpoint);
    if (!m_pool->open(m_plan.connections, m_plan.accounts, {}, m_plan.connectTimeoutMs, error))
        return false;
    const auto &conns = m_pool->connections();
    for (int i = 0; i < int(conns.size()); ++i) {
        RpcConnection *c = conns[size_t(i)];
        m_sources.append(QStringLiteral("LT-%1/bench-%2").arg(m_index).arg(i, 3, 10, QLatin1Char('0')).toUtf8());
        c->setDefaultReplyHandler([this, c, i](const RpcConnection::Reply &r) { onReply(c, i, r); });
        connect(c, &RpcConnection::failed, this, [this](const QString &why) {
            ++m_result.connectionsLost;
            if (m_result.errorSamples.size() < 5)
                m_result.errorSamples.append(QStringLiteral("connection lost: ") + why);
        });
    }
    m_result.latency.reserve(1 << 20);
    return true;
}

void WriteDriver::shutdown()
{
    m_tick.stop();
    m_drain.stop();
    m_pool.reset();
}

void WriteDriver::start(qint64 startNs, qint64 measureFromNs, qint64 endNs)
{
    m_startNs = startNs;
    m_measureFromNs = measureFromNs;
    m_endNs = endNs;
    const int delayMs = int(std::max<qint64>(0, (startNs - nowNs()) / kNsPerMs));
    QTimer::singleShot(delayMs, Qt::PreciseTimer, this, [this] {
        m_drain.start(int((m_endNs - nowNs()) / kNsPerMs) + m_plan.drainMs);
        if (m_plan.rate > 0) {
            m_tick.start();
            return;
        }
        const auto &conns = m_pool->connections();
        for (int i = 0; i < int(conns.size()); ++i)
            for (int w = 0; w < m_plan.window; ++w)
                send(conns[size_t(i)], i);
    });
}

void WriteDriver::send(RpcConnection *c, int connectionIndex)
{
    const quint64 n = ++m_result.sent;
    QByteArray params;
    params.reserve(160);
    params += R"({"severity":"warning","source":")";
    params += m_sources.at(connectionIndex);
    params += R"(","topic":"bench.leak","message":"leak rate 0.)";
    params += QByteArray::number(n % 1000);
    params += R"( mbar*l/s above limit on part )";
    params += QByteArray::number(n);
    params += R"("})";
    c->call("alarm.raise", params);
}

void WriteDriver::onReply(RpcConnection *c, int connectionIndex, const RpcConnection::Reply &r)
{
    ++m_answered;
    const bool inWindow = r.receivedNs >= m_measureFromNs && r.receivedNs < m_endNs;
    if (r.ok) {
        ++m_result.acked;
        if (inWindow) {
            ++m_result.ackedInWindow;
            m_result.latency.add(r.receivedNs - r.sentNs);
        }
    } else {
        ++m_result.errors;
        if (m_result.errorSamples.size() < 5)
            m_result.errorSamples.append(QString::fromUtf8(QJsonDocument(r.message).toJson(QJsonDocument::Compact)));
    }
    if (m_finished)
        return;
    if (m_plan.rate <= 0 && r.receivedNs < m_endNs && c->isOpen())
        return send(c, connectionIndex);
    checkDone(r.receivedNs);
}

void WriteDriver::tick()
{
    const qint64 now = nowNs();
    if (now >= m_endNs) {
        m_tick.stop();
        return checkDone(now);
    }
    const auto &conns = m_pool->connections();
    const double perNs = m_plan.rate / double(kNsPerSecond);
    const auto due = quint64(double(now - m_startNs) * perNs);
    if (m_result.sent < due) {
        const qint64 scheduled = m_startNs + qint64(double(m_result.sent) / perNs);
        m_result.maxSendLagNs = std::max(m_result.maxSendLagNs, now - scheduled);
    }
    while (m_result.sent < due) {
        const int i = int(m_next++ % conns.size());
        send(conns[size_t(i)], i);
    }
}

void WriteDriver::checkDone(qint64 now)
{
    if (now >= m_endNs && m_answered == m_result.sent && !m_tick.isActive())
        finish();
}

void WriteDriver::finish()
{
    if (m_finished)
        return;
    m_finished = true;
    m_tick.stop();
    m_drain.stop();
    Q_EMIT finished();
}

} // namespace concord::bench
