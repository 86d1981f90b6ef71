#include "masterdata/referencedata.h"

#include "core/rpcclient.h"

#include <QJsonArray>
#include <QTimer>
#include <algorithm>

namespace concord::ui {

ReferenceData::ReferenceData(RpcClient *client, int kinds, QObject *parent)
    : QObject(parent), m_client(client), m_kinds(kinds)
{
    if (!client) return;
    if (client->sessionUsable())
        QTimer::singleShot(0, this, &ReferenceData::load);
    else
        connect(client, &RpcClient::sessionReady, this, [this] {
            if (!m_started) load();
        });
}

QString ReferenceData::materialName(const QString &code) const
{
    return m_materialByCode.value(code).value(QStringLiteral("name")).toString();
}

QString ReferenceData::dimensionOf(const QString &unitCode) const
{
    return m_unitByCode.value(unitCode).value(QStringLiteral("dimension")).toString();
}

QStringList ReferenceData::unitCodes() const
{
    QStringList codes = m_unitByCode.keys();
    codes.sort(Qt::CaseInsensitive);
    return codes;
}

QStringList ReferenceData::unitsForMaterial(const QString &materialCode) const
{
    const QString stockUnit = m_materialByCode.value(materialCode).value(QStringLiteral("unit")).toString();
    const QString dimension = dimensionOf(stockUnit);
    if (dimension.isEmpty()) return unitCodes();
    QStringList out;
    for (auto it = m_unitByCode.cbegin(); it != m_unitByCode.cend(); ++it)
        if (it.value().value(QStringLiteral("dimension")).toString() == dimension &&
            (it.value().value(QStringLiteral("active")).toBool(true) || it.key() == stockUnit))
            out.append(it.key());
    out.sort(Qt::CaseInsensitive);
    // The stock unit first: it is what a line is counted in most of the time.
    out.removeAll(stockUnit);
    out.prepend(stockUnit);
    return out;
}

QString ReferenceData::workCentreName(const QString &code) const
{
    for (const QJsonObject &w : m_workCentres)
        if (w.value(QStringLiteral("code")).toString() == code)
            return w.value(QStringLiteral("name")).toString();
    return {};
}

void ReferenceData::fetch(const QString &method, const QJsonObject &params,
                          const std::function<void(const QJsonArray &)> &take)
{
    ++m_pending;
    m_client->call(method, params, this, [this, take](const QJsonObject &r, const RpcError &e) {
        if (e.isNull())
            take(r.value(QStringLiteral("records")).toArray());
        else
            Q_EMIT loadFailed(e);
        if (--m_pending == 0) Q_EMIT loaded();
    });
}

void ReferenceData::load()
{
    if (!m_client || m_started) return;
    m_started = true;
    const QJsonObject all{{QStringLiteral("limit"), 5000}};
    if (m_kinds & Materials)
        fetch(QStringLiteral("material.list"), all, [this](const QJsonArray &records) {
            for (const QJsonValue &v : records) {
                const QJsonObject m = v.toObject();
                m_materials.append(m);
                m_materialByCode.insert(m.value(QStringLiteral("code")).toString(), m);
            }
        });
    if (m_kinds & Units)
        fetch(QStringLiteral("uom.list"), all, [this](const QJsonArray &records) {
            for (const QJsonValue &v : records)
                m_unitByCode.insert(v.toObject().value(QStringLiteral("code")).toString(), v.toObject());
        });
    if (m_kinds & WorkCentres)
        fetch(QStringLiteral("equipment.list"), all, [this](const QJsonArray &records) {
            for (const QJsonValue &v : records) {
                const QJsonObject e = v.toObject();
                if (e.value(QStringLiteral("level")).toString() == QLatin1String("work_centre") &&
                    e.value(QStringLiteral("active")).toBool(true))
                    m_workCentres.append(e);
            }
        });
    if (m_kinds & Boms)
        fetch(QStringLiteral("bom.list"), all, [this](const QJsonArray &records) {
            for (const QJsonValue &v : records)
                m_boms.insert(v.toObject().value(QStringLiteral("code")).toString());
        });
    if (m_pending == 0) Q_EMIT loaded();
}

} // namespace concord::ui
