#pragma once
#include "protocol/rpcerror.h"

#include <QJsonObject>
#include <QObject>

namespace concord {

class RpcClient;

// One asynchronous RpcClient call. finished() is emitted exactly once — never from inside
// RpcClient::call(), so connecting to it right after the call is always in time — and the object
// deletes itself (deleteLater) after that. Keep a QPointer if you hold on to it.
class PendingCall : public QObject
{
    Q_OBJECT
public:
    QString method() const { return m_method; }
    bool isFinished() const { return m_finished; }
    bool isError() const { return !m_error.isNull(); }
    QJsonObject result() const { return m_result; }
    RpcError error() const { return m_error; } // null (isNull()) on success

Q_SIGNALS:
    void finished();

private:
    friend class RpcClient;
    PendingCall(const QString &method, QObject *parent);
    void finish(const QJsonObject &result, const RpcError &error);

    QString m_method;
    QJsonObject m_result;
    RpcError m_error;
    bool m_finished = false;
};

} // namespace concord
